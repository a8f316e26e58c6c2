"""Who holds a position (attribution), session 6: general mechanisms that gave a found
position to the wrong party, each on short invented articles in several voices (wire,
statement, transcript, column, live blog) with the exact holders expected."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import parse_bytes


def holders(text: str, fmt: str = "txt") -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes(text.encode(), "invented", fmt)
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def test_title_for_a_place_names_a_portfolio_the_body_before_it_employs() -> None:
    # "The UN envoy for X, Y": Y is the UN's ("for X" is the portfolio); with no body
    # before the title, "a spokesman for X, Y" speaks for X
    got = holders(
        "Velmora ceasefire holds as donors meet\n\n"
        "The UN envoy for Velmora, Ilse Brandvik, urged donors to pledge the money for the camps within weeks. "
        "She said the UN monitors would arrive before the end of March.\n\n"
        "The European Union's special representative for the Kessar region, Tomas Reidel, said the bloc "
        "would not fund the mission without an audit.\n\n"
        "A spokesman for the Velmora government, Piet Hals, said the army would withdraw from the border towns.\n\n"
        "The African Union special envoy for Tarsia, Moussa Keita, warned that unpaid fighters were the first "
        "threat to the truce.\n")
    assert got == {
        "United Nations": [("demand", "urged donors to pledge the money for the camps within weeks"),
                           ("claim", "the UN monitors would arrive before the end of March")],
        "European Union": [("vow", "would not fund the mission without an audit")],
        "Velmora": [("vow", "would withdraw from the border towns")],
        "African Union": [("concern", "warned unpaid fighters were the first threat to the truce")],
    }


def test_a_name_met_only_as_an_aside_long_before_loses_the_nominal_to_the_paragraphs_actor() -> None:
    # "The board said": the company whose chair spoke in this paragraph, not the regulator
    # named after "from the" two paragraphs up (bid wire)
    assert holders(
        "Tarrow Capital goes hostile in bid for Ravel Foods\n\n"
        "Tarrow Capital took its offer for Ravel Foods to shareholders on Monday. The deal needs clearance "
        "from the Competition Board and the approval of the pension trustees.\n\n"
        "Ravel's chair, Ines Marlow, urged investors to ignore the offer. The board said the offer undervalued "
        "the company and its new plants.\n\n"
        "Tarrow said it would not raise the price.\n") == {
        "Ravel Foods": [("demand", "urged investors to ignore the offer"),
                        ("claim", "the offer undervalued the company and its new plants")],
        "Tarrow Capital": [("vow", "would not raise the price")],
    }
    # "The group said": the armed group of this paragraph, not the consultancy "Orlen Group"
    # named after "from the" before (conflict report)
    assert holders(
        "Kessel talks resume\n\n"
        "The truce was drafted with help from the Orlen Group, a consultancy based in the capital.\n\n"
        "The Kessel Front held the pass on Tuesday. The group said it would release the twelve hostages "
        "only after the army withdrew from the valley.\n") == {
        "Kessel Front": [("vow", "would release the twelve hostages only after the army withdrew from the valley")],
    }


def test_a_nominal_keeps_the_name_holding_it_when_the_paragraphs_actor_is_of_the_same_class() -> None:
    # two authorities: "the board" is still the board named before (not the health authority)
    assert holders(
        "Nurses to strike\n\n"
        "Talks at the Pay Review Board broke up on Thursday.\n\n"
        "The Dunmore Health Authority said its offer was final, adding that the authority would return to the "
        "review board at any hour. The board's chair, Ada Brill, said she had invited both sides back on "
        "Monday.\n") == {
        "Dunmore Health Authority": [("claim", "its offer was final"),
                                     ("vow", "would return to the review board at any hour")],
        "Pay Review Board": [("claim", "she had invited both sides back on Monday")],
    }


DAM_TALKS = ("Dam talks stall over inspections\n\n"
             "Upstream releases have fallen by a third, according to a report of the Kessar Water Agency (KWA)")


def test_an_acronym_acting_outside_a_source_frame_keeps_a_body_first_named_as_a_source() -> None:
    # (analysis column) the agency's full name only in "a report of X", its acronym then
    # acting ("where the KWA comes in"): "the agency said ... it could not" is the agency's,
    # not the state named before
    assert holders(
        DAM_TALKS + ". The Dravian government wants the releases restored before any new talks.\n\n"
        "Inspections are where the KWA comes in. The agency has asked for daily access to the three dams. "
        "Without that, the agency said in its latest report, it could not certify the flows. "
        "The Tarsian government has agreed to open two of the dams.\n") == {
        "Kessar Water Agency": [("demand", "asked for daily access to the three dams"),
                                ("claim", "could not certify the flows")],
        "Dravian": [("demand", "wants the releases restored before any new talks")],
        "Tarsian": [("accept", "agreed to open two of the dams")],
    }
    # its acronym only in source frames too ("data from the KWA"): still a source, no side
    assert holders(
        DAM_TALKS + ", and data from the KWA show the lake at its lowest level in forty years. The Dravian "
        "government wants the releases restored before any new talks. The Tarsian government has agreed to "
        "open two of the dams.\n") == {
        "Dravian": [("demand", "wants the releases restored before any new talks")],
        "Tarsian": [("accept", "agreed to open two of the dams")],
    }


def test_our_delegation_and_our_negotiator_are_the_issuing_states() -> None:
    # a ministry's briefing transcript: "Our delegation was led by Deputy Foreign Minister X"
    # makes X the ministry's state (not the state named last), so "The minister said we
    # would not accept ..." is that state's
    assert holders(
        "Press briefing by Foreign Ministry Spokesperson Ilona Varga\n\n"
        "MS VARGA: Good afternoon. The third round of talks between Dravia and Tarsia on the river border ended "
        "last night in Geneva. Our delegation was led by Deputy Foreign Minister Pavel Rusk. The mediators will "
        "circulate a text next week.\n\n"
        "Q: Will the Dravian government accept a buffer zone?\n\n"
        "MS VARGA: The minister said we would not accept a buffer zone on our side only. We want the Tarsian "
        "artillery withdrawn from the valley first.\n") == {
        "Dravia": [("claim", "Our delegation was led by Deputy Foreign Minister Pavel Rusk"),
                   ("reject", "would not accept a buffer zone on our side only"),
                   ("demand", "want the Tarsian artillery withdrawn from the valley first")],
        "Mediators": [("vow", "will circulate a text next week")],
    }
    # a ministry's statement under its letterhead: "Our chief negotiator, Ambassador X, ..."
    assert holders(
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF DRAVIA\n\n"
        "Statement on the river border talks\n\n"
        "The third round of talks between Dravia and Tarsia ended in Geneva on Friday. Our chief negotiator, "
        "Ambassador Lena Holm, told the Tarsian delegation that the Republic would not sign any text that leaves "
        "its artillery in the valley. She proposed a joint survey of the border within three months.\n") == {
        "Dravia": [("vow", "would not sign any text that leaves its artillery in the valley"),
                   ("propose", "proposed a joint survey of the border within three months")],
    }


BLOCS = ("Energy summit: blocs split over draft\n\n"
         "The European Union backed the coal commitments but said it would not support the fund unless large "
         "emerging economies contributed. The bloc has also asked for the methane target to be made binding.\n\n"
         "The Southern Group, a bloc of island states led this year by Dravia, said it could accept the pledge "
         "only if rich countries paid for the fund.\n\n"
         "Harlow Mining, a unit of the conglomerate Brenn Holdings, said it would reject any limit on new mines.\n\n"
         "An association of fishing families, the Committee of the Coasts, welcomed the draft.\n")


def test_a_name_inside_an_apposition_is_not_the_subject() -> None:
    # "X, a bloc of ... led by Y, said it ...": X said it (summit report, wire); "An
    # association of ..., the Committee of Z, welcomed": the apposition is the name, Z's
    got = holders(BLOCS)
    assert got["Southern Group"][-2:] == [("accept", "accept the pledge"),
                                          ("demand", "rich countries paid for the fund")]
    assert got["Harlow Mining"] == [("reject", "reject any limit on new mines")]
    assert got["Committee of the Coasts"] == [("support", "welcomed the draft")]
    assert "Dravia" not in got and "Brenn Holdings" not in got


def test_a_definite_nominal_points_back_to_its_class_not_forward_to_a_name_holding_the_word() -> None:
    # "The bloc has also asked ..." right after the EU spoke: the EU (a bloc), not the group
    # described as "a bloc of island states" further on
    assert holders(BLOCS)["European Union"] == [
        ("support", "backed the coal commitments"), ("oppose", "not support the fund"),
        ("demand", "large emerging economies contributed"),
        ("demand", "asked for the methane target to be made binding")]
    # "its largest outside shareholder" (no "the") may introduce the one named next
    assert holders(
        "Tarrow rejects sweetened Ravel offer; top shareholder urges talks\n\n"
        "The board of Ravel Foods on Monday rejected a sweetened offer from Tarrow Capital, but its largest "
        "outside shareholder urged directors to open the books to the bidder.\n\n"
        "Stake Fund, which holds 9.8% of the company, said the board should engage with Tarrow.\n") == {
        "Stake Fund": [("demand", "urged directors to open the books to the bidder"),
                       ("demand", "the board should engage with Tarrow")],
        "Ravel Foods": [("reject", "rejected a sweetened offer from Tarrow Capital")],
    }


def test_a_paragraph_opened_by_in_state_sets_whose_government_it_is() -> None:
    # (explainer) "In X, the opposition says the deal 'hands Y ...'. The government insists":
    # X's government, not Y named last inside a quote; the next paragraph "In Y, ... The
    # cabinet" is Y's
    assert holders(
        "Gas deal: who is unhappy?\n\n"
        "Dravia and Tarsia signed the transit deal on Friday after two years of talks.\n\n"
        "In Dravia, the Dravian opposition Unity Bloc says the write-down \"hands Tarsia half a billion of our "
        "money\" and has demanded a vote in parliament. The government insists no vote is needed because the "
        "deal is a commercial contract.\n\n"
        "In Tarsia, nationalist deputies complain that the Tarsian price floor is too high. The cabinet has "
        "promised to review the floor in 2028.\n") == {
        "Unity Bloc": [("claim", "the write-down \"hands Tarsia half a billion of our money\""),
                       ("demand", "has demanded a vote in parliament")],
        "Dravia": [("claim", "no vote is needed because the deal is a commercial contract")],
        "Tarsia": [("vow", "promised to review the floor in 2028")],
    }
    # (live blog) a timestamped entry opened by "In X,"
    assert holders(
        "# Live: border talks\n\n"
        "**14:05** In Tarsia, hundreds protested outside the Tarsian parliament against the concessions the "
        "Dravian side demanded. The government said it would not withdraw its troops from the valley.\n\n"
        "**14:20** The Dravian foreign minister, Ana Polk, said Dravia wanted the troops out within a month.\n",
        "md") == {
        "Tarsia": [("vow", "would not withdraw its troops from the valley")],
        "Dravia": [("demand", "wanted the troops out within a month")],
    }


def test_a_proper_word_described_as_a_country_is_a_state_its_ministers_speak_for() -> None:
    # (summit report) "For Ostria, the country from which ...": Foreign Minister X, named
    # next, is Ostria's, not the state of the section before; "he rejected" too
    assert holders(
        "# Migration compact: where the states stand\n\n"
        "## Dravia: no quotas\n\n"
        "Dravia's interior minister, Ole Brand, said the Dravian government would never accept compulsory "
        "quotas.\n\n"
        "## Ostria: visas first\n\n"
        "For Ostria, the country from which most of the boats leave, the question is what it gets in return. "
        "Foreign Minister Amadi Sefu said Ostria would cooperate on returns only if the visa quota were "
        "raised, and he rejected any forced returns.\n", "md") == {
        "Ostria": [("propose", "would cooperate on returns"), ("demand", "the visa quota were raised"),
                   ("reject", "rejected any forced returns")],
        "Dravia": [("reject", "never accept compulsory quotas")],
    }
    # (wire) "Neighbouring Ostria, a small coastal state on the gulf, ...": its prime minister
    # ("Norbahn, the state rail operator": "state" qualifies, no country: test_interviews2)
    assert holders(
        "Gulf fishing talks stall\n\n"
        "Dravia's negotiators left the talks on Tuesday, the Dravian delegation said.\n\n"
        "Neighbouring Ostria, a small coastal state on the gulf, has not signed either. Prime Minister Lea "
        "Vantt said the catch limits were too low and demanded a review in two years.\n") == {
        "Ostria": [("claim", "the catch limits were too low"), ("demand", "demanded a review in two years")],
        "Dravia": [("claim", "Dravia's negotiators left the talks on Tuesday")],
    }


def test_a_member_role_named_after_a_body_belongs_to_that_body() -> None:
    # "Senior commissioner X said it would not ...": the story's one commission, not the
    # association named (and quoted) last
    assert holders(
        "Quota talks\n\n"
        "The Northern Fisheries Commission met fishermen in Varde on Tuesday. The Coastal Fishers' Association, "
        "whose chair, Piet Olsen, led the talks, demanded a bigger cod quota. \"We cannot live on this,\" said "
        "its secretary, Jon Hale.\n\n"
        "Senior commissioner Ada Voss said it would not extend the cod quota this year.\n") == {
        "Coastal Fishers' Association": [("demand", "demanded a bigger cod quota"),
                                         ("claim", "cannot live on this")],
        "Northern Fisheries Commission": [("vow", "would not extend the cod quota this year")],
    }


def test_a_capitalised_short_form_is_the_body_named_in_full() -> None:
    # (explainer) "The Commission's energy directorate said ..., though it warned": the
    # European Commission's, not the firm named last
    assert holders(
        "Gas deal: what Brussels says\n\n"
        "The European Commission welcomed the transit deal on Monday. Under it, the Dravian producer Varde Gas "
        "will ship at least 20 billion cubic metres a year.\n\n"
        "Buyers are relieved. The Commission's energy directorate said the deal removed the biggest risk to "
        "supply this winter, though it warned that member states must still fill their storage by November.\n"
    ) == {
        "European Union": [("support", "welcomed the transit deal on Monday"),
                           ("claim", "the deal removed the biggest risk to supply this winter"),
                           ("concern", "warned member states must still fill their storage by November")],
        "Varde Gas": [("vow", "will ship at least 20 billion cubic metres a year")],
    }
    # (statement) "The Board said ..." after other actors: the Harbour Pay Board
    assert holders(
        "STATEMENT BY THE HARBOUR PAY BOARD\n\n"
        "The Harbour Pay Board has received the dockers' claim. The Dockers' Guild wants a rise of 9% this "
        "year.\n\n"
        "Traders fear a long strike at Varde Port. The Board said a rise above 5% would put jobs at risk.\n") == {
        "Dockers' Guild": [("demand", "wants a rise of 9% this year")],
        "Harbour Pay Board": [("claim", "a rise above 5% would put jobs at risk")],
    }


def test_a_parliaments_heading_names_its_state_though_the_text_never_does() -> None:
    # (Hansard-style statement) "HOUSE OF ASSEMBLY OF THE REPUBLIC OF DRAVIA": its minister's
    # "The Government has agreed / will establish / will publish" are Dravia's, though the
    # report never writes "Dravia" in lower case (the other state is named throughout)
    assert holders(
        "HOUSE OF ASSEMBLY OF THE REPUBLIC OF DRAVIA\nOfficial Report\n\n"
        "Ministerial statement: fisheries agreement with Tarsia\n\n"
        "The Minister for Fisheries (Ms Dana Holt): With permission, I will make a statement on the fisheries "
        "agreement with Tarsia. The Tarsian government had demanded a quota of 60,000 tonnes. The Government has "
        "agreed that Tarsian boats may land 40,000 tonnes a year. The Government will establish a fund of 30 "
        "million crowns for our coastal towns.\n\n"
        "Mr Piet Vos (Coast North): Will the Minister publish the text?\n\n"
        "The Minister for Fisheries (Ms Dana Holt): The Government will publish the full text before the "
        "vote.\n") == {
        "Dravia": [("accept", "agreed that Tarsian boats may land 40,000 tonnes a year"),
                   ("vow", "will establish a fund of 30 million crowns for our coastal towns"),
                   ("vow", "will publish the full text before the vote")],
        "Tarsia": [("demand", "demanded a quota of 60,000 tonnes")],
    }


def test_a_word_paired_with_a_state_in_between_x_and_y_is_a_state() -> None:
    # (briefing transcript) "Talks between Dravia and Tarsia" (Tarsia a state by its
    # demonym): Dravia is a state too, the one the ministry's briefing names first, so
    # "The Government has been clear: we will ..." and "Our negotiators proposed" are Dravia's
    assert holders(
        "# Press briefing by the Ministry of Foreign Affairs spokesperson, Ivo Marek\n\n"
        "**MR MAREK:** Good morning. Talks between Dravia and Tarsia resumed yesterday in Geneva. The Tarsian "
        "side again demanded that our troops leave the valley.\n\n"
        "**Q:** Will Dravia withdraw?\n\n"
        "**MR MAREK:** The Government has been clear: we will withdraw only when Tarsia frees the twelve border "
        "guards. Our negotiators proposed a joint patrol instead.\n", "md") == {
        "Dravia": [("vow", "will withdraw only when Tarsia frees the twelve border guards"),
                   ("propose", "proposed a joint patrol instead")],
        "Tarsia": [("demand", "demanded that our troops leave the valley")],
    }
    # a firm beside a union is no state ("between Norbahn and the ... Union"): unchanged
    doc = parse_bytes(b"Talks between Norbahn and the Kessel Rail Workers' Union broke down on Monday. Norbahn "
                      b"said it would not raise its offer of 4%. The union said it would strike.\n", "x", "txt")
    assert {a.name: a.cls for a in find_parties(doc).actors} == {"Kessel Rail Workers' Union": "union",
                                                                "Norbahn": "unknown"}


def test_the_board_capitalised_in_a_companys_statement_is_the_company() -> None:
    # no body's name holds "Board": "The Board" is the issuing company's, as "the board" would be
    assert holders(
        "Statement from Ravel Foods plc\n\n"
        "Ravel Foods notes the revised proposal from Tarrow Capital of 412 pence per share. The Board has "
        "reviewed the proposal with its advisers and believes that it materially undervalues the company. The "
        "Board urges shareholders to take no action. Tarrow Capital has said its offer is final.\n") == {
        "Ravel Foods": [("claim", "the revised proposal from Tarrow Capital of 412 pence per share"),
                        ("claim", "it materially undervalues the company"),
                        ("demand", "urges shareholders to take no action")],
        "Tarrow Capital": [("propose", "412 pence per share"), ("claim", "its offer is final")],
    }
