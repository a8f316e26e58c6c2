"""Parties: a minister in a story that names no state speaks for "the government", an
actor of its own: the minister folds into it and "the government" finds it, so its
positions are held by one party named "Government" (not by the minister alone, and not
lost)."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_bytes

TEXT = """Rail strike enters second day

Drivers at Norhaven Rail walked out again on Tuesday. The Locomotive Drivers Guild demanded a 9% raise. Norhaven Rail said it could pay 4%. Transport Minister Ada Rensik said the government would not intervene in the talks. The government rejected calls for emergency legislation.
"""


def test_minister_with_no_state_speaks_for_the_government() -> None:
    briefing = extract(parse_bytes(TEXT.encode(), "doc", "txt"))
    got = {p.name: (p.aliases, [(q.stance, q.text) for q in p.positions]) for p in briefing.parties}
    assert got["Government"] == (
        ["government", "Ada Rensik", "Transport Minister Ada Rensik", "Rensik"],
        [("vow", "would not intervene in the talks"), ("reject", "rejected calls for emergency legislation")])
    assert "Ada Rensik" not in got
