"""Unexpected exceptions -> one clean line for the user and a log file for the developer.

The one place that handles a bug we did not foresee, in the CLI and in the app:

- ``report(error)`` writes the full traceback to a new file in
  ``locations.log_directory()`` and returns a ``CrashReport`` whose ``message`` is one
  line (no markup, no control characters) naming the error and the log file. It never
  raises: a crash handler that crashes hides the first bug.
- ``handle_app_exception(app, error)`` is what the Textual app calls from its
  ``_handle_exception`` override: it reports, then either notifies and lets the app keep
  running, or, when Textual has stopped the app's (or a screen's) own message loop so
  nothing would react to keys any more, exits cleanly with the one line.
- ``CrashGuard`` is an optional mixin for the App (and any widget or screen) that
  catches errors in actions and message handlers *before* Textual stops the failing
  message loop, so one bad handler costs a notification, not the app.

The error text may quote an article (a file name, a sentence), so everything written to
the terminal or the log goes through ``sanitize`` first.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from briefing import __version__, locations
from briefing.sanitize import clean, clean_line

# Old logs beyond this many are removed so a crash loop cannot fill the disk.
KEEP_LOGS = 50
# The error's own text is cut to this many characters in the one-line message.
MAX_REASON = 160
LOG_PREFIX = "crash-"


@dataclass(frozen=True)
class CrashReport:
    """What the user is told (``message``, one line) and where the details went."""

    message: str
    log_path: Path | None


def _reason(error: BaseException) -> str:
    """``TypeName: text`` on one clean line, shortened for a notification."""
    text = clean_line(str(error))
    reason = type(error).__name__ + (f": {text}" if text else "")
    if len(reason) > MAX_REASON:
        reason = reason[: MAX_REASON - 1] + "…"
    return reason


def _log_text(error: BaseException, context: str) -> str:
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    header = [
        f"briefing {__version__} crash report, {stamp}",
        f"python {platform.python_version()} on {platform.platform()}",
        f"argv: {' '.join(sys.argv)}",
    ]
    if context:
        header.append(f"while: {context}")
    body = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    # Escapes from an article must not reach the terminal of whoever `cat`s the log.
    return clean("\n".join(header) + "\n\n" + body)


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob(f"{LOG_PREFIX}*.log"))
    for old in logs[:-KEEP_LOGS]:
        try:
            old.unlink()
        except OSError:
            pass  # pruning is housekeeping; never let it hide the crash itself


def write_log(error: BaseException, context: str = "") -> Path:
    """Write the traceback of ``error`` to a new log file and return its path (may raise OSError)."""
    folder = locations.log_directory(create=True)
    now = datetime.now(timezone.utc)
    name = f"{LOG_PREFIX}{now:%Y%m%d-%H%M%S-%f}-{os.getpid()}"
    text = _log_text(error, context)
    for attempt in range(100):
        path = folder / (f"{name}.log" if attempt == 0 else f"{name}-{attempt}.log")
        try:
            # "x": two crashes in the same microsecond never overwrite each other.
            with open(path, "x", encoding="utf-8", errors="replace") as handle:
                handle.write(text)
        except FileExistsError:
            continue
        _prune(folder)
        return path
    raise FileExistsError(folder / f"{name}.log")


def report(error: BaseException, context: str = "") -> CrashReport:
    """Log ``error`` and return the one line to show. Never raises."""
    try:
        reason = _reason(error)
    except Exception:  # a __str__ that raises must not hide the original error
        reason = type(error).__name__
    try:
        path: Path | None = write_log(error, context)
        where = f"details in {clean_line(str(path))}"
    except Exception as log_error:
        path = None
        where = f"no log written ({type(log_error).__name__}: {clean_line(str(log_error))[:80]})"
    return CrashReport(message=f"Unexpected error: {reason}; {where}", log_path=path)


# Textual callers of ``App._handle_exception`` after which the raising node's message
# loop has stopped; every other caller (timers, workers, layout, compose) carries on.
_LOOP_STOPPERS = frozenset({
    "_process_messages_loop", "_flush_next_callbacks", "_pre_process", "_process_messages",
    "run_process_messages",
})


def _failing_pump_is_fatal(app: Any) -> bool:
    """True when the message loop Textual stopped was the app's (or a screen's).

    A widget's loop stopping removes that widget only, but the app's or the screen's
    means nothing reacts to keys any more, so carrying on would leave a frozen terminal.
    The Textual frame that called ``_handle_exception`` tells which loop stopped.
    """
    try:
        import textual
        from textual.message_pump import MessagePump
        from textual.screen import Screen
    except ImportError:
        return True
    textual_dir = os.path.dirname(textual.__file__) + os.sep
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith(textual_dir) and code.co_name != "_handle_exception":
            if code.co_name not in _LOOP_STOPPERS:
                return False
            pump = frame.f_locals.get("self")
            return not isinstance(pump, MessagePump) or pump is app or isinstance(pump, Screen)
        frame = frame.f_back
    return False  # called directly, not by Textual: no loop has stopped


def notify(app: Any, crash: CrashReport) -> None:
    """Show ``crash`` as an error notification (plain text, never markup)."""
    try:
        app.notify(crash.message, title="Unexpected error", severity="error",
                   timeout=15, markup=False)
    except Exception:
        pass  # the app may be shutting down; the log is written either way


def handle_app_exception(app: Any, error: BaseException, *, fatal: bool | None = None) -> CrashReport:
    """Report ``error`` from inside the app: notify and go on, or exit with one line.

    ``fatal`` overrides the guess from the failing message loop (tests use it).
    """
    crash = report(error, context="running the app")
    # Textual's run_test() re-raises the first error it finds here when the test ends, so
    # pilot tests still fail on a bug the guard kept from the user; `run()` never reads it.
    if getattr(app, "_exception", False) is None and isinstance(error, Exception):
        app._exception = error
    if fatal is None:
        fatal = _failing_pump_is_fatal(app)
    if not fatal:
        notify(app, crash)
        return crash
    try:
        from rich.text import Text

        # A Text, not a str: Rich would read "[...]" in the error as markup.
        app.exit(return_code=1, message=Text(crash.message))
    except Exception:
        pass
    return crash


class CrashGuard:
    """Mixin: errors in actions and message handlers become a notification + a log.

    Put it first in the bases, ``class BriefingApp(CrashGuard, App)``; it works on
    screens and widgets too (``class Pane(CrashGuard, Widget)``), where it guards that
    node's own handlers. ``asyncio.CancelledError`` is a BaseException and passes through.
    """

    async def run_action(self, action: str, *args: Any, **kwargs: Any) -> bool:
        try:
            return await super().run_action(action, *args, **kwargs)  # type: ignore[misc]
        except Exception as error:
            handle_app_exception(self.app, error, fatal=False)  # type: ignore[attr-defined]
            return True  # handled: Textual must not look for another binding

    async def _dispatch_message(self, message: Any) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except Exception as error:
            handle_app_exception(self.app, error, fatal=False)  # type: ignore[attr-defined]

    def _handle_exception(self, error: Exception) -> None:
        # Only the App has this hook; errors Textual could not contain (compose, timers,
        # workers, idle callbacks) arrive here.
        handle_app_exception(self, error)


__all__ = ["CrashReport", "CrashGuard", "handle_app_exception", "notify", "report",
           "write_log", "KEEP_LOGS"]
