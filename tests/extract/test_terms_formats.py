"""Terms: how a proposal's contents are introduced, on short invented articles in
tests/extract/articles (plain text, Markdown with a bullet list, HTML)."""

from __future__ import annotations


from briefing.extract.terms import find_terms
from briefing.ingest import read_text

from .term_helpers import terms_of


def test_agreement_text_lettered_points_end_at_the_next_numbered_paragraph() -> None:
    assert terms_of("statement_points.txt") == [
        # "X agreed in principle to" in the agreement's own text
        ("reschedule $1.8 billion of loans owed by Merrow to its members", "economic",
         "term.agreed"),
        # "(a)".."(c)" under "The terms ... are as follows:"; "4." is no item of that list
        ("repayments will be deferred for three years", "economic", "term.list"),
        ("interest rates will be capped at 2% a year until 2032", "economic", "term.list"),
        ("a review panel will report on progress every six months", "guarantees", "term.list"),
        ("publish all public debt contracts within 90 days", "economic", "term.pledge"),
        # the paragraph number is not part of the term; a request or a welcome is none
        ("The two sides will meet again in September to review implementation", "guarantees",
         "term.genre"),
    ]


def test_markdown_bullet_list_of_demands_and_an_offer_with_an_aside() -> None:
    assert terms_of("demands_bullets.md") == [
        ("a cap of twelve hours on every shift", "other", "term.list"),
        ("an end to unpaid standby duty in home ports", "economic", "term.list"),
        ("a joint review of crew numbers on night crossings", "guarantees", "term.list"),
        # "has offered, according to a memo seen by X, A, together with B": two terms
        ("a 4% pay rise over two years", "economic", "term.offer"),
        ("€2 million for a new training school", "economic", "term.offer"),
    ]


def test_html_counter_offers_provisos_and_a_mediators_proposal() -> None:
    assert terms_of("counter_offer.html") == [
        # the reporting aside and ", but ..." are commentary, not the truce
        ("a ten-day truce along the river frontier", "ceasefire", "term.agreed"),
        # "could X, provided Y": the offer and its condition, one term each
        ("pull back from the river towns in stages", "withdrawal", "term.offer"),
        ("provided Vardenia moved its rocket batteries behind the hills", "security",
         "term.offer"),
        # "ready to exchange ..." (not "ready to sign", not "willing to return to talks")
        ("exchange all detained sailors", "hostages_prisoners", "term.offer"),
        ("the two sides set up a joint hotline to report violations", "guarantees",
         "term.offer"),
    ]  # "contingency plans include ..." and "that gives me some hope" are no terms


def test_inline_colon_list_of_conditions_one_term_per_item() -> None:
    doc = read_text(
        "Talks\n\nThe Front has set out three conditions for freeing the last hostages: the "
        "release of its leader, Oren Vask; an amnesty for fighters who disarm; and the "
        "withdrawal of the army from the two passes. The Front wants two things before it "
        "will sign a settlement: money, and time.".encode(), "conditions")
    assert [(t.text, t.category, t.rule) for t in find_terms(doc)] == [
        ("the release of its leader, Oren Vask", "hostages_prisoners", "term.list"),
        ("an amnesty for fighters who disarm", "security", "term.list"),
        ("the withdrawal of the army from the two passes", "withdrawal", "term.list"),
    ]  # "wants two things before it will sign a settlement:" lists a demand


def test_comment_after_the_term_is_dropped() -> None:
    doc = read_text(b"Talks\n\nBoth sides have agreed to halt all shelling of the port, and that "
                    b"is the most important thing for now.", "comment")
    assert [t.text for t in find_terms(doc)] == ["halt all shelling of the port"]


def test_transcript_phase_of_a_deal_quid_pro_quo_and_a_third_party() -> None:
    assert terms_of("exchange_remarks.txt") == [
        # "agreed on the first phase" opens the context; "In this first phase, X will ..."
        # is a provision, and the list after its colon only details whom it covers
        ("the Brigade will release six of the eleven people it holds", "hostages_prisoners",
         "term.under"),
        ("the government will free 30 detainees held without charge", "hostages_prisoners",
         "term.return"),
        # right after a term, a third party's "has agreed to" belongs to the deal
        ("receive them at the Orlen crossing", "other", "term.agreed"),
    ]  # "In the second stage of the talks, we met" is narrative; "agreed to consider" a step


def test_markdown_takeover_bid_and_a_colon_offer() -> None:
    assert terms_of("package_terms.md") == [
        # "the bid values X at $N and includes Y": what the bid is worth is a figure, what
        # it includes a term
        ("a promise to keep its plant in Arbury", "other", "term.verb"),
        # "The offer: A, B and C", items opening with a number word count too
        ("a 3% raise", "economic", "term.list"),
        ("two extra rest days", "economic", "term.list"),
        ("a signing bonus", "economic", "term.list"),
    ]  # "The union wants a 10% raise and an end to night shifts": a demand, no term


def test_plain_text_framework_swap_and_semicolon_list() -> None:
    assert terms_of("strait_framework.txt") == [
        # "would see A withdraw X and B lift Y": one term per named side
        ("Sorrel withdraw its patrol boats", "withdrawal", "term.verb"),
        ("Tarvin lift its blockade of the strait", "humanitarian", "term.verb"),
        # "A in exchange for B": each side of the swap
        ("Sorrel would free 20 fishermen", "hostages_prisoners", "term.under"),
        ("the release of 12 coastguards", "hostages_prisoners", "term.under"),
        # "Under the draft: A; B; and C": every item after a semicolon is a term
        ("a truce from Friday", "ceasefire", "term.list"),
        ("a joint survey of the sea bed", "other", "term.list"),
        ("talks on the maritime border", "other", "term.list"),
    ]  # "both governments said they would study the texts": no term


def test_html_draft_resolution_and_offers_to_act() -> None:
    assert terms_of("draft_resolution.html") == [
        # "the draft resolution demands X": the text's demand (its noun right before the verb)
        ("an immediate ceasefire in Meridia", "ceasefire", "term.verb"),
        ("all parties to allow aid convoys into the port of Sallo", "humanitarian", "term.verb"),
        # "offered to fund X if ...": the offer without its condition; "offered the rebels
        # an amnesty": without the recipient
        ("fund a monitoring mission", "guarantees", "term.offer"),
        ("an amnesty", "governance", "term.offer"),
    ]  # "rejected the text and demands ..." and a delegate's "this text asks ..." are positions


def test_markdown_bullets_without_markers_recipient_and_announced_commitment() -> None:
    assert terms_of("tentative_deal.md") == [
        # "gives nurses a 12% raise": the recipient is no part of the term
        ("a 12% raise over three years", "economic", "term.verb"),
        ("ends mandatory overtime", "economic", "term.verb"),
        # Markdown bullets reach the extractor as short paragraphs after "...:"
        ("A cap of five patients per nurse on day shifts", "other", "term.list"),
        ("A new fund for training and recruitment", "economic", "term.list"),
        ("A review of staffing levels in 2028", "guarantees", "term.list"),
        # "X said it would hire ...": a commitment; "would close two wards if ..." a threat
        ("hire 300 nurses by next summer", "economic", "term.vow"),
    ]


def test_a_takeover_commitment_said_not_pledged() -> None:
    doc = read_text(b"Bid\n\nCorvel said it would keep Hadley's head office in Lisk and would "
                    b"not make compulsory redundancies for two years. The union said it would "
                    b"accept the deal. Ministers said they would review the bid.", "vow")
    assert [(t.text, t.category, t.rule) for t in find_terms(doc)] == [
        ("keep Hadley's head office in Lisk", "other", "term.vow"),
        ("would not make compulsory redundancies for two years", "guarantees", "term.vow"),
    ]


def test_markdown_trade_compromise_action_verbs_and_quid_pro_quo() -> None:
    assert terms_of("steel_compromise.md") == [
        # "a compromise that would cap X": the action stays in the term
        ("cap its exports of flat steel at 2.5 million tonnes a year", "economic", "term.verb"),
        # "Under X's offer, seen by Y, A would ... and ..."
        ("Varnland would lift its 25% tariff on Ostrian steel", "economic", "term.under"),
        ("drop a planned levy on aluminium", "economic", "term.under"),
        ("Ostria would scrap export subsidies worth about €1.2 billion", "economic",
         "term.return"),
        ("accept a monitoring panel of trade experts", "guarantees", "term.return"),
    ]  # "any deal must include ...", "willing to discuss ...", unions' demands: no terms


def test_html_climate_draft_list_items_and_a_comparison_aside() -> None:
    assert terms_of("climate_draft.html") == [
        # ", up from $100 billion" stays with its term; the ad and nav numbers are no terms
        ("a goal of $250 billion a year in climate finance by 2035, up from $100 billion",
         "economic", "term.verb"),
        ('developed countries to "take the lead" in providing it', "other", "term.verb"),
        # "It also includes:" and an HTML list
        ("a tripling of adaptation finance by 2030", "economic", "term.list"),
        ("a new fund for loss and damage, hosted by the World Bank", "economic", "term.list"),
        ("a review of the goal in 2029", "guarantees", "term.list"),
    ]  # "could accept the figure provided ..." (no comma, an acceptance) is a position


def test_a_step_of_the_process_after_a_term_is_no_term() -> None:
    doc = read_text(b"Deal\n\nUnder the deal, drivers will get a 5% raise. Talks will resume on "
                    b"Monday. The vote will take place next week. It will be presented to the "
                    b"board on Friday. Both sides will keep talking.\n\nUnder the plan, the "
                    b"army would pull back 5 km. Displaced families would return home.", "steps")
    assert [(t.text, t.rule) for t in find_terms(doc)] == [
        ("drivers will get a 5% raise", "term.under"),
        ("the army would pull back 5 km", "term.under"),
        ("Displaced families would return home", "term.cont"),
    ]


def test_negated_content_a_previous_agreement_and_a_two_item_colon_offer() -> None:
    doc = read_text(b"Offer\n\nThe framework does not include any timetable for elections. "
                    b"Under the previous agreement, signed in 2019, tariffs were cut by half. "
                    b"The company made a final offer: a 7% raise and a $1,000 bonus.", "neg")
    assert [(t.text, t.rule) for t in find_terms(doc)] == [
        ("a 7% raise", "term.list"),
        ("a $1,000 bonus", "term.list"),
    ]


def test_communique_first_person_commitments_and_of_which() -> None:
    assert terms_of("summit_communique.txt") == [
        # in the agreement's own text: "We launch X", "The Group commits EUR N ..., of which
        # EUR M ...", "X commit to ...", "We agree to ..."
        ("the Delta Basin Fund, to be hosted by the Regional Bank", "other", "term.genre"),
        ("€1.5 billion over five years to flood defences", "economic", "term.genre"),
        ("€400 million will be channelled through the Fund", "economic", "term.genre"),
        ("share river flow data every week", "other", "term.pledge"),
        ("report each year on these commitments", "other", "term.genre"),
        # "its pledge" is a noun, not the verb "pledge"
        ("The Regional Bank will publish a breakdown of its pledge, by country, within six "
         "months", "governance", "term.genre"),
    ]  # the annexed statement's "call for" is the Upland States' demand


def test_outline_deal_to_restructure_and_nouns_that_look_like_verbs() -> None:
    doc = read_text(
        b"Deal\n\nThe two sides have agreed on the outline of a first exchange. Under that "
        b"outline, the Front would release 9 of the people it holds.\n\nOstmark reached a deal "
        b"in principle with its bondholders to restructure $4.1 billion of bonds. The union "
        b"said the contract puts real limits on class sizes. The company offered to sell 300 "
        b"masts in a bid to win approval.", "outline")
    assert [(t.text, t.rule) for t in find_terms(doc)] == [
        ("the Front would release 9 of the people it holds", "term.under"),
        ("restructure $4.1 billion of bonds", "term.offer"),
        ("sell 300 masts", "term.offer"),
    ]


def test_an_offer_with_a_comparison_and_a_bonus() -> None:
    doc = read_text(b"Strike\n\nThe port tabled a revised offer of 7% over two years, up from the "
                    b"5% it offered last week, plus a one-off payment of $900 per worker.", "cmp")
    assert [t.text for t in find_terms(doc)] == [
        "7% over two years, up from the 5% it offered last week",
        "a one-off payment of $900 per worker",
    ]
