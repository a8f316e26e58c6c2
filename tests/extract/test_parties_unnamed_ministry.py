"""Parties: "the environment ministry says ..." finds a ministry named before, never an
authority of another kind ("the Kessel Basin Authority") that happens to be the nearest
authority: with no ministry named, its claim is no side's. Invented article:
tests/extract/articles/parties-unnamed-ministry.md."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_unnamed_ministry_is_no_authority() -> None:
    briefing = extract(read_path(ARTICLES / "parties-unnamed-ministry.md"))
    got = {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}
    assert got["Kessel Basin Authority"] == [
        ("demand", "want a binding minimum flow of 40 cubic metres a second"),
        ("reject", "will not accept anything less"),
        ("support", "welcome support"),
    ]
    assert "environment ministry" not in next(p for p in briefing.parties if p.name == "Kessel Basin Authority").aliases
