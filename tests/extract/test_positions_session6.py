"""Positions, session 6: general constructions of ordinary news copy (wire, live blog,
column) that gave no position or the wrong one, each on a short invented article
(tests/extract/articles/positions6-*) with the exact items found."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    doc = read_path(ARTICLES / name)
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def test_relative_clause_object_is_the_noun_phrase_before_it() -> None:
    # "A, which X had sought": X's stance is on A (before: the words after the verb,
    # "sought as part of the package", or nothing)
    assert positions_of("positions6-relative-object.txt") == {
        "Varrow": [("reject", "not agree to a wider truce across the highlands"),
                   ("reject", "refused an independent inquiry")],
        "Kestle Front": [("demand", "a wider truce across the highlands"),
                         ("demand", "an independent inquiry")],
        # ("a guaranteed right": an adjective in -ed, not a verb ending the clause)
        "Lenvar Gas Company": [("demand", "wants a guaranteed right to reverse flows"),
                               ("oppose", "the transit fee of 4%")],
        "Oskar Pipeline Board": [("reject", "a guaranteed right to reverse flows")],
        # "There is hope that the Kestle Front will sign": a complement, no relative
    }


def test_relative_clause_object_with_that_in_a_live_blog() -> None:
    assert positions_of("positions6-relative-object-live.md") == {
        "Kestle Front": [("propose", "the monitoring plan"),
                         # "has always rejected" ("always" between auxiliary and verb)
                         ("reject", "the kind of phased withdrawal")],
        "Varrow": [("reject", "rejected the monitoring plan")],
    }



def test_stopped_short_series_clause_cut_and_conditional_help() -> None:
    assert positions_of("positions6-objects.txt") == {
        # "stopped short of rejecting X": not rejected (the trailing ", however" cut)
        "Velmora": [("accept", "stopped short of rejecting a longer filling timetable")],
        # ", and its deputy minister, X, said ...": a new clause, not a second thing wanted
        "Ostrakia": [("demand", "wanted the reservoir filled within five years"),
                     ("claim", "the figure was final")],
        # "would put A, keep B, and invest C": one commitment per coordinated verb
        "Halbrook Fund": [("vow", "would put 60 million crowns into a resettlement fund"),
                          ("vow", "keep the valley clinics open for at least two years"),
                          ("vow", "invest 150 million crowns in irrigation")],
        # "has made its loan conditional on X": X is demanded
        "World Bank": [("demand", "made its loan conditional on a joint monitoring body")],
    }
