"""Quotes start at the words of a list item, not at its marker."""

from __future__ import annotations

from briefing.extract.engine import extract
from briefing.extract.quotes import trim_list_markers
from briefing.ingest import from_text
from briefing.model import Briefing, Figure, Source, Term

ARTICLE = """Dock talks: what the operators put on the table

The operators' final offer contains the following points:

- Basic pay rises by 6% this year.
- A one-off payment of 1,200 crowns for every permanent docker.
"""


def test_no_quote_starts_with_a_list_marker() -> None:
    doc = from_text(ARTICLE, "dock")
    briefing = extract(doc)
    quotes = [f.source for f in briefing.figures] + [t.source for t in briefing.terms]
    assert quotes, "the list items give figures and terms"
    for source in quotes:
        assert not source.quote.startswith(("-", " ")), source.quote
        assert doc.text[source.start:source.end] == source.quote


def test_trim_moves_the_start_and_trims_a_shared_source_once() -> None:
    text = "(b) A. Smith will chair the committee."
    shared = Source("x", 0, 0, len(text), text)
    briefing = Briefing(terms=[Term("chair", "governance", shared)],
                        figures=[Figure(1, "one", "chair", shared)])
    trim_list_markers(briefing)
    assert shared.quote == "A. Smith will chair the committee."
    assert text[shared.start:shared.end] == shared.quote


def test_a_quote_that_is_only_a_marker_is_left_alone() -> None:
    source = Source("x", 0, 0, 2, "- ")
    trim_list_markers(Briefing(terms=[Term("-", "other", source)]))
    assert source.quote == "- "
