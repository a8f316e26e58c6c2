"""Parties: a plural possessive ending a name is the possessive, not part of the name
("Brenner Markets' takeover of X" is Brenner Markets), unless its last word is an
organisation word written so ("Farmers'", "Workers'"); names holding such a word inside
("the Lisandrian Farmers' Federation") stay as written."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Supermarket merger

The regulator approved Brenner Markets' takeover of Calder Grocers on Tuesday. Brenner Markets said it would sell 40 stores. The Lisandrian Farmers' Federation opposed the deal.
"""


def test_plural_possessive_is_cut_from_the_name() -> None:
    table = find_parties(parse_bytes(TEXT.encode(), "doc", "txt"))
    assert sorted(a.name for a in table.actors if a.cls not in ("merged", "generic")) == [
        "Brenner Markets", "Calder Grocers", "Lisandrian Farmers' Federation"]
