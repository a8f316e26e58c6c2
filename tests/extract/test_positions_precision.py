"""Positions that are none: the complement of "say"/"tell" must be a clause, so "said
many things", "said little in public", "told an industry conference", "will say a few
words" and "said as it walked out" give no claim (a quote, a figure or a finite verb keeps one); "until X" is
a demanded condition only after a refusal ("will not open ... until X"), else a time;
a stance verb whose object is only a stranded preposition or a duration ("everything we
asked for", "had sought for a decade") gives no item; a side moving its figure ("raised
its offer to X") is a position of the noun's stance, and a wire dateline is no part of a
claim; ", and the X, an apposition, is ..." starts a new clause, no list item; "would
sign only if X" gives only X. Invented articles: tests/extract/articles/pos-say-no-clause.txt,
pos-until-time.txt, pos-gap-objects.txt, pos-moves.txt, pos-new-clause-apposition.txt,
pos-would-if.txt."""

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


def test_until_is_a_condition_only_after_a_refusal() -> None:
    # "will not open ... until X": X is demanded; "consult until May 4" and "stay at
    # the table until the dispute is settled" are times, the clause keeps them
    assert positions_of("pos-until-time.txt") == {
        "Tarrow Farmers' Union": [
            ("vow", "will not open the sluices"),
            ("demand", "the Brede Water Board restores the old quota"),
            ("demand", "urged both sides to stay at the table until the dispute is settled"),
        ],
        "Brede Water Board": [("vow", "would consult on the new quota until May 4")],
    }


def test_an_object_left_before_the_verb_gives_no_empty_item() -> None:
    # "a change X had sought for more than a decade", "asking for:" over a list and
    # "everything it asked for": the verb's object is only a duration or a stranded
    # preposition, so no "sought for more than a decade" / "asking for" item
    assert positions_of("pos-gap-objects.txt") == {
        "Dorrel Bus Drivers' Union": [
            ("accept", "accepted a new weekend rota on Tuesday, a change"),
            ("demand", "a rest room at every depot"),
            ("demand", "two more relief drivers per route"),
            # "not everything we wanted, but ...": no "wanted but ..." demand, the quote
            ("claim", "Our drivers said no in March"),
            ("claim", "This rota is not everything we wanted, but it is a rota we can live"),
        ],
        # "the 2% it put forward when talks opened", "the 3% it offered last week, plus
        # ...": the thing offered stands before the verb
        "Dorrel Transit Company": [
            ("demand", "asked for a shorter notice period and got everything"),
            ("propose", "tabled a 4% rise, up from the 2%"),
        ],
    }


def test_moves_of_a_figure_and_a_dateline_before_the_claim() -> None:
    # "raised its offer to X" proposes X, "lowered its demand to X" still demands X,
    # "dropped its objection to X" accepts X ([moves]); the wire dateline is no part of
    # the claim before ", the company said"
    assert positions_of("pos-moves.txt") == {
        "Marvel Harbour Company": [
            ("claim", "Crane drivers at the port will return to work on Monday"),
            ("claim", "The Marvel Crane Operators' Union accepted a new shift plan on Friday"),
            ("propose", "raised its offer to a 7% rise over three years"),
        ],
        "Marvel Crane Operators' Union": [
            ("accept", "accepted a new shift plan on Friday"),
            ("demand", "lowered its demand to a 9% rise"),
            ("accept", "dropped its objection to night shifts at the container berth"),
        ],
    }


def test_a_new_clause_whose_subject_has_an_apposition_ends_the_list() -> None:
    # ", and the harbour's operator, the Oslo-listed X, is running out of time": a new
    # clause, not two more things Tarnby wants
    assert positions_of("pos-new-clause-apposition.txt") == {
        "Tarnby": [("demand", "wants a far larger share of the harbour fees")],
    }


def test_a_conditional_offer_of_a_bare_verb_is_only_its_condition() -> None:
    # "would sign only if X": the condition X is the demand, "would sign" says nothing
    assert positions_of("pos-would-if.txt") == {
        "Kessel": [("demand", "the treaty included binding arbitration")],
        "Tarn": [("propose", "would release more water if Kessel paid for the new pumps")],
    }
