"""The source view: the article text with one item's sentence highlighted.

Opened with Enter on an item; Escape pops it and the main screen's focus and cursor are
exactly where they were (the main screen is never rebuilt). Text is cleaned and shown as
``Text`` slices, never as markup; offsets are taken on the raw text, cleaned after.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.model import Article, Source
from briefing.sanitize import clean, clean_line
from briefing.ui.bindings import SOURCE, to_bindings

MAX_BLOCKS = 400  # paragraphs beyond this are grouped, so a huge article stays quick


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the non-blank lines of ``text``, grouped if too many."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    if len(spans) > MAX_BLOCKS:
        size = -(-len(spans) // MAX_BLOCKS)
        spans = [(spans[i][0], spans[min(i + size, len(spans)) - 1][1])
                 for i in range(0, len(spans), size)]
    return spans


def highlighted(text: str, start: int, end: int, span: tuple[int, int],
                quote: tuple[int, int], sentence_style: str, quote_style: str) -> Text:
    """``text[start:end]`` cleaned, with the parts inside ``span`` and ``quote`` styled."""
    cuts = sorted({start, end, *(max(start, min(end, x)) for x in (*span, *quote))})
    out = Text()
    for a, b in zip(cuts, cuts[1:], strict=False):
        style = ""
        if span[0] <= a and b <= span[1]:
            style = sentence_style
        if quote[0] <= a and b <= quote[1] and quote[0] < quote[1]:
            style = f"{style} {quote_style}".strip()
        out.append(clean(text[a:b]), style=style)
    return out


class SourceScreen(Screen[None]):
    """One article, scrolled to the sentence an item came from."""

    BINDINGS = to_bindings(SOURCE)

    def __init__(self, article: Article, source: Source) -> None:
        super().__init__(id="source-screen")
        self.article = article
        self.source = source
        start, end = source.start, source.end
        sentence = article.sentences[source.sentence] if (
            0 <= source.sentence < len(article.sentences)) else (start, end)
        self.span = sentence
        self.quote = (start, end)
        self.target: Static | None = None
        self.target_text: Text | None = None

    def compose(self) -> ComposeResult:
        title = Text(" source · ", style="bold")
        title.append(clean_line(self.article.title or self.article.id))
        title.append(f" · sentence {self.source.sentence + 1}", style="dim")
        title.no_wrap = True
        title.overflow = "ellipsis"
        yield Static(title, id="source-title", markup=False)
        with VerticalScroll(id="source-body"):
            text = self.article.text
            lo, hi = self.span
            for start, end in paragraphs(text):
                hit = start < hi and lo < end or (start <= lo < end)
                block = highlighted(text, start, end, self.span, self.quote,
                                    "reverse", "bold underline") if hit else Text(
                    clean(text[start:end]))
                widget = Static(block, classes="paragraph" + (" -hit" if hit else ""),
                                markup=False)
                if hit and self.target is None:
                    self.target, self.target_text = widget, block
                yield widget
            if not text.strip():
                yield Static("This article has no text.", classes="paragraph", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-body").focus()
        self.call_after_refresh(self.action_center)

    def action_center(self) -> None:
        if self.target is not None:
            self.query_one("#source-body", VerticalScroll).scroll_to_widget(
                self.target, animate=False, center=True)

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_scroll_down(self) -> None:
        self.query_one("#source-body", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#source-body", VerticalScroll).scroll_up(animate=False)
