"""Shared fixtures: every test runs with its own BRIEFING_HOME (no real user folders)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "gaza-ceasefire.txt"


@pytest.fixture(autouse=True)
def briefing_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    return home
