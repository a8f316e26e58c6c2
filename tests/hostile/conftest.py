"""The hostile corpus, built once per run in a temporary folder (see scripts/make_hostile_corpus.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.checks import ROOT, corpus_module


@pytest.fixture(scope="session")
def corpus():
    return corpus_module()


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory, corpus) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    corpus.write_cases(folder, corpus.small_cases())
    return folder


def run_cli(*args: str, timeout: float = 120, cwd: Path | None = None,
            **kwargs) -> subprocess.CompletedProcess[bytes]:
    """`python -m briefing ARGS` as a user would run it (bytes out, so nothing is decoded away)."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                          timeout=timeout, env=env, cwd=cwd or ROOT, **kwargs)
