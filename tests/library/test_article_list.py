"""The articles side list widget (pilot): order, rows, the Chosen message."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefing.model import Article
from briefing.resources import stylesheet
from briefing.ui.widgets.article_list import ArticleList, article_row

ARTICLES = [
    Article(id="late", title="Deal \x1b[31maccepted", source="Wire", date="2025-07-02"),
    Article(id="early", title="Plan [bold]rejected[/]", source="Daily", date="2025-05-30"),
    Article(id="undated", title="", source=""),
]


class Harness(App[None]):
    CSS_PATH = stylesheet("article_list.tcss")

    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield ArticleList(ARTICLES, id="articles")

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        self.chosen.append(message.article_id)


def test_rows_are_clean_plain_text() -> None:
    row = article_row(ARTICLES[0])
    assert row.plain == "Deal accepted\nWire · 2025-07-02"
    assert article_row(ARTICLES[1]).plain.startswith("Plan [bold]rejected[/]")
    assert article_row(ARTICLES[2]).plain == "undated"


async def test_order_and_choice_messages() -> None:
    app = Harness()
    async with app.run_test() as pilot:
        articles = app.query_one(ArticleList)
        assert [a.id for a in articles.articles] == ["early", "late", "undated"]
        assert articles.option_count == 4
        assert str(articles.get_option_at_index(0).prompt) == "All articles (3)"
        articles.focus()
        await pilot.press("down")
        await pilot.press("down")
        await pilot.press("up")
        await pilot.press("up")
        await pilot.pause()
        assert app.chosen == ["early", "late", "early", None]  # All at start: no message
        assert articles.chosen is None


async def test_new_articles_keep_the_choice() -> None:
    app = Harness()
    async with app.run_test() as pilot:
        articles = app.query_one(ArticleList)
        articles.choose("late")
        await pilot.pause()
        articles.set_articles([*ARTICLES, Article(id="first", title="First", date="2025-01-01")])
        await pilot.pause()
        assert articles.chosen == "late"
        assert articles.highlighted == 3
        assert app.chosen[-1] == "late"
        articles.set_articles(ARTICLES[1:])  # "late" is gone: back to All
        await pilot.pause()
        assert (articles.chosen, app.chosen[-1]) == (None, None)
