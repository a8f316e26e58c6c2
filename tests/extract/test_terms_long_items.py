"""Terms spelled out at length: a numbered list announced as conditions keeps every
item, even when each item is a long sentence (a Markdown list loses its numbers on the
way in, so the items are bare paragraphs); how a provision is carried out ("will take
place in three rounds", "will be handed over") goes on from the term before it, while
the next round of talks does not. Invented articles: tests/extract/articles/terms3-*."""

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


def test_how_a_provision_is_carried_out_is_a_term_but_the_next_round_of_talks_is_not() -> None:
    terms = find_terms(read_path(ARTICLES / "terms3-swap-modalities.txt"))
    assert [(t.text, t.rule) for t in terms] == [
        ("exchange detainees", "term.agreed"),
        # the relative-clause aside after "Under the agreement," is skipped
        ("the government will free 80 detainees held in the port prison", "term.under"),
        ("The exchanges will take place in three rounds over two weeks at the old customs post", "term.cont"),
        ("The bodies of 11 fishermen will also be handed over", "term.cont"),
    ]


def test_what_an_offer_is_lists_its_terms() -> None:
    terms = find_terms(read_path(ARTICLES / "terms3-offer-is.txt"))
    assert [(t.text, t.rule) for t in terms] == [
        ("a rise of 6% over two years", "term.offer"),
        ("a one-off payment of 800 euros", "term.offer"),
        ("two extra days of leave", "term.offer"),
    ]   # ("the offer is an insult": no amount, no term)


def test_a_sentence_announcing_the_content_keeps_the_context_and_a_predicate_keeps_its_subject() -> None:
    terms = find_terms(read_path(ARTICLES / "terms3-announced-content.txt"))
    assert [(t.text, t.rule) for t in terms] == [
        ("Night crossings will run again within ten days", "term.cont"),
        ("The two older ferries will be withdrawn", "term.cont"),
        # (not cut at the commas of "all forty of them": the subject stays with its verb)
        ("the crews laid off in the spring, all forty of them, will be offered their posts back", "term.cont"),
    ]
