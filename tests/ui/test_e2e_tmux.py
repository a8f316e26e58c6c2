"""End to end: the installed `briefing` in a real terminal (tmux), driven by keys.

Runs on the seed article through the live engine, so it asserts only what does not
depend on what the engine finds: the frame, the panes, the search box, the help and a
clean exit. Skipped when tmux is missing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]


def briefing_command() -> list[str]:
    script = Path(sys.executable).with_name("briefing")
    if script.exists():
        return [str(script)]
    found = shutil.which("briefing")
    return [found] if found else [sys.executable, "-m", "briefing"]


class Tmux:
    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], check=True,
                              capture_output=True, text=True).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "app")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "app", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "app", "-l", text)

    def wait_for(self, test: Callable[[str], bool], timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if test(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError("screen never matched; last screen:\n" + screen)


@pytest.fixture
def tmux(briefing_home: Path, tmp_path: Path):
    session = Tmux(f"briefing-e2e-{os.getpid()}-{tmp_path.name}")
    command = " ".join(shlex.quote(part) for part in [
        # COLUMNS/LINES (set by some test runners) would override the tmux size.
        "env", "-u", "COLUMNS", "-u", "LINES", f"BRIEFING_HOME={briefing_home}",
        "TERM=xterm-256color",
        *briefing_command(), str(SEED)])
    session.run("new-session", "-d", "-s", "app", "-x", "120", "-y", "40",
                f"{command}; echo EXITED $?; sleep 30")
    try:
        yield session
    finally:
        subprocess.run(["tmux", "-L", session.socket, "kill-server"], capture_output=True)


def test_briefing_in_tmux_moves_searches_helps_and_quits(tmux: Tmux) -> None:
    screen = tmux.wait_for(lambda s: "Key figures" in s and "Proposed terms" in s)
    lines = screen.splitlines()
    assert lines[0].startswith(" briefing · ")
    assert "search" in lines[-1] and "quit" in lines[-1]

    tmux.keys("Tab", "j", "4")  # move between panes and items: no crash, still drawn
    screen = tmux.wait_for(lambda s: "Proposed terms" in s)

    tmux.keys("/")
    tmux.type("ceasefire")
    screen = tmux.wait_for(lambda s: "ceasefire" in s and "clear" in s.splitlines()[-1])
    assert "enter keep" in screen.splitlines()[-1]
    tmux.keys("Enter")
    screen = tmux.wait_for(lambda s: "enter keep" not in s.splitlines()[-1])
    tmux.keys("Escape")

    tmux.keys("?")
    screen = tmux.wait_for(lambda s: "briefing · keys" in s)
    assert "pane.next" in screen and "Search all panes as you type" in screen
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "briefing · keys" not in s)

    tmux.keys("q")
    tmux.wait_for(lambda s: "EXITED 0" in s)
