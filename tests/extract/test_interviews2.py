"""Q&A interviews in the layouts publications use (briefing/extract/interviews.py and the
interview hooks of positions.py): turns labelled with the interviewee's surname in
capitals, name-prefixed turns in mixed case with several interviewees, questions as
headings, italic or bold questions that do not end with "?", and introductions that
place the interviewee ("X is the chief negotiator for the Y"). The interviewer and
the publication hold nothing; "we" is the interviewee's side and "they" in an answer
is the side the question named. Invented articles: tests/extract/articles/interview2-*."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.interviews import find_interview, role_span
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def questions_of(name: str) -> list[str] | None:
    doc = read_path(ARTICLES / name)
    found = find_interview(doc)
    return None if found is None else [doc.text[a:b] for a, b in found.questions]


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
