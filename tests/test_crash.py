"""briefing.crash: an unexpected exception becomes one clean line plus a log file."""

from __future__ import annotations

import asyncio
import re

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input, Static

from briefing import crash, locations

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def _raised(error: Exception) -> Exception:
    """``error`` with a real traceback, as the handlers see it."""
    try:
        raise error
    except Exception as caught:
        return caught


def test_report_writes_a_log_and_returns_one_clean_line() -> None:
    error = _raised(ValueError("bad \x1b[2Jinput\nsecond line \x1b]52;c;SGVsbG8=\x07\u202e"))
    result = crash.report(error, context="parsing x.txt")
    assert result.log_path is not None
    assert result.log_path.parent == locations.log_directory()
    assert result.log_path.name.startswith("crash-") and result.log_path.suffix == ".log"
    assert result.message == (
        f"Unexpected error: ValueError: bad input second line; details in {result.log_path}")
    assert "\n" not in result.message and not CONTROL.search(result.message)
    log = result.log_path.read_text(encoding="utf-8")
    assert "while: parsing x.txt" in log
    assert "Traceback (most recent call last):" in log
    assert "ValueError: bad input" in log
    assert "\x1b" not in log and "\u202e" not in log


def test_report_never_raises_when_the_log_cannot_be_written(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(create: bool = False):
        raise PermissionError(13, "Permission denied", "/logs")

    monkeypatch.setattr(locations, "log_directory", refuse)
    result = crash.report(_raised(KeyError("k")))
    assert result.log_path is None
    assert result.message == ("Unexpected error: KeyError: 'k'; no log written "
                              "(PermissionError: [Errno 13] Permission denied: '/logs')")


def test_report_survives_an_error_whose_str_raises() -> None:
    class Nasty(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no str for you")

    result = crash.report(_raised(Nasty()))
    assert result.message.startswith("Unexpected error: Nasty; details in ")


def test_long_reasons_are_shortened() -> None:
    result = crash.report(_raised(ValueError("x" * 5000)))
    reason = result.message.split("; details in ")[0]
    assert len(reason) == len("Unexpected error: ") + crash.MAX_REASON
    assert reason.endswith("…")


def test_two_reports_never_share_a_log_and_old_logs_are_pruned() -> None:
    folder = locations.log_directory(create=True)
    for n in range(crash.KEEP_LOGS + 10):
        (folder / f"crash-20000101-000000-{n:06d}-1.log").write_text("old")
    first = crash.report(_raised(ValueError("one")))
    second = crash.report(_raised(ValueError("two")))
    assert first.log_path != second.log_path
    logs = sorted(folder.glob("crash-*.log"))
    assert len(logs) == crash.KEEP_LOGS
    assert first.log_path in logs and second.log_path in logs


class Boom(Static):
    """A widget whose timer callback fails (Textual keeps the timer's owner alive)."""

    def fire(self) -> None:
        raise ZeroDivisionError("timer")


class GuardedApp(crash.CrashGuard, App[None]):
    BINDINGS = [("b", "boom", "Boom"), ("c", "count", "Count")]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Boom("x", id="boom")
        yield Input(id="search")

    def action_boom(self) -> None:
        raise RuntimeError("[@click=app.quit]action[/]")

    def action_count(self) -> None:
        self.count += 1

    def on_input_submitted(self, event: Input.Submitted) -> None:
        raise LookupError("submitted")


def _messages(app: App) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_guarded_app_notifies_and_keeps_running() -> None:
    app = GuardedApp()
    # run_test re-raises the error crash.py reported, so tests still see every bug.
    with pytest.raises(RuntimeError, match="action"):
        async with app.run_test() as pilot:
            app.set_focus(None)  # keys go to the app's bindings, not into the Input
            await pilot.press("b", "c")
            app.query_one("#search", Input).focus()
            await pilot.press("a", "enter")
            app.set_focus(None)
            app.query_one("#boom", Boom).set_timer(0.01, app.query_one("#boom", Boom).fire)
            await pilot.pause(0.1)
            await pilot.press("c")
            assert app.count == 2
            assert app.is_running
            messages = _messages(app)
            assert len(messages) == 3
            assert messages[0].startswith("Unexpected error: RuntimeError: [@click=app.quit]action[/]; "
                                          "details in ")
            assert messages[1].startswith("Unexpected error: LookupError: submitted; ")
            assert messages[2].startswith("Unexpected error: ZeroDivisionError: timer; ")
            # Every notification is plain text: the markup in the error is shown, not run.
            assert all(not n.markup for n in app._notifications)
    assert app.return_code != 1
    assert len(list(locations.log_directory().glob("crash-*.log"))) == 3


class HookOnlyApp(App[None]):
    """Only the ``_handle_exception`` hook: an error in the app's own loop must exit cleanly."""

    def on_mount(self) -> None:
        self.call_next(self.explode)

    def explode(self) -> None:
        raise RuntimeError("the app's own loop [/] [b]")

    def _handle_exception(self, error: Exception) -> None:
        crash.handle_app_exception(self, error)


async def test_error_in_the_apps_own_loop_exits_with_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    app = HookOnlyApp()
    # run_test re-raises the error crash.py reported, so tests still see every bug.
    with pytest.raises(RuntimeError, match="own loop"):
        async with app.run_test() as pilot:
            await pilot.pause(0.1)
    assert app.return_code == 1
    [log] = locations.log_directory().glob("crash-*.log")
    err = capsys.readouterr().err
    # Rich may wrap the line at the terminal's width; the words are exactly these.
    expected = f"Unexpected error: RuntimeError: the app's own loop [/] [b]; details in {log}"
    assert "".join(err.split()) == "".join(expected.split())
    assert "Traceback" not in err and "\x1b" not in err


async def test_wired_into_the_reader_a_failing_action_costs_one_notification(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader is wired as ``class BriefingApp(CrashGuard, App)``."""
    from briefing.model import Briefing
    from briefing.ui.app import BriefingApp
    from briefing.ui.screens.main import MainScreen

    assert issubclass(BriefingApp, crash.CrashGuard)
    Guarded = BriefingApp

    def broken(self) -> None:
        raise RuntimeError("maximise broke \x1b[2J")

    monkeypatch.setattr(MainScreen, "action_maximise", broken)
    app = Guarded(Briefing())
    # run_test re-raises the error crash.py reported, so tests still see every bug.
    with pytest.raises(RuntimeError, match="maximise broke"):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("z", "question_mark")
            await pilot.pause()
            assert app.is_running
            assert type(app.screen).__name__ == "HelpScreen"  # keys still work after the error
            [message] = [m for m in _messages(app) if m.startswith("Unexpected error")]
            assert message.startswith("Unexpected error: RuntimeError: maximise broke; details in ")
    assert len(list(locations.log_directory().glob("crash-*.log"))) == 1


@pytest.mark.parametrize("guard_screen", [True, False])
async def test_an_error_in_a_screen_handler(guard_screen: bool) -> None:
    """A guarded screen keeps running; an unguarded one stops, so the app exits with one line."""
    from textual.screen import Screen

    class Plain(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Input(id="search")

        def on_input_changed(self, event: Input.Changed) -> None:
            raise ValueError("search broke")

    bases = (crash.CrashGuard, Plain) if guard_screen else (Plain,)
    Failing = type("Failing", bases, {})

    class Host(crash.CrashGuard, App[None]):
        BINDINGS = [("c", "count", "Count")]

        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def on_mount(self) -> None:
            self.push_screen(Failing())

        def action_count(self) -> None:
            self.count += 1

    app = Host()
    # run_test re-raises the error crash.py reported, so tests still see every bug.
    with pytest.raises(ValueError, match="search broke"):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.screen.query_one("#search", Input).value = "x"  # Input.Changed fails
            await asyncio.sleep(0.3)  # not pilot.pause(): an unguarded screen no longer answers
            if guard_screen:
                app.set_focus(None)
                await pilot.press("c")
                await pilot.pause()
                assert app.count == 1 and isinstance(app.screen, Failing)
                assert any(m.startswith("Unexpected error: ValueError: search broke; details in ")
                           for m in _messages(app))
            else:
                assert app._exit  # the app is on its way out: one line, no frozen terminal
    assert (app.return_code == 1) is not guard_screen
    assert len(list(locations.log_directory().glob("crash-*.log"))) == 1


def test_every_screen_of_the_reader_is_guarded() -> None:
    from briefing.ui.export_screen import ExportScreen
    from briefing.ui.screens.help import HelpScreen
    from briefing.ui.screens.main import MainScreen
    from briefing.ui.screens.source import SourceScreen

    for screen in (MainScreen, SourceScreen, HelpScreen, ExportScreen):
        assert issubclass(screen, crash.CrashGuard), screen
