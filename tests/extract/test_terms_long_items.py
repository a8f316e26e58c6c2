"""Terms: a numbered list announced as conditions keeps every item, even when each item
is a long sentence (a Markdown list loses its numbers on the way in, so the items are
bare paragraphs). Invented article: tests/extract/articles/terms3-long-conditions.md."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.terms import find_terms
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_long_numbered_conditions_are_all_terms() -> None:
    terms = find_terms(read_path(ARTICLES / "terms3-long-conditions.md"))
    assert [(t.text.split()[:4], t.rule) for t in terms] == [
        (["Orrin", "Air", "must", "give"], "term.list"),
        (["Fares", "on", "the", "six"], "term.list"),
        (["Skylark's", "maintenance", "base", "at"], "term.list"),
        (["An", "independent", "monitor,", "paid"], "term.list"),
    ]
    # the sentence after the list is no item of it
    assert not any("welcomed" in t.text for t in terms)
