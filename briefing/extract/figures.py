"""Key figures (placeholder)."""

from __future__ import annotations

from briefing.ingest.document import Document
from briefing.model import Figure


def find_figures(doc: Document) -> list[Figure]:
    return []
