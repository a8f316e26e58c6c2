"""Pilot tests: ``y`` copies the current view as Markdown; the export dialog's key is remappable."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from briefing.config import Config
from briefing.export.markdown import render_markdown
from briefing.ui import bindings
from briefing.ui.app import BriefingApp
from briefing.ui.export_screen import ExportScreen
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.main import MainScreen

SIZE = (120, 40)


def _help_rows(app: BriefingApp) -> dict[str, tuple[str, str]]:
    table = app.screen.table
    ids = [str(c) for c in table.columns[2].cells]
    keys = [str(c) for c in table.columns[0].cells]
    helps = [str(c) for c in table.columns[1].cells]
    return {i: (k, h) for i, k, h in zip(ids, keys, helps, strict=True)}


async def test_export_cancel_is_in_the_table_and_the_help(seed) -> None:
    assert "export.cancel" in bindings.by_id()
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert _help_rows(app)["export.cancel"] == (
            "esc", "Close the export dialog without writing")


async def test_export_cancel_can_be_remapped(seed, briefing_home: Path) -> None:
    app = BriefingApp(seed, config=Config(keymap={"export.cancel": "ctrl+g"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        hint = str(app.screen.query_one("#export-hint", Static).content)
        assert hint == "enter save · ^g cancel"
        await pilot.press("escape")  # no longer bound: the dialog stays
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert not (briefing_home / "data" / "exports").exists()


def _without_time(markdown: str) -> str:
    return "\n".join(line for line in markdown.splitlines() if not line.startswith("- Exported:"))


async def test_y_copies_the_current_view_as_markdown(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("y")
        await pilot.pause()
        whole = app.clipboard
        assert _without_time(whole) == _without_time(render_markdown(seed))
        count = seed.item_count()
        assert list(app._notifications)[-1].message == f"Copied {count} items as Markdown"
        assert not list(app._notifications)[-1].markup
        # Filtered and maximised: exactly what the export would write.
        await pilot.press("slash", *"hostages", "enter", "f", "z", "y")
        await pilot.pause()
        briefing, spec = app.current_view()
        assert spec.query == "hostages" and spec.pane == "Hamas"
        assert _without_time(app.clipboard) == _without_time(render_markdown(seed, spec))
        assert "- Filter: “hostages”" in app.clipboard
        assert "- Showing only: Hamas" in app.clipboard
        assert list(app._notifications)[-1].message == "Copied 1 item as Markdown"


async def test_y_is_bound_by_id_and_in_the_palette_and_help(seed) -> None:
    from briefing.ui.commands import briefing_commands

    assert bindings.by_id()["view.copy"].keys == "y"
    app = BriefingApp(seed, config=Config(keymap={"view.copy": "c"}))
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c for c in briefing_commands(app, app.screen)}
        command = commands["Copy the current view as Markdown to the clipboard"]
        assert command.help.endswith("view.copy") and command.help.startswith("c ")
        command.callback()
        await pilot.pause()
        assert app.clipboard.startswith("# ")
        app._clipboard = ""
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("# ")
        await pilot.press("question_mark")
        assert _help_rows(app)["view.copy"] == (
            "c", "Copy the current view as Markdown to the clipboard")
