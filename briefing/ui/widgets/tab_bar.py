"""The pane bar shown when not every pane fits: ``1 Union │ 2 Company │ 4 Terms``.

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

    def show(self, titles: list[str], current: int, visible: set[int],
             width: int | None = None) -> None:
        """Draw the bar; when it is wider than ``width``, start late enough that the
        current pane's name is on screen (a ``‹`` says some are off to the left)."""
        labels = [f"{i + 1} {short_title(t)}" if i < 9 else short_title(t)
                  for i, t in enumerate(titles)]
        width = width or self.size.width or 80
        first = 0
        # Widen the window from the left until the current label fits.
        while first < current and (2 + sum(cell_len(x) + 3 for x in labels[first:current + 1])
                                   > width):
            first += 1
        text = Text(" " if first == 0 else "‹", style="dim")
        self._spans = []
        for index in range(first, len(labels)):
            if index > first:
                text.append(" │ ", style="dim")
            label = labels[index]
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
        self.update(text, layout=False)  # fixed height: no relayout needed

    def on_click(self, event: events.Click) -> None:
        for start, end, index in self._spans:
            if start <= event.x < end:
                self.post_message(self.Picked(index))
                return
