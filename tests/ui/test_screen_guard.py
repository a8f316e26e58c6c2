"""An error in a screen's own handler costs a notification and a log, not the reader."""

from __future__ import annotations

import pytest

from briefing import locations
from briefing.ui.app import BriefingApp
from briefing.ui.export_screen import ExportScreen
from briefing.ui.screens.main import MainScreen
from briefing.ui.screens.source import SourceScreen

from .helpers import current_text


def _errors(app: BriefingApp) -> list[str]:
    return [str(n.message) for n in app._notifications
            if str(n.message).startswith("Unexpected error")]


async def test_a_failing_source_view_handler_is_one_line(seed, monkeypatch) -> None:
    def broken(self) -> None:
        raise RuntimeError("mount broke [b]\x1b[2J")

    monkeypatch.setattr(SourceScreen, "on_mount", broken)
    app = BriefingApp(seed)
    # run_test re-raises the error crash.py reported, so tests still see every bug.
    with pytest.raises(RuntimeError, match="mount broke"):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, SourceScreen)  # the view still opened
            [message] = _errors(app)
            assert message.startswith("Unexpected error: RuntimeError: mount broke [b]; details in ")
            await pilot.press("escape")  # and its keys still work
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            await pilot.press("j")
            assert current_text(app) == "a permanent ceasefire"
    [log] = locations.log_directory().glob("crash-*.log")
    assert "mount broke" in log.read_text()


async def test_a_failing_export_dialog_handler_keeps_the_dialog(seed, monkeypatch,
                                                                briefing_home) -> None:
    def broken(self, event) -> None:
        raise LookupError("typing broke")

    monkeypatch.setattr(ExportScreen, "on_input_changed", broken)
    app = BriefingApp(seed)
    with pytest.raises(LookupError, match="typing broke"):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("e")
            await pilot.pause()
            await pilot.press("x")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen)
            assert len(_errors(app)) == 1
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
