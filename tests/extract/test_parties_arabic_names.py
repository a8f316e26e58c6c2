"""Parties: names with a joined Arabic article ("Majed al-Ansari", "Amr el-Sayed") are one
person, also met as "Al-Ansari" at a sentence start (no lone actor "Majed"); a compass
word and a place word ("the West Bank") is a place, not a bank; "North Sea Fishermen's
Union" is still a union."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Ceasefire talks in Sarif

SARIF, June 3 - Negotiators from Velmar and the Dunes Front resumed indirect talks on Tuesday. Qatar's foreign ministry spokesman Majed al-Ansari said progress had been made. Al-Ansari said the Dunes Front had agreed. The Palestinian Authority, which governs parts of the West Bank, said it was ready. Egyptian envoy Amr el-Sayed met both sides. The North Sea Fishermen's Union agreed.
"""


def test_arabic_articles_and_compass_places() -> None:
    doc = parse_bytes(TEXT.encode(), "doc", "txt")
    table = find_parties(doc)
    actors = {a.name: (a.cls, table.actors[a.parent].name if a.parent is not None else None)
              for a in table.actors if a.cls != "merged"}
    assert actors == {
        "Dunes Front": ("armed", None),
        "Qatar": ("state", None),
        "Majed al-Ansari": ("person", "Qatar"),
        "Palestine": ("state", None),
        "Egypt": ("state", None),
        "Amr el-Sayed": ("person", "Egypt"),
        "North Sea Fishermen's Union": ("union", None),
    }
    ansari = [doc.text[m.start:m.end] for m in table.mentions if table.actors[m.actor].name == "Majed al-Ansari"]
    assert ansari == ["Majed al-Ansari", "Al-Ansari"]
