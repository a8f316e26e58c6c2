"""Who holds a position: a person named in apposition to their role at the start of
the sentence ("The guild's chairwoman, Elsa Marten, has rejected ...") holds the verb
after the apposition's closing comma, for the side the role belongs to; a side's
document as the subject ("X's first counter-proposal offered ...", "X's letter
rejected ...") is the side speaking; "X's position/offer, <an aside>, is/was ..." is X's,
up to a ", which ..." that has a holder of its own; "a proposal by X to ...", "a request
from X for ..." is X's whatever the sentence's verb. Invented articles:
tests/extract/articles/pos-apposition-subject.txt, pos-possessed-document.txt,
pos-possessed-aside.txt, pos-owned-by.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_a_name_in_apposition_holds_the_verb_after_it() -> None:
    assert positions_of("pos-apposition-subject.txt") == {
        "Carrow Boatmen's Guild": [("reject", "rejected the trust's offer of a 3% rise")],
        "Carrow Canal Trust": [("propose", "tabled a compromise")],
    }


def test_a_sides_document_as_the_subject_is_the_side() -> None:
    assert positions_of("pos-possessed-document.txt") == {
        "Brask Bondholder Committee": [
            ("propose", "offered a 12% reduction"),
            ("reject", "rejected any delay to the coupon payments"),
        ],
    }


def test_a_possessed_position_with_an_aside_before_its_verb() -> None:
    assert positions_of("pos-possessed-aside.txt") == {
        "Vellmark": [
            ("demand", "the dam must stay open all year"),
            ("claim", '"a joke"'),
        ],
        "Ostra": [("propose", "a 20% share of the water")],
    }


def test_a_proposal_by_or_a_request_from_its_owner() -> None:
    assert positions_of("pos-owned-by.txt") == {
        "Vell Air": [("propose", "to fly some long-haul routes with two pilots instead of three")],
        "Vell Pilots Union": [("demand", "a pause in the strike ballot")],
    }
