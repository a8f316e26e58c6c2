"""Merge the briefings of several articles into one (placeholder: concatenation)."""

from __future__ import annotations

from briefing.model import Briefing


def merge(briefings: list[Briefing]) -> Briefing:
    if len(briefings) == 1:
        return briefings[0]
    merged = Briefing(engine=briefings[0].engine if briefings else "")
    for b in briefings:
        merged.articles += b.articles
        merged.parties += b.parties
        merged.terms += b.terms
        merged.figures += b.figures
    return merged
