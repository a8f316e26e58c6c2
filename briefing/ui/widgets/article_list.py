"""The articles side list: "All articles" on top, then each article by date.

Each row shows the article's title and, dimmed below it, its source and date. Moving
the highlight chooses: the list posts ``ArticleList.Chosen`` (``article_id`` None
for All) whenever the choice changes, and the screen swaps the briefing it shows.

Rows are built from ``rich.text.Text`` (never markup) after ``sanitize.clean_line``:
titles and outlet names come from hostile files. ``set_articles`` may be called
again as articles stream in; the current choice is kept when it still exists.
Styles live in ``styles/article_list.tcss``.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.library.merge import sort_articles
from briefing.model import Article
from briefing.sanitize import clean_line
from briefing.ui.bindings import LISTS, to_bindings

ALL_ID = "article-list-all"
"""The option id of the "All articles" entry (article ids never start with it: they
are file stems; a file named so would merely share it, never be confused: see
``_option_id``)."""


def _option_id(article_id: str) -> str:
    # Prefixed so no file name can collide with the "All articles" entry.
    return f"article:{article_id}"


def article_row(article: Article) -> Text:
    """Title, then "source · date" dimmed, as plain Text."""
    title = clean_line(article.title) or clean_line(article.id) or "Untitled"
    meta = " · ".join(part for part in (clean_line(article.source), clean_line(article.date[:10]))
                      if part)
    row = Text(title, style="bold", overflow="ellipsis")
    if meta:
        row.append("\n")
        row.append(meta, style="dim")
    return row


class ArticleList(OptionList):
    """Choose one article, or All (the merged briefing)."""

    # j/k as well as the arrows; escape (and enter, below) hand the keys back to the panes.
    BINDINGS = to_bindings(LISTS)

    class Closed(Message):
        """The user is done choosing (enter or escape): the panes get the keys back."""

    class Chosen(Message):
        """The chosen article changed: its id, or None for all articles."""

        def __init__(self, article_list: ArticleList, article_id: str | None) -> None:
            super().__init__()
            self.article_list = article_list
            self.article_id = article_id

        @property
        def control(self) -> ArticleList:
            return self.article_list

    def __init__(self, articles: Sequence[Article] = (), *, name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._ids: list[str | None] = []
        self._chosen: str | None = None
        self._posted: str | None = None
        self._articles: list[Article] = []
        if articles:
            self.set_articles(articles)

    @property
    def chosen(self) -> str | None:
        """The chosen article's id, or None for All."""
        return self._chosen

    @property
    def articles(self) -> list[Article]:
        """The listed articles, in display (date) order."""
        return list(self._articles)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # Every layout of the screen (a Tab that pages the party panes) hands an option
        # list the compositor's virtual size, never the one it keeps itself, so Textual
        # refreshed this list's scrollbar each time: one more frame, ~20 ms after the
        # panes were painted. Same size and container: nothing about the list changed.
        given = (size, container_size)
        if given == getattr(self, "_given_size", None):
            return False
        self._given_size = given
        return super()._size_updated(size, virtual_size, container_size, layout)

    def set_articles(self, articles: Sequence[Article]) -> None:
        """Show ``articles`` (any order), keeping the current choice if it is still there."""
        self._articles = sort_articles(articles)
        keep = self._chosen if any(a.id == self._chosen for a in self._articles) else None
        count = len(self._articles)
        everything = Text(f"All articles ({count})", style="bold")
        options = [Option(everything, id=ALL_ID)]
        options += [Option(article_row(a), id=_option_id(a.id)) for a in self._articles]
        self._ids = [None] + [a.id for a in self._articles]
        self.clear_options()
        self.add_options(options)
        self._chosen = keep
        self.highlighted = self._ids.index(keep)
        if keep != self._posted:
            self._post(keep)

    def choose(self, article_id: str | None) -> None:
        """Move the highlight to ``article_id`` (None: All); unknown ids choose All."""
        index = self._ids.index(article_id) if article_id in self._ids else 0
        self.highlighted = index

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = event.option_index
        chosen = self._ids[index] if 0 <= index < len(self._ids) else None
        self._chosen = chosen
        if chosen != self._posted:
            self._post(chosen)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter chooses nothing new (highlighting already did): it closes the list.
        event.stop()
        self.post_message(self.Closed())

    def action_close(self) -> None:
        self.post_message(self.Closed())

    # OptionList pages with its line map, which is empty until the list has been laid
    # out once (a key right after the list is shown raised KeyError): wait for it.
    def action_page_down(self) -> None:
        try:
            super().action_page_down()
        except KeyError:
            self.call_after_refresh(self._page_later, 1)

    def action_page_up(self) -> None:
        try:
            super().action_page_up()
        except KeyError:
            self.call_after_refresh(self._page_later, -1)

    def _page_later(self, direction: int) -> None:
        try:
            super().action_page_down() if direction > 0 else super().action_page_up()
        except KeyError:
            pass  # still not laid out (a zero-size terminal): nothing to page

    def _post(self, article_id: str | None) -> None:
        self._posted = article_id
        self.post_message(self.Chosen(self, article_id))
