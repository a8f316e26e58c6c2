"""Parties: an acronym met once is kept when the noun of what it names stands right
before it ("the farmers' union FNSA threatened protests"): it holds its own position
instead of lending it to the state named before; a lone capitalised word met once with
no such noun (a dateline) is still no actor."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_bytes

TEXT = """Beef quotas

OSTRAVA, May 12 - Valdoria and Kessin met on Monday. Valdoria's farm minister said Valdoria opposed any increase in beef imports. The Valdorian farmers' union FNSA threatened protests. Kessin demanded a larger quota.
"""


def test_acronym_after_its_noun() -> None:
    briefing = extract(parse_bytes(TEXT.encode(), "doc", "txt"))
    assert {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties} == {
        "Valdoria": [("oppose", "opposed any increase in beef imports")],
        "FNSA": [("vow", "threatened protests")],
        "Kessin": [("demand", "demanded a larger quota")],
    }
