"""Transcripts labelled in title case (briefing/extract/transcripts.py): a parliament's
official report ("The Minister for X (Mr Y):", "Mr Y:", "Dame Z (Seat) (Con):",
"Mr Speaker:", "Hon. Members:", "The Prime Minister:" once named). An office of the
government speaks for the house's state (named by the report's heading), the chair and
the house for nobody, a member with no side asks (the side their question reports
still counts). Invented articles: tests/extract/articles/transcripts6-*."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.transcripts import find_labels, parse_label
from briefing.ingest import from_text, read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_parse_label_forms() -> None:
    minister = parse_label("The Minister for Fisheries and the Coast (Mrs Ilse Varrow)")
    assert (minister.name, minister.role, minister.kind) == ("Ilse Varrow", "Minister for Fisheries and the Coast", "person")
    member = parse_label("Dame Petra Oswin (Hallbury) (Con)")
    assert (member.name, member.role, member.parens) == ("Petra Oswin", "", ("Hallbury", "Con"))
    assert parse_label("Mr Speaker").kind == "chair"
    assert parse_label("Madam Deputy Speaker").kind == "chair"
    assert parse_label("Hon. Members").kind == "members"
    assert (parse_label("The Prime Minister").role, parse_label("The Prime Minister").kind) == ("Prime Minister", "office")
    assert (parse_label("Mira Tosk, union negotiator").name, parse_label("Mira Tosk, union negotiator").role) \
        == ("Mira Tosk", "union negotiator")
    assert (parse_label("Minister Jane Roe").name, parse_label("Minister Jane Roe").role) == ("Jane Roe", "Minister")


def test_news_rubrics_are_no_labels() -> None:
    text = ("Update: the talks resumed on Monday.\n\nAnalysis: the union wants more.\n\n"
            "Background: the contract expired in May.\n\nUpdate: no deal yet.\n")
    assert find_labels(from_text(text).text) is None


def test_hansard_sides() -> None:
    assert positions_of("transcripts6-hansard.txt") == {
        "Tarveland": [
            # ("With permission, Mr Speaker, I will make a statement on ...": procedure, none)
            ("accept", "agreed to pay half the cost of a new border terminal at Crale"),
            ("claim", "The suspension clause applies to both sides"),
            ("vow", "will not reopen the agreement"),
            ("reject", "reject the claim that we conceded anything"),
            ("claim", "The union is wrong about the jobs"),
            ("vow", "will give that guarantee"),
            ("vow", "will publish the full text next week"),
            ("claim", "Ostmoor's transport minister, Ms Lena Dravik, has told me that her government will ratify "
                      "the agreement by June"),
            # "The Prime Minister:" is the one the longer label named
            ("demand", "want the House to approve it before the summer"),
        ],
        # reported by a member's question: the member asks, the union holds it
        "Rail Workers' Union": [
            ("claim", "the deal will cost 800 jobs at Crale"),
            ("demand", "asked for a guarantee of no compulsory redundancies"),
        ],
    }


def test_hansard_speakers_fold_into_the_government() -> None:
    briefing = extract(read_path(ARTICLES / "transcripts6-hansard.txt"))
    aliases = {p.name: set(p.aliases) for p in briefing.parties}
    assert {"Odran Pelk", "Mr Pelk", "Anna Keld", "Government"} <= aliases["Tarveland"]
    assert not any("Speaker" in name or "Members" in name or "Varrow" in name for name in aliases)


def test_hansard_without_heading_never_folds_the_minister_into_the_other_party() -> None:
    # the house's state unnamed (no heading): "the Government" is an actor of its own,
    # not the state the agreement is made "with"
    text = (ARTICLES / "transcripts6-hansard.txt").read_text(encoding="utf-8")
    text = text.replace("HOUSE OF ASSEMBLY OF TARVELAND\n", "")
    briefing = extract(from_text(text, "hansard"))
    aliases = {p.name: set(p.aliases) for p in briefing.parties}
    assert set(aliases) == {"Government", "Rail Workers' Union"}
    assert {"Odran Pelk", "Anna Keld"} <= aliases["Government"]


def test_capitals_label_with_office_and_name() -> None:
    # "MINISTER JANE ROE:" names her only in the labels: she is made, and the ministry's
    # state in the heading is hers; the journalist's question gives the other side's
    # words to it, her "they" is that side
    assert positions_of("transcripts6-caps-title-briefing.txt") == {
        "Ostria": [
            ("claim", "your offer is an insult"),
            ("demand", "wants the tariff scrapped altogether"),
            ("demand", "asked for zero tariffs from day one"),
            ("demand", "insists on keeping it at 9 per cent"),
        ],
        "Velmora": [
            ("vow", "will not lower its tariff on Ostrian steel below 15 per cent"),
            ("accept", "ready to extend the steel quota to 200,000 tonnes if Ostria drops its duty on our grain"),
            ("propose", "propose a new round in Geneva next month"),
        ],
    }


def test_interview_turn_labels_with_a_role_after_the_name() -> None:
    # "**Mira Tosk, union negotiator:**" opens her first answer (then "**Tosk:**"); the
    # question stating the authority's view is the authority's, Brandt's "they" the union
    assert positions_of("transcripts6-two-sides-roles.md") == {
        "Kellmouth Dockers' Union": [
            ("demand", "want a 9% rise over two years and no cuts to the night shift"),
            ("accept", "accept new cranes"),
            ("demand", "want every crane driver retrained, not laid off"),
            ("demand", "want a job guarantee for ten years"),
            ("claim", "Until they put a real offer on the table, yes"),
        ],
        "Kellmouth Port Authority": [
            ("propose", "offered 5%"),
            ("claim", "cannot go higher without new cargo contracts"),
            ("claim", "the union is blocking automation"),
            ("claim", "cannot give"),
            ("propose", "propose binding arbitration starting next week"),
        ],
    }


def test_a_comma_before_a_colon_is_no_turn_label() -> None:
    from briefing.extract.interviews import _turn

    assert _turn("However, the union said: no.", 0) is None
    m = _turn("Mira Tosk, union negotiator: We want more.", 0)
    assert m is not None and m.group(1) == "Mira Tosk" and m.end() == len("Mira Tosk, union negotiator: ")


def test_capitals_labels_naming_the_side_in_parentheses() -> None:
    # "KARL DENNING (Vossberg Health Trust):" then "DENNING:": each speaks for the side
    # their first label names (before: no label matched, nobody held anything)
    assert positions_of("transcripts6-caps-paren-sides.txt") == {
        "Vossberg Health Trust": [
            ("propose", "offered 7% over two years"),
            ("accept", "ready to go to arbitration tomorrow"),
            ("claim", "cannot bring every contract in-house"),
            ("vow", "will end the use of agencies in the two biggest hospitals"),
        ],
        "Cleaners' Union": [
            ("demand", "want 12%"),
            ("demand", "want an end to agency contracts"),
            ("claim", "Arbitration takes months, and our members need the money now"),
            ("claim", "A written commitment to bring cleaning back in-house"),
        ],
    }


def test_unnamed_ministry_briefing_speaks_for_the_side_asked_about() -> None:
    # "Foreign Ministry Spokesperson X" on a page naming two states: the ministry is the
    # state the journalists ask about ("Does Pellmark accept ...?"), not the one the story
    # names most; "Foreign" alone is no state
    got = positions_of("transcripts6-ministry-briefing.txt")
    assert set(got) == {"Pellmark", "Ostravia"}
    assert ("reject", "will not accept any zone beyond 120 miles") in got["Pellmark"]
    assert ("accept", "ready to meet again next month") in got["Pellmark"]
    assert got["Ostravia"] == [("demand", "wants the patrol to be under its own command")]


def test_title_case_labels_naming_the_side_and_unlabelled_questions() -> None:
    # "**Lise Varga (Ferry Crews' Union):**" speaks for the union (before: a member with no
    # side, her turns lost); "**Is a deal close?**" between the turns asks, answered by
    # the next label, and holds nothing of the one who spoke before
    assert positions_of("transcripts6-paren-sides-interview.md") == {
        "Bellport Ferries": [
            ("demand", "want flexible rotas"),
            ("claim", "cannot afford two crews on empty sailings"),
            ("vow", "threatens redundancies"),
            ("propose", "offered a 3% bonus for night work"),
            ("propose", "propose talks at the conciliation service"),
        ],
        "Ferry Crews' Union": [
            ("demand", "want the two-crew rota kept on every night sailing"),
            ("vow", "will ballot for strikes in March"),
        ],
    }


def test_a_members_seat_is_no_side() -> None:
    # "Dame Hilde Varrow (Crale North) (Con):": the seat, read as a firm's name by the
    # parties pass, is not whom she speaks for
    briefing = extract(read_path(ARTICLES / "transcripts6-hansard.txt"))
    assert "Crale North" not in {p.name for p in briefing.parties}


def test_turns_end_at_a_closing_line_or_a_transcribers_note() -> None:
    # "[Ends]" and "Note from X Transcripts: We have corrected ..." are no speaker's; "(Laughter.)"
    # holds no end word and "Notes on the table include ..." no colon: the turn runs on
    assert positions_of("transcripts6-turns-end.txt") == {
        "Harbour Pilots' Guild": [
            ("reject", "reject it"),
            ("demand", "want a 10% rise"),
            ("demand", "want a second pilot on every tanker"),
            ("vow", "will study it"),
            ("vow", "will strike on Monday"),
            ("demand", "the board moves"),
        ],
        "Selmport Harbour Board": [("claim", "its offer is final")],
    }


def test_turn_ends_forms() -> None:
    from briefing.extract.transcripts import turn_ends

    for line in ("[Ends]", "(The briefing ended at 11:34.)", "[END OF TRANSCRIPT]", "Editor's note: edited.",
                 "Transcribed by Quill Ltd."):
        assert turn_ends(line, 0), line
    for line in ("(Laughter.)", "[Crosstalk]", "Notes on the table include a roster.", "Note the date."):
        assert not turn_ends(line, 0), line


def test_two_questions_answered_by_two_labelled_interviewees_make_an_interview() -> None:
    # two questions only, each answered by "**Pike:**" and "**Holm:**" (before: no
    # interview, and every "we" of both went to the side named first)
    assert positions_of("transcripts6-two-questions-interview.md") == {
        "Korvel Mining": [
            ("demand", "need the federation to accept night shifts"),
            ("vow", "guarantee 800 jobs until 2028"),
            ("vow", "will not keep a loss-making pit open"),
        ],
        "Miners' Federation": [
            ("vow", "will not sign"),
            ("claim", "Then we strike in April"),
        ],
    }


def test_interviewers_initials_in_capitals_and_answers_in_title_case() -> None:
    # "**MV:** ...?" (the interviewer's initials, a capitals label) and "**Marr:**" /
    # "**Dorn:**": the answers are read too (before: only "MV:" was a label, nothing held)
    got = positions_of("transcripts6-initials-asker-interview.md")
    assert set(got) == {"Hollin Bakeries", "Bakers' Union"}
    assert got["Bakers' Union"] == [
        ("claim", "A 9% rise and Sunday pay at double time"),
        ("accept", "accept time and three quarters, if the rise is at least 7%"),
        ("claim", "Then we strike in March"),
    ]
    assert ("accept", "willing to talk about 6%") in got["Hollin Bakeries"]
    assert ("claim", "Double time on Sundays would cost us 3 million a year") in got["Hollin Bakeries"]


def test_turn_labels_without_a_colon() -> None:
    # "**Fenn**" alone above the answer, "FENN \u2014 We pay ...", "A (Fenn): ...": each
    # interviewee's turns (before: one side held everything, or nothing was found)
    want = {
        "Island Residents' Association": [
            ("claim", "We pay twice what mainland commuters pay"),
            ("demand", "want a residents' fare of 5 euros"),
            ("demand", "call on the regional government to pay it"),
        ],
        "Skerry Ferries": [
            ("claim", "cannot run the route at 5 euros without a subsidy"),
            ("accept", "accept a residents' fare of 8 euros if the region pays the difference"),
        ],
    }
    for name in ("transcripts6-name-alone-interview.md", "transcripts6-dash-turns-interview.txt",
                 "transcripts6-answer-of-interview.txt"):
        assert positions_of(name) == want, name


def test_a_heading_used_once_is_no_turn() -> None:
    from collections import Counter

    from briefing.extract.interviews import _loose_once, _paragraphs, _turn

    text = "Background\n\nRoe \u2014 We want more.\n\nRoe \u2014 We will strike."
    turns = [_turn(text, a, b) for a, b in _paragraphs(text)]
    counts = Counter(m.group(1) for m in turns if m is not None)
    assert [m and m.group(1) for m in _loose_once(turns, counts)] == [None, "Roe", "Roe"]


def test_hansard_numbered_questions_and_members_by_seat() -> None:
    # "1. Dame X (Seat) (Con):", "2. The hon. Member for Wexby (Mr Y):" ask; the question
    # reports Norland's demand; the minister's answers are the house's state's
    assert positions_of("transcripts6-hansard-questions.txt") == {
        "Dunmere": [
            ("propose", "offered Norland a 12% share of the herring stock"),
            ("vow", "will not go above 15%"),
            ("reject", "reject any share above 15%"),
            ("propose", "proposed a review in 2028"),
        ],
        "Norland": [("demand", "has demanded 20%")],
    }
    labels = find_labels(read_path(ARTICLES / "transcripts6-hansard-questions.txt").text)
    assert labels is not None and "The hon. Member for Wexby (Mr Cal Dorr)" in labels.labels


def test_house_procedure() -> None:
    from briefing.extract.transcripts import house_procedure

    for sent in ("With permission, Mr Speaker, I will make a statement on the agreement with X.",
                 " Madam Speaker, I shall update the House on the talks.", "I beg to move the motion."):
        assert house_procedure(sent, 0, len(sent)), sent
    for sent in ("Mr Speaker, we will not sign the agreement.", "I will make sure the fund is paid."):
        assert not house_procedure(sent, 0, len(sent)), sent


def test_capitals_labels_with_role_and_side_after_commas() -> None:
    # "GRETA HOLM, GENERAL SECRETARY, BUS DRIVERS' UNION:": the person and the side the
    # last part names (made from its organisation word when the text names it nowhere else)
    got = positions_of("transcripts6-caps-role-labels.txt")
    assert got["Bus Drivers' Union"][:2] == [("demand", "want a 6% rise"), ("demand", "want an end to split shifts")]
    assert got["Citylink Bus Company"][:2] == [("propose", "offered 3%"), ("claim", "cannot abolish split shifts this year")]


def test_the_hosts_question_to_a_guest_is_no_introduction_as_host() -> None:
    # "PRESENTER: Greta Holm, will you accept arbitration?" addresses her: "HOLM:" answers
    # for her side (before: she was taken for a host and her answers held nothing)
    got = positions_of("transcripts6-caps-role-labels.txt")
    assert got["Bus Drivers' Union"][2:] == [("reject", "reject arbitration")]
    assert got["Citylink Bus Company"][2:] == [("propose", "propose arbitration by the state mediator")]


def test_title_case_briefing_speaker_outside_a_house_is_no_asker() -> None:
    # "Ms Anna Vell:" answering "Reporter:" (an asker's word): outside a house an
    # unaffiliated speaker holds her own answers (before: taken for a member who asks)
    got = positions_of("transcripts6-reporter-briefing.txt")
    assert got["Anna Vell"] == [
        ("vow", "will not walk away"),
        ("propose", "propose a joint panel to review the quota"),
        ("accept", "ready to meet in Geneva next week"),
    ]
