"""The engine knows no article: no name from the bundled sample stories or from the test
article sets (tests/heldout*, tests/study*) may appear in the package's code or lexicons,
except the general gazetteer of real states and organisations and the titles of people.

The sample names are its parties and aliases as the engine finds them, so the test follows
the samples if they change; the sets' names come from their gold parties.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from briefing import ingest
from briefing.extract import extract
from briefing.resources import lexicon, seeds_dir

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
TEST_SETS = Path(__file__).resolve().parent
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


# Words the sets use in names that are no invented name: a real city, a rank of state, a
# party family, common nouns no article happens to write in lower case, and the surname of
# the house's own invented examples.
REAL_WORDS = frozenset({"London", "Sultanate", "Greens", "Metal", "Personal", "Relations", "Marsh"})


@cache
def _test_set_names() -> frozenset[str]:
    """Proper names (5+ letters) of the gold parties of every article set under tests/: the
    capitalised words of their names and aliases that no test article and no package file
    writes in lower case (so "Farmers" or "Markets" in a name are not taken for names)."""
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(TEST_SETS.glob("*/articles/*")) + sorted(TEST_SETS.glob("extract/articles/*"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.toml"))]
    lower = set(re.findall(r"\b[a-z]{5,}\b", "\n".join(texts)))
    words: set[str] = set()
    for path in sorted(TEST_SETS.glob("*/gold/*.json")):
        for party in json.loads(path.read_text(encoding="utf-8")).get("parties", []):
            for name in [party["name"], *party.get("aliases", [])]:
                words.update(w for w in re.findall(r"\b[A-Z][a-z]{4,}\b", name) if w.lower() not in lower)
    return frozenset(words - REAL_WORDS)


def _gazetteer() -> str:
    """The real states and organisations, and the titles and roles ("Prime Minister")."""
    return "\n".join(lexicon(name).read_text(encoding="utf-8") for name in ("actors.toml", "titles.toml"))


def test_the_samples_and_sets_name_someone() -> None:
    assert len(_sample_names()) >= 5  # (else the tests below could not fail)
    assert len(_test_set_names()) >= 50


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.toml")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sample_name_in_the_package(path: Path) -> None:
    gazetteer = _gazetteer()
    names = {w for w in _sample_names() if not re.search(rf"\b{w}\b", gazetteer)}
    text = path.read_text(encoding="utf-8")
    found = sorted(w for w in names if re.search(rf"\b{w}\b", text))
    assert not found, f"{path.name} names {found} from the sample articles"


@cache
def _test_set_pattern() -> re.Pattern[str]:
    """One pattern of every set name the gazetteer does not hold (compiled once)."""
    gazetteer = _gazetteer()
    names = sorted(w for w in _test_set_names() if not re.search(rf"\b{w}\b", gazetteer))
    return re.compile(r"\b(?:" + "|".join(names) + r")\b")


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.toml")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_test_set_name_in_the_package(path: Path) -> None:
    found = sorted(set(_test_set_pattern().findall(path.read_text(encoding="utf-8"))))
    assert not found, f"{path.name} names {found} from the test article sets"
