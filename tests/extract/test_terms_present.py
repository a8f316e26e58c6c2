"""Terms: a deal's contents in the present tense (a minister reading out the terms, "the
new contract raises pay by ..."), and how the talks went (opening offers, earlier asks)."""

from __future__ import annotations

from .term_helpers import terms_of


def test_transcript_terms_read_out_in_the_present_tense() -> None:
    assert terms_of("terms-present-tense-transcript.txt") == [
        # "The licence runs for 30 years": the proposal noun, a duration verb, a figure
        ("The licence runs for 30 years", "other", "term.verb"),
        # the context stays open for the provisions that follow; ", free of charge" is
        # an aside, not the verb "free"
        ("The state will hold a 15% stake in the mining company, free of charge", "economic",
         "term.cont"),
        ("will have the right to buy a further 5% at market value", "economic", "term.cont"),
        ("Brightsalt will pay a royalty of 4% on the value of the salt it sells", "economic",
         "term.cont"),
        # "We have committed that ...": a commitment of the deal
        ("at least 60% of the jobs will go to local workers", "economic", "term.pledge"),
    ]


def test_present_tense_contents_and_history_of_the_talks() -> None:
    assert terms_of("terms-history-offers.txt") == [
        # "The new contract raises pay by 12% ..., including an increase of 5%": two terms
        ("raises pay by 12% over four years", "economic", "term.verb"),
        ("an immediate increase of 5% on signing", "economic", "term.verb"),
        # "The deal rejected in February had offered 9%" is background: the context goes on
        ("Dockers will also receive back pay of about $3,000 each", "economic", "term.cont"),
        ("the port's contribution to their pensions will rise from 6% to 8% of salary",
         "economic", "term.cont"),
        # "X is written into the contract and the cap is set at N": two provisions
        ("the night-shift limit is written into the contract", "other", "term.under"),
        ("the cap on overtime is set at 10 hours a week", "economic", "term.under"),
        # "When these talks started, the port offered a 4% rise": an opening offer, no term
        ("The contract takes effect on June 1 and runs until 2031", "other", "term.verb"),
        ("Crane drivers will be paid a new skills bonus of $1,200 a year", "economic",
         "term.list"),
        # "The union had asked for 90; ...": the item's history, no term
        ("The port will hire 40 more drivers", "economic", "term.list"),
    ]


def test_what_the_sides_agreed_and_the_comments_around_an_offer() -> None:
    assert terms_of("terms-agreed-clauses.txt") == [
        # "have also agreed, under our good offices, to A, and to B": the aside skipped
        ("allow family visits to the remaining detainees within 30 days", "hostages_prisoners",
         "term.agreed"),
        ("to exchange lists of all missing persons before the end of the year",
         "hostages_prisoners", "term.agreed"),
        # a joint subject's "agreed X" / "settled on X" with its figure
        ("the line along about 90 kilometres of their border", "other", "term.agreed"),
        ("11 days of notice for any patrol near the line", "security", "term.agreed"),
        # one party's "agreed to" with a figure in its own clause ("agreed to review the
        # rota and the union dropped its demand for 12": the figure is another clause's)
        ("post a bond of $40 million to pay for cleaning up the site", "economic",
         "term.agreed"),
        # ", according to a summary ...", ", and wants until ...", ", citing ...": no terms
        ("$2.5 million a year", "economic", "term.offer"),
        ("annual increases linked to inflation", "economic", "term.offer"),
        ("a local hiring target of 30%", "economic", "term.offer"),
    ]  # "Nothing in this licence means ...": a denial, it opens no context


def test_a_rulings_conditions_and_a_bare_figure_detailed_later() -> None:
    assert terms_of("terms-ruling-conditions.md") == [
        # "... approves the deal after the ferry group agreed to ...": "Competition and
        # Markets" is no joint subject of "agreed" (its clause starts after "after");
        # "the two sides settled on 12 this month" gives way to the item detailing the 12
        ("Ferrylink must sell 12 routes to a buyer approved by the authority within six months",
         "other", "term.list"),
        ("Fares on island routes may not rise faster than inflation for three years",
         "economic", "term.list"),
        ("An independent trustee will oversee compliance and publish a report every year",
         "guarantees", "term.list"),
    ]


def test_remarks_on_an_arrangement_first_person_provisions_and_a_late_quid_pro_quo() -> None:
    assert terms_of("terms-remarks-arrangement.txt") == [
        # "signed an arrangement that restores ...": what the proposal named does
        ("restores inspections at all of our declared sites", "guarantees", "term.verb"),
        ("Inspectors will regain access to the two reactor halls within ten days", "guarantees",
         "term.cont"),
        # the speaker's own side reads out its part: a provision verb and a figure
        ("We will also allow up to 12 snap inspections a year", "guarantees", "term.cont"),
        # "offered ... three years ago": history, no term; "Under X, according to Y, ...":
        # the source is no part of the term
        ("the cameras will be reinstalled within a month", "other", "term.under"),
        # "would respect the arrangement as long as ...": no new commitment; "In return,"
        # answers the terms two sentences after a comment; "are to be allowed" provides
        ("the Agency accepted new rules that give Ostmark a week's notice of routine visits",
         "other", "term.return"),
        ("Relief convoys are to be allowed into the border district", "humanitarian",
         "term.cont"),
    ]


def test_agreed_early_on_a_day_settled_instead_on_and_an_offer_before_a_stance() -> None:
    assert terms_of("terms-quota-settled.txt") == [
        # "agreed early on Friday to ...": the time does not hide the agreement
        ("cut their shared catch of sprat by 14% next season", "economic", "term.agreed"),
        # "offered A and insisted that ...": the stance is no part of the offer
        ("a cut of no more than 6%", "economic", "term.offer"),
        # "settled instead on a five-week closure": a figure in words counts
        ("a five-week closure", "other", "term.agreed"),
    ]  # "has proposed that the United Nations run it": "it" was said before, no term


def test_conditions_of_an_offer_and_commitments_with_their_speaker_after() -> None:
    assert terms_of("terms-said-after.txt") == [
        # ", conditional on ...": the offer's condition is a term of its own
        ("5.5% this year", "economic", "term.offer"),
        ("a further 2% next year", "economic", "term.offer"),
        ("conditional on staff agreeing to night rostering at rural hospitals",
         "economic", "term.offer"),
        # "X would deploy N ..., she said": the commitment first, its speaker after (not
        # "Talks will resume next week, she said": no provision verb, no figure)
        ("deploy between 100 and 150 unarmed monitors to verify the cantonment", "guarantees",
         "term.vow"),
        # "invest" is a provision verb
        ("invest 2.1 billion marks in the network over five years", "economic", "term.vow"),
    ]


def test_an_included_part_with_its_own_figure_of_the_same_kind() -> None:
    from briefing.extract.terms import split_region

    def pieces(text: str) -> list[str]:
        return [text[a:b] for a, b in split_region(text, 0, len(text))]

    # a currency part (this raised a TypeError once), a time part in words
    assert pieces("It gives $5bn, including a grant of $1bn for schools.") == [
        "It gives $5bn", "a grant of $1bn for schools"]
    assert pieces("maturities will be extended by 15 years, including a grace period of four "
                  "years") == ["maturities will be extended by 15 years",
                               "a grace period of four years"]
    # a part of another kind stays with its term
    assert pieces("The deal raises pay by 5%, including a payment of $500 on signing.") == [
        "The deal raises pay by 5%, including a payment of $500 on signing"]


def test_a_counted_part_and_two_verbs_sharing_one_object() -> None:
    from briefing.extract.terms import split_region

    def pieces(text: str) -> list[str]:
        return [text[a:b] for a, b in split_region(text, 0, len(text))]

    # ", among them 40 military observers,": a counted part of its own
    assert pieces("the mission will have 300 members, among them 40 military observers, who "
                  "will be unarmed") == ["the mission will have 300 members",
                                         "40 military observers, who will be unarmed"]
    # "to recruit and train nurses": one object for both verbs; "to withdraw and to
    # release prisoners" and "to follow and assurances" still split
    assert pieces("give the trust $12 million to recruit and train nurses") == [
        "give the trust $12 million to recruit and train nurses"]
    assert pieces("agreed to withdraw and to release prisoners") == [
        "agreed to withdraw", "to release prisoners"]
    assert pieces("guarantees of talks to follow and assurances that the army will not "
                  "resume attacks") == ["guarantees of talks to follow",
                                        "assurances that the army will not resume attacks"]


def test_an_offer_superseded_in_the_next_sentences_is_off_the_table() -> None:
    assert terms_of("terms-superseded-offer.txt") == [
        # "offered to free 40 ... The figure was later raised to 75.": no longer on the table;
        # an offer nobody moved on from stays
        ("a 3% rise over two years", "economic", "term.offer"),
    ]


def test_the_deal_gives_sets_lasts_with_figures_in_words() -> None:
    assert terms_of("terms-deal-gives.txt") == [
        ("a minimum wage of $15 an hour", "economic", "term.verb"),
        # "and gives workers four extra days": the recipient is no part of the term
        ("four extra days of leave", "other", "term.verb"),
        # a figure in words after a duration or provision verb
        ("The accord lasts five years", "other", "term.verb"),
        ("extends the grace period by two years", "economic", "term.verb"),
    ]
