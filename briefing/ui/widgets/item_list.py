"""A pane of items: a fast, keyboard-driven list drawn with Textual's line API.

Why not ListView/OptionList/Markdown: a pane may hold a thousand items, and a key press
must repaint in well under 50 ms. This widget keeps its rows as rich ``Text``, wraps
them once per width (cell widths, so CJK/emoji align), and renders only the visible
lines, caching each as a ``Strip``. Moving the cursor re-renders two rows; typing a
search drops the cache (highlights are applied lazily, line by line).

Article text never becomes markup: rows are ``Text`` objects, titles ``Content``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich._wrap import divide_line
from rich.cells import cell_len
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


MIN_BODY_WIDTH = 12  # narrower than this, a row's body goes below its prefix
STACK_INDENT = 4


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
        "item-list--aliases",
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
        self._lines: list[Line] = []
        self._row_lines: list[tuple[int, int]] = []  # row -> (first line, line count)
        self._width = -1
        self._cache: dict[int, Strip] = {}
        self.empty_message = pane.empty_message
        self._paint_width = 0
        self._paint_style = Style()
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
        """Show other rows (the filter); keep the cursor on ``keep`` if it is still there."""
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
        self._invalidate()

    def set_query(self, query: str, titles: bool = True) -> None:
        """Highlight ``query`` (case-insensitive) in every row.

        Only the rows that matched before or match now are redrawn; ``titles=False``
        leaves the "N matches" subtitle alone (redrawing a border repaints the whole
        pane, too slow to do on every key typed with many items)."""
        query = query.casefold().strip()
        if query == self.query_text:
            if titles:
                self._update_title()
            return
        before = set(self.matches)
        self.query_text = query
        self._recompute_matches()
        for row in before | set(self.matches):
            self._drop_row(row)
        if titles:
            self._update_title()

    def update_title(self) -> None:
        self._update_title()

    def _recompute_matches(self) -> None:
        q = self.query_text
        self.matches = [i for i, row in enumerate(self.rows)
                        if q and not row.heading and q in row.search] if q else []

    def _cursor_to_first(self) -> None:
        items = self.items
        self.cursor = items[0] if items else None

    @property
    def current(self) -> Row | None:
        return self.rows[self.cursor] if self.cursor is not None else None

    def _update_title(self) -> None:
        self.border_title = Content(f"{self.number} {self.pane.title}" if self.number <= 9
                                    else self.pane.title)
        if self.query_text:
            count = len(self.matches)
            self.border_subtitle = Content(f"{count} match" + ("" if count == 1 else "es"))
        else:
            self.border_subtitle = None

    # -- layout -------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._width = -1
        self._cache.clear()
        self._layout(self.scrollable_content_region.width)
        self._update_title()
        self.refresh()

    def _layout(self, width: int) -> None:
        """Wrap every row to ``width`` cells (only when the width changes)."""
        if width == self._width:
            return
        self._width = width
        self._cache.clear()
        lines: list[Line] = []
        row_lines: list[tuple[int, int]] = []
        if width > 0:
            for index, row in enumerate(self.rows):
                plain = row.body.plain
                prefix = row.prefix.cell_len
                # A wide prefix (figure columns) in a narrow pane: the body goes under it
                # rather than wrapping a few letters per line.
                stacked = prefix > 2 and width - prefix < MIN_BODY_WIDTH
                room = max(1, width - (STACK_INDENT if stacked else prefix))
                breaks = divide_line(plain, room, fold=True) if cell_len(plain) > room else []
                starts = [0, *breaks]
                ends = [*breaks, len(plain)]
                row_lines.append((len(lines), len(starts) + stacked))
                if stacked:
                    lines.append(Line(index, 0, 0, True, True))
                lines.extend(Line(index, s, e, k == 0 and not stacked, stacked)
                             for k, (s, e) in enumerate(zip(starts, ends, strict=True)))
        self._lines = lines
        self._row_lines = row_lines
        self.virtual_size = Size(width, len(lines) if self.rows else self._empty_height(width))

    def _empty_height(self, width: int) -> int:
        return len(Text(self.empty_message).wrap(self.app.console, max(1, width - 1)))

    def on_resize(self, event: events.Resize) -> None:
        self._layout(self.scrollable_content_region.width)
        self.scroll_to_cursor()

    @property
    def is_current(self) -> bool:
        return self.has_class("-current")

    def set_current(self, current: bool) -> None:
        """Mark this pane as the one the keys act on (only its cursor row changes)."""
        if current != self.is_current:
            self.set_class(current, "-current")
            self._drop_row(self.cursor)

    # -- rendering ----------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # Work out the width and base style once per paint, not once per line (walking
        # the ancestors for the style was half of the cost of a line).
        self._paint_width = self.scrollable_content_region.width
        self._paint_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._paint_width
        self._layout(width)
        index = self.scroll_offset.y + y
        base = self._paint_style
        if not self.rows:
            return self._empty_line(index, width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_index(index, width)
            self._cache[index] = strip
        return strip.apply_style(base)

    def _empty_line(self, index: int, width: int, base: Style) -> Strip:
        lines = Text(self.empty_message).wrap(self.app.console, max(1, width - 1))
        if index >= len(lines):
            return Strip.blank(width, base)
        text = Text(" ") + lines[index]
        style = self.get_component_rich_style("item-list--empty")
        segments = list(text.render(self.app.console))
        return Strip(segments).apply_style(style).extend_cell_length(width, base).crop(0, width)

    def _render_index(self, index: int, width: int) -> Strip:
        line = self._lines[index]
        row = self.rows[line.row]
        style_of = self.get_component_rich_style
        body = row.body[line.start:line.end]
        body.rstrip()
        if line.first:
            prefix = row.prefix.copy()
        elif line.stacked:
            prefix = Text(" " * STACK_INDENT)
        else:
            prefix = Text(" " * row.prefix.cell_len)
        is_cursor = line.row == self.cursor
        if is_cursor and self.is_current and prefix.plain.startswith(" ") and line.first:
            prefix = Text("▸", style="bold") + prefix[1:]
        if self.query_text and not row.heading:
            match_style = style_of("item-list--match")
            for start, end in find_all(row.body.plain, self.query_text):
                s, e = max(start, line.start), min(end, line.end)
                if s < e:
                    body.stylize(match_style, s - line.start, e - line.start)
            if line.first:
                for start, end in find_all(prefix.plain, self.query_text):
                    prefix.stylize(match_style, start, end)
        text = prefix + body
        if row.heading:
            text.stylize(style_of("item-list--heading"))
            if row.style:
                marker_style = self._style_for(row.style)
                text.stylize(marker_style, 0, row.prefix.cell_len)
                text.stylize(marker_style + Style(bold=True), row.prefix.cell_len)
        elif row.hedged:
            body_start = len(prefix)
            text.stylize(style_of("item-list--hedged"), body_start)
        fill = Style()
        if is_cursor:
            fill = style_of("item-list--cursor" if self.is_current
                            else "item-list--cursor-blurred")
        segments = list(text.render(self.app.console))
        strip = Strip(segments).crop(0, width)
        strip = Strip([*strip, Segment(" " * max(0, width - strip.cell_length))])
        return strip.apply_style(fill) if is_cursor else strip

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
        for changed in (old, row):
            self._drop_row(changed)
        self.scroll_to_cursor()
        self.post_message(self.CursorMoved(self))

    def _drop_row(self, row: int | None) -> None:
        """Forget a row's drawn lines and repaint them if they are on screen."""
        if row is None or row >= len(self._row_lines):
            return
        first, count = self._row_lines[row]
        for index in range(first, first + count):
            self._cache.pop(index, None)
        top = first - self.scroll_offset.y
        start, end = max(0, top), min(self.size.height, top + count)
        if start < end:
            self.refresh_lines(start, end - start)

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or self.cursor >= len(self._row_lines):
            return
        first, count = self._row_lines[self.cursor]
        # Show the heading above the first item of a group too.
        if self.cursor > 0 and self.rows[self.cursor - 1].heading:
            first, count = self._row_lines[self.cursor - 1][0], count + \
                self._row_lines[self.cursor - 1][1]
        self.scroll_to_region(Region(0, first, 1, count), animate=False, force=True,
                              immediate=True)

    def move(self, delta: int) -> None:
        items = self.items
        if not items:
            return
        if self.cursor is None:
            self._set_cursor(items[0])
            return
        position = items.index(self.cursor) if self.cursor in items else 0
        self._set_cursor(items[max(0, min(len(items) - 1, position + delta))])

    def first(self) -> None:
        items = self.items
        if items:
            self._set_cursor(items[0])
            self.scroll_to(y=0, animate=False, immediate=True)

    def last(self) -> None:
        items = self.items
        if items:
            self._set_cursor(items[-1])

    def page(self, direction: int) -> None:
        """Move about one screen of lines."""
        if self.cursor is None or not self._row_lines:
            return
        target_line = self._row_lines[self.cursor][0] + direction * max(1, self.size.height - 1)
        target_line = max(0, min(len(self._lines) - 1, target_line))
        row = self._lines[target_line].row
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
        if 0 <= line < len(self._lines):
            self.select_row(self._lines[line].row)
