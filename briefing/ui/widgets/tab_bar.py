"""The pane bar shown when not every pane fits: ``1 Hamas │ 2 Israel │ 4 Terms``.

On a narrow terminal it works as tabs (one pane shows at a time); on a wide one with
many parties it shows which party panes are paged in. Clicking a name jumps to it.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from briefing.ui.rows import short_title


class TabBar(Static):
    """Pane names in one line; the current one stands out, visible ones are bold."""

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self) -> None:
        super().__init__("", id="tab-bar", markup=False)
        self._spans: list[tuple[int, int, int]] = []

    def show(self, titles: list[str], current: int, visible: set[int]) -> None:
        text = Text(" ")
        self._spans = []
        for index, title in enumerate(titles):
            if index:
                text.append(" │ ", style="dim")
            label = f"{index + 1} {short_title(title)}" if index < 9 else short_title(title)
            start = text.cell_len
            if index == current:
                style = "reverse bold"
            elif index in visible:
                style = "bold"
            else:
                style = "dim"
            text.append(label, style=style)
            self._spans.append((start, start + cell_len(label), index))
        text.no_wrap = True
        text.overflow = "ellipsis"
        self.update(text)

    def on_click(self, event: events.Click) -> None:
        for start, end, index in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(index))
                return
