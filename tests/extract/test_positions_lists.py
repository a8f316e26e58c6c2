"""Positions in lists the intro line does not hand a stance verb: a heading that says
what each side wants ("What each side wants") with a list under each side's name, and
an announcing verb whose object is a list noun ("set out three conditions for ...:"),
whose items are what the noun says (demands), not proposals; the announcing line itself
is no position. Invented articles: tests/extract/articles/pos-*."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_per_side_lists_under_a_what_each_side_wants_heading() -> None:
    assert positions_of("pos-side-headings.md") == {
        "Quorland": [
            ("demand", "exclusive landing rights at the harbour of Vell"),
            ("demand", "a toll cap of 12 crowns per vehicle"),
            ("demand", "a joint coastguard patrol of the strait"),
            ("vow", "threatened to suspend the service if no deal is found"),
        ],
        "Estmarra": [
            ("demand", "the harbour fees to be shared equally"),
            ("demand", "a review of the toll after five years"),
        ],
    }


def test_announced_conditions_are_demands_and_the_intro_is_none() -> None:
    assert positions_of("pos-announced-conditions.txt") == {
        "Brenholt Harbour Board": [
            ("demand", "a new passenger terminal by 2029"),
            ("demand", "at least half of the crews to be hired locally"),
            ("demand", "a seat for the board on the safety committee"),
        ],
        "Tolvan Ferry Company": [("claim", "it was studying the conditions")],
    }
