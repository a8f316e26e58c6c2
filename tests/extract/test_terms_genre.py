"""Terms: the numbered paragraphs of an agreement's own text (a joint communique)."""

from __future__ import annotations

from .term_helpers import terms_of


def test_communique_paragraphs_numbering_shall_clauses_and_adjuncts() -> None:
    assert terms_of("terms-communique-paragraphs.txt") == [
        # "2. Under the Agreement, ...": the numbering does not hide the intro; the dates
        # (", from 1 July to 30 September,") stay with their term
        ("Arlosia shall ensure a minimum flow of 40 cubic metres per second during the dry "
         "season, from 1 July to 30 September", "other", "term.under"),
        ("of 90 cubic metres per second during the rest of the year", "other", "term.under"),
        # the agreement's "shall" binds wherever it stands in the sentence
        ("In a year of severe drought, defined as a year in which rainfall falls below 60% of "
         "the average, the guaranteed flows shall be reduced in proportion to the shortfall",
         "guarantees", "term.genre"),
        # ", currently estimated at ...", ", at a price to be set ...": asides of the term
        ("Ventris shall bear 30% of the maintenance costs of the Orm dam, currently estimated "
         "at 12 million dollars a year", "economic", "term.cont"),
        ("shall have the right to buy up to 100 megawatts of its electricity, at a price to "
         "be set in a separate contract", "economic", "term.cont"),
        ("Any dispute shall first be referred to the Joint Commission", "guarantees",
         "term.cont"),
        # "shall be submitted to a panel": in the agreement's text, no step of the process
        ("A dispute that is not resolved within six months shall be submitted to a panel of "
         "three independent experts", "guarantees", "term.genre"),
    ]


def test_interview_offers_named_mid_sentence_and_two_offers_in_one_sentence() -> None:
    assert terms_of("terms-interview-offers.txt") == [
        # "Ada Brennan, the board's final offer is 4%.": the offer after an address; a
        # bare percentage is an item
        ("4%", "economic", "term.offer"),
        # "we have offered A, and we have offered to hire B": both offers
        ("a retention bonus of 800 dollars for every nurse who stays two years", "economic",
         "term.offer"),
        ("hire 120 ward clerks next year", "economic", "term.offer"),
    ]


def test_counted_groups_a_late_modal_and_a_campaign_that_goes_on() -> None:
    assert terms_of("terms-swap-counts.txt") == [
        ("the government will free 120 detainees held on charges linked to the revolt",
         "hostages_prisoners", "term.under"),
        # "twenty-two soldiers and three civilian engineers": two counted groups
        ("The front will release twenty-two soldiers", "hostages_prisoners", "term.cont"),
        ("three civilian engineers, all of them seized last winter", "hostages_prisoners",
         "term.cont"),
        # the modal is the twelfth word: still a provision that goes on from the deal
        ("The remains of 11 fighters and soldiers killed in the fighting will also be handed "
         "over", "hostages_prisoners", "term.cont"),
    ]  # "said it would keep pressing for ...": a campaign, no commitment


def test_provisions_after_a_numbered_list_and_enumerations_with_a_relative_clause() -> None:
    assert terms_of("terms-accord-release.txt") == [
        ("No more than 20 Kovanian vessels will be licensed to fish in Ardel's waters at any "
         "one time", "other", "term.list"),
        ("Kovania will pay an annual access fee of 9 million US dollars", "economic",
         "term.list"),
        # after a list of terms a provision goes on; "will meet twice a year" is a standing
        # body's duty, no step of the talks
        ("A Joint Fisheries Committee will meet twice a year to review compliance", "guarantees",
         "term.cont"),
        ("either party may suspend the Accord on 60 days' notice if the other is in serious "
         "breach", "other", "term.cont"),
        # "The Accord excludes ... a 12-nautical-mile zone": present tense with a figure;
        # "..., and the Ministry will consult X before ...": a step of the process
        ("excludes all foreign vessels from a 12-nautical-mile zone around the islands", "other",
         "term.verb"),
        # "remained committed to ...": a stance, no pledge; "..., and require X": a verb
        ("lift its share of the catch from 10% to 25%", "economic", "term.would"),
        ("require a cannery to be built within five years", "other", "term.would"),
        # "A, B, and a pledge ... that would ...": the clause is inside the last item
        ("a 15% share", "economic", "term.offer"),
        ("a fee of 4%", "economic", "term.offer"),
        ("a pledge to invest $50m in a port that would serve both fleets", "economic",
         "term.offer"),
    ]


def test_category_cues_hyphenated_words_and_new_cues() -> None:
    from briefing.extract.terms import categorise

    # "free-to-air" holds no cue "free" (hostages): no category
    assert categorise("at least 20 matches a season to be shown free-to-air") == "other"
    assert categorise("the exchange will be supervised by the Red Cross") == "guarantees"
    assert categorise("the rebels will name a vice-president") == "governance"
    assert categorise("that the fiscal terms will be stable for 15 years") == "economic"
    assert categorise("the fleet will employ no fewer than 300 local crew") == "economic"
