"""The engine knows no article: no name from the bundled sample stories may appear in the
package's code or lexicons, except the general gazetteer of real states and organisations
and the titles of people.

The names are the sample's own parties and aliases as the engine finds them, so the test
follows the samples if they change.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from briefing import ingest
from briefing.extract import extract
from briefing.resources import lexicon, seeds_dir

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
SUFFIXES = {".txt", ".md", ".html"}


@cache
def _sample_names() -> frozenset[str]:
    """Capitalised words (4+ letters) of every party name and alias in the samples."""
    words: set[str] = set()
    for path in sorted(seeds_dir().iterdir()):
        if path.suffix.lower() not in SUFFIXES:
            continue
        briefing = extract(ingest.read_path(path))
        for party in briefing.parties:
            for name in [party.name, *party.aliases]:
                words.update(re.findall(r"\b[A-Z][a-z]{3,}\b", name))
    return frozenset(words)


def _gazetteer() -> str:
    """The real states and organisations, and the titles and roles ("Prime Minister")."""
    return "\n".join(lexicon(name).read_text(encoding="utf-8") for name in ("actors.toml", "titles.toml"))


def test_the_samples_name_someone() -> None:
    assert len(_sample_names()) >= 5  # (else the test below could not fail)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.toml")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sample_name_in_the_package(path: Path) -> None:
    gazetteer = _gazetteer()
    names = {w for w in _sample_names() if not re.search(rf"\b{w}\b", gazetteer)}
    text = path.read_text(encoding="utf-8")
    found = sorted(w for w in names if re.search(rf"\b{w}\b", text))
    assert not found, f"{path.name} names {found} from the sample articles"
