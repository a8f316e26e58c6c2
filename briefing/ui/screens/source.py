"""The source view: the article text with one item's sentence highlighted.

Opened with Enter on an item (``open_source``); Escape pops it and the main screen's focus
and cursor are exactly where they were (the main screen is never rebuilt). One screen is
made, installed and pointed at each item in turn, so opening and closing it cost one
repaint each. Text is cleaned and shown as ``Text`` slices, never as markup; offsets are
taken on the raw text, cleaned after.

The article is drawn by ``ArticleView``, a line-API widget: opening the view builds no
widget per paragraph and lays out no text it does not need. Paragraphs are cleaned and
wrapped when first needed (``ui.wrap``: one ``rfind`` per line), only the lines on screen
are drawn, and the view opens already scrolled to the sentence (no first frame at the
top of the article, no jump).
"""

from __future__ import annotations

from bisect import bisect_right
from math import ceil

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from briefing.crash import CrashGuard
from briefing.model import Article, Source
from briefing.sanitize import clean, clean_line
from briefing.ui.bindings import SOURCE, to_bindings
from briefing.ui.widgets.key_hints import KeyHints
from briefing.ui.wrap import line_starts, single_cell, text_slice

MAX_WIDTH = 100      # cells: longer lines are hard to read
MAX_STRIPS = 400     # drawn lines kept (a couple of screens)
SOURCE_SCREEN = "source"  # the name the kept source view is installed under


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the non-blank lines of ``text``."""
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
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


def _detab(text: Text) -> Text:
    """Tabs as spaces (one cell each: the wrapping counts them so), styles kept."""
    if "\t" not in text.plain:
        return text
    return Text(text.plain.replace("\t", " "), spans=list(text.spans))


class ArticleView(ScrollView, can_focus=True):
    """An article's paragraphs (a blank line after each), wrapped to at most
    ``MAX_WIDTH`` cells; the paragraphs the sentence touches are marked ``-hit``."""

    COMPONENT_CLASSES = {"article-view--hit"}

    def __init__(self, text: str, span: tuple[int, int], quote: tuple[int, int],
                 *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._paint_width = 0        # measured once per paint (render_lines)
        self._paint_base = Style()   # the view's style at the last paint
        self._reset(text, span, quote)

    def _reset(self, text: str, span: tuple[int, int], quote: tuple[int, int]) -> None:
        self.text = text
        self.span = span
        self.quote = quote
        self.blocks = paragraphs(text)
        lo, hi = span
        self.hits = {i for i, (start, end) in enumerate(self.blocks)
                     if start < hi and lo < end or start <= lo < end}
        self.target_block = min(self.hits) if self.hits else None
        self._texts: dict[int, Text] = {}
        self._wraps: dict[int, list[int]] = {}
        self._heights: list[int] = []
        self._exact: list[bool] = []
        self._tops: list[int] = [0]
        self._width = -1
        self._strips: dict[tuple[int, int, int], Strip] = {}
        self._opened = False

    def show(self, text: str, span: tuple[int, int], quote: tuple[int, int],
             *, open_now: bool = True) -> None:
        """Show another article (or sentence): the view is reused, not rebuilt.

        ``open_now``: lay out and scroll to the sentence now, at the current size (the
        screen keeps its size, so no layout will come to do it); else the next layout
        does it (the terminal was resized while the view was closed)."""
        if text is self.text and self._width > 0:
            self._move_highlight(span, quote)
        else:
            self._reset(text, span, quote)
        if open_now and self.scrollable_content_region.height > 0:
            self._open()
        self.refresh()

    def _move_highlight(self, span: tuple[int, int], quote: tuple[int, int]) -> None:
        """Another sentence of the same article: only the paragraphs highlighted before
        or now are drawn again; the wrapping and line counts (which depend on the plain
        text alone) and every other drawn line are kept."""
        old_hits = self.hits
        self.span, self.quote = span, quote
        lo, hi = span
        self.hits = {i for i, (start, end) in enumerate(self.blocks)
                     if start < hi and lo < end or start <= lo < end}
        self.target_block = min(self.hits) if self.hits else None
        stale = old_hits | self.hits
        for index in stale:
            # Cleaned piece by piece when highlighted, the plain text may differ (a
            # control sequence cut by the sentence's edge): wrapped afresh.
            self._texts.pop(index, None)
            self._wraps.pop(index, None)
        self._strips = {key: strip for key, strip in self._strips.items()
                        if key[0] not in stale}
        # The view opens exactly on the sentence: the line counts above it must be
        # measured, not estimated (see _layout).
        last = self.target_block if self.target_block is not None else -1
        changed = False
        for index in range(len(self.blocks)):
            if (index in stale or index <= last) and (self._exact[index] or index <= last):
                height = len(self._wrap(index))
                changed |= height != self._heights[index]
                self._heights[index], self._exact[index] = height, True
        if changed:
            self._sum_tops()
        self._opened = False

    # -- text -----------------------------------------------------------------------
    def block_text(self, index: int) -> Text:
        """Paragraph ``index``, cleaned (and highlighted when the sentence is in it)."""
        text = self._texts.get(index)
        if text is None:
            start, end = self.blocks[index]
            if index in self.hits:
                text = highlighted(self.text, start, end, self.span, self.quote,
                                   "reverse", "bold underline")
            else:
                text = Text(clean(self.text[start:end]))
            text = self._texts[index] = _detab(text)
        return text

    def _wrap(self, index: int) -> list[int]:
        starts = self._wraps.get(index)
        if starts is None:
            starts = self._wraps[index] = line_starts(self.block_text(index).plain,
                                                      self._width)
        return starts

    # -- layout ---------------------------------------------------------------------
    def _layout(self, width: int) -> None:
        """Line counts at ``width``: exact up to the sentence (where the view opens) and
        for every paragraph of one-cell characters (cheap); paragraphs below the
        sentence that need cell measuring (CJK, emoji) are estimated, then measured
        after the first frame."""
        width = max(1, min(width, MAX_WIDTH))
        if width == self._width:
            return
        self._width = width
        self._wraps.clear()
        self._strips.clear()
        heights, exact = [], []
        last_exact = self.target_block if self.target_block is not None else -1
        for index in range(len(self.blocks)):
            plain = self.block_text(index).plain
            if index <= last_exact or single_cell(plain):
                heights.append(len(self._wrap(index)))
                exact.append(True)
            else:
                heights.append(max(1, ceil(cell_len(plain) / width)))
                exact.append(False)
        self._heights, self._exact = heights, exact
        self._sum_tops()
        if not all(exact):
            self.call_after_refresh(self._measure_rest)

    def _sum_tops(self) -> None:
        tops = [0]
        for height in self._heights:
            tops.append(tops[-1] + height + 1)  # a blank line after each paragraph
        self._tops = tops
        size = Size(self._width, tops[-1] if self.blocks else 1)
        if size != self.virtual_size:
            # Without another layout (each one repaints the whole view): the scrollbar
            # is always there (overflow-y: scroll), so nothing else depends on the size.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)

    def _measure_rest(self) -> None:
        """Replace the estimated line counts (below the sentence: nothing above moves)."""
        changed = False
        for index, exact in enumerate(self._exact):
            if not exact:
                height = len(self._wrap(index))
                changed |= height != self._heights[index]
                self._heights[index], self._exact[index] = height, True
        if changed:
            self._sum_tops()
            self._strips.clear()
            self.refresh()

    @property
    def target_line(self) -> int | None:
        """The line (in the whole text) where the highlighted sentence starts."""
        if self.target_block is None or self._width < 0:
            return None
        index = self.target_block
        text = self.block_text(index)
        # The first highlighted character, in the cleaned paragraph's offsets.
        first = min((s.start for s in text.spans if "reverse" in str(s.style)), default=0)
        line = bisect_right(self._wrap(index), first) - 1
        return self._tops[index] + max(0, line)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # Lay out and scroll to the sentence inside the layout that sized the view, so
        # its first frame is the right one.
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        self._open()
        return changed

    def on_resize(self, event: events.Resize) -> None:
        self._open()

    def _open(self) -> None:
        """Lay out and scroll to the sentence, once, before the first line is drawn."""
        self._layout(self.scrollable_content_region.width)
        if not self._opened and self.scrollable_content_region.height > 0:
            self._opened = True
            self.center()

    def center(self) -> None:
        """Scroll so the sentence starts a third of the way down (or as near as fits)."""
        line = self.target_line
        if line is None:
            return
        y = max(0, min(self.max_scroll_y, line - self.scrollable_content_region.height // 3))
        if self.allow_vertical_scroll:
            self.scroll_to(y=y, animate=False, force=True, immediate=True)
        else:
            # Opening: the scrollbars are only made at the next layout, and scroll_to
            # would refuse; set the offset itself so the first frame is on the sentence.
            self.set_scroll(None, y)
            self.set_reactive(ScrollView.scroll_target_y, float(y))

    # -- drawing --------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # The first paint may come before the first Resize event.
        self._open()
        # The width and the style once per paint, not once per line (walking the
        # ancestors for the style was a third of the cost of drawing the view). The
        # drawn lines carry the style: a new one (theme, focus) draws them afresh.
        self._paint_width = self.scrollable_content_region.width
        base = self.rich_style
        if base != self._paint_base:
            self._paint_base = base
            self._strips.clear()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._paint_width
        self._layout(width)
        base = self._paint_base
        index = self.scroll_offset.y + y
        if not self.blocks:
            if index == 0:
                text = Text("This article has no text.", style="italic")
                return Strip(list(text.render(self.app.console))).extend_cell_length(
                    width, base).apply_style(base)
            return Strip.blank(width, base)
        block = bisect_right(self._tops, index) - 1
        if block >= len(self.blocks):
            return Strip.blank(width, base)
        line = index - self._tops[block]
        key = (block, line, width)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) >= MAX_STRIPS:
                del self._strips[next(iter(self._strips))]
            strip = self._strips[key] = self._draw(block, line, width).apply_style(base)
        return strip

    def _draw(self, block: int, line: int, width: int) -> Strip:
        starts = self._wrap(block)
        if line >= len(starts):  # the blank line after the paragraph (or an estimate)
            return Strip.blank(width)
        text = self.block_text(block)
        end = starts[line + 1] if line + 1 < len(starts) else len(text.plain)
        piece = text_slice(text, starts[line], end)
        piece.rstrip()
        if block in self.hits:  # under the highlight's own styles
            piece.stylize_before(self.get_component_rich_style("article-view--hit",
                                                                partial=True))
        segments = list(piece.render(self.app.console))
        strip = Strip(segments).crop(0, width)
        return Strip([*strip, Segment(" " * max(0, width - strip.cell_length), Style())])


class SourceScreen(CrashGuard, Screen[None]):
    """One article, scrolled to the sentence an item came from."""

    BINDINGS = to_bindings(SOURCE)

    def __init__(self, article: Article, source: Source) -> None:
        super().__init__(id="source-screen")
        self._styled_theme: str | None = None  # the theme of the last restyle
        self._point(article, source)

    def _point(self, article: Article, source: Source) -> None:
        self.article = article
        self.source = source
        start, end = source.start, source.end
        sentence = article.sentences[source.sentence] if (
            0 <= source.sentence < len(article.sentences)) else (start, end)
        self.span = sentence
        self.quote = (start, end)

    def show(self, article: Article, source: Source) -> None:
        """Point the (kept) view at another item before it is pushed again."""
        self._point(article, source)
        if self.is_mounted:
            self.query_one("#source-title", Static).update(self._title(), layout=False)
            # Resized while closed: the resume's layout opens it at the new size.
            self.body.show(article.text, self.span, self.quote,
                           open_now=self.outer_size == self.app.size)

    @property
    def body(self) -> ArticleView:
        return self.query_one("#source-body", ArticleView)

    @property
    def target_text(self) -> Text | None:
        """The (first) paragraph holding the sentence, as shown."""
        body = self.body
        return body.block_text(body.target_block) if body.target_block is not None else None

    def _title(self) -> Text:
        title = Text(" source · ", style="bold")
        title.append(clean_line(self.article.title or self.article.id))
        title.append(f" · sentence {self.source.sentence + 1}", style="dim")
        title.no_wrap = True
        title.overflow = "ellipsis"
        return title

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="source-title", markup=False)
        yield ArticleView(self.article.text, self.span, self.quote, id="source-body")
        config = getattr(self.app, "config", None)
        yield KeyHints(getattr(config, "keymap", None), mode="source")

    def on_mount(self) -> None:
        self.body.focus()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler. Pushed again (the view is kept), its styles
        # are those it had, unless the theme changed meanwhile: restyling every node
        # anyway repainted the scrollbar in a second frame after the first.
        theme = self.app.theme
        if self._styled_theme == theme:
            event.refresh_styles = False
        self._styled_theme = theme

    def action_center(self) -> None:
        self.body.center()

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_scroll_down(self) -> None:
        self.body.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.body.scroll_up(animate=False)


def open_source(app: App[object], article: Article, source: Source) -> None:
    """Push the source view on ``source``'s sentence.

    One ``SourceScreen`` is made, installed and reused: pushing a new screen cost a
    compose, a mount, CSS for every widget, three layouts and five frames, and popping
    it a removal and two more full repaints of the main screen (~60 ms with a thousand
    items); a kept screen costs one repaint to open and one to close."""
    if app.is_screen_installed(SOURCE_SCREEN):
        screen = app.get_screen(SOURCE_SCREEN)
        assert isinstance(screen, SourceScreen)
        if screen in app.screen_stack:  # cannot be pushed twice: a fresh one
            app.push_screen(SourceScreen(article, source))
            return
        screen.show(article, source)
    else:
        screen = SourceScreen(article, source)
        app.install_screen(screen, SOURCE_SCREEN)
    app.push_screen(screen)
