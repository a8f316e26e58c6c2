"""Positions: general English mechanisms the blind held-out writers found missing
(modal reported speech, participles and coordination, possessive and passive holders,
procedural lines, hedged and conditional offers, commitments), each on a short invented
article (tests/extract/articles/positions2-*) with the exact items found."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    doc = read_path(ARTICLES / name)
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def rules_of(name: str) -> dict[str, list[str]]:
    doc = read_path(ARTICLES / name)
    return {p.name: [q.rule for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def test_modal_reported_speech_says_the_stance() -> None:
    got = positions_of("positions2-modal-speech.txt")
    assert got == {
        "Harrow Rail Union": [
            # "said it would vote against": the verb's class (vote against is a rejection)
            ("reject", "vote against any deal that cuts pensions"),
            # "said it would take X to court": the holder's own commitment
            ("vow", "would take the Kelmor Transit Company to court over the dismissals"),
            ("vow", "would not negotiate separately with the smaller operators"),
            # "..., and would give ...": the second clause has its own (positive) modal
            ("vow", "would give five days' notice of any walkout"),
            # the holder's own people ("members") commit it too
            ("vow", "would walk out if the company cut pay"),
            ("vow", "will not sign the draft"),
            ("accept", "accepted the terms in full"),
            ("demand", "wants a bigger slice of the revenue"),
            # "said X was too low and would cost jobs": one claim (no modal before "and would")
            ("claim", "the fare cap was too low and would cost jobs at the depot"),
        ],
        "Kelmor Transit Company": [
            ("vow", "would return to the table next week"),
            # "would recommend": recommending is support
            ("support", "recommend the offer to its board"),
            # "rejected X, saying it would ...": the reason belongs to the rejection
            ("reject", "rejected the call for a fare freeze"),
        ],
        # "must": a requirement, whoever the subject of the clause
        "Harrow City Council": [("demand", "ticket prices must fall below 70% of the current level")],
    }


def test_participles_and_coordinated_objects() -> None:
    got = positions_of("positions2-participles.txt")
    assert got == {
        "Oldmoor Stone Company": [
            # "asking for X and for Y": the repeated preposition opens the second item
            ("demand", "asking for a longer contract"),
            ("demand", "asking for an end to overtime bans"),
            # "countered with A, B and C"
            ("propose", "countered with a 4% raise"),
            ("propose", "countered with a one-off bonus"),
            ("propose", "countered with a review of shift patterns"),
        ],
        # "opened talks demanding A, B, and C": a participle adjunct holds the subject's
        # stance; the Oxford comma splits the last item
        "Brennan Quarry Workers' Association": [
            ("demand", "demanding a 12% raise"),
            ("demand", "demanding a cap on night shifts"),
            ("demand", "demanding two dozen new safety inspectors"),
        ],
    }


def test_possessive_positions_passive_anaphora_and_procedure_in_a_transcript() -> None:
    got = positions_of("positions2-reported-holders.txt")
    assert got == {
        # "X's position is that ...": X's, not the mediator's (who speaks)
        "Norvic Fishers' Guild": [
            ("demand", "the quota must not be cut this year"),
            ("demand", "asked for a fuel subsidy"),
            ("demand", "asked for a new pier"),
        ],
        "Port Authority of Dellane": [
            ("demand", "the harbour fees should rise by 5%"),
            # "Those requests were turned down by Y": the requests just named
            ("reject", "turned down: a fuel subsidy"),
            ("reject", "turned down: a new pier"),
        ],
        # the mediator's "I will make a short statement" and closing lines: no positions
    }
    assert rules_of("positions2-reported-holders.txt")["Norvic Fishers' Guild"][0] == "owned.demand"


def test_hedged_conditional_offers_and_commitments() -> None:
    doc = read_path(ARTICLES / "positions2-offers-commitments.txt")
    parties = find_positions(doc, find_parties(doc))
    got = {p.name: [(q.stance, q.text) for q in p.positions] for p in parties}
    assert got == {
        "Varden Group": [
            # "is said to have offered": the offer, hedged
            ("propose", "offered $40 a share for Carrow Mills"),
            ("propose", "offered to keep both plants open"),
        ],
        "Carrow Mills Workers' Union": [
            # "would call off the strike if ...": a conditional offer ("call off" is no claim)
            ("propose", "would call off the strike if the company withdrew the layoff notices"),
            # (a conditional acceptance demands its condition: session 6, test_positions_session6)
            ("accept", "accept a 5% raise"),
            ("demand", "the company dropped the layoffs"),
            # "The deal would raise pay ... if": no holder, no position
        ],
        "Coral Reach Alliance": [("vow", "commits to doubling its grants by 2030")],
        # "commits €2.4 billion": a commitment
        "European Union": [("vow", "commits €2.4 billion to the fund")],
    }
    varden = next(p for p in parties if p.name == "Varden Group")
    assert [q.hedged for q in varden.positions] == [True, True]


def test_inverted_speaker_noun_phrases() -> None:
    got = positions_of("positions2-inverted-speaker.txt")
    assert got == {
        "Tarrow Dockers' Guild": [
            # 'said the guild's president, Mira Solenne': the possessor speaks
            ("claim", "Our members stood together and it worked"),
            # 'said its founder, X': the pronoun's referent
            ("claim", "The price is a step, not a destination"),
        ],
        # "said Pellam Freight's chief negotiator"
        "Pellam Freight": [("vow", "will not move")],
    }


def test_complement_clauses_subjunctive_new_clauses_and_non_stances() -> None:
    got = positions_of("positions2-clauses.txt")
    assert got == {
        "Vellmoor School Board": [
            # "warned, however, that A and that B": two clauses
            ("concern", "warned the contract would cost about $38 million"),
            ("concern", "warned the board would have to find $9 million in savings"),
            # "insisted that X be dropped": a subjunctive is a demand
            ("demand", "the pension clause be dropped"),
            # "agreed to A and the union dropped B": the second is a clause of its own
            ("accept", "agreed to fund the extra preparation time"),
            # "the 6% it offered last week": no object after the verb, no position
            ("propose", "tabled a 9% raise, up from the 6%"),
        ],
        # "a deal in principle" is no acceptance, "than it had sought" no demand; the
        # participle after the comma is the sentence subject's
        "Marsh Holdings Inc": [
            ("accept", "accepting a smaller pay rise than it had sought in exchange for longer hours"),
        ],
    }


def test_statement_lists_negated_parentheticals_and_relative_antecedents() -> None:
    got = positions_of("positions2-statement.txt")
    assert got == {
        "Coral Reach Alliance": [
            ("support", "welcomes the fund"),
            # ", which its members proposed": the objects of the verb before, not the clause
            ("propose", "proposed the fund"),
            ("support", "welcomes the debt pause"),
            ("propose", "proposed the debt pause"),
            # "does not, however, accept": negated across the parenthetical
            ("reject", "not accept $60 billion a year is adequate"),
            # 'said the chair of the Alliance, Prime Minister X of Y': the Alliance speaks
            ("claim", "We are asked to survive on a tenth of what we need"),
            # "calls for A, for B, and for C": three demands
            ("demand", "calls for the annual goal to be raised to $100 billion by 2030"),
            ("demand", "calls for a dedicated window for loss and damage of at least $10 billion"),
            ("demand", "calls for an end to new loans"),
        ],
    }


def test_mediator_reports_each_side_and_keeps_only_its_own_view() -> None:
    got = positions_of("positions2-mediator-transcript.txt")
    assert got == {
        "Ember Hills Front": [
            # "accept it in principle": one acceptance ("in principle" qualifies the verb)
            ("accept", "accept it in principle"),
            # 'said that if X, it will Y': the vow (the bare condition is no claim)
            ("vow", "will consider the outline void"),
            # "what it calls": naming, no claim
            ("demand", 'asked for a payment for what it calls "the upkeep" of the captives'),
        ],
        "Korvath": [
            # "I would note that the government did not reject": the government's, and no
            # claim of the mediator
            ("accept", "not reject the outline"),
            # "The Government of Korvath, she said, had ...": the subject holds the claim
            ("claim", 'had "not changed its view that the railway stays public"'),
        ],
        # the journalist's question ("Has the government accepted ...?") reports nothing;
        # "I will make a short statement", "I am sorry, that is all the time": procedure
        "Marta Selvik": [("claim", "I think those are serious requests, and I have said so to the government")],
    }


def test_speaker_side_and_participles_after_long_clauses() -> None:
    got = positions_of("positions2-speaker-side.txt")
    assert got == {
        "Karvel": [
            ("accept", "agreed on Sunday to a ceasefire"),
            # "X's minister said his government accepted ...": the speaker's side accepts
            ("accept", "accepted the terms in full"),
            ("demand", "demanded that Ostrund first withdraw its troops"),
        ],
        "Ostrund": [
            ("accept", "agreed on Sunday to a ceasefire"),
            # ", accepting ..." after a long clause under a byline line: the sentence's
            # subject; "than it had sought" is no demand; "in exchange for A and B" is one item
            ("accept", "accepting a smaller write-off than it had sought in exchange for longer maturities "
                       "and a cut in interest payments"),
        ],
    }


def test_rumours_in_questions_and_one_claim_per_quote() -> None:
    got = positions_of("positions2-quotes-questions.txt")
    assert got == {
        "Harnet Mining Company": [
            ("reject", "rejected the survey"),
            ("claim", "the pits were safe"),
            # a quote over two sentences is one claim (its first sentence)
            ("claim", "Every miner gets the same terms"),
        ],
        # "Q: There are reports that the union wants money": a rumour asked about
        "Tessel Miners Union": [("demand", "asked for a new pit survey")],
    }


def test_possessive_role_holders_and_object_relatives() -> None:
    got = positions_of("positions2-relative-objects.txt")
    assert got == {
        # "the 28 euros a share that Ravenholt's directors rejected in April": the thing
        # rejected is the noun before "that"; "X's directors" hold for X
        "Ravenholt Cables Ltd": [
            ("reject", 'the 28 euros a share that Ravenholt\'s directors rejected in April as "opportunistic"'),
        ],
        # "The union's bargaining committee rejected ...": the union
        "Tarrow Teachers Union": [("reject", "rejected the 12% offer on Wednesday")],
    }


def test_a_reduced_passive_holds_the_noun_phrase_before_it() -> None:
    # "..., as A rejected the latest pay plan backed by B": B backs the plan, not the
    # whole sentence; "Under the compromise put forward by X, ..." keeps its frame.
    assert positions_of("positions2-reduced-passive.txt") == {
        "Marrowvale Port Authority": [("reject", "rejected the latest pay plan")],
        "Coastal Dockers Union": [("support", "backed: the latest pay plan")],
        "Mediator": [("propose", "wages would rise by 4% a year")],
    }
