"""Positions that are none: the complement of "say"/"tell" must be a clause, so "said
many things", "said little in public", "told an industry conference" and "said as it
walked out" give no claim (a quote, a figure or a finite verb keeps one). Invented
article: tests/extract/articles/pos-say-no-clause.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_say_and_tell_need_a_clause() -> None:
    assert positions_of("pos-say-no-clause.txt") == {
        "Brannock Dockers' Union": [
            ("demand", "wanted a 6% raise"),
            ("vow", "will not move"),
        ],
        "Quayside Port Company": [
            ("claim", "the offer was final, as its chief executive left the building"),
        ],
    }
