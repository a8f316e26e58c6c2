"""view.only_article / apply_view with a chosen article, on a small merged model."""

from __future__ import annotations

from briefing.library import merge
from briefing.model import Party
from briefing.view import FIGURES_PANE, ViewSpec, apply_view, only_article

from tests.library.models import fig, one, pos, term


def merged():
    return merge([
        one("a1", "2025-01-01", parties=[Party("North", positions=[pos("a1", "reject", "the plan")])],
            terms=[term("a1", "a pause in fighting", sentence=1)],
            figures=[fig("a1", 58, "hostages held", sentence=2)]),
        one("a2", "2025-02-01", parties=[Party("North", positions=[pos("a2", "accept", "the new plan", 3)]),
                                         Party("South", positions=[pos("a2", "demand", "a withdrawal", 4)])],
            terms=[term("a2", "a pause in fighting", sentence=5)],
            figures=[fig("a2", 50, "hostages held", sentence=6)]),
    ])


def test_one_article_keeps_its_items_with_its_own_sources_only() -> None:
    briefing = merged()
    assert len(briefing.terms[0].sources) == 2
    shown = only_article(briefing, "a2")
    assert [p.name for p in shown.parties] == ["North", "South"]
    assert [p.text for p in shown.parties[0].positions] == ["the new plan"]
    [pause] = shown.terms
    assert pause.source.article == "a2" and [s.article for s in pause.sources] == ["a2"]
    assert pause.source is pause.sources[0]
    assert [f.value for f in shown.figures] == [50]
    assert shown.changes == [] and briefing.changes  # a change is between articles
    assert [a.id for a in shown.articles] == ["a1", "a2"]  # sources still resolve
    # The merged briefing itself is untouched.
    assert [s.article for s in briefing.terms[0].sources] == ["a1", "a2"]


def test_an_unknown_article_shows_nothing() -> None:
    assert only_article(merged(), "nope").is_empty()


def test_apply_view_narrows_to_the_article_then_filters_then_the_pane() -> None:
    briefing = merged()
    assert apply_view(briefing, ViewSpec()) is briefing
    shown = apply_view(briefing, ViewSpec(article="a1", query="hostages", pane=FIGURES_PANE))
    assert shown.parties == [] and shown.terms == []
    assert [f.value for f in shown.figures] == [58]
    assert apply_view(briefing, ViewSpec(article="a1", query="withdrawal")).is_empty()


def test_article_parts_equal_only_article_for_every_article() -> None:
    """The reader's indexed ``only_article`` (ArticleParts) gives the same briefing,
    on a merge where items are shared by one, two or all articles."""
    from briefing.ui.merged_rows import ArticleParts

    three = merge([
        one("a1", "2025-01-01", parties=[Party("North", positions=[pos("a1", "reject", "the plan")])],
            terms=[term("a1", "a pause in fighting", sentence=1)],
            figures=[fig("a1", 58, "hostages held", sentence=2)]),
        one("a2", "2025-02-01", parties=[Party("North", positions=[pos("a2", "reject", "the plan", 3)]),
                                         Party("South", positions=[pos("a2", "demand", "a withdrawal", 4)])],
            terms=[term("a2", "a pause in fighting", sentence=5)],
            figures=[fig("a2", 50, "hostages held", sentence=6)]),
        one("a3", "2025-03-01", parties=[Party("South", positions=[pos("a3", "demand", "a withdrawal", 7)])],
            terms=[term("a3", "a pause in fighting", sentence=8), term("a3", "aid every day", sentence=9)]),
    ])
    assert len(three.terms[0].sources) == 3 and len(three.parties[0].positions[0].sources) == 2
    parts = ArticleParts(three)
    for article in ["a1", "a2", "a3", "unknown"]:
        assert parts.only(article) == only_article(three, article), article
        assert parts.only(article).to_dict() == only_article(three, article).to_dict()
    # Items only one article reported are the very same objects, as only_article gives.
    assert parts.only("a3").terms[1] is three.terms[1]
