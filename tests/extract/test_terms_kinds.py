"""Terms on kinds of article the rules were not first written for: a hostile-bid wire, an
analysis column, a summit communique, a press-briefing transcript, a strike page."""

from __future__ import annotations

from .term_helpers import terms_of


def test_takeover_wire_offer_participle_and_no_valuation() -> None:
    assert terms_of("terms4-takeover-wire.txt") == [
        # "launched a hostile bid for X, offering 410 pence per share in cash": the
        # participle after the comma gives what is offered ("and shares" is a verb form: cut)
        ("410 pence per share in cash", "economic", "term.offer"),
        # "The offer, which values X at 2.1 billion pounds, represents a premium of 38%":
        # what the offer is worth is a figure; the sentence keeps the context for the next
        ("Shareholders would receive 250 pence in cash and 0.4 new Harwick shares for each "
         "share they own", "economic", "term.cont"),
        # "The bid is conditional on acceptances from ...": the offer's condition is a term
        ("acceptances from holders of more than 50% of the shares", "economic", "term.verb"),
        ("keep Tansy & Moor's factory in Brambury open for at least three years", "other",
         "term.vow"),
        ("would not make compulsory redundancies among its 2,300 staff", "guarantees",
         "term.vow"),
        ("Tansy & Moor would pay a break fee of 20 million pounds if its board recommends a "
         "rival offer", "economic", "term.cont"),
    ]


def test_press_briefing_what_we_have_put_on_the_table() -> None:
    assert terms_of("terms4-press-briefing.html") == [
        # "What we have put on the table is X": the spokesperson's pseudo-cleft names the offer
        ("a phased cut in tariffs on machinery, from 12% to 4% over five years", "economic",
         "term.offer"),
        ("a quota of 50,000 tonnes of duty-free steel a year", "economic", "term.verb"),
        ("a joint panel to settle disputes", "guarantees", "term.verb"),
        ("drop the licensing requirement for Quenmark food exporters", "other", "term.offer"),
    ]  # the Customs Union's "faster timetable on cars" is what it wants, no term


def test_analysis_column_hedged_paper_and_a_proposal_with_an_aside() -> None:
    assert terms_of("terms4-analysis-column.md") == [
        # "put forward a bridging paper" opens the context; "It is understood to propose
        # A, B and C": the hedge between "it" and the content verb
        ("a ten-year filling period", "other", "term.verb"),
        ("a floor of 300 cubic metres per second in dry years", "other", "term.verb"),
        ("a joint commission to read the gauges", "guarantees", "term.verb"),
        # "did propose, for the first time, that X, a gesture Y called ...": the aside
        # before "that" is skipped, the reporter's word on it cut
        ("flows be published every week", "other", "term.offer"),
    ]  # the columnist's own view and the history of the river give no term


def test_bid_wire_parallel_commitments_after_said() -> None:
    assert terms_of("terms4-bid-commitments.txt") == [
        ("380 pence a share in cash", "economic", "term.offer"),
        # "said X would keep A and B, would invest C and would not close D": one term per
        # commitment ("and its shed, would invest": the modal after the comma is not the
        # shed's); "would consider the offer" is a step, no term
        ("keep the Holloway Mills name and its Paisley weaving shed", "other", "term.vow"),
        ("would invest 40 million pounds over four years in new looms", "economic", "term.vow"),
        ("would not close any site for at least three years after completion", "other",
         "term.vow"),
    ]


def test_briefing_stances_and_comments_are_no_terms() -> None:
    assert terms_of("terms4-briefing-crew.txt") == [
        # "15%" and "15 trawlers" are two figures: the first offer is no summary of the second
        ("15% Norvel seafarers on the trawlers", "economic", "term.offer"),
        # ", and the fish survey does not support that": a comment, no term
        ("a limit of 15 trawlers", "other", "term.offer"),
    ]  # "We remain firmly committed to reaching ...", "were committed to fishing ...": stances


def test_briefing_ordinal_items_and_what_a_proposal_verb_only_names() -> None:
    assert terms_of("terms4-briefing-ordinals.txt") == [
        # "tabled a written proposal. It has three elements. First, A. Second, B. Third, C."
        ("a truce of 14 days, renewable, starting 48 hours after signature", "ceasefire",
         "term.ordinal"),
        ("an exchange of 80 detainees by each side", "hostages_prisoners", "term.ordinal"),
        ("the reopening of the Kelm bridge to aid lorries", "humanitarian", "term.ordinal"),
        # "willing to trial X": a provision verb
        ("trial joint patrols on one road for a month", "security", "term.offer"),
    ]  # "we proposed the bridge" (said before), "has proposed early March for the next
    # round" (a date), "The new timetable was proposed because ..." (a passive): no term


def test_communique_clauses_and_steps_of_the_process() -> None:
    assert terms_of("terms4-communique.md") == [
        ("The parties agreed to reopen the Tarsk border crossing to commercial traffic by 1 June",
         "other", "term.list"),
        ("The three governments will establish a joint committee on river levels", "guarantees",
         "term.list"),
        ("Quillen commits EUR 25 million to a regional fund for flood defences", "economic",
         "term.list"),
        # "The leaders agreed to A and to B": the capitalised determiner opens a clause, no
        # name, so the two halves are two terms
        ("The leaders agreed to share passenger records", "other", "term.list"),
        ("to hold joint customs checks at the two main crossings", "economic", "term.list"),
        # the agreement's own "will" clauses are its terms, follow-up steps too (as in the
        # gold: "will meet again to review implementation")
        ("The next summit will be hosted by Lodrava in 2027", "other", "term.genre"),
    ]


def test_strike_page_offer_with_an_aside_and_on_the_table() -> None:
    assert terms_of("terms4-strike-page.html") == [
        # "The board's offer, made on Friday, is A, B and C": the aside before "is"
        ("a 5% pay rise this year and 3% next year", "economic", "term.offer"),
        ("a one-off payment of 750 pounds", "economic", "term.offer"),
        ("120 extra nursing posts by next April", "other", "term.offer"),
    ]  # "We have put 5% on the table" repeats a figure of the offer: no term of its own;
    # the caption, the "Key facts" box, the union's demands and the related links: none


def test_communique_inner_enumeration_and_announced_commitments() -> None:
    assert terms_of("terms4-ceasefire-communique.txt") == [
        # "by land, air and water, shall take effect": "water" is no subject of "shall"
        ("A complete cessation of hostilities along the Dun river, by land, air and water, "
         "shall take effect at noon on 10 May", "ceasefire", "term.list"),
        ("The two sides shall release all prisoners of war within 30 days",
         "hostages_prisoners", "term.list"),
        # "announced that the United Nations would deploy N", "wrote that his government
        # would install ...": a commitment with its speaker
        ("deploy a team of up to 30 civilian observers to support the truce", "security",
         "term.vow"),
        ("install new border markers along the river within 60 days", "other", "term.vow"),
    ]


def test_analysis_column_concessions_in_passing() -> None:
    assert terms_of("terms4-column-concessions.html") == [
        ("20%", "economic", "term.offer"),
        # "It is prepared, according to a paper seen by X, to let ...": an aside after "prepared"
        ("let the province appoint its own harbour master", "other", "term.offer"),
        # "said the government will not pardon A, but would drop charges against B"
        ("drop charges against the other protesters", "economic", "term.vow"),
        # "had offered to convert A by May and was prepared to review B": two offers
        ("convert 90 seasonal posts to permanent jobs by May", "economic", "term.offer"),
        ("review the rest next year", "guarantees", "term.offer"),
    ]


def test_coalition_column_share_out_of_offices() -> None:
    assert terms_of("terms4-coalition-column.txt") == [
        # "would give the Greens the finance ministry ...": the named recipient is no part
        # of it; offices are governance
        ("the finance ministry and the environment portfolio", "governance", "term.verb"),
        # "caps A and delays B": two provisions
        ("caps the rise in the state pension at 3% a year", "economic", "term.verb"),
        ("delays the coal phase-out from 2030 to 2033", "other", "term.verb"),
        # "X would get Y under the proposed arrangement, according to ...": no comma needed
        ("The Civic Union would get the interior ministry and the post of deputy prime "
         "minister", "governance", "term.under"),
        # "a deal that hands the Greens two more ministries"
        ("two more ministries, including transport", "governance", "term.verb"),
    ]  # the columnist's view and the history of the parties give no term


def test_exchange_report_two_sides_and_a_timeline_box() -> None:
    assert terms_of("terms4-swap-report.md") == [
        # "A released 80 fighters and the Front freed 40 soldiers": each side's part
        ("Ostravia released 80 Front fighters", "hostages_prisoners", "term.under"),
        ("the Front freed 40 soldiers", "hostages_prisoners", "term.under"),
        # "..., and both sides have agreed to hand over ...": the joint subject is the clause's own
        ("hand over the remains of the dead within 60 days", "hostages_prisoners", "term.agreed"),
    ]  # the "Key dates" box: "14 January: the deal is signed" is a labelled line, no heading


def test_bid_wire_priced_offer_in_a_noun_phrase() -> None:
    assert terms_of("terms4-bid-rejected.txt") == [
        # "rejected a sweetened 390 pence-a-share cash offer": the offer on the table
        ("a sweetened 390 pence-a-share cash offer", "economic", "term.offer"),
    ]  # "the 350 pence offered on Oct. 12", "was offered in 2024": what was offered came
    # before the verb (history), no term


def test_briefing_what_a_side_can_give_and_is_open_to() -> None:
    assert terms_of("terms4-briefing-open.txt") == [
        # "says it can guarantee N": a capability with its figure is an offer
        ("guarantee 300 cubic metres per second in a normal year", "guarantees", "term.offer"),
        # "We are open to incentives: A, and B"
        ("lower fees for barges that unload at Tarn", "economic", "term.offer"),
        ("support for a new grain terminal", "other", "term.offer"),
    ]  # "open to talks": the process


def test_press_briefing_contracted_offering() -> None:
    assert terms_of("terms4-briefing-offering.html") == [
        # "we're offering A and B"
        ("a 50% cut in duties on Quarran wine", "economic", "term.offer"),
        ("an end to the quota on cheese", "economic", "term.offer"),
        ("phase out the 10% tariff on cars over seven years", "economic", "term.would"),
        ("a joint committee to handle disputes", "guarantees", "term.offer"),
        ("200 million dollars in export credit", "economic", "term.verb"),
    ]


def test_interview_offer_restated_with_what_comes_with_it() -> None:
    assert terms_of("terms4-interview-restate.txt") == [
        ("4%", "economic", "term.offer"),
        # "It is 4% plus a loyalty payment of N": right after a side's offer, the offer
        # restated ("4%" again is a repeat: no term of its own)
        ("a loyalty payment of 1,500 crowns for every driver who stays through 2027",
         "economic", "term.offer"),
    ]  # "Our members want 9%": a demand


def test_agreement_body_duties_and_attributes_stay_with_their_item() -> None:
    assert terms_of("terms4-commission-duties.txt") == [
        # "... shall monitor X and meet at least once a month": a standing body's duty
        ("A Joint Border Commission shall monitor the withdrawal and meet at least once a "
         "month", "withdrawal", "term.list"),
        # ", with a target of N": an attribute of the item, not an item of its own
        ("The parties shall set up joint reception centres at the two crossings, with a "
         "target of processing every claim within 8 weeks", "other", "term.list"),
    ]


def test_bid_wire_price_after_the_noun_and_a_commitment_with_its_speaker_after() -> None:
    assert terms_of("terms4-bid-worth.txt") == [
        # "launching a hostile cash-and-stock bid worth 62 dollars a share"
        ("62 dollars a share", "economic", "term.offer"),
        # "Coldbrook shareholders would receive A plus B, Harrier said": a plural noun
        # after the name is still the subject of the commitment
        ("receive 40 dollars in cash", "economic", "term.vow"),
        ("0.35 of a Harrier share for each share they hold", "other", "term.vow"),
        ("a special dividend of 1.50 dollars a share to be paid on completion", "economic",
         "term.verb"),
        ("keep Coldbrook's headquarters in Akron, Ohio, for at least five years", "other",
         "term.pledge"),
        ("to maintain its research budget", "economic", "term.pledge"),
        ("pay a 150 million dollar break fee if regulators block the deal", "economic",
         "term.agreed"),
        # "The offer is conditional on A and expires on June 15": the condition, not the
        # offer's own second verb
        ("holders of a majority of Coldbrook's shares accepting it", "economic", "term.verb"),
    ]  # the board's "would review the offer", the investor's view, the share price: none


def test_press_briefing_the_package_has_three_parts() -> None:
    assert terms_of("terms4-briefing-parts.txt") == [
        # "The package has three parts. The first is A. The second is B. The third is C."
        ("a pay rise of 5% over two years", "economic", "term.ordinal"),
        ("a guarantee of no compulsory redundancies until 2029", "guarantees", "term.ordinal"),
        ("a review of rosters by an independent panel", "guarantees", "term.ordinal"),
    ]  # "What's on the table is fair.": a judgement, no content


def test_coalition_column_on_offer_and_the_history_of_the_parties() -> None:
    assert terms_of("terms4-coalition-history.txt") == [
        # "On offer is X": the inverted pseudo-cleft
        ("a coalition in which the Harbour Party takes the finance ministry and the Civic "
         "Front takes foreign affairs and health", "governance", "term.offer"),
        ("raise the minimum wage to 15 crowns an hour by 2028", "economic", "term.would"),
        ("scrap the tax on pension income", "economic", "term.would"),
    ]  # "In 2014, the same two parties agreed to ..." (a year before the latest the text
    # names), "Back then, X offered ...": history; "I suspect the deal will be signed": the
    # columnist's view and a step of the process


def test_communique_key_outcomes_and_past_tense_pledges() -> None:
    assert terms_of("terms4-communique-outcomes.md") == [
        # "## Key outcomes" over bullets announces the agreement's items
        ("A new Ocean Resilience Fund of USD 2 billion, half of it in grants", "economic",
         "term.list"),
        ("A moratorium on deep-sea mining in the Tellan Trench until 2030", "other",
         "term.list"),
        ("A regional coastguard network, to be operational by 2028", "other", "term.list"),
        ("protect 30% of their national waters by 2030", "economic", "term.pledge"),
        ("They also agreed that each member will publish an annual report on fish stocks",
         "governance", "term.cont"),
        # "Orvik Atoll pledged USD 50 million to the fund": in the text itself, a past pledge
        ("USD 50 million to the fund", "economic", "term.genre"),
        ("Senna will host the fund's secretariat", "economic", "term.cont"),
        ("The next summit will be held in Senna in 2027", "other", "term.genre"),
    ]  # "The leaders welcomed the participation of X": no term


def test_press_briefing_a_plan_to_do_something() -> None:
    assert terms_of("terms4-briefing-plans.txt") == [
        # "tabled a plan to cut X", "a proposal to recognise Y": the infinitive is the content
        ("cut duties on Morvan wine by half", "economic", "term.offer"),
        ("recognise each other's safety standards", "other", "term.offer"),
    ]  # "has no plans to raise fares": a denial


def test_ordinal_steps_and_years_in_the_deals_timetable() -> None:
    assert terms_of("terms4-timetable.txt") == [
        # "First, talks will resume": a step, the items go on; "Second, a truce ...": an item
        ("a truce of 10 days along the valley road", "ceasefire", "term.ordinal"),
        ("tariffs on valley produce fall in stages", "economic", "term.under"),
        # "In 2027, tariffs will fall to 5%": a future step of the deal, no history
        ("In 2027, tariffs will fall to 5%", "economic", "term.cont"),
    ]  # "In 2014, the two sides agreed to share ...": history


def test_column_provisions_attributed_to_a_leaked_draft() -> None:
    assert terms_of("terms4-column-leaked.txt") == [
        # "X would receive Y, according to a leaked draft / a draft seen by Z"
        ("The Greens would receive four ministries", "governance", "term.under"),
        ("The Liberals would chair the budget committee", "economic", "term.under"),
    ]  # "have dropped their demand for X, according to a draft": no modal, no provision


def test_bid_wire_pledges_and_what_the_offer_comes_with() -> None:
    assert terms_of("terms4-bid-pledges.txt") == [
        ("keep the headquarters in Derby", "other", "term.pledge"),
        ("maintain research spending", "economic", "term.pledge"),
        ("honour existing pension arrangements", "economic", "term.pledge"),
        # "The offer also comes with a pledge to retain ..."
        ("a pledge to retain all 3,000 staff for two years", "guarantees", "term.verb"),
    ]  # "would consider selling X": a step, no commitment


def test_column_the_writers_own_plan_is_no_term() -> None:
    assert terms_of("terms4-column-own-plan.txt") == [
        ("a truce", "ceasefire", "term.list"),
        ("a prisoner swap", "hostages_prisoners", "term.list"),
        ("a joint panel", "other", "term.list"),
    ]  # "Here is my own plan: A, B and C": the columnist's, not on the table


def test_strike_page_an_amount_and_a_counted_group_are_two_terms() -> None:
    assert terms_of("terms4-strike-headline.html") == [
        # "offered nurses a 5% rise this year and 200 new nursing posts": two things offered
        ("a 5% rise this year", "economic", "term.offer"),
        ("200 new nursing posts", "other", "term.offer"),
    ]  # the headline, the standfirst and the union's 12%: no term


def test_analysis_conditional_concessions_and_stages() -> None:
    assert terms_of("terms4-analysis-stages.html") == [
        # "X would cap A, and would sell B, if C": a concession offered on a condition
        ("cap output at 40%", "economic", "term.offer"),
        ("would sell half of its reserve within a year", "other", "term.offer"),
        ("the shipping sanctions were lifted first", "economic", "term.offer"),
        # "The Union's offer, as described by X, is relief in three stages. In the first, ..."
        ("relief in three stages", "humanitarian", "term.offer"),
        # ("Ostrian and Velkan banks would": two names, one subject, no cut)
        ("about $4bn of funds frozen in Ostrian and Velkan banks would be released for food "
         "imports", "economic", "term.under"),
        ("The sanctions on the central bank would go last", "economic", "term.cont"),
    ]  # "The deal, signed on Tuesday, is between ..." opens no context for the council's
    # "will monitor"; "the 812p offer is final" refers back to an offer, no new term


def test_one_sides_communique_readiness_to_release() -> None:
    assert terms_of("terms4-front-communique.txt") == [
        # "declares its readiness to release N": an offer
        ("release the 60 soldiers held by our units", "hostages_prisoners", "term.offer"),
    ]  # "prepared to hand over, as a gesture of good faith, X": the verb alone before the
    # aside says nothing (no term "hand over")


def test_press_conference_fragment_answers_a_question_about_the_offer() -> None:
    assert terms_of("terms4-briefing-fragment.txt") == [
        # "What was on the table? Five per cent over three years.": a verbless answer
        ("Five per cent over three years", "economic", "term.offer"),
    ]  # "Five." is too short; "Ninety per cent voted for action." has its own verb: news


def test_a_copy_seen_by_the_paper_and_a_plan_named_as_the_object() -> None:
    assert terms_of("terms4-copy-seen.html") == [
        # "A copy seen by X envisages A and B": the proposal's text
        ("a 30-day pause in fighting", "ceasefire", "term.verb"),
        ("the release of 20 hostages", "hostages_prisoners", "term.verb"),
    ]  # "sets out a two-stage plan": a plan named, nothing of its content (context only)


def test_trade_wire_two_blocs_did_agree() -> None:
    assert terms_of("terms4-blocs-agree.txt") == [
        # "The two blocs did agree on Tuesday to extend X": a joint subject, the emphatic form
        ("extend until March a standstill under which neither side imposes new duties",
         "economic", "term.agreed"),
        # "They also agreed to set up ..." right after it
        ("set up a working group on solar panels that will report within 90 days", "other",
         "term.agreed"),
        # "X, which the draft would cap at N": the draft's provision in a relative clause,
        # though a negotiator reports the sentence
        ("cap at $2.5 billion a year", "economic", "term.verb"),
    ]


def test_exchange_report_a_passive_hedge_is_no_speaker() -> None:
    assert terms_of("terms4-exchange-hedge.md") == [
        ("the group will free all 20 people it holds", "hostages_prisoners", "term.under"),
        ("the release of 150 prisoners", "hostages_prisoners", "term.under"),
        # "..., where the Brigade is believed to hold most of the captives": a passive
        # hedge, no party reporting, so the next provisions go on
        ("The exchange will take place in two stages over six days", "hostages_prisoners",
         "term.cont"),
        ("will be accompanied by a ten-day pause in air strikes over the Kesh district",
         "ceasefire", "term.cont"),
    ]


def test_ministerial_statement_the_government_will_with_a_figure() -> None:
    assert terms_of("terms4-ministerial-statement.txt") == [
        # a labelled speaker's "The Government will establish a fund of N": a commitment
        ("establish a transition fund of 40 million marks to help the inshore fleet adjust",
         "economic", "term.vow"),
    ]  # "I will make a statement": the occasion, no term
