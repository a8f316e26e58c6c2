"""End to end in tmux: open the reader on the seed, press e then Enter, read the file.

Marked ``e2e`` (needs tmux; skipped without it). Waits poll the screen or the folder
with a generous deadline; nothing asserts on time.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from .mdparse import HTML_TOKENS, headings, tokens, walk

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "gaza-ceasefire.txt"
DEADLINE = 30.0

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")]


def wait_for(check: Callable[[], bool], what: str, show: Callable[[], str]) -> None:
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    last = show()
    raise AssertionError(f"gave up waiting for {what}; the screen:\n{last}")


def test_press_e_and_enter_writes_the_export(briefing_home: Path) -> None:
    session = f"briefing-export-e2e-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(part) for part in
                       ["env", f"BRIEFING_HOME={briefing_home}", "TERM=xterm-256color",
                        sys.executable, "-m", "briefing", str(SEED)])
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "36",
                    command], check=True, cwd=ROOT, env=os.environ.copy())

    def screen() -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                              capture_output=True, text=True).stdout

    def keys(*names: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", session, *names], check=True)

    exports = briefing_home / "data" / "exports"
    try:
        wait_for(lambda: "export" in screen() and "Reading" not in screen(), "the reader", screen)
        keys("e")
        wait_for(lambda: "Export to Markdown" in screen(), "the export dialog", screen)
        keys("Enter")
        wait_for(lambda: exports.is_dir() and any(exports.iterdir()), "the exported file", screen)
        wait_for(lambda: "Exported" in screen(), "the notification", screen)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    (written,) = exports.iterdir()
    assert written.suffix == ".md" and not written.name.startswith(".")
    toks = tokens(written.read_text(encoding="utf-8"))
    assert [h.text for h in headings(toks)][1] == "Articles"
    assert not {t.type for t in walk(toks)} & HTML_TOKENS
