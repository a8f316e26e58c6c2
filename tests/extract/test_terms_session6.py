"""Terms in the constructions of session 6, on short invented articles in
tests/extract/articles (terms6-*) and invented sentences: the verbless answer to a
question about the offer (after a speaker's label, an interjection and "It's")."""

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
