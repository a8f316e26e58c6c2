"""Parties: a proper word met only at sentence starts is an actor when it acts there
sentence after sentence ("Ostria demanded ... Ostria said ..."), not a plural common
noun ("Analysts said", "Analysts warned") nor a capitalised common noun ("Police said")."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_bytes

TEXT = """Border talks

Talks on the border resumed on Monday. Ostria demanded a full withdrawal of troops. Velka rejected the demand. Ostria said it would not wait. Velka proposed a joint patrol. Analysts said the gap was wide. Analysts warned of a new war. Police said the crossing was calm. Police said no one was hurt.
"""


def test_names_acting_at_sentence_starts() -> None:
    briefing = extract(parse_bytes(TEXT.encode(), "doc", "txt"))
    assert {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties} == {
        "Ostria": [("demand", "demanded a full withdrawal of troops"), ("vow", "would not wait")],
        "Velka": [("reject", "rejected the demand"), ("propose", "proposed a joint patrol")],
    }
