"""The words (and markers) shown for stances and term categories: one table for all.

The reader shows them as they are (``demands``, ``hostages and prisoners``); the
Markdown export capitalises them for its headings (``Demands``). Plain data: the
export imports this without importing Textual or Rich.
"""

from __future__ import annotations

# One distinct marker per stance (a glyph a reader learns fast, plus the word in the
# heading); all single-cell characters so the columns stay put in every terminal.
STANCE_MARKERS: dict[str, str] = {
    "demand": "!", "reject": "✗", "accept": "✓", "support": "+", "oppose": "−",
    "propose": "→", "vow": "⚑", "concern": "⚠", "claim": "●",
}
STANCE_LABELS: dict[str, str] = {
    "demand": "demands", "reject": "rejects", "accept": "accepts", "support": "supports",
    "oppose": "opposes", "propose": "proposes", "vow": "vows", "concern": "fears",
    "claim": "claims",
}
CATEGORY_LABELS: dict[str, str] = {
    "ceasefire": "ceasefire", "hostages_prisoners": "hostages and prisoners",
    "humanitarian": "humanitarian", "withdrawal": "withdrawal", "security": "security",
    "guarantees": "guarantees", "governance": "governance", "economic": "economic",
    "other": "other",
}


def heading(label: str) -> str:
    """A label as a heading: first letter upper-case (``demands`` -> ``Demands``)."""
    return label[:1].upper() + label[1:]


__all__ = ["STANCE_MARKERS", "STANCE_LABELS", "CATEGORY_LABELS", "heading"]
