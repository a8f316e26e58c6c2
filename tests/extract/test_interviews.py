"""Q&A interviews without named speaker labels (briefing/extract/interviews.py): the
questions (bold in Markdown, <strong> in HTML, "Q:" in plain text) hold no position of
the interviewee's, the unlabeled first-person answers (or "A:" turns) are the
interviewee's side's, found from the introduction ("X, the union's general secretary,
talks to ...", "We sat down with ... X", "X ... answered our questions", "We spoke to
..., X"). A news story with a rhetorical question, an opinion column asking itself
questions and a transcript with named labels are no interviews. Invented articles:
tests/extract/articles/interview-*."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.extract.interviews import find_interview
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def questions_of(name: str) -> list[str] | None:
    doc = read_path(ARTICLES / name)
    found = find_interview(doc)
    return None if found is None else [doc.text[a:b] for a, b in found.questions]


def test_markdown_bold_questions() -> None:
    assert questions_of("interview-markdown-bold.md") == [
        "Ms Kettering, the company says a deal is a week away. Is it?",
        "What does the union want?",
        "Would the union accept a longer contract?",
        "And if the members vote against?",
        "This interview has been edited for length and clarity.",   # (the editor's, no answer)
    ]
    assert positions_of("interview-markdown-bold.md") == {
        "Calloway Dockers' Union": [
            ("claim", "We are nearer than we were in April, but a week is optimistic"),
            ("claim", "We have settled the overtime rates"),
            ("claim", "The shift pattern is still open"),
            ("demand", "want a minimum crew of eight on every crane"),
            ("demand", "want a pay rise of 6%"),
            ("demand", "want a ban on agency staff at the container berths"),
            ("claim", "They have said that since the first day"),
            ("reject", "reject any plan that replaces the night shift with remote cranes"),
            ("accept", "accept a contract of four years, if the crew guarantee is written into it"),
            ("claim", "Then we go back to the table"),
            ("vow", "will not strike before the ballot"),
        ],
        # a bold statement that asks nothing still reports the other side's words
        "Brindle Harbour Services": [("claim", "automation of the night shift is not negotiable")],
    }


def test_html_strong_questions() -> None:
    assert questions_of("interview-html-strong.html") == [
        "Ms Holm, what is still open?",
        "Does the cooperative want a new pipeline?",
        "You have called the board's offer an insult.",   # put as a statement, to "you"
        "Would you accept a cut in a drought year?",
        "What happens next?",
    ]
    assert positions_of("interview-html-strong.html") == {
        "Ferncliff Farmers' Cooperative": [
            ("claim", "We need at least 40% of the reservoir between June and August, because that is when "
                      "the orchards need it"),
            ("demand", "demand a second pipeline to the eastern farms"),
            ("demand", "demand a metering system that every member can check"),
            ("claim", "It was an insult, and the board knows it"),
            ("accept", "accept a shared cut, as long as the board takes the same share from the towns"),
            ("claim", "We meet the board again on Thursday"),
            ("claim", "I expect a draft by the end of the month"),
        ],
    }


def test_plain_text_q_and_a_labels() -> None:
    assert positions_of("interview-plain-qa.txt") == {
        "Selwick Nurses' Association": [
            ("demand", "asking for 7% over two years"),
            ("demand", "want a limit of six patients for every nurse on a ward"),
            ("oppose", "oppose the plan to close the night clinic in Harlow"),
            ("vow", "will ballot our members in May if the trust does not move"),
        ],
        # reported in a question: the trust's, not the interviewee's
        "Selwick Health Trust": [("propose", "offered 3%")],
    }


def test_plain_text_q_labels_unlabelled_answers() -> None:
    assert positions_of("interview-plain-unlabelled.txt") == {
        "Tarrant Growers' Guild": [
            ("accept", "agreed the price for the first year"),
            ("reject", "not agreed the quota"),
            ("demand", "want a fixed quota of 90,000 tonnes"),
            ("demand", "want a review every two years"),
            ("accept", "accept annual reviews if the quota is fixed"),
        ],
    }


def test_interviewee_folded_into_the_side_of_their_introduction() -> None:
    # "X, the Y Union's chief negotiator, talks to ...": the parties pass left X alone;
    # the introduction gives the side, and X folds into it
    assert positions_of("interview-roster-side.txt") == {
        "Eastreach Farmers' Union": [
            ("demand", "want the drought fund doubled"),
            ("claim", "A subsidy of 200 euros a hectare"),
            ("reject", "reject the ministry's offer of 150 euros"),
            ("claim", "Only on paperwork, not on money"),
        ],
    }


def test_interviewee_named_in_the_headline_holds_their_answers() -> None:
    # "Jane Roe: 'quote'" as the headline, folded into no side: the person is the party
    assert positions_of("interview-headline-name.md") == {
        "Oskar Lindgrave": [
            ("accept", "agreed on the night rate"),
            ("demand", "want the lorry toll frozen for two years"),
            ("accept", "accept a small rise for vans"),
        ],
    }


def test_analyst_interview_questions_ask_and_answers_hold_nothing_of_theirs() -> None:
    # a researcher speaks for no side: their "I"/"we" is nobody's position, the
    # sides they describe by name keep theirs, and "What does the Front want?" gives none
    assert questions_of("interview-analyst.md") == [
        "Is a deal close?", "What does the Front want?", "Who will guarantee a deal?"]
    assert positions_of("interview-analyst.md") == {
        "Ostmark Front": [("demand", "wants a full withdrawal from the valley")],
    }


def test_news_with_rhetorical_questions_is_no_interview() -> None:
    assert questions_of("interview-not-news-rhetorical.txt") is None
    assert positions_of("interview-not-news-rhetorical.txt") == {
        "Orrin Island Council": [
            ("demand", "wants a daily crossing in January and February"),
            ("demand", "want a boat every day, whatever the weather"),
        ],
        "Haldane Ferry Company": [
            ("claim", "cannot run a daily winter service without a subsidy"),
            ("reject", "reject any timetable that runs at a loss"),
        ],
    }


def test_column_asking_itself_is_no_interview() -> None:
    # questions answered in the first person, but nobody is introduced as interviewed
    assert questions_of("interview-not-column.md") is None
    assert positions_of("interview-not-column.md") == {}


def test_explainer_in_the_newsrooms_voice_is_no_interview() -> None:
    # question headings answered in the newsroom's "we"; the one named at the top
    # "spoke to reporters": a news conference, nobody interviewed
    assert questions_of("interview-not-explainer.md") is None


def test_live_blog_asking_is_no_interview() -> None:
    # timed entries asking a question and answered by "we" (the newsroom), even with
    # "we spoke to ..., X" at the top
    assert questions_of("interview-not-live-blog.txt") is None


@pytest.mark.parametrize("name", ["positions3-interview-roster.md", "pos-roster-labels.txt",
                                  "positions-question-report.txt"])
def test_labelled_transcripts_are_left_to_the_speaker_labels(name: str) -> None:
    assert questions_of(name) is None


def test_one_note_label_and_an_accented_name() -> None:
    # a single capitalised label is a note, not a transcript's turns; "José Ñúñez" is one name
    from briefing.ingest import from_text

    doc = from_text("EDITOR'S NOTE: This story has been updated.\n\n"
                    "We spoke to the guild's president, José Ñúñez, about the wage talks.\n\n"
                    "Is a deal close?\n\nWe are not there yet.\n\n"
                    "What does the guild want?\n\nWe want a rise of 5%.\n\n"
                    "Will you strike?\n\nOnly if we must.\n", "note")
    found = find_interview(doc)
    assert found is not None
    assert [doc.text[a:b] for a, b in found.names] == ["José Ñúñez"]
    assert [doc.text[a:b] for a, b in found.questions] == [
        "Is a deal close?", "What does the guild want?", "Will you strike?"]
