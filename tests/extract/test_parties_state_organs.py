"""Parties: a state's organs and ministries in an official release. "Ministry of A and
B" is one ministry (not a company from "Resources"); "The Minister of A and B, Hon. X"
is a title, no actor "of A and B"; the ministry of a minister who speaks for a state is
that state's; "the Parliament of X" and "the X Council of State" speak for X; capitalised
portfolios ("Forestry") are no states; "A Joint ... Committee will meet" is a body the
deal creates, no side. Invented article: tests/extract/articles/parties-state-organs.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.actors import find_parties
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def test_organs_and_ministries_fold_into_their_state() -> None:
    doc = read_path(ARTICLES / "parties-state-organs.txt")
    table = find_parties(doc)
    tops = {a.name: table.actors[table.top(a.id)].name for a in table.actors
            if a.cls not in ("merged", "generic") and a.name != table.actors[table.top(a.id)].name}
    assert tops == {
        "Teru Masilo": "Sarkoa",
        "Parliament of Sarkoa": "Sarkoa",
        "Ombrel Council of State": "Ombrel",
        "Ministry of Forestry and Land Resources": "Sarkoa",
    }
    assert not any(a.name.startswith("of ") or a.name in ("Forestry", "Timber Committee") for a in table.actors)
    assert {p.name for p in extract(doc).parties} == {"Sarkoa", "Ombrel"}


def test_the_treasury_is_no_portfolio() -> None:
    from briefing.ingest import parse_bytes
    text = ("Steel tariff talks\n\nThe European Union and Ostria resumed talks on steel tariffs. "
            "The Treasury rejected the EU's offer of a 10% cap, and the Treasury said Ostria wanted a quota.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    assert "Treasury" in {a.name for a in table.actors}
