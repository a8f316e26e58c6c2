"""Positions: what each party demands, rejects, accepts... (placeholder)."""

from __future__ import annotations

from briefing.ingest.document import Document
from briefing.model import Party


def find_positions(doc: Document, actors: list) -> list[Party]:
    return []
