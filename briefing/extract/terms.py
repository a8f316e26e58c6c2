"""Terms of the proposal on the table (placeholder)."""

from __future__ import annotations

from briefing.ingest.document import Document
from briefing.model import Term


def find_terms(doc: Document) -> list[Term]:
    return []
