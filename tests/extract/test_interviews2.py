"""Q&A interviews in the layouts publications use (briefing/extract/interviews.py and the
interview hooks of positions.py): turns labelled with the interviewee's surname in
capitals, name-prefixed turns in mixed case with several interviewees, questions as
headings, italic or bold questions that do not end with "?", and introductions that
place the interviewee ("X is the chief negotiator for the Y"). The interviewer and
the publication hold nothing; "we" is the interviewee's side and "they" in an answer
is the side the question named. Invented articles: tests/extract/articles/interview2-*."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.interviews import find_interview, role_span
from briefing.ingest import read_path

from .test_interviews import ARTICLES, positions_of, questions_of


def test_capitals_surname_labels_answer_for_the_side_of_the_introduction() -> None:
    # "X is the chief negotiator for the Y" places the one whose surname labels the
    # answers; "They want ..." after a question naming the authority is the authority's
    assert positions_of("interview2-caps-surname.md") == {
        "Vestmark Fishers' Federation": [
            ("demand", "want the cod quota kept at 42,000 tonnes"),
            ("demand", "want compensation for every boat that stays in port"),
            ("reject", "reject a cut that deep"),
            ("vow", "will keep talking until the last day"),
        ],
        "Coastal Resources Authority": [
            ("claim", "the stock cannot take another year at that level"),
            ("demand", "want a cut of 30%"),
            ("demand", "want it now"),
        ],
    }


def test_role_span_after_a_name() -> None:
    text = ("Ana Ruiz is the general secretary of the Dock Union. Ben Ode, an analyst at the "
            "Port Institute, disagrees. Cy Lamb leads the Board's team. Di Moss is confident.")
    assert text[slice(*role_span(text, "Ana Ruiz"))] == "the general secretary of the Dock Union"
    assert role_span(text, "Ben Ode") is None          # a neutral role: nobody's side
    assert text[slice(*role_span(text, "Cy Lamb"))] == "the Board's team"
    assert role_span(text, "Di Moss") is None          # no role said


def test_questions_as_headings_and_an_interviewee_named_before_a_pronoun() -> None:
    # (the last heading asks with no "?": "Explain ..." is no claim of the council's)
    # "X, 56, has led the negotiating team of the Y since 2022. ... We put our
    # questions to him": the paragraph before the pronoun names him, "has led" his side
    assert questions_of("interview2-headings.md") == [
        "Why has the city not signed the renewal?",
        "Is the council ready to bring the buses back in house?",
        "And the fares?",
        "Explain the dispute over the night routes.",   # a request with no "?"
    ]
    assert positions_of("interview2-headings.md") == {
        "Dunmere City Council": [
            ("claim", "Because the subsidy is too high"),
            ("claim", "We think 8 million is fair, and that is what we have offered"),
            ("vow", "will not be held to ransom"),
            ("propose", "propose to freeze fares for two years"),
            ("claim", "every night route stays"),
        ],
        "Greyline Transport": [
            ("demand", "asking for 12 million a year, up from 7 million"),
            ("demand", "wants to drop four night routes"),
        ],
    }


def test_a_publications_journalist_asks_the_ones_after_the_verb_answer() -> None:
    from briefing.ingest import from_text

    doc = from_text("The Courier's Anna Pell spoke to the two negotiators, Dario Fenn and Helga Sandvik.\n\n"
                    "Is a deal close?\n\nWe are not there yet.\n\n"
                    "What does the union want?\n\nWe want a rise of 8%.\n\n"
                    "Will you strike?\n\nOnly if we must.\n", "pell")
    found = find_interview(doc)
    assert found is not None
    assert [doc.text[a:b] for a, b in found.names] == ["Dario Fenn", "Helga Sandvik"]


def test_the_story_after_the_last_answer_is_nobodys_answer() -> None:
    # the closing news paragraph and the photo caption hold no "I"/"we": the answers end
    # there (a statement the interviewer puts, answered in the first person, does not end them)
    assert positions_of("interview2-closing-news.md") == {
        "Saltmere Pilots' Guild": [
            ("demand", "want a rise of 9%"),
            ("demand", "want a limit of ten hours on every shift"),
            ("vow", "will not return for a promise"),
            ("claim", "Only if the arbitrator's award binds both sides"),
            ("claim", "I'd rather he read our letter"),
        ],
        "Saltmere Port Company": [("claim", 'the strike was "reckless"'), ("claim", 'its offer was "final"')],
    }


def test_name_prefixed_turns_of_two_interviewees_answer_for_their_own_sides() -> None:
    # "Courier: ...?" asks (its turns are questions), "Fenn:" and "Sandvik:" answer, each
    # for the side the introduction gives ("Dario Fenn for the union and Helga Sandvik
    # for Norbahn"); the journalist and the publication hold nothing
    assert questions_of("interview2-name-turns.md") == [
        "Courier: Mr Fenn, why are your members still on strike?",
        "Courier: Ms Sandvik, can Norbahn pay 8%?",
        "Courier: What about the night crews?",
        "Courier: Is there a deal to be done this week?",
    ]
    assert positions_of("interview2-name-turns.md") == {
        "Kessel Rail Workers' Union": [
            ("claim", "Because the offer on the table is a pay cut once you count inflation"),
            ("demand", "want a rise of 8% this year"),
            ("demand", "want a shorter working week for the night crews"),
            ("reject", "never accept a single driver on the night trains"),
            ("claim", "If Norbahn moves on pay, yes"),
            ("vow", "will vote on any offer within two days"),
        ],
        "Norbahn": [
            ("propose", "offered 4% now and another 2% next year"),
            ("claim", "cannot go beyond that without cutting services on the branch lines"),
            ("accept", "open to a shorter week for the night crews, as long as the union drops its demand "
                       "for extra staff on every"),
            ("demand", "want us to trade safety for hours"),
            ("vow", "will present a new timetable on Friday"),
        ],
    }


def test_capitals_labelled_answers_to_unlabelled_questions() -> None:
    # <strong> questions with no label, answers labelled "CASTELLAN:"/"MOORCROFT:": each
    # answer is its speaker's side's, and the closing paragraph is nobody's answer
    found = read_path(ARTICLES / "interview2-caps-answers.html")
    assert [label for _, _, _, label in find_interview(found).turns] == [
        "CASTELLAN", "MOORCROFT", "MOORCROFT", "CASTELLAN", "MOORCROFT", "MOORCROFT"]
    assert positions_of("interview2-caps-answers.html") == {
        "Airside Workers' Union": [
            ("claim", "And our members are the ones who carry the bags"),
            ("demand", "want 6%"),
            ("demand", "want it in the base rate"),
            ("reject", "never accept a night crew of six"),
            ("claim", "A review is a cut with a delay"),
            ("demand", "want the crew of ten written into the contract"),
            ("claim", "Unless we see a written offer, yes"),
        ],
        "Tollbridge Airport": [
            ("claim", "Because it is 2% plus a bonus of 800 pounds for every handler who stays through the winter"),
            ("claim", "We are a small airport with a small budget"),
            ("demand", "wants to cut the night crew from ten to six"),
            ("claim", "We would keep the night crew at eight for a year while we review it"),
        ],
        "Tollbridge County Council": [("vow", "would not fund a settlement")],
    }


def _positions_of_text(text: str) -> dict[str, list[tuple[str, str]]]:
    from briefing.ingest import from_text

    briefing = extract(from_text(text, "inline"))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


_INTRO = ("Ilse Marwick is the chief negotiator for the Vestmark Fishers' Federation, which is in talks "
          "with the Coastal Resources Authority. She spoke to Tomas Brevik.\n\n")


def test_answer_labels_are_the_interviewees() -> None:
    assert _positions_of_text(
        _INTRO + "Question: What does the federation want?\n\n"
        "Answer: We want the cod quota kept at 42,000 tonnes.\n\n"
        "Question: Will you strike?\n\nAnswer: We will not strike before the ballot.\n\n"
        "Question: What happens next?\n\nAnswer: We meet the authority again on Friday morning.\n") == {
        "Vestmark Fishers' Federation": [
            ("demand", "want the cod quota kept at 42,000 tonnes"),
            ("vow", "will not strike before the ballot"),
            ("claim", "We meet the authority again on Friday morning"),
        ],
    }


def test_a_full_name_label_in_capitals_answers_for_the_side_of_the_introduction() -> None:
    assert _positions_of_text(
        _INTRO + "INTERVIEWER: What does the federation want?\n\n"
        "ILSE MARWICK: We want the cod quota kept at 42,000 tonnes.\n\n"
        "INTERVIEWER: Will you strike?\n\nILSE MARWICK: We will not strike before the ballot.\n") == {
        "Vestmark Fishers' Federation": [
            ("demand", "want the cod quota kept at 42,000 tonnes"),
            ("vow", "will not strike before the ballot"),
        ],
    }


def test_labelled_questions_of_a_briefing_transcript_stay_with_the_speaker_labels() -> None:
    # "Q:" turns ask and "Vandermaas:" answers: find_interview reports the turns, and
    # says the questions are labelled (positions.py then leaves a text the speaker-label
    # pass reads as a transcript to it); unlabelled questions are not
    from briefing.ingest import from_text

    doc = from_text("Spokesperson: Pieter Vandermaas\n\nVandermaas: A short update on the talks. We have offered 14 million.\n\n"
                    "Q: Will you move?\n\nVandermaas: We will not move on the total.\n\n"
                    "Q: When is the next round?\n\nVandermaas: In December, in the capital.\n\n"
                    "Q: Where?\n\nVandermaas: In the capital.\n", "brief")
    found = find_interview(doc)
    assert found is not None and found.asked_by_label
    assert [label for _, _, _, label in found.turns] == ["Vandermaas"] * 3
    assert not find_interview(read_path(ARTICLES / "interview2-caps-answers.html")).asked_by_label


def test_live_updates_with_a_rubric_label_are_no_interview() -> None:
    # "Update: ..." opens most paragraphs and questions stand between them, but the rubric
    # names nobody the story speaks of: no turns, no interview
    assert questions_of("interview2-not-live-updates.md") is None
    assert positions_of("interview2-not-live-updates.md") == {
        "Harbour Ferry Company": [("propose", "offered 4%"), ("vow", "would not go further")],
        "Deckhands' Union": [("demand", "wants a pay rise of 7%")],
    }


def test_they_in_an_answer_is_the_other_side_unless_our_people() -> None:
    # "They want a cut of 30%" after a question about the federation itself: the other
    # side (the authority the introduction names); "Our skippers voted ... They want a
    # deal" stays the federation's
    assert positions_of("interview2-they.txt") == {
        "Vestmark Fishers' Federation": [
            ("demand", "want the cod quota kept at 42,000 tonnes"),
            ("reject", "reject it"),
            ("support", "back the talks"),
            ("demand", "want a deal before the spring"),
            ("claim", "We meet the authority again on Friday morning in the capital"),
            ("claim", "Then we tie up the boats"),   # a short answer in the first person
        ],
        "Coastal Resources Authority": [("demand", "want a cut of 30%")],
    }


_QA = ("\n\nWhat is the federation asking for?\n\nWe want the cod quota kept at 42,000 tonnes.\n\n"
       "Will you strike?\n\nWe will not strike before the ballot.\n\n"
       "What happens next?\n\nWe meet the Coastal Resources Authority again on Friday morning.\n")
_FEDERATION = {"Vestmark Fishers' Federation": [
    ("demand", "want the cod quota kept at 42,000 tonnes"),
    ("vow", "will not strike before the ballot"),
    ("claim", "We meet the Coastal Resources Authority again on Friday morning"),
]}


def test_introductions_that_name_the_outlet_or_no_person() -> None:
    # the outlet before the interviewee's name is no interviewee ("In an interview with
    # the Harbour Ledger, X, ..."); "X ... told the Harbour Ledger"; "Speaking to ..., X";
    # a standfirst naming only the side ("The chief negotiator of the Y talks to ..."); the
    # role before the name ("The Y's chief negotiator, X, ...")
    for intro in ("In an interview with the Harbour Ledger, Ilse Marwick, the chief negotiator of the "
                  "Vestmark Fishers' Federation, looked back on four months of talks.",
                  "Ilse Marwick, the chief negotiator of the Vestmark Fishers' Federation, told the "
                  "Harbour Ledger about four months of talks.",
                  "Speaking to the Harbour Ledger in Kalvik, Ilse Marwick, the chief negotiator of the "
                  "Vestmark Fishers' Federation, looked back on four months of talks.",
                  "The chief negotiator of the Vestmark Fishers' Federation talks to the Harbour Ledger "
                  "about the quota talks.",
                  # the role before the name
                  "The Vestmark Fishers' Federation's chief negotiator, Ilse Marwick, answered our questions.",
                  "The chief negotiator for the Vestmark Fishers' Federation, Ilse Marwick, answered our "
                  "questions."):
        assert _positions_of_text(intro + _QA) == _FEDERATION, intro


def test_labelled_questions_with_unlabelled_answers() -> None:
    # "Interviewer: ...?" (any case, or the outlet's name) asks like "Q:", the unlabelled
    # answers are the interviewee's
    intro = ("Ilse Marwick, the chief negotiator of the Vestmark Fishers' Federation, talks to the "
             "Harbour Ledger.")
    for asker in ("Interviewer", "INTERVIEWER", "Harbour Ledger"):
        text = intro + _QA.replace("\n\nWhat", f"\n\n{asker}: What").replace("\n\nWill", f"\n\n{asker}: Will")
        assert _positions_of_text(text) == _FEDERATION, asker


def test_a_question_addressed_by_name_is_answered_by_that_interviewee() -> None:
    # two interviewees, unlabelled answers: "Ms Sandvik, can you ...?" / "Helga Sandvik,
    # are you ...?" are hers (Norbahn's); "Pia Lund, the operator's
    # chair, says ..." is an apposition about someone else (the first interviewee answers)
    assert positions_of("interview2-two-addressed.md") == {
        "Kessel Rail Workers' Union": [
            ("claim", "Because the offer is a pay cut once you count inflation"),
            ("demand", "want a rise of 8% this year"),
            ("accept", "accept 6% if the night crews get a shorter week"),
            ("vow", "will hold a ballot on the offer next week"),
        ],
        "Norbahn": [
            ("propose", "offered 4% now and another 2% next year"),
            ("vow", "will present a new timetable on Friday"),
            ("claim", "the strike is reckless"),
        ],
    }
