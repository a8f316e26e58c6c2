"""Parties: brokers of the talks. "Talks between the Ostrian and Velkan delegations,
mediated by Norway and Qatar, ..." names two brokers (a list after "mediated by", the
capitalised "Talks" further back than 30 characters); "The AU's chief mediator, former
Kenyan foreign minister-turned-envoy X" speaks for the AU (the past job is an aside), so
the broker and its mediator are one party. ("the Ostrian and Velkan delegations": a
demonym before "and" is no word qualifying a thing, so Ostria is a side.)"""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Border talks end without deal

Talks between the Ostrian and Velkan delegations, mediated by Norway and Qatar, ended on Tuesday without agreement. Ostria demanded a full withdrawal. Velka rejected the demand and proposed a joint patrol.

Talks mediated by the African Union resumed in June. The AU's chief mediator, former Kenyan foreign minister-turned-envoy Ruth Amollo, proposed a buffer zone.
"""


def test_listed_brokers_and_their_mediator() -> None:
    doc = parse_bytes(TEXT.encode(), "doc", "txt")
    table = find_parties(doc)
    assert [table.actors[b].name for b in table.brokers] == ["Norway", "Qatar", "African Union"]
    amollo = next(a for a in table.actors if a.name == "Ruth Amollo")
    assert table.actors[amollo.parent].name == "African Union"
    assert [p.name for p in extract(doc).parties] == ["Velka", "Ostria", "African Union", "Norway", "Qatar"]


def test_possessive_third_party_roles() -> None:
    text = ("Dock talks\n\nTalks between the Halden Dockers' Association and Quayfront Logistics resumed at the "
            "Arbitration Service. The Arbitration Service's chief conciliator, Helen Brask, said both sides would "
            "keep talking. A mediator, Olaf Rinne, said nothing.\n")
    table = find_parties(parse_bytes(text.encode(), "doc", "txt"))
    parents = {a.name: table.actors[a.parent].name if a.parent is not None else None
               for a in table.actors if a.cls == "person"}
    assert parents == {"Helen Brask": "Arbitration Service", "Olaf Rinne": None}
