"""Parties in a radio interview: "The education minister, X," with no state in the story
speaks for "the government" (the story says "the province"), never for the host whose
label ("ROAN:") opens the turn, which is no actor of its own; "Radio Vessmark" is a
broadcaster, no person (its "Vessmark" no alias). Invented article:
tests/extract/articles/parties-province-interview.md."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_minister_of_a_province_and_labels() -> None:
    table = find_parties(read_path(ARTICLES / "parties-province-interview.md"))
    people = {a.name: table.actors[a.parent].name if a.parent is not None else None
              for a in table.actors if a.cls == "person"}
    assert people == {"Ellis Roan": None, "Mara Quist": "Vessmark Teachers' Union", "Ana Dorell": "Government"}
    names = {a.name for a in table.actors if a.cls != "merged"}
    assert not names & {"ROAN", "QUIST", "Radio Vessmark"}
