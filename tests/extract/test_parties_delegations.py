"""Parties: "the delegation of the Republic of X, led by Y" makes Y speak for X; a first
name that is also a capital ("Sofia Renholm") names a person, not Bulgaria's; "Conciliator
X" and "Captain X" are titles, not part of the name. Invented article:
tests/extract/articles/parties-delegations.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_delegation_leaders_capital_first_names_and_titles() -> None:
    table = find_parties(read_path(ARTICLES / "parties-delegations.txt"))
    people = {a.name: (a.title, table.actors[a.parent].name if a.parent is not None else None)
              for a in table.actors if a.cls == "person"}
    assert people == {
        "Osei Tandor": ("", "Marrow"),
        "Sofia Renholm": ("", "Kelt"),
        "Ines Valtane": ("Conciliator", None),
        "Piet Arnell": ("Captain", "Kelt River Pilots Association"),
    }
    assert "Bulgaria" not in {a.name for a in table.actors}
