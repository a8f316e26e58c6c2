"""Where the package's data lives: styles, lexicons and the bundled sample story.

In a wheel, ``styles/`` and ``seeds/`` are copied into the package
(``briefing/styles``, ``briefing/seeds``, see pyproject.toml); in a source
checkout or an editable install they sit at the top of the repository. Every
lookup goes through here so both layouts work.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
LEXICON_DIR = PACKAGE_DIR / "data" / "lexicons"


def _bundled(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def styles_dir() -> Path:
    """The folder of ``*.tcss`` stylesheets."""
    return _bundled("styles")


def seeds_dir() -> Path:
    """The folder holding the bundled sample story."""
    return _bundled("seeds")


def stylesheet(name: str) -> Path:
    """One stylesheet by file name, e.g. ``stylesheet("app.tcss")``."""
    return styles_dir() / name


def lexicon(name: str) -> Path:
    """One lexicon data file by file name, e.g. ``lexicon("stances.toml")``."""
    return LEXICON_DIR / name
