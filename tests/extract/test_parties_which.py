"""Parties: a capitalised name with no organisation word followed by ", which" ("Metro
Tarnby Transit, which is owned by the city") is no person but an organisation, so "the
operator's chief executive, X" folds into it and "the company" points to it. Invented
article: tests/extract/articles/parties-which-not-who.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_which_makes_an_organisation() -> None:
    briefing = extract(read_path(ARTICLES / "parties-which-not-who.txt"))
    got = {p.name: (p.kind, p.aliases) for p in briefing.parties}
    assert got["Metro Tarnby Transit"] == ("organisation", ["operator", "company", "Dan Whitcombe", "Whitcombe"])
    assert "Dan Whitcombe" not in got
