"""Shared by the terms tests: the invented articles folder and a checked term reader."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.terms import find_terms
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def terms_of(name: str) -> list[tuple[str, str, str]]:
    """(text, category, rule) of every term in an article of ARTICLES, in order; on the
    way, checks that each term quotes its own sentence verbatim."""
    doc = read_path(ARTICLES / name)
    found = find_terms(doc)
    for term in found:
        start, end = doc.sentences[term.source.sentence]
        assert start <= term.source.start < term.source.end <= end
        assert doc.text[term.source.start:term.source.end] == term.source.quote
        assert term.text in term.source.quote
    return [(t.text, t.category, t.rule) for t in found]
