"""Parties: "Finance Minister Petra Lund of Valdoria", "Sven Ekdal of Valdoria", "Energy Minister
Karin Sol of Valdoria": a person,
then whom they speak for, not one name "... of Valdoria" (whose last word made
"Valdoria" a person's alias); "the United Nurses of Westmarch" stays one name; "an adviser
to the Valdorian prime minister" speaks for Valdoria. Invented article:
tests/extract/articles/parties-person-of-state.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_person_of_state() -> None:
    table = find_parties(read_path(ARTICLES / "parties-person-of-state.txt"))
    actors = {a.name: (a.cls, table.actors[a.parent].name if a.parent is not None else None)
              for a in table.actors if a.cls != "merged"}
    assert actors == {
        "Valdoria": ("state", None),
        "United Nurses of Westmarch": ("union", None),
        "Petra Lund": ("person", "Valdoria"),
        "Sven Ekdal": ("person", "Valdoria"),
        "Karin Sol": ("person", "Valdoria"),   # ("Energy" is also a company word)
        "Tomas Reiner": ("person", "Valdoria"),
        "Anja Volk": ("person", "Valdoria"),
    }
