"""Every source of an item several articles reported (Enter on a "3 articles" item).

One entry per source, earliest article first: the article's title, source and date,
then the sentence the item came from. Enter opens that sentence in the source view;
Escape goes back to the panes, where the cursor is exactly where it was. Titles and
sentences are cleaned ``Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.crash import CrashGuard
from briefing.model import Briefing, Source
from briefing.sanitize import clean_line
from briefing.ui.bindings import LISTS, to_bindings
from briefing.ui.merged_rows import article_count

SENTENCE_LIMIT = 400  # characters of a sentence shown in the list (the source view has all)


def source_entry(briefing: Briefing, source: Source, number: int) -> Text:
    """``1. Title · Outlet · 2025-06-04`` then the sentence, as plain Text."""
    article = briefing.article(source.article)
    title = (clean_line(article.title) or clean_line(article.id)) if article else (
        clean_line(source.article))
    meta = [clean_line(article.source), clean_line(article.date[:10])] if article else []
    entry = Text(f"{number}. ", style="bold")
    entry.append(title or "Untitled", style="bold")
    for part in meta:
        if part:
            entry.append(" · " + part, style="dim")
    sentence = article.sentence_text(source.sentence) if article else ""
    sentence = clean_line(sentence or source.quote)
    if len(sentence) > SENTENCE_LIMIT:
        sentence = sentence[:SENTENCE_LIMIT - 1] + "…"
    entry.append("\n")
    entry.append(f"❝ {sentence} ❞")
    return entry


class SourcesScreen(CrashGuard, ModalScreen[None]):
    """The sources of one item; Enter opens one in the source view."""

    BINDINGS = to_bindings(LISTS)

    def __init__(self, briefing: Briefing, sources: list[Source], title: str) -> None:
        super().__init__(id="sources-screen")
        self.briefing = briefing
        self.sources = sources
        self.item_title = title

    def compose(self) -> ComposeResult:
        count = article_count(self.sources)
        heading = Text(f"Reported by {count} article" + ("" if count == 1 else "s") + ": ",
                       style="bold")
        heading.append(clean_line(self.item_title))
        with Vertical(id="sources-box"):
            yield Static(heading, id="sources-title", markup=False)
            yield OptionList(*(Option(source_entry(self.briefing, s, n))
                               for n, s in enumerate(self.sources, 1)), id="sources-list")
            yield Static(Text("enter: open the sentence in its article · escape: back",
                              style="dim"), id="sources-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from briefing.ui.screens.source import open_source

        event.stop()
        source = self.sources[event.option_index]
        article = self.briefing.article(source.article)
        if article is None:
            self.notify(f"The article of this source ({clean_line(source.article)}) is not "
                        "loaded.", severity="warning", markup=False)
            return
        open_source(self.app, article, source)
