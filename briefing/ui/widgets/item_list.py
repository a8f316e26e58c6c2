"""A pane of items: a fast, keyboard-driven list drawn with Textual's line API.

Why not ListView/OptionList/Markdown: a pane may hold a thousand items, and a key press
must repaint in well under 50 ms. What makes this one fast:

- Wrapping: each row's line breaks are cached by (text, room) (``ui.wrap``), so a
  width change rewraps once and a filter that rebuilds the rows rewraps nothing. The
  lines of the pane are a prefix sum over rows (row -> first line), built in one pass.
- Drawing: only visible lines are drawn, each cached as a ``Strip`` under a key that
  holds everything the line depends on (the row's text and styles, the line, the width,
  cursor or not, the highlighted query). Nothing is ever "invalidated": a cursor move,
  a search key or a filter redraws the rows whose key changed, and Textual is told to
  repaint only those lines. A theme change (new component styles) empties the cache.
- Scrollbar: the pane draws its own in its last column (``overflow-y: hidden``): six
  Textual ScrollBar widgets cost more to repaint than the panes' changed lines, and
  showing or hiding one forced a second layout after a filter.

Article text never becomes markup: rows are ``Text`` objects, titles ``Content``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.model import STANCES
from briefing.ui.rows import PaneData, Row
from briefing.ui.wrap import line_starts, text_slice

MIN_BODY_WIDTH = 12  # narrower than this, a row's body goes below its prefix
BAR_WIDTH = 1        # the scrollbar column
STACK_INDENT = 4
# Drawn lines kept per pane: a few screens' worth. Not more: a Strip is ~10 objects the
# cyclic garbage collector walks on every full collection, which then pauses every key.
MAX_STRIPS = 240
MAX_WRAPS = 20000    # wrapped rows kept (plain lists of ints: cheap)


@dataclass(frozen=True)
class Line:
    """One screen line: a slice ``[start, end)`` of a row's body; ``first`` carries the prefix."""

    row: int
    start: int
    end: int
    first: bool
    stacked: bool = False


def find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive match spans of ``needle`` in ``haystack`` (character offsets)."""
    if not needle:
        return []
    folded = haystack.casefold()
    if len(folded) != len(haystack):  # casefold changed lengths (ß -> ss): use lower()
        folded = haystack.lower()
        if len(folded) != len(haystack):
            return []
    spans, at = [], folded.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + len(needle))
    return spans


class ItemList(ScrollView, can_focus=False, inherit_bindings=False):
    """One pane: headings and items, a cursor on the current item, search highlights.

    Panes never take the keyboard focus: the screen handles every key and marks the
    current pane with the ``-current`` class. Moving the focus restyles the ancestors
    too (``:focus-within``) and repaints the whole screen, which is too slow with many
    items; a class change repaints two panes. ``inherit_bindings=False``: no scroll keys.
    """

    COMPONENT_CLASSES = {
        "item-list--heading", "item-list--cursor", "item-list--cursor-blurred",
        "item-list--match", "item-list--empty", "item-list--hedged",
        *(f"item-list--stance-{stance}" for stance in STANCES), "item-list--category",
        "item-list--aliases", "item-list--scrollbar", "item-list--scrollbar-thumb",
    }

    class Clicked(Message):
        """The user clicked this pane (the screen makes it current)."""

        def __init__(self, item_list: ItemList) -> None:
            super().__init__()
            self.item_list = item_list

    class CursorMoved(Message):
        """The current item changed (the screen updates the source preview)."""

        def __init__(self, item_list: ItemList) -> None:
            super().__init__()
            self.item_list = item_list

        @property
        def control(self) -> ItemList:
            return self.item_list

    def __init__(self, pane: PaneData, number: int, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"pane -{pane.kind}")
        self.pane = pane
        self.number = number
        self.show_aliases = False
        self._base_rows: list[Row] = pane.rows
        self.rows: list[Row] = pane.rows
        self.cursor: int | None = None
        self.query_text = ""
        self.matches: list[int] = []
        self._highlighted: set[int] = set()  # rows whose drawn text shows the query
        self._starts: list[int] = [0]        # row i: lines [_starts[i], _starts[i + 1])
        self._width = -1
        self._wraps: dict[tuple[str, int], list[int]] = {}
        self._strips: dict[tuple[object, ...], Strip] = {}
        self._style_key: tuple[Style, ...] = ()
        self._styles_changed = True
        self._skip_components = False
        self._party_width: int | None = None  # set by the screen while parties page
        self._titles: tuple[str, str | None] | None = None
        self.empty_message = pane.empty_message
        self._paint_width = 0
        self._paint_region_width = 0
        self._paint_style = Style()
        self._bar: tuple[int, int] | None = None
        self._cursor_to_first()
        self._update_title()

    # -- data ---------------------------------------------------------------------
    @property
    def items(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if not row.heading]

    def _alias_rows(self) -> list[Row]:
        if not (self.show_aliases and self.pane.aliases):
            return []
        return [Row(body=Text("also: " + ", ".join(self.pane.aliases)), heading=True,
                    style="aliases")]

    def set_aliases(self, show: bool) -> None:
        """Show the party's other names as a first line (the ``a`` key)."""
        if show != self.show_aliases and self.pane.aliases:
            self.show_aliases = show
            self.set_rows(self._base_rows, self.current)

    def set_rows(self, rows: list[Row], keep: Row | None = None) -> None:
        """Show other rows (the filter); keep the cursor on ``keep`` if it is still there.

        Cheap for rows seen before (even rebuilt ones): their wrapping and drawn lines
        are cached by content, so only the line table is rebuilt."""
        self._base_rows = rows
        rows = self._alias_rows() + rows if rows else rows
        self.rows = rows
        self.cursor = None
        if keep is not None:
            for index, row in enumerate(rows):
                if row.source == keep.source and row.body.plain == keep.body.plain:
                    self.cursor = index
                    break
        if self.cursor is None:
            self._cursor_to_first()
        self._recompute_matches()
        self._width = -1
        self._layout(self._text_width)
        self._update_title()
        self.refresh()

    def set_query(self, query: str, titles: bool = True) -> None:
        """Highlight ``query`` (case-insensitive) in every row.

        Only the rows whose highlight changes are redrawn; ``titles=False`` leaves the
        "N matches" subtitle alone (redrawing a border repaints the whole pane, too
        slow to do on every key typed with many items)."""
        query = query.casefold().strip()
        if query == self.query_text:
            if titles:
                self._update_title()
            return
        before = self._highlighted
        self.query_text = query
        self._recompute_matches()
        self._refresh_rows(before | self._highlighted)
        if titles:
            self._update_title()

    def update_title(self) -> None:
        self._update_title()

    def _recompute_matches(self) -> None:
        q = self.query_text
        if not q:
            self.matches, self._highlighted = [], set()
            return
        self.matches = [i for i, row in enumerate(self.rows)
                        if not row.heading and q in row.search]
        self._highlighted = {i for i, row in enumerate(self.rows)
                             if not row.heading and q in row.shown}

    def _cursor_to_first(self) -> None:
        self.cursor = next((i for i, row in enumerate(self.rows) if not row.heading), None)

    @property
    def current(self) -> Row | None:
        return self.rows[self.cursor] if self.cursor is not None else None

    def _update_title(self) -> None:
        title = f"{self.number} {self.pane.title}" if self.number <= 9 else self.pane.title
        subtitle = None
        if self.query_text:
            count = len(self.matches)
            subtitle = f"{count} match" + ("" if count == 1 else "es")
        if (title, subtitle) == self._titles:
            return
        before = self._titles
        self._titles = (title, subtitle)
        if before is None or not self.is_mounted or not self.size:
            self.border_title = Content(title)
            self.border_subtitle = Content(subtitle) if subtitle is not None else None
            return
        # Setting ``border_title`` repaints the whole pane (every line through Textual's
        # border and style pass: ~4 ms a pane, six panes when a search is kept). The
        # titles live on the border rows only, so store them as the setter does and
        # repaint just the row that changed.
        gutter = self.styles.gutter
        width = self.outer_size.width
        if title != before[0]:
            self._border_title = self._border_text(title)
            self.refresh(Region(-gutter.left, -gutter.top, width, 1))
        if subtitle != before[1]:
            self._border_subtitle = self._border_text(subtitle)
            self.refresh(Region(-gutter.left, self.outer_size.height - 1 - gutter.top,
                                width, 1))

    def _border_text(self, text: str | None) -> Content | None:
        """A border title as Textual's ``border_title`` setter stores it."""
        if text is None:
            return None
        return self.render_str(Content(text)).expand_tabs(4).split()[0]

    # -- layout -------------------------------------------------------------------
    def _wrap(self, row: Row, width: int) -> tuple[list[int], bool]:
        """The row's body line starts at ``width``, and whether it goes under its prefix."""
        prefix = row.prefix.cell_len
        # A wide prefix (figure columns) in a narrow pane: the body goes under it
        # rather than wrapping a few letters per line.
        stacked = prefix > 2 and width - prefix < MIN_BODY_WIDTH
        room = max(1, width - (STACK_INDENT if stacked else prefix))
        plain = row.body.plain
        key = (plain, room)
        starts = self._wraps.get(key)
        if starts is None:
            if len(self._wraps) >= MAX_WRAPS:
                self._wraps.clear()
            starts = self._wraps[key] = line_starts(plain, room)
        return starts, stacked

    def _layout(self, width: int) -> None:
        """The line table at ``width`` (only when the width or the rows change)."""
        if width == self._width:
            return
        self._width = width
        starts = [0]
        if width > 0:
            total = 0
            wrap = self._wrap
            for row in self.rows:
                breaks, stacked = wrap(row, width)
                total += len(breaks) + stacked
                starts.append(total)
        else:
            starts.extend(0 for _ in self.rows)
        self._starts = starts
        size = Size(width, starts[-1] if self.rows else self._empty_height(width))
        if size != self.virtual_size:
            # Set without asking for a layout: nothing around a pane depends on how many
            # lines it holds (its scrollbar is drawn here), and a layout would repaint
            # the screen a second time after a filter or a resize. Keep the scroll
            # offset in range ourselves.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)

    @property
    def line_count(self) -> int:
        return self._starts[-1]

    def _row_lines(self, row: int) -> tuple[int, int]:
        """(first line, line count) of a row."""
        return self._starts[row], self._starts[row + 1] - self._starts[row]

    def line(self, index: int) -> Line:
        """Screen line ``index`` of the pane (0 <= index < line_count)."""
        row = bisect_right(self._starts, index) - 1
        k = index - self._starts[row]
        breaks, stacked = self._wrap(self.rows[row], self._width)
        if stacked:
            if k == 0:
                return Line(row, 0, 0, True, True)
            k -= 1
        end = breaks[k + 1] if k + 1 < len(breaks) else len(self.rows[row].body.plain)
        return Line(row, breaks[k], end, k == 0 and not stacked, stacked)

    def _empty_height(self, width: int) -> int:
        return len(Text(self.empty_message).wrap(self.app.console, max(1, width - 1)))

    @property
    def _text_width(self) -> int:
        """Cells for the text: the last column is the scrollbar's."""
        return max(0, self.scrollable_content_region.width - BAR_WIDTH)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # A new width (a maximise, a resize): wrap for it now, inside the layout that
        # gave it, rather than in the Resize handler after it.
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        width = self._width
        self._layout(self._text_width)
        if self._width != width:
            self.scroll_to_cursor()
        return changed

    def on_resize(self, event: events.Resize) -> None:
        self._layout(self._text_width)

    @property
    def is_current(self) -> bool:
        return self.has_class("-current")

    def set_current(self, current: bool) -> None:
        """Mark this pane as the one the keys act on (only its cursor row changes)."""
        if current != self.is_current:
            # No rule styles a component by "-current" (styles/main.tcss), so the
            # restyle skips the component classes: Textual would rebuild all twenty,
            # about 15 ms a pane, and the drawn lines would be checked afresh.
            styles_changed = self._styles_changed
            self._skip_components = True
            try:
                self.set_class(current, "-current")
            finally:
                self._skip_components = False
            self._styles_changed = styles_changed
            self._refresh_rows((self.cursor,))

    def _get_component_classes(self) -> frozenset[str]:  # type: ignore[override]
        # Textual's stylesheet asks each node for its component classes on a restyle
        # (a classmethod there; instance lookup finds this first).
        if self._skip_components:
            return frozenset()
        return super()._get_component_classes()

    # -- rendering ----------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # Work out the width and styles once per paint, not once per line (walking
        # the ancestors for the style was half of the cost of a line).
        self._paint_region_width = self.scrollable_content_region.width
        self._paint_width = max(0, self._paint_region_width - BAR_WIDTH)
        self._paint_style = self.rich_style
        self._layout(self._paint_width)  # the bar needs the line count at this width
        self._bar = self._bar_cells()
        if self._styles_changed:
            self._styles_changed = False
            style_key = tuple(self.get_component_rich_style(name)
                              for name in sorted(self.COMPONENT_CLASSES))
            if style_key != self._style_key:  # a new theme: every drawn line is stale
                self._style_key = style_key
                self._strips.clear()
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        # Called on every restyle (a class change too); the lines are only stale when
        # the component styles really changed, which the next paint checks once.
        super().notify_style_update()
        self._styles_changed = True

    def render_line(self, y: int) -> Strip:
        width = self._paint_width
        # The region as measured once per paint (render_lines): the property walks the
        # styles, a tenth of a line's cost when asked per line.
        if self._paint_region_width <= BAR_WIDTH:  # too narrow for text
            return Strip.blank(self._paint_region_width, self._paint_style)
        self._layout(width)
        index = self.scroll_offset.y + y
        base = self._paint_style
        bar = self._bar_kind(y)
        if not self.rows:
            strip = self._empty_line(index, width, base)
            return Strip([*strip, self._bar_segment(bar)]).apply_style(base)
        if index >= self.line_count:
            return self._blank(width, bar).apply_style(base)
        return self._strip(index, width, bar).apply_style(base)

    # -- scrollbar ------------------------------------------------------------------
    def _bar_cells(self) -> tuple[int, int] | None:
        """The thumb's first line and length on screen, or None when all lines fit."""
        height, total = self.scrollable_content_region.height, self.line_count
        if not self.rows or total <= height or height <= 0:
            return None
        size = max(1, round(height * height / total))
        top = round(self.scroll_offset.y * (height - size) / max(1, total - height))
        return min(top, height - size), size

    def _bar_kind(self, y: int) -> str:
        """What the scrollbar column shows on screen line ``y``: "", track or thumb."""
        if self._bar is None:
            return ""
        top, size = self._bar
        return "thumb" if top <= y < top + size else "track"

    def _bar_segment(self, kind: str) -> Segment:
        if not kind:
            return Segment(" " * BAR_WIDTH)
        name = "item-list--scrollbar-thumb" if kind == "thumb" else "item-list--scrollbar"
        return Segment(" " * BAR_WIDTH, self.get_component_rich_style(name, partial=True))

    def _blank(self, width: int, bar: str) -> Strip:
        key = ("blank", width, bar)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = Strip([Segment(" " * width), self._bar_segment(bar)],
                                              width + BAR_WIDTH)
        return strip

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        # overflow-y is hidden (the bar is drawn here), so Textual does not scroll.
        self.scroll_relative(y=3, animate=False, force=True)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.scroll_relative(y=-3, animate=False, force=True)
        event.stop()

    def _strip(self, index: int, width: int, bar: str) -> Strip:
        line = self.line(index)
        row = self.rows[line.row]
        cursor = ""
        if line.row == self.cursor:
            cursor = "current" if self.is_current else "blurred"
        query = self.query_text if line.row in self._highlighted else ""
        key = (row.key, index - self._starts[line.row], width, cursor, query, bar)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) >= MAX_STRIPS:  # forget the oldest (dicts keep order)
                del self._strips[next(iter(self._strips))]
            drawn = self._draw(line, row, width, cursor, query)
            drawn.append(self._bar_segment(bar))
            strip = self._strips[key] = Strip(drawn, width + BAR_WIDTH)
        return strip

    def _empty_line(self, index: int, width: int, base: Style) -> Strip:
        lines = Text(self.empty_message).wrap(self.app.console, max(1, width - 1))
        if index >= len(lines):
            return Strip.blank(width, base)
        text = Text(" ") + lines[index]
        style = self.get_component_rich_style("item-list--empty")
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(style).extend_cell_length(width, base).crop(0, width)

    def _render_index(self, index: int, width: int) -> Strip:
        """Line ``index`` drawn at ``width`` (uncached; the tests read panes with it)."""
        line = self.line(index)
        cursor = ""
        if line.row == self.cursor:
            cursor = "current" if self.is_current else "blurred"
        query = self.query_text if line.row in self._highlighted else ""
        return Strip(self._draw(line, self.rows[line.row], width, cursor, query), width)

    def _draw(self, line: Line, row: Row, width: int, cursor: str,
              query: str) -> list[Segment]:
        """The segments of one line, exactly ``width`` cells (built once per cache key:
        slices and appends in place, one Strip made by the caller)."""
        style_of = self.get_component_rich_style
        body = text_slice(row.body, line.start, line.end)
        body.rstrip()
        if line.first:
            prefix = row.prefix.copy()
        elif line.stacked:
            prefix = Text(" " * STACK_INDENT)
        else:
            prefix = Text(" " * row.prefix.cell_len)
        if cursor == "current" and prefix.plain.startswith(" ") and line.first:
            prefix = Text("▸", style="bold") + prefix[1:]
        if query:
            match_style = style_of("item-list--match")
            for start, end in find_all(row.body.plain, query):
                s, e = max(start, line.start), min(end, line.end)
                if s < e:
                    body.stylize(match_style, s - line.start, e - line.start)
            if line.first:
                for start, end in find_all(prefix.plain, query):
                    prefix.stylize(match_style, start, end)
        body_start = len(prefix)
        text = prefix
        text.append_text(body)
        if row.heading:
            text.stylize(style_of("item-list--heading"))
            if row.style:
                marker_style = self._style_for(row.style)
                text.stylize(marker_style, 0, row.prefix.cell_len)
                text.stylize(marker_style + Style(bold=True), row.prefix.cell_len)
        elif row.hedged:
            text.stylize(style_of("item-list--hedged"), body_start)
        segments = list(text.render(self.app.console))
        length = Segment.get_line_length(segments)
        if length > width:
            segments = list(Strip(segments, length).crop(0, width))
            length = Segment.get_line_length(segments)
        if length < width:
            segments.append(Segment(" " * (width - length)))
        if cursor:
            fill = style_of("item-list--cursor" if cursor == "current"
                            else "item-list--cursor-blurred")
            segments = list(Segment.apply_style(segments, fill))
        return segments

    def _style_for(self, name: str) -> Style:
        try:
            return self.get_component_rich_style(f"item-list--{name}")
        except KeyError:
            return Style()

    # -- cursor -------------------------------------------------------------------
    def _set_cursor(self, row: int | None) -> None:
        if row == self.cursor:
            self.scroll_to_cursor()
            return
        old = self.cursor
        self.cursor = row
        self._refresh_rows((old, row))
        self.scroll_to_cursor()
        self.post_message(self.CursorMoved(self))

    def _refresh_rows(self, rows: Iterable[int | None]) -> None:
        """Repaint the on-screen lines of ``rows`` (their drawn lines are looked up
        afresh: the cache key says what changed)."""
        if self._width < 0 or len(self._starts) != len(self.rows) + 1:
            return
        top, height = self.scroll_offset.y, self.size.height
        spans = []
        for row in rows:
            if row is None or not 0 <= row < len(self.rows):
                continue
            first, count = self._row_lines(row)
            start, end = max(first, top), min(first + count, top + height)
            if start < end:
                spans.append((start - top, end - top))
        # One refresh region per run of adjacent lines, not one per row.
        spans.sort()
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            # refresh_lines takes lines of the whole list (it subtracts the scroll
            # offset itself); spans are on-screen lines.
            self.refresh_lines(top + start, end - start)

    # Kept for callers that drop one row's lines.
    def _drop_row(self, row: int | None) -> None:
        self._refresh_rows((row,))

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or self.cursor + 1 >= len(self._starts):
            return
        first, count = self._row_lines(self.cursor)
        # Show the heading above the first item of a group too.
        if self.cursor > 0 and self.rows[self.cursor - 1].heading:
            first = self._starts[self.cursor - 1]
            count = self._starts[self.cursor + 1] - first
        self.scroll_to_region(Region(0, first, 1, count), animate=False, force=True,
                              immediate=True)

    def move(self, delta: int) -> None:
        if not self.rows:
            return
        if self.cursor is None:
            items = self.items
            if items:
                self._set_cursor(items[0])
            return
        # Step over headings, stopping at the first or last item (no list of items).
        step = 1 if delta > 0 else -1
        target, left = self.cursor, abs(delta)
        at = self.cursor
        while left:
            at += step
            if not 0 <= at < len(self.rows):
                break
            if not self.rows[at].heading:
                target, left = at, left - 1
        self._set_cursor(target)

    def first(self) -> None:
        items = self.items
        if items:
            self._set_cursor(items[0])
            self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def last(self) -> None:
        items = self.items
        if items:
            self._set_cursor(items[-1])

    def page(self, direction: int) -> None:
        """Move about one screen of lines."""
        if self.cursor is None or not self.rows or self.line_count == 0:
            return
        target_line = self._starts[self.cursor] + direction * max(1, self.size.height - 1)
        target_line = max(0, min(self.line_count - 1, target_line))
        row = self.line(target_line).row
        items = self.items
        candidates = [i for i in items if (i >= row if direction > 0 else i <= row)]
        if candidates:
            self._set_cursor(candidates[0] if direction > 0 else candidates[-1])
        else:
            self.last() if direction > 0 else self.first()

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self.rows) and not self.rows[row].heading:
            self._set_cursor(row)

    def next_match(self, after: int | None, direction: int = 1) -> int | None:
        """The first match row after (or before) ``after`` in this pane, if any."""
        if not self.matches:
            return None
        if after is None:
            return self.matches[0] if direction > 0 else self.matches[-1]
        if direction > 0:
            return next((m for m in self.matches if m > after), None)
        return next((m for m in reversed(self.matches) if m < after), None)

    def on_click(self, event: events.Click) -> None:
        self.post_message(self.Clicked(self))
        line = event.y + self.scroll_offset.y
        if 0 <= line < self.line_count:
            self.select_row(self.line(line).row)
