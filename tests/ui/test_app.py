"""Pilot tests: help, export, quit, command palette, keymap, themes, loading, safety."""

from __future__ import annotations

import sys

import pytest
from textual.command import CommandPalette

from briefing.config import Config
from briefing.errors import InputError
from briefing.library import LoadResult
from briefing.model import Briefing
from briefing.ui import bindings
from briefing.ui.app import BriefingApp
from briefing.ui.commands import briefing_commands
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.main import MainScreen

from .helpers import current_text, focused_pane, main, pane_lines

SIZE = (120, 40)


async def test_question_mark_lists_every_binding_and_escape_closes(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.table
        ids = [str(cell) for cell in table.columns[2].cells]
        for spec in bindings.ALL:
            if not spec.id.startswith("pane.jump."):
                assert spec.id in ids
        assert "pane.jump.N" in ids
        helps = [str(cell) for cell in table.columns[1].cells]
        assert "Search all panes as you type" in helps
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark", "question_mark")
        assert isinstance(app.screen, MainScreen)


async def test_help_shows_remapped_keys(seed) -> None:
    app = BriefingApp(seed, config=Config(keymap={"item.down": "x"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        table = app.screen.table
        rows = dict(zip([str(c) for c in table.columns[2].cells],
                        [str(c) for c in table.columns[0].cells], strict=True))
        assert rows["item.down"] == "x"


async def test_keymap_from_config_remaps_a_binding(seed) -> None:
    app = BriefingApp(seed, config=Config(keymap={"item.down": "x", "nope.nothing": "y"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert current_text(app) == "a permanent ceasefire"
        await pilot.press("j")  # j no longer moves down
        assert current_text(app) == "a permanent ceasefire"
        assert any("nope.nothing" in n.message for n in app._notifications)


async def test_e_opens_the_export_dialog_with_the_current_view(seed) -> None:
    from briefing.ui.export_screen import ExportScreen

    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"gaza", "enter", "f", "z", "e")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.spec.query == "gaza" and app.screen.spec.pane == "Hamas"
        assert app.screen.briefing is seed


async def test_e_without_the_export_module_says_so(seed, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "briefing.ui.export_screen", None)
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, MainScreen)
        assert any("Export is not available" in n.message for n in app._notifications)


async def test_q_quits(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_p_opens_the_palette_with_every_action(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        titles = [c.title for c in briefing_commands(app, app.screen)]
        for spec in bindings.MAIN + bindings.APP:
            if spec.id == "app.palette" or spec.id.startswith("pane.jump."):
                continue
            assert spec.help in titles
        assert "Jump to pane 2: Israel" in titles
        assert not any(t.startswith("Jump to pane 6") for t in titles)  # only 5 panes
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Next item")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert current_text(app) == "a permanent ceasefire"


async def test_palette_commands_run_like_their_keys(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c for c in briefing_commands(app, app.screen)}
        commands["Jump to pane 3: United States"].callback()
        await pilot.pause()
        assert focused_pane(app).pane.title == "United States"
        commands["This help screen"].callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_theme_from_config_and_t_toggles_light_dark(seed) -> None:
    app = BriefingApp(seed, config=Config(theme="textual-light"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-light"
        await pilot.press("t")
        assert app.theme == "textual-dark"
        await pilot.press("t")
        assert app.theme == "textual-light"


async def test_unknown_theme_is_reported_and_ignored(seed) -> None:
    app = BriefingApp(seed, config=Config(theme="no-such-theme"))
    async with app.run_test(size=SIZE):
        assert app.theme == "textual-dark"
        assert any("no-such-theme" in n.message for n in app._notifications)


async def test_config_error_is_notified_without_markup(seed) -> None:
    app = BriefingApp(seed, config_error="config.toml: unknown key '[b]x[/b]'")
    async with app.run_test(size=SIZE):
        [note] = [n for n in app._notifications if "unknown key" in n.message]
        assert note.message == "config.toml: unknown key '[b]x[/b]'"
        assert note.markup is False


async def test_loader_runs_in_a_worker_and_bad_files_are_notified(seed) -> None:
    calls: list[tuple[int, int, str]] = []

    def loader(progress):
        progress(1, 2, "good.txt")
        calls.append((1, 2, "good.txt"))
        progress(2, 2, "bad.txt")
        return LoadResult(briefings=[seed],
                          errors=[InputError("bad[/].txt", "not a text file (binary)")])

    app = BriefingApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls == [(1, 2, "good.txt")]
        assert [p.pane.title for p in main(app).panes][:2] == ["Hamas", "Israel"]
        [note] = [n for n in app._notifications if n.severity == "error"]
        assert note.message == "bad[/].txt: not a text file (binary)"
        assert note.markup is False
        assert not app.screen.query_one("#loading").display


async def test_the_screen_paints_before_loading_finishes(seed) -> None:
    import threading

    release = threading.Event()

    def loader(progress):
        progress(0, 1, "slow.txt")
        release.wait(5)
        return LoadResult(briefings=[seed])

    app = BriefingApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert app.screen.query_one("#loading").display
        assert "slow.txt" in str(app.screen.query_one("#progress").render())
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.screen.query_one("#loading").display
        assert len(main(app).panes) == 5


async def test_nothing_readable_still_opens_with_messages() -> None:
    app = BriefingApp(loader=lambda progress: LoadResult(
        errors=[InputError("a.txt", "empty file")]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "no input could be read" in str(app.screen.query_one("#masthead").render())
        assert len(main(app).panes) == 3


async def test_empty_model_shows_a_friendly_message_in_each_pane() -> None:
    app = BriefingApp(Briefing())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panes = main(app).panes
        assert [p.pane.title for p in panes] == ["Parties", "Proposed terms", "Key figures"]
        for pane in panes:
            assert pane.rows == []
            first = pane.render_line(0).text.strip()
            assert first and first in pane.empty_message.replace("\n", " ")
        for key in ("j", "k", "g", "G", "enter", "tab", "z", "z", "slash", "x", "enter", "n",
                    "f", "escape"):
            await pilot.press(key)
        assert isinstance(app.screen, MainScreen)


async def test_text_that_looks_like_markup_is_drawn_as_is(six) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.press("z")  # maximised: one line per item
        lines = pane_lines(main(app).panes[0])
        assert any("[b]not bold[/b] and [@click=app.quit]do not click[/]" in line
                   for line in lines), lines
        assert app.is_running


@pytest.mark.parametrize("size", [(40, 12), (60, 20), (100, 30), (200, 50)])
async def test_every_key_at_every_size_keeps_running(six, size) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=size) as pilot:
        for key in ("tab", "j", "l", "G", "g", "6", "z", "right", "z", "h", "slash", "a",
                    "enter", "n", "N", "f", "enter", "escape", "question_mark", "escape",
                    "escape", "9", "1", "shift+tab"):
            await pilot.press(key)
        assert isinstance(app.screen, MainScreen)
        assert app.is_running
