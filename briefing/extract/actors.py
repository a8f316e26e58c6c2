"""Parties: find the actors of the negotiation (placeholder until the engine lands)."""

from __future__ import annotations

from briefing.ingest.document import Document


def find_parties(doc: Document) -> list:
    return []
