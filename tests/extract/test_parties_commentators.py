"""Parties: people quoted for their expertise are no side, however the article
introduces them ("X, who studies border disputes at the University of Y", "Political
scientist X", "X, a senior researcher at ...", "X, director of the Centre for River
Studies"), and a university or research centre is no side either; a state institute
still can be. Invented article: tests/extract/articles/parties3-commentators.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import parse_bytes, read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_commentators_and_research_bodies_are_no_parties() -> None:
    briefing = extract(read_path(ARTICLES / "parties3-commentators.txt"))
    assert {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties} == {
        "Arvania": [("reject", "rejected Belcoria's map")],
        "Belcoria": [("demand", "demanded a joint commission to survey the river")],
    }


def test_a_state_institute_can_still_hold_a_position() -> None:
    text = ("Drug price talks\n\nThe National Institute for Health Pricing rejected the company's offer. "
            "Dovrin Pharma demanded a higher price.\n")
    briefing = extract(parse_bytes(text.encode(), "doc", "txt"))
    assert [p.name for p in briefing.parties] == ["National Institute for Health Pricing", "Dovrin Pharma"]
