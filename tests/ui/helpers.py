"""Small helpers for reading what the reader shows."""

from __future__ import annotations

from briefing.ui.app import BriefingApp
from briefing.ui.screens.main import MainScreen
from briefing.ui.widgets.item_list import ItemList


def main(app: BriefingApp) -> MainScreen:
    return app.main_screen


def focused_pane(app: BriefingApp) -> ItemList:
    """The current pane (panes never hold the keyboard focus; one is marked current)."""
    pane = app.main_screen.pane
    assert isinstance(pane, ItemList), pane
    assert pane.is_current and app.focused is None
    assert [p for p in app.main_screen.panes if p.is_current] == [pane]
    return pane


def current_text(app: BriefingApp) -> str:
    """The plain text of the current item of the focused pane."""
    row = focused_pane(app).current
    assert row is not None
    return row.body.plain


def pane_lines(pane: ItemList) -> list[str]:
    """Every line the pane draws (all of them, not only the visible ones)."""
    width = pane._text_width
    pane._layout(width)
    return [pane._render_index(i, width).text.rstrip() for i in range(pane.line_count)]
