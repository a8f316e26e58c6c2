"""Hypothesis profiles for the property tests.

Each property runs twice: a quick pass in the default run (profile "quick") and a long
one under ``pytest -m fuzz`` (profile "fuzz", 10,000 examples per property).
``BRIEFING_FUZZ_EXAMPLES=N`` changes the long count.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.fuzz.counts import EXAMPLES

QUICK_EXAMPLES = 40
FUZZ_EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "10000"))

settings.register_profile(
    "quick", max_examples=QUICK_EXAMPLES, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile(
    "fuzz", max_examples=FUZZ_EXAMPLES, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if EXAMPLES:
        terminalreporter.section("hypothesis examples run")
        for name, count in sorted(EXAMPLES.items()):
            terminalreporter.write_line(f"{count:>7,}  {name}")
