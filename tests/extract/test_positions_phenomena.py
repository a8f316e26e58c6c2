"""Positions: phenomena found missing on the blind held-out set, each on a short
invented article (tests/extract/articles/positions-*.txt) with the exact items."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    doc = read_path(ARTICLES / name)
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def test_attribution_between_holder_and_verb_no_comment_and_noun_verbs() -> None:
    got = positions_of("positions-ferry-rota.txt")
    assert got == {
        "Corrin Ferries": [
            # "The company, according to two people briefed on the talks, would accept ..."
            ("accept", "accept a 4% rise for night crews"),
            # "not against X" is an acceptance
            ("accept", "not against a longer contract at the right price"),
        ],
        "Saltmarsh Pilots Guild": [
            # "dispute" is a rejection when it is a verb
            ("reject", "disputes the company's staffing figures"),
            # "...; it says": the holder of the clause before (the company's is a possessive)
            ("claim", "the night crews are short by forty pilots"),
            # "provided for in clause 4" is no condition
            ("accept", "accepted the rota provided for in clause 4 of the draft"),
        ],
        # "declined to comment" is no rejection: the board holds no position
    }


def test_coordinated_holders_and_role_nouns() -> None:
    got = positions_of("positions-coordinated-envoy.txt")
    assert got == {
        # "Vessmark and Orlavia agreed ...": one item for each holder
        "Orlavia": [
            ("accept", "agreed on Monday to extend their fishing truce by six months"),
            # "Talks between Vessmark and Orlavia": no holders (after a preposition)
            ("reject", "rejected a plan to close the northern banks"),
        ],
        "Vessmark": [("accept", "agreed on Monday to extend their fishing truce by six months")],
        "Shelf Forum": [
            ("claim", "Both coastguards will keep their distance"),
            # "The envoy also proposed ...": the person named before as the forum's envoy
            ("propose", "proposed the two coastguards share patrol data"),
        ],
    }


def test_colon_lists_only_after_an_announcement() -> None:
    got = positions_of("positions-colon-lists.txt")
    assert got == {
        # "has set out three conditions ...: A; B; and C": the noun gives the stance,
        # the semicolons separate the items (which hold commas)
        "Brenmoor Quarrymen's Union": [
            ("demand", "the reinstatement of two dismissed shift leaders"),
            ("demand", "a written safety audit, paid for by the owners"),
            ("demand", "the return of the old overtime rates"),
        ],
        "Tallis Minerals Ltd": [
            # "will reopen two of the five pits it has closed: the north pit ...": the
            # words after the colon name the pits, they do not replace the object
            ("vow", "will reopen two of the five pits it has closed"),
            # "wants three things before it signs: A, B and C"
            ("demand", "wants a no-strike pledge"),
            ("demand", "wants a new grading scheme"),
            ("demand", "wants a review of staffing"),
        ],
    }


def test_speaker_procedure_together_with_and_a_new_clause() -> None:
    got = positions_of("positions-remarks-package.txt")
    assert got == {
        # "together with" separates two offers
        "Pellan Fishers Cooperative": [
            ("propose", "offered a two-year price freeze"),
            ("propose", "offered a quality bonus for small boats"),
        ],
        "Vantry Canning Company": [
            # "..., and that gives the talks a chance" is a new clause, not a second item
            ("accept", "not reject the freeze"),
            ("vow", "will keep the cannery open through the winter"),
        ],
        # "I will speak briefly and then take your questions", "I want to be careful ...":
        # the mediator's procedure, no position
    }


def test_plan_contents_and_owned_proposals() -> None:
    got = positions_of("positions-plan-owner.txt")
    assert got == {
        # "Under the compromise put forward by X, A would ..., and B would ...": X proposes A and B
        "Harrow Basin Commission": [
            ("propose", "tolls would rise by 3% a year until 2030"),
            ("propose", "small barges would pay no toll at all"),
            ("reject", "rejected: A Marrowfield proposal for a night-time lock service"),
        ],
        "Marrowfield Bargemen's Society": [
            ("support", "welcomed the idea"),
            # "A Marrowfield proposal for ... was rejected": the proposal is the society's
            ("propose", "proposal for a night-time lock service"),
        ],
    }


def test_relative_clause_between_holder_and_main_verb() -> None:
    got = positions_of("positions-relative-clause.txt")
    assert got == {
        # "X, which has long argued that A, called B ...": A ends with the clause, and the
        # verb after it is X's too (not a participle with no holder)
        "Brimholt Council": [
            ("claim", "the islands deserve no more than 9% of the catch"),
            ("claim", 'the decision "unilateral and unsustainable."'),
        ],
        "Sorrel Trawlermen's Association": [("vow", "would not wait for the council")],
    }


def test_reported_words_in_questions_and_said_when_that() -> None:
    got = positions_of("positions-question-report.txt")
    assert got == {
        # "Q: The union said yesterday that ...": a party's words reported in a question
        # (and "said yesterday that X": the claim is X, not an empty tail)
        "Tessel Dockers Union": [("claim", "the strike could spread to the grain berths")],
        # "told me on Monday that it would not ...": the inner stance is the position
        "Marbeck Terminal Company": [("vow", "would not cut the night shift")],
        "Opposition": [("claim", "the talks are a waste of time")],
    }


def test_anaphoric_claims_and_reported_clause_subjects() -> None:
    got = positions_of("positions-anaphoric-claims.txt")
    assert got == {
        # "MR ABERLE:" is Otto Aberle; "I can tell you that the two crews have agreed on X":
        # his claim (the crews' agreement is not his acceptance)
        "Otto Aberle": [("claim", "the two crews have agreed on a common rota for the winter")],
        # "has said so publicly", "told me the same thing": nothing said here, no claim
        # (and no claim of the speaker either: someone else speaks in those sentences)
        "Kestel Ferry Company": [("vow", "will pay the winter bonus in full")],
        "Lowmarsh Seafarers Union": [("demand", "wants a second rest day")],
    }


def test_government_of_names_the_state_not_the_host_capital() -> None:
    doc = read_path(ARTICLES / "positions-government-of.txt")
    parties = find_positions(doc, find_parties(doc))
    # "the Government of Sarvenia" is the state Sarvenia (even though "Government" is no
    # organisation word), so "The government rejected ..." is Sarvenia, not Austria (the
    # capital where the talks are held)
    assert {p.name: [(q.stance, q.text) for q in p.positions] for p in parties} == {
        "Sarvenia": [("reject", "rejected a call for a referendum on the valley")],
        "Tolmach Liberation Front": [("demand", "wants a ceasefire first")],
    }
    assert "Government of Sarvenia" in next(p for p in parties if p.name == "Sarvenia").aliases
