"""Parties: a person folds into the actor they speak for when the role is written
with an honorific before the name ("guild chair Dr. X", "the Minister, Hon. X"), when a
known name sits among the words before the role ("a senior X Port Authority official,
Y"), when "of X and Deputy Director Y of Z" pairs two people with two owners (the "of"
phrase's longest known name, never "X and Deputy"), and a portfolio minister of a story
naming no state speaks for the ministry of that portfolio. Invented article:
tests/extract/articles/parties-honorific-roles.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes, read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def parents(doc) -> dict[str, str | None]:
    table = find_parties(doc)
    return {a.name: (table.actors[table.top(a.id)].name if a.parent is not None else None)
            for a in table.actors if a.cls == "person"}


def test_honorific_named_role_and_paired_of_phrases() -> None:
    assert parents(read_path(ARTICLES / "parties-honorific-roles.txt")) == {
        "Oren Maltby": "Corrin Dockworkers Guild",      # guild chair Dr. X
        "Tessa Quill": "Velnor Port Authority",         # a senior X official, Y
        "Mira Castell": "Corrin Dockworkers Guild",     # X of A and Deputy Director Y of B
        "Anton Leck": "Velnor Port Authority",
    }


def test_honorific_after_an_ownerless_role() -> None:
    text = ("Fishing licences\n\nThe Government of the Republic of Sarkoa met the Ombrel Fleet Owners "
            "Association on Friday. The Minister of Fisheries, Hon. Lute Varrow, said the Government "
            "would not renew the licences. The association's president, Mrs. Ida Perl, rejected the plan.\n")
    assert parents(parse_bytes(text.encode(), "doc", "txt")) == {
        "Lute Varrow": "Sarkoa", "Ida Perl": "Ombrel Fleet Owners Association"}


def test_portfolio_minister_with_no_state_speaks_for_the_ministry() -> None:
    text = ("Doctors' strike\n\nThe Velsen Hospital Doctors Union said on Monday its members would strike. "
            "The Health Ministry said it had offered 5%. Health Minister Aro Dunsk said the offer was final, "
            "and Dunsk rejected any further talks.\n")
    assert parents(parse_bytes(text.encode(), "doc", "txt")) == {"Aro Dunsk": "Health Ministry"}


def test_capitalised_government_is_the_state_not_an_actor() -> None:
    text = ("Fishing licences\n\nThe Government of the Republic of Sarkoa and the Government of the Kingdom "
            "of Ombrel signed a fisheries accord on Friday. Sarkoa will close its waters in May. The Government "
            "will not renew any licence of a vessel caught fishing illegally, the Sarkoan fisheries minister said.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    assert {a.name: a.aliases for a in table.actors if a.cls == "state"} == {
        "Sarkoa": ["Government of the Republic of Sarkoa", "Sarkoan", "Government"],
        "Ombrel": ["Government of the Kingdom of Ombrel"],
    }
    assert not any(a.name in ("Government", "Republic", "Kingdom") for a in table.actors)
