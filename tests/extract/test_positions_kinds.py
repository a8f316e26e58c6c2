"""Positions in kinds of article not tuned on before (issue #4): press-briefing
transcripts whose spokesperson is labelled in title case ("Lina Varo:", questions
"Question:" / "Q (Radio X):") or by a bare last name introduced as "Spokesperson: X";
the spokesperson's answers are their side's positions, the journalists' questions none.
Invented articles: tests/extract/articles/pos4-*."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_title_case_briefing_labels_speak_for_the_spokespersons_ministry() -> None:
    # "Lina Varo:" answers "Question:"; the headline names her "Ministry of Trade spokesperson"
    got = positions_of("pos4-briefing-title-labels.html")
    assert got == {
        "Ministry of Trade": [
            ("vow", "will not scrap the subsidies"),
            ("demand", "want the tariff removed before the end of the year"),
            ("accept", "open to discussing a quota system"),
            ("claim", "We have made our proposals and we expect a serious answer from Osterby"),
            ("claim", "Our support for farmers is fully in line with the rules"),
        ],
    }


def test_bare_label_spokesperson_speaks_for_the_only_state() -> None:
    # "Spokesperson: Teodor Falkrin" ... "FALKRIN:": the story's one state holds the answers
    got = positions_of("pos4-briefing-spokesperson.txt")
    assert got["Orsande"] == [
        ("reject", "not accept number"),
        ("claim", "Most of the people on that list were convicted of attacks on civilians"),
        ("propose", "offered to free 200 detainees in a first phase"),
        ("accept", "open to a small team of observers"),
        ("demand", "it is under UN command"),
        ("vow", "will not leave the coastal road"),
    ]
    assert "Teodor Falkrin" not in got


def test_pronoun_object_with_conditions_and_a_clause_after_a_list_and() -> None:
    # "open to that, provided that A and that B": the stance, then two conditions;
    # "proposed A, and the code does not require that": the clause is no second item;
    # "hope the board will not cut ...": the hopers' wish, no vow of the board's
    got = positions_of("pos4-conditions-clauses.txt")
    assert got == {
        "Velkor Union": [
            ("accept", "open to that"),
            ("demand", "the review is independent"),
            ("demand", "it ends by May"),
        ],
        "Harrow Board": [("propose", "proposed a limit of 20 shifts")],
    }


def test_relative_clause_before_is_demanding_and_suggested_noun_phrases() -> None:
    # "X, which ..., is demanding": the auxiliary makes a finite verb, no ", demanding"
    # adjunct; "suggest A, B but not below, and C": noun phrases suggested are proposals,
    # one each ("but not below," stays inside its item); "suggested the talks would ..."
    # is a clause (no proposal of the officials, who are no actor)
    got = positions_of("pos4-column-suggest.txt")
    assert got == {
        "Delta Fund": [
            ("propose", "put forward a paper in May"),
            ("propose", "suggest a ten-year filling period"),
            ("propose", "suggest a floor of 200 cubic metres per second but not below"),
            ("propose", "suggest a panel of three engineers"),
        ],
        "Marvel": [("demand", "is demanding a guaranteed flow of 300 cubic metres per second")],
    }


def test_bid_wire_saying_but_another_subject_a_series_of_commitments_and_deadlines() -> None:
    # ", saying it still undervalues the company, but X urged ...": the claim stops at
    # the new clause; "would keep A, would invest B and would not close C": three
    # commitments; "that statement means it cannot raise the offer": a rule explained,
    # no vow; "has until April 2 to announce a firm offer": nothing announced yet
    got = positions_of("pos4-bid-wire.txt")
    assert got == {
        "Denbury Group": [
            ("vow", "would keep the Harlow brand"),
            ("vow", "would invest 40 million pounds in its bakeries"),
            ("vow", "would not close any plant for two years"),
        ],
        "Harlow Foods": [
            ("reject", "rejected a raised 430 pence-a-share offer from Denbury Group"),
            ("claim", 'it still "significantly undervalues" the company'),
        ],
        "Kestler Capital": [("demand", "urged the board to engage")],
    }


def test_possessive_stance_nouns_and_for_holder_in_a_column() -> None:
    # "For X, the sticking point is Y": X's; "X's demand for Y" after a colon: X's demand;
    # "rejected X's call for Y": the rejection only (the demand is acted on, not stated);
    # the columnist's "I think ..." is nobody's position
    got = positions_of("pos4-column-possessive.txt")
    assert got == {
        "Green Alliance": [
            ("demand", "the coal phase-out"),
            ("demand", "demand for a national carbon tax"),
        ],
        "Social Union": [
            ("reject", "refuses even to discuss"),
            ("reject", "rejected the Green Alliance's call for a rent freeze"),
        ],
    }


def test_first_person_communique_speaks_for_the_body_at_its_top() -> None:
    # "We accept ...", "We reject ...", "We demand ...": a statement in the first person
    # plural with no speaker labels is the body named first at its top; a quote of
    # someone else in it is no claim of the body's
    got = positions_of("pos4-first-person-communique.txt")
    assert got == {
        "Political Bureau of the Ridge Valley Liberation Front": [
            ("claim", "The Political Bureau of the Ridge Valley Liberation Front addresses the following to our people"),
            ("claim", "our delegation received the framework presented by the Tarn mediators on 4 May"),
            ("accept", "accept the principle of a truce of sixty days"),
            ("reject", "reject the clause on disarmament within thirty days"),
            ("demand", "demand the opening of the northern road to aid convoys"),
        ],
    }


def test_press_conference_speaker_roster_names_the_body() -> None:
    # "Speaker: X, General Secretary, HPG" ... "TOLLAND:": the body the story names most
    # on that line holds the answers (the question "Is the HPG ready ...?" holds nothing)
    got = positions_of("pos4-briefing-roster-body.txt")
    assert got == {
        "Harbour Pilots Guild": [
            ("demand", "asked for nine per cent over two years"),
            ("vow", "will not sign anything below seven"),
            ("demand", "want Portline back at the table this week"),
        ],
    }


def test_communique_collective_list_is_each_sides_commitment() -> None:
    # "The two Governments have agreed as follows: (a) ... (c)": each of the two states
    # commits to each lettered item (an item naming one side is that side's only; the
    # numbered paragraph after the list is no item); "Both sides welcomed ..." in a plain
    # sentence gives nobody anything
    got = positions_of("pos4-communique-agreed-list.txt")
    withdraw = "Each side shall withdraw its troops to a distance of five kilometres from the border line within 48 hours"
    commission = "A joint commission of six members shall investigate the incident and report within 30 days"
    assert got == {
        "Talvera": [
            ("vow", withdraw),
            ("vow", commission),
            ("vow", "Talvera shall reopen the Kessen crossing to civilian traffic on 10 March"),
            ("reject", "rejected the request"),
        ],
        "Osmira": [
            ("vow", withdraw),
            ("vow", commission),
            ("demand", "requested a formal apology"),
        ],
    }


def test_statement_cues_maintained_that_and_raised_its_concern() -> None:
    # a joint statement's "The X side maintained that ..." (a claim) and "raised its
    # concern regarding ..." (a concern)
    got = positions_of("pos4-statement-cues.txt")
    assert got == {
        "Talveran": [("concern", "raised its concern regarding a new watchtower at the Kessen ford")],
        "Osmiran": [("claim", "its patrol had stayed on Osmiran soil")],
    }


def test_wrote_that_reports_a_letter_and_written_is_no_verb() -> None:
    # "X wrote that the company would ...": the letter's commitment; "a written
    # statement" is no reporting verb
    got = positions_of("pos4-strike-letter.txt")
    assert got == {
        "Brantwell Logistics": [
            ("vow", "would fit cooling in its oldest depot"),
            ("reject", "not agree to a fixed temperature limit"),
        ],
    }
