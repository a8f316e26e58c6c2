"""Terms stated in running prose, on short invented articles in tests/extract/articles
(terms2-*): counter-offers, hedged and conditional offers, a proposal put on the table and
then described with "would", an accord's clauses stated as facts, a mediator's transcript,
a news brief, a raised bid, and a lead that sums up terms detailed later."""

from __future__ import annotations


from briefing.extract.terms import find_terms
from briefing.ingest import read_text

from .term_helpers import terms_of


def terms_in(text: str) -> list[str]:
    return [t.text for t in find_terms(read_text(text.encode(), "prose"))]


def test_counter_offers_hedged_offers_and_a_conditional_offer() -> None:
    assert terms_of("terms2-prose-offers.txt") == [
        # "countered with A, B and C": the enumeration that ends the sentence is the offer
        ("a 9% raise over two years", "economic", "term.offer"),
        ("a shorter night shift", "other", "term.offer"),
        ("paid safety training", "economic", "term.offer"),
        # "had offered 6%, plus B": a bare amount is an item; the clause after it is not
        ("6%", "economic", "term.offer"),
        ("a one-off payment of £800 per worker", "economic", "term.offer"),
        # "is said to have offered X as well": a hedge, not a speaker's claim
        ("a new pension scheme for contract staff", "economic", "term.offer"),
        # "According to people briefed on the talks, the mediator offered ..."
        ("a three-year deal with a 7% raise", "economic", "term.offer"),
        ("a joint review of shift patterns", "guarantees", "term.offer"),
        # "would call off the strike if A and B": the offer and its conditions; the
        # union's demand that follows is a position, not a term
        ("call off the strike", "ceasefire", "term.offer"),
        ("Delmont restored the weekend premium", "economic", "term.offer"),
        ("dropped plans to outsource haulage", "other", "term.offer"),
    ]


def test_a_tabled_proposal_then_would_and_an_accords_clauses_stated_as_facts() -> None:
    assert terms_of("terms2-state-draft.md") == [
        # "X presented a draft proposal." then "The state would lift ...": the provisions
        ("The state would lift its stake to 45%", "economic", "term.cont"),
        ("the yard would keep all 2,100 jobs until 2030", "economic", "term.cont"),
        ("The creditors would write off a third of the yard's debt", "economic", "term.cont"),
        # "A and B signed a fishing accord." then its clauses with "will" / "Either side may"
        ("A joint committee will set annual catch limits", "guarantees", "term.cont"),
        ("Either side may suspend the accord on 60 days' notice", "other", "term.cont"),
        ("creates an exclusion zone of 12 nautical miles around the spawning grounds", "other",
         "term.verb"),
    ]


def test_mediator_transcript_outlines_an_exchange() -> None:
    # "FARRANT: We have put a proposal to both sides." opens the context for the next sentence
    assert terms_of("terms2-mediator-transcript.txt") == [
        ("The Ostmark Front would release 14 soldiers it holds", "hostages_prisoners", "term.cont"),
        ("the government would free 120 detainees", "hostages_prisoners", "term.cont"),
        ("the remains of those killed would be returned", "hostages_prisoners", "term.cont"),
        ("the Red Crescent would have doctors' visits to every detention site", "humanitarian",
         "term.cont"),
    ]


def test_news_brief_with_the_offer_in_one_sentence() -> None:
    assert terms_of("terms2-news-brief.txt") == [
        # "tabled a 5% pay offer ... to end a dispute": the amount in the noun phrase
        ("a 5% pay offer", "economic", "term.offer"),
        # "It said it had also offered X": the speaker's own offer
        ("two extra rest days a year", "economic", "term.offer"),
        # "The union will put the offer to a ballot": a step of the process, no term
    ]


def test_raised_bid_and_a_rivals_hedged_offer() -> None:
    assert terms_of("terms2-raised-bid.txt") == [
        # "raised its offer for X to 410 pence a share on Monday, valuing ...": the new figure
        ("410 pence a share", "economic", "term.offer"),
        # "395 pence" is what is offered, not a recipient before it
        ("395 pence a share in cash", "economic", "term.offer"),
    ]


def test_a_lead_that_sums_up_the_terms_gives_no_duplicate() -> None:
    assert terms_of("terms2-lead-summary.txt") == [
        ("pay would rise by 8% over two years", "economic", "term.under"),
        ("the working week would be cut to 36 hours", "other", "term.under"),
        ("no crane would be automated before 2029", "other", "term.under"),
    ]


def test_threats_refusals_and_questions_give_no_terms() -> None:
    # a threat ("would suspend talks if"), a refusal, an answer that came with anger, a
    # counter-offer only wished for ("unless the firm came back with"), a question
    assert terms_in(
        "Talks stall\n\nThe union would suspend talks if the company cut jobs. The company "
        "responded with anger. The strike will go ahead unless the firm came back with a "
        "serious offer. Will the government table a new proposal?") == []


def test_introduced_proposal_without_a_following_provision_gives_no_term() -> None:
    # "presented a new plan" opens the context, "Talks will resume" is only a step of it;
    # a previous agreement opens none
    assert terms_in(
        "Plan presented\n\nThe envoy presented a new plan on Monday. Talks will resume on "
        "Friday.\n\nThe two sides signed the previous accord in 2019. The army would withdraw "
        "from the valley.") == []


def test_a_drafted_or_leaked_text_opens_the_context_and_an_offer_to_act_on_a_condition() -> None:
    assert terms_of("terms2-rescue-draft.txt") == [
        # "has drawn up a draft rescue plan." then "would" provisions, one per subject
        ("The state would lift its stake to 60%", "economic", "term.cont"),
        ("bondholders would take a 20% haircut", "economic", "term.cont"),
        # "A second text, seen by the Courier on Sunday, goes further."
        ("Depositors would be protected up to €100,000", "economic", "term.cont"),
        # "has offered to call off next week's strike if ...": the offer and its condition
        ("call off next week's strike", "ceasefire", "term.offer"),
        ("the operator withdraws its rota changes", "other", "term.offer"),
    ]


def test_transcript_speaker_labels_are_no_part_of_the_sentence() -> None:
    assert terms_of("terms2-qa-labels.txt") == [
        # "CORL: Under the proposal, ...": the label does not hide the intro
        ("the Merrin militia would hand over its heavy weapons", "security", "term.under"),
        ("the army would pull back 20 kilometres", "withdrawal", "term.under"),
        # "The accord, signed in Teska last month, runs ..." then its clauses
        ("Each side may draw up to 40% of the river's flow", "economic", "term.cont"),
        ("A joint board will settle disputes", "guarantees", "term.cont"),  # (cue "disputes")
    ]


def test_offer_variants_in_running_prose() -> None:
    # an enumeration with a thousands separator in an item, an item without a cue word
    assert terms_in("Talks\n\nOn Tuesday the company countered with an offer of 5.5%, a £1,000 "
                    "signing bonus and protection for existing shift allowances.") == [
        "5.5%", "a £1,000 signing bonus", "protection for existing shift allowances"]
    # a hedge before "offered to", two infinitives
    assert terms_in("Talks\n\nHalden is said to have offered to keep the plant open until 2028 "
                    "and to retrain 400 workers.") == [
        "keep the plant open until 2028", "to retrain 400 workers"]
    # "said it had offered to": the phrase trigger keeps the words inside it
    assert terms_in("Talks\n\nThe union said on Thursday that it had offered to suspend the "
                    "overtime ban while talks continue.") == ["suspend the overtime ban"]
    # "the release of" after a first action: a second item
    assert terms_in("Talks\n\nAccording to people briefed on the talks, Norvik offered a "
                    "ceasefire of 30 days and the release of 50 prisoners.") == [
        "a ceasefire of 30 days", "the release of 50 prisoners"]
    # "is understood to be offering", "countered by offering"
    assert terms_in("Bid\n\nMarrow is understood to be offering 400 pence a share in cash. "
                    "Tillery countered by offering a special dividend of 20 pence.") == [
        "400 pence a share in cash", "a special dividend of 20 pence"]


def test_the_text_speaking_is_no_speaker_and_a_summary_goes_for_its_detail() -> None:
    # "sent parliament a draft law" opens the context; ", the draft says" is the text itself
    assert terms_in("Bank\n\nThe government on Monday sent parliament a draft law on Ostbank. "
                    "The state would lift its stake to 45%, the draft says.") == [
        "The state would lift its stake to 45%"]
    # the lead's "which raises pay by 6% and cuts the working week to 37 hours" is detailed later
    assert terms_in("Deal\n\nUnder the deal announced on Monday, which raises pay by 6% and cuts "
                    "the working week to 37 hours, workers will return on Thursday. Pay will rise "
                    "by 6% from April. The working week will fall to 37 hours in 2027.") == [
        "Pay will rise by 6% from April", "The working week will fall to 37 hours in 2027"]


def test_offer_in_one_sentence_of_a_brief() -> None:
    assert terms_in("Brief\n\nFerrovia said on Thursday it would offer drivers a 5% pay rise "
                    "and two extra rest days.") == ["a 5% pay rise", "two extra rest days"]
    assert terms_in("Brief\n\nFerrovia's latest offer, a 5% rise over two years, was rejected "
                    "by the union on Thursday.") == ["a 5% rise over two years"]
    assert terms_in("Brief\n\nFerrovia put a 5% pay rise and two extra rest days on the table "
                    "on Thursday.") == ["a 5% pay rise", "two extra rest days"]


def test_a_question_about_the_proposal_opens_the_context_for_the_answer() -> None:
    assert terms_in("Brief\n\nQ: What is on the table? A: The union would end its strike and the "
                    "company would rehire 40 drivers.") == [
        "The union would end its strike", "the company would rehire 40 drivers"]
    # a label with the speaker's role in brackets is no part of the term
    assert terms_in("Brief\n\nQ: What does the plan involve?\n\nCORL (mediator): Each side would "
                    "free 30 prisoners.") == ["Each side would free 30 prisoners"]
    # a question is no term, and one about something else opens nothing
    assert terms_in("Brief\n\nWould the deal cap rents at 3%?\n\nQ: How was the flight?\n\nA: It "
                    "would be nice to rest.") == []


def test_a_proposal_sent_in_the_passive_opens_the_context_a_previous_one_does_not() -> None:
    assert terms_in("Bank\n\nA draft rescue proposal from the finance ministry was sent to the "
                    "unions on Monday. The state would lift its stake to 45% and the yard would "
                    "keep its 2,100 jobs.") == [
        "The state would lift its stake to 45%", "the yard would keep its 2,100 jobs"]
    assert terms_in("Bank\n\nThe previous agreement was signed in 2015. The state would lift its "
                    "stake to 45%.") == []


def test_a_mediators_answer_in_a_transcript() -> None:
    # "What we have proposed is that A would ..., B would ..."
    assert terms_in("T\n\nQ: What is the deal?\n\nA (MEDIATOR LINA BROOK): What we have proposed "
                    "is that the Front would release 14 soldiers, the government would free 120 "
                    "detainees, the remains of the dead would be returned, and there would be "
                    "doctors' visits to the camps.") == [
        "the Front would release 14 soldiers", "the government would free 120 detainees",
        "the remains of the dead would be returned", "there would be doctors' visits to the camps"]
    # the question about the proposal, an interjection, then the answer
    assert terms_in("T\n\nMODERATOR: Ms Brook, can you outline the proposal?\n\nBROOK: Certainly. "
                    "The Front would release 14 soldiers, the government would free 120 "
                    "detainees.") == [
        "The Front would release 14 soldiers", "the government would free 120 detainees"]


def test_an_offer_reported_by_others_is_still_the_offer() -> None:
    assert terms_in("T\n\nPeople briefed on the talks said Marrow had offered 400 pence a "
                    "share.") == ["400 pence a share"]
    assert terms_in("T\n\nUnion leaders said the company had offered a 2% rise, which they "
                    "called an insult.") == ["a 2% rise"]


def test_agreeing_to_a_named_accord_is_its_context_not_a_term() -> None:
    assert terms_in("T\n\nThe two governments agreed on Tuesday to a fishing accord. A joint "
                    "committee will set catch limits.") == [
        "A joint committee will set catch limits"]
    # an agreed truce with its content stays a term
    assert terms_in("T\n\nBoth sides agreed to a ten-day truce along the river frontier.") == [
        "a ten-day truce along the river frontier"]


def test_an_intro_without_its_comma() -> None:
    assert terms_in("T\n\nUnder the deal the state would take a 30% stake.") == [
        "the state would take a 30% stake"]
    assert terms_in("T\n\nIn the past the union would strike every winter.") == []


def test_plus_without_its_comma_joins_two_things_offered() -> None:
    assert terms_in("T\n\nDelmont had offered 8% plus a one-off payment of £500.") == [
        "8%", "a one-off payment of £500"]


def test_a_summary_without_figures_gives_way_to_the_detailed_items() -> None:
    assert terms_in("T\n\nThe deal would see the release of hostages and the reopening of aid "
                    "crossings. Under the plan, the group would release 33 hostages in the first "
                    "phase. The army would allow the reopening of two aid crossings.") == [
        "the group would release 33 hostages in the first phase",
        "The army would allow the reopening of two aid crossings"]


def test_an_offer_described_between_dashes() -> None:
    assert terms_in("T\n\nThe company's offer — a 4% rise and a £500 bonus — was rejected on "
                    "Monday.") == ["a 4% rise", "a £500 bonus"]


def test_an_accords_clauses_after_under_which_in_html() -> None:
    assert terms_of("terms2-accord-clauses.html") == [
        # "an accord under which A will ... and either side may ...": "catch limits" is a noun
        ("a joint committee will set catch limits", "guarantees", "term.under"),
        ("either side may suspend fishing on 60 days' notice", "other", "term.under"),
        # "a deal in which A will ... and B will ..."
        ("the dockers' union will drop its claim for back pay", "economic", "term.under"),
        ("the operator will rehire 40 crane drivers", "other", "term.under"),
    ]


def test_a_subheading_announces_the_list_under_it() -> None:
    # "## What the lease contains" over bullets sets out the deal as a colon would;
    # "## Background" over ordinary paragraphs announces nothing.
    listed = [(text, category) for text, category, rule in terms_of("heading-list-lease.md")
              if rule == "term.list"]
    assert listed == [
        ("a rent of 4.1 million crowns a year, reviewed every five years", "economic"),
        ("a commitment by Ferrovia Lines to keep 300 dock jobs at the terminal", "economic"),
        ("electric shore power for every berth by the end of the lease's third year", "other"),
    ]


def test_an_html_subheading_over_a_list_of_terms() -> None:
    assert [text for text, _, rule in terms_of("heading-list-grant.html") if rule == "term.list"] == [
        "A pay rise of 7% over two years for all classroom teachers",
        "Class sizes capped at 28 pupils from next September",
    ]


def test_a_news_summary_heading_announces_no_terms() -> None:
    text = ("Dock strike enters its third week\n\nKey points\n\n"
            "Pickets stayed outside the container gates all night\n\n"
            "Ferry services ran to a reduced timetable from the north quay\n\n"
            "The harbour master said the strike had cost the port dearly.\n")
    assert [t.rule for t in find_terms(read_text(text.encode(), "summary"))] == []
