"""Terms in the constructions of session 6, on short invented articles in
tests/extract/articles (terms6-*) and invented sentences: the verbless answer to a
question about the offer (after a speaker's label, an interjection and "It's"); a pay-deal
report's prose: a part of the deal as the subject ("The heart of the deal is pay.") opens the
context for "X will receive A", "B is to be cut"; parallel "committed to A and to B"; "the
offer is worth N% and includes B"; "The package, which includes A, was put to members"; a takeover's conditions
("The bid is conditional on A, B, and C") and commitments ("would put N into A, keep B and
invest C"), not its premium or earlier price, nor the price a holder "could accept"; a
column describing the plan (not its verdict "What she has put on the table is not perfect");
the deal's present tense with a figure right after a term ("Above that quota, the duty falls
to 8 per cent"); a third party's recommendation ("Dr X recommends A, B and C", "the
arbitrator also says the company should stop A"); a table of the remedies offered; a
statement's "our share rises from a quarter to a third" and "That is down from the 70 it
sought, and every vessel will carry a tracker"; "a truce, during which X would release Y"
(two provisions); "would give its answer by Friday" (a step); "would see A, B and C", "The
offer gives us A", "Its first flaw is A. The second is B.", "What is on the table: A, B";
"put a proposal to both sides on Monday - A, B, and C"; "a commission, with the UN as an
observer, meet monthly" (an aside inside the clause); "has agreed to reopen three crossings";
"the group's original call for $100bn" (a noun); an explainer's "on a take-or-pay basis: it
pays for at least 70%" and "The transit fee is set at $1.90" after a question heading; "Both
sides have signed off on A and on B"; "has proposed, in a side paper, A"; a generic "A treaty
that guarantees X is not a treaty" (no term); "a deal that would end a war" (its purpose),
"will cost" (an estimate), "; the rest is to come from donors" (an aside); "It also scraps
A" right after a term (the deal by its pronoun); "In return, X receives A" within three
sentences of the proposal's name; interview answers ("What did the mediator put forward?",
"We get a 2% rise, which is nothing", "The offer also cuts X by a third"); "commits both sides
to A and to B"; "proposed A, but only if the union agreed to B" (a condition); "a Facility,
hosted by the World Bank, to mobilise N" (one item); a clause of the text accepted or
rejected ("We reject the clause which demands A", "We accept the principle of B"); pay-deal
voices with asides ("Under the agreement, which runs until 2028, ...", "The agreement, reached
after a strike, raises pay by 18%", "an offer worth 5.5% this year"); a government statement's
verdict ("a fair agreement that protects X") and cost ("The total cost of the agreement is N")."""

from __future__ import annotations

from briefing.extract.terms import find_terms
from briefing.ingest import read_text

from .term_helpers import terms_of


def terms_in(text: str) -> list[str]:
    return [t.text for t in find_terms(read_text(text.encode(), "prose"))]


def test_answer_to_a_question_about_the_offer() -> None:
    assert terms_of("terms6-answer-interview.md") == [
        # "Penrose: Well, a 4% rise ..., a £300 lump sum, and a review ...": the list
        ("a 4% rise from April", "economic", "term.offer"),
        ("a £300 lump sum", "economic", "term.offer"),
        ("a review of the night allowance", "guarantees", "term.offer"),
        # "It's 6% over two years and ...": the offer restated
        ("6% over two years", "economic", "term.offer"),
        ("a one-off bonus of £400", "economic", "term.offer"),
        # what the offer costs is a figure; "Somewhere between six and nine" is a guess
    ]


def test_answer_in_a_plain_transcript() -> None:
    text = ("Dockside radio, Tuesday\n\nQ: What is on the table?\n\n"
            "A: Seven per cent over three years, plus a one-off payment of 900 for every member. "
            "We want more.\n\nQ: And the rosters?\n\nA: Nothing yet.\n")
    assert terms_in(text) == ["Seven per cent over three years",
                              "a one-off payment of 900 for every member"]


def test_pay_deal_report_prose() -> None:
    assert terms_of("terms6-pay-deal-report.md") == [
        # "The heart of the deal is pay." opens the context for the provisions that follow
        ("Porters will receive a rise of 7 per cent over two years, beginning with 4 per cent "
         "backdated to March", "economic", "term.cont"),
        ("Those working weekends will see their weekend allowance lifted from a tenth of basic "
         "pay to a fifth", "economic", "term.cont"),
        # "committed to A and to B": two objects of "to"
        ("hiring 140 extra porters by 2028", "economic", "term.pledge"),
        ("to a rule that no ward is left without a porter at night", "other", "term.pledge"),
        # "is to be cut" (an irregular participle) goes on with the deal
        ("Spending on agency staff is to be cut by half over the same period", "economic", "term.cont"),
        # (not "agreed to recommend a new pay deal": a step; not "would fund the deal": the
        # deal itself)
        ("5 per cent over two years", "economic", "term.verb"),
        ("a one-off payment of £600 for every cleaner", "economic", "term.verb"),
        # the relative clause ends where "The package" gets its own verb ("was put")
        ("a new sick-pay scheme", "economic", "term.verb"),
    ]


def test_worth_a_percentage_and_a_part_of_the_contract() -> None:
    assert terms_in("The new contract was signed on Tuesday. Its main feature is a 12% rise over "
                    "four years. The working week would be phased down to 35 hours.") == [
        "a 12% rise over four years", "The working week would be phased down to 35 hours"]
    # what a bid is worth in money is a figure, not a term
    assert terms_in("The bid is worth $2bn, or 410p a share.") == []


def test_takeover_offer_conditions_and_commitments() -> None:
    text = ("Dunmore Capital is offering 610 pence a share in cash, a premium of 41% to the closing "
            "price on May 2, and up from the 540p it proposed in March. The bid is conditional on "
            "acceptances from holders of 90% of the shares, approval from the Competition Board, and "
            "the sale of the firm's Irish arm, which employs 300 people. The board said it could "
            "accept an offer of not less than 700p. Dunmore said it would put £25m into the pension "
            "fund, keep the Leeds plant open for three years, and invest £40m in new lines. The union "
            "said it would put the offer to members.")
    assert terms_in(text) == [
        # the premium describes the offer: a figure (and the earlier price goes with it)
        "610 pence a share in cash",
        # "is conditional on A, B, and C": the offer's conditions, one term each
        "acceptances from holders of 90% of the shares",
        "approval from the Competition Board",
        "the sale of the firm's Irish arm",
        # (not "could accept an offer of 700p": what the board would take)
        # "would put N into A, keep B and invest C": the verbs share the modal
        "put £25m into the pension fund",
        "keep the Leeds plant open for three years",
        "invest £40m in new lines",
        # (not "would put the offer to members": a step)
    ]


def test_column_describing_the_plan() -> None:
    assert terms_of("terms6-plan-column.txt") == [
        # (not "What she has put on the table is not perfect": a verdict; not "what the plan
        # actually contains, since ...": the content is still to come)
        ("a joint water authority for the two valleys", "humanitarian", "term.verb"),
        ("a chair that rotates every two years", "other", "term.verb"),
        ("A dam commission would settle the claims of displaced farmers", "humanitarian", "term.cont"),
        # ", paid for by a fund of N": the funding is a term of its own
        ("paid for by a fund of 900 million dollars", "economic", "term.cont"),
        ("the eastern militia, some 2,000 fighters, would be cut to 400 within a year", "security",
         "term.cont"),
        # ", with AU monitors staying on until ...": a named subject doing a provision
        ("AU monitors staying on until the last of them disarms", "guarantees", "term.cont"),
    ]


def test_present_tense_change_with_its_figure_after_a_term() -> None:
    assert terms_in("Under the deal, the first 5,000 cars enter duty-free. Above that quota, the "
                    "tariff falls to 10%. Beyond 2028, the cap rises to 7,000 cars.") == [
        "the first 5,000 cars enter duty-free", "Above that quota, the tariff falls to 10%",
        "Beyond 2028, the cap rises to 7,000 cars"]
    # news after a term is no provision: a reported forecast
    assert terms_in("Under the deal, nurses get a 5% rise. Inflation rises to 6% next year, "
                    "economists say.") == ["nurses get a 5% rise"]


def test_a_third_partys_recommendation() -> None:
    text = ("Morning programme, Tuesday\n\nHOST: Let's start with the report. Dr Anna Pell recommends "
            "a 7% pay rise over two years, a minimum rest period of eleven hours, and a cap of five "
            "flights a day. Management accepted it.\n\nGUEST: In her report, the arbitrator also "
            "says the company should stop using agency pilots on its core routes.\n")
    assert terms_in(text) == ["a 7% pay rise over two years", "a minimum rest period of eleven hours",
                              "a cap of five flights a day",
                              "stop using agency pilots on its core routes"]
    # a party's recommendation of the offer itself, an analyst's or an envoy's "should": none
    assert terms_in("The board recommends shareholders accept the offer. The union did not "
                    "recommend the 4% offer. Analysts said the bid should rise to 500p. The envoy "
                    "said the rebels should hand over their heavy weapons within 60 days.") == []


def test_table_of_remedies_offered() -> None:
    assert terms_of("terms6-remedies-table.html") == [
        # the rows of a table whose first column is headed "Remedy offered": the first cell
        # (the assessment beside it, the timeline table and the heading's "offered by the
        # parties", the parties' "ever proposed in this country": no term)
        ("Sale of the northern depot with 40 locomotives", "other", "term.list"),
        ("Open access for rival operators to 25% of track slots for eight years", "economic",
         "term.list"),
    ]


def test_statement_goes_on_after_a_comment_and_in_words() -> None:
    # a minister's "our share rises from a fifth to just under a quarter": the deal's, in words
    assert terms_in("Under the agreement, our share of the cod quota rises from 20 per cent to 25 "
                    "per cent. For haddock, our share rises from a fifth to just under a quarter.") == [
        "our share of the cod quota rises from 20 per cent to 25 per cent",
        "For haddock, our share rises from a fifth to just under a quarter"]
    # a comment on the term, then ", and every trawler will ...": the provision after it
    assert terms_in("Under the deal, 30 trawlers may fish in the zone. That is down from the 50 the "
                    "other side sought when talks began, and every trawler will carry an observer.") == [
        "30 trawlers may fish in the zone", "every trawler will carry an observer"]
    # a speaker's own forecast is none
    assert terms_in("Under the deal, pay rises by 4%. We think unemployment rises to 6% next "
                    "year.") == ["pay rises by 4%"]


def test_during_which_clause_and_an_answer_promised() -> None:
    assert terms_in("A copy of the plan seen by the Herald sets out a 30-day truce, during which the "
                    "Front would release the 12 hostages it holds. The Front said it would give its "
                    "answer to the plan by Friday.") == [
        # the relative clause with its own subject and modal is a second provision
        "a 30-day truce", "the Front would release the 12 hostages it holds"]
        # ("would give its answer to the plan by Friday": a step of the process)
    assert [t.category for t in find_terms(read_text(
        b"Under the plan, the army would complete a pull-back of its armour within a week.", "p"))] \
        == ["withdrawal"]


def test_general_constructions_in_several_voices() -> None:
    # "The plan would see A, B and C": a three-item list without the serial comma
    assert terms_in("The plan would see tariffs cut to zero, a joint customs office and quotas "
                    "phased out over five years.") == [
        "tariffs cut to zero", "a joint customs office", "quotas phased out over five years"]
    # an interview answer: "The offer gives us A, but ...": the speaker's side receives A
    assert terms_in("Q: Is the offer good enough?\n\nA: The offer gives us a 3% rise, but it does "
                    "nothing on staffing.") == ["a 3% rise"]
    assert terms_in("The deal gives us hope. The plan offers us nothing.") == []
    # a column weighing the deal: "It has three flaws. Its first flaw is A. The second is B."
    assert terms_in("The deal has three flaws. Its first flaw is the six-month pause in "
                    "deportations, which does nothing for those already detained. The second is "
                    "the cap of 2,000 visas a year.") == [
        "the six-month pause in deportations", "the cap of 2,000 visas a year"]
    # "What is on the table: A, B and C"
    assert terms_in("What is on the table: a 4% rise, a shorter week and a review of night "
                    "pay.") == ["a 4% rise", "a shorter week", "a review of night pay"]


def test_proposal_put_on_the_table_then_a_dash_and_its_items() -> None:
    assert terms_in("The mediator, Oskar Venn, put a proposal to both sides on Monday - eight per "
                    "cent, the rest period stays at twelve hours, and the depot closures parked for "
                    "a review. The union said it could work with that.") == [
        "eight per cent", "the rest period stays at twelve hours",
        "the depot closures parked for a review"]
    # up to the closing dash; a list without the serial comma
    assert terms_in("The board tabled a new offer \u2014 a 5% rise, a \u00a3400 bonus, and a review "
                    "of shifts \u2014 on Friday.") == ["a 5% rise", "a \u00a3400 bonus", "a review of shifts"]
    assert terms_in("The envoy presented a plan \u2013 a truce of 30 days, the release of 50 "
                    "prisoners and talks on the border.") == [
        "a truce of 30 days", "the release of 50 prisoners", "talks on the border"]
    # a dash before a comment on the deal (no figure) is no list
    assert terms_in("The rebels signed a deal - the second in a year, after months of talks, and a "
                    "setback for the hardliners.") == []


def test_an_aside_inside_the_clause_and_a_counted_commitment() -> None:
    # ", with the UN as an observer, meet monthly": the aside's clause goes on after it
    assert terms_in("The envoy has proposed that a joint commission of the parties, with the UN as "
                    "an observer, meet monthly to handle disputes.") == [
        "a joint commission of the parties, with the UN as an observer, meet monthly to handle disputes"]
    assert terms_in("The deal includes a 5% rise, with a bonus of \u00a3300, and a review of "
                    "rosters.") == ["a 5% rise", "a bonus of \u00a3300", "a review of rosters"]
    # one side's "has agreed to A" with a count in words is a commitment
    assert terms_in("The Front has agreed to reopen three crossings, but says the fourth is a "
                    "military zone.") == ["reopen three crossings"]


def test_call_for_as_a_noun() -> None:
    # "its call for", "the union's call for", "the group's original call for": a noun, a
    # party's demand; "The draft calls for": the text's content
    assert terms_in("The union repeated its call for a 10% rise. The draft calls for a 30-day "
                    "truce. The union's call for a 12% rise was rejected. The bloc's original call "
                    "for $100bn was dropped.") == ["a 30-day truce"]


def test_explainer_colon_clause_and_a_rate_after_a_question() -> None:
    text = ("What is in the deal?\n\nUnder the deal, Norvik commits to book pipeline capacity of 20 "
            "billion cubic metres a year, on a take-or-pay basis: it pays for at least 70% of the "
            "booked capacity. That floor was the other side's demand.\n\nWhat will Estmark earn?\n\n"
            "The transit fee is set at $1.90 per 1,000 cubic metres, up from $1.60.\n")
    assert terms_in(text) == [
        "Norvik commits to book pipeline capacity of 20 billion cubic metres a year, on a "
        "take-or-pay basis",
        # the clause after the colon with its own figure
        "it pays for at least 70% of the booked capacity",
        # a few sentences on (a question heading between), the deal's present tense
        "The transit fee is set at $1.90 per 1,000 cubic metres, up from $1.60"]


def test_both_sides_signed_off_on() -> None:
    assert terms_in("There is some common ground. Both sides have tentatively signed off on a joint "
                    "wellbeing scheme and on extending injury cover to training sessions, according "
                    "to people briefed on the talks.") == [
        "a joint wellbeing scheme", "on extending injury cover to training sessions"]
    # one side, or a negation: none
    assert terms_in("The union has not signed off on the rota changes. The board signed off on "
                    "the budget.") == []


def test_proposed_with_an_aside_and_a_generic_subject() -> None:
    assert terms_in("The bank has proposed, in a side paper, a bridging figure of 25 billion cubic "
                    "metres, with a floor of 19 billion in droughts.") == [
        "a bridging figure of 25 billion cubic metres", "a floor of 19 billion in droughts"]
    # "A treaty that guarantees ..." as a generic subject is a speaker's maxim, no term
    assert terms_in('"A treaty that guarantees water only when it rains is not a treaty, it is a '
                    'weather forecast," he said.') == []
    assert terms_in("The two states signed a treaty that guarantees 20 billion cubic metres a year "
                    "to the delta.") == ["20 billion cubic metres a year to the delta"]


def test_what_the_deal_is_for_an_estimate_and_the_rest_of_a_fund() -> None:
    # "a deal that would end a war ...": what the deal is for; "will cost": an estimate;
    # "; the rest is to come from donors": the fund's aside (not "the rest will receive A")
    assert terms_in("The two sides signed a deal that would end a war that has killed 9,000 people. "
                    "The agreement provides for a fund of $800 million over five years, of which the "
                    "government has pledged a third; the rest is to come from donors. Rebuilding "
                    "the north will cost at least twice that, the mediators said.") == [
        "a fund of $800 million over five years, of which the government has pledged a third; "
        "the rest is to come from donors"]
    assert terms_in("Under the deal, up to 3,000 fighters will join the army; the rest will receive "
                    "a package of $1.8 million.") == [
        "up to 3,000 fighters will join the army", "the rest will receive a package of $1.8 million"]


def test_the_deal_by_its_pronoun_in_the_present_tense() -> None:
    assert terms_in("The settlement gives signallers a pay rise of 5 per cent. It also scraps the "
                    "planned closure of 40 ticket offices.") == [
        "a pay rise of 5 per cent", "scraps the planned closure of 40 ticket offices"]
    # "It" after no term is no deal; a step ("It meets the board") is none
    assert terms_in("The union accepted a pay rise of 5 per cent. It returns to work on Monday. It "
                    "meets the board next week.") == []


def test_in_return_soon_after_the_proposal_is_named() -> None:
    # a column: the accord named, a comment, then "In return, the north receives A and B"
    assert terms_in("Read the fine print of the Kelmar accord and the problems jump out. On paper "
                    "it looks generous. In return, the north receives an amnesty for most fighters "
                    "and a reconstruction fund of $400m, spread over four years.") == [
        "the north receives an amnesty for most fighters",
        "a reconstruction fund of $400m, spread over four years"]
    # no proposal named: a plain exchange of news is no term
    assert terms_in("The two clubs met on Friday. In return, the striker receives a bonus of "
                    "$2m.") == []


def test_interview_voices() -> None:
    # the mediator's proposal asked about with "put forward"; the answer's verbless list
    assert terms_in("Radio, Monday\n\nInterviewer: What did the mediator put forward?\n\nHale: A "
                    "12-month truce, the release of 200 prisoners on each side, and a joint "
                    "commission on the border. We accepted two of the three.\n") == [
        "A 12-month truce", "the release of 200 prisoners on each side",
        "a joint commission on the border"]
    # who gets what, with its figure, answers a question about the deal (up to a comment)
    assert terms_in("Radio, Tuesday\n\nQ: What does the deal mean for you?\n\nA: We get a 2% rise, which is nothing, "
                    "but we take it.\n") == ["We get a 2% rise"]
    assert terms_in("Radio, Tuesday\n\nQ: What is on the table?\n\nA: A 5% rise this year, plus a one-off payment of "
                    "\u00a3700 for every member, but that is not enough.\n") == [
        "A 5% rise this year", "a one-off payment of \u00a3700 for every member"]
    # "The offer also cuts X by a third": a fraction is the provision's figure
    assert terms_in("Radio, Tuesday\n\nQ: Why not accept?\n\nA: Because prices went up 9%. The offer also cuts our "
                    "night allowance by a third.\n") == ["cuts our night allowance by a third"]


def test_an_offer_ends_before_the_speakers_verdict() -> None:
    assert terms_in("The union leader dismissed an offer of 4% as \u201can insult\u201d and urged "
                    "members to keep striking.") == ["4%"]


def test_commits_both_sides_to_and_an_agreed_condition() -> None:
    assert terms_in("The draft also commits both sides to a dispute panel of three arbitrators and "
                    "to a review clause after five years.") == [
        "a dispute panel of three arbitrators", "to a review clause after five years"]
    # "would commit X to provide N": the clause stays whole
    assert terms_in("The draft would commit rich countries to provide $300 billion a year by "
                    "2035.") == ["rich countries to provide $300 billion a year by 2035"]
    # "only if the union agreed to A": the proposal's condition (a term of the offer), not an
    # agreement reached
    assert terms_in("It also proposed moving the firm's 600 agency drivers onto staff contracts, but "
                    "only if the union agreed to the introduction of cab cameras.") == [
        "moving the firm's 600 agency drivers onto staff contracts",
        "the introduction of cab cameras"]


def test_a_passive_aside_inside_a_list_item() -> None:
    # "a Facility, hosted by the World Bank, to mobilise $80 billion": one item
    assert terms_in("The draft asks countries to:\n\n1. triple renewable capacity by 2035;\n\n2. set "
                    "up a Transition Facility, hosted by the World Bank, to mobilise $80 billion a "
                    "year;\n\n3. review progress in 2028.\n") == [
        "triple renewable capacity by 2035",
        "set up a Transition Facility, hosted by the World Bank, to mobilise $80 billion a year",
        "review progress in 2028"]
    # ", with three members appointed by each Government, which will meet ...": one item
    assert terms_in("Joint statement\n\n5. We will establish a Joint River Commission, with three "
                    "members appointed by each Government, which will meet at least twice a "
                    "year.\n") == [
        "a Joint River Commission, with three members appointed by each Government, which will "
        "meet at least twice a year"]


def test_a_clause_of_the_text_accepted_or_rejected() -> None:
    assert terms_in("Communique No. 3\n\n2. We accept the principle of a truce of sixty days, "
                    "renewable by consent.\n\n3. We reject categorically the clause which demands the "
                    "handing over of our weapons within thirty days of signature.\n") == [
        "a truce of sixty days", "the handing over of our weapons within thirty days of signature"]
    # a clause named without its content: none
    assert terms_in("The union rejected the clause on overtime. We accept the principle of "
                    "dialogue.") == []


def test_pay_deal_voices_with_asides() -> None:
    # a year in a "which" aside is no amount: the aside is skipped
    assert terms_in("Under the agreement, which runs until 2028, porters will get a 6% rise and two "
                    "extra days of leave.") == ["porters will get a 6% rise", "two extra days of leave"]
    # the proposal noun, a participial aside, then its provision verb with a figure
    assert terms_in("The tentative agreement, reached after a 10-day strike, raises pay by 18% over "
                    "four years.") == ["raises pay by 18% over four years"]
    assert terms_in("The deal, signed late on Tuesday, is between the two ministries. The board "
                    "will meet in May.") == []
    # "an offer worth 5.5% this year and 4% next": a pay offer's percentages
    assert terms_in("Teachers voted to accept an offer worth 5.5% this year and 4% next.") == [
        "5.5% this year and 4% next"]


def test_government_statement_verdict_and_cost() -> None:
    # a minister's verdict "a fair agreement that protects X" and the deal's cost: no terms
    assert terms_in("The agreement provides for a pay increase of 3.5% from January. The minister "
                    "said: \"This is a fair agreement that protects public services.\" The total "
                    "cost of the agreement is estimated at 1.2 billion euros.") == [
        "a pay increase of 3.5% from January"]
    # (a signed arrangement that restores inspections is still its provision)
    assert terms_in("The two sides signed an arrangement that restores inspections at all 14 "
                    "sites.") == ["restores inspections at all 14 sites"]


def test_an_answers_comment_after_the_offer() -> None:
    assert terms_in("Radio, Friday\n\nQ: Where do talks stand?\n\nA: They've offered us 3% and a "
                    "review of rosters, and frankly that's an insult.\n") == ["3%", "a review of rosters"]
