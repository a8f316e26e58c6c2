"""SVG snapshots (pytest-textual-snapshot) of what the user sees, from fixed fixtures.

Update after an intended change with ``pytest tests/ui/test_snapshots.py --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

import pytest

from briefing.config import Config
from briefing.ui.app import BriefingApp

from .conftest import seed_briefing, six_briefing

SIZES = {"120x40": (120, 40), "60x20": (60, 20)}


def app_for(name: str) -> BriefingApp:
    briefing = seed_briefing() if name == "seed" else six_briefing()
    return BriefingApp(briefing, config=Config())


@pytest.mark.parametrize("size", SIZES)
def test_seed(snap_compare, size: str) -> None:
    assert snap_compare(app_for("seed"), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_six_parties(snap_compare, size: str) -> None:
    assert snap_compare(app_for("six"), terminal_size=SIZES[size], press=["3", "j"])


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, size: str) -> None:
    assert snap_compare(app_for("seed"), terminal_size=SIZES[size], press=["question_mark"])


@pytest.mark.parametrize("size", SIZES)
def test_search_and_filter(snap_compare, size: str) -> None:
    assert snap_compare(app_for("seed"), terminal_size=SIZES[size],
                        press=["slash", *"hostages", "enter", "f"])


def test_source_view(snap_compare) -> None:
    assert snap_compare(app_for("seed"), terminal_size=(100, 24),
                        press=["2", "j", "j", "enter"])


def test_light_theme(snap_compare) -> None:
    app = BriefingApp(seed_briefing(), config=Config(theme="textual-light"))
    assert snap_compare(app, terminal_size=(120, 40), press=["j"])


def test_search_box_open(snap_compare) -> None:
    assert snap_compare(app_for("seed"), terminal_size=(120, 40),
                        press=["slash", *"hostages"])


def test_aliases_shown(snap_compare) -> None:
    assert snap_compare(app_for("seed"), terminal_size=(120, 40), press=["A"])
