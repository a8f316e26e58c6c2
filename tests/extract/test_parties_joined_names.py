"""Parties: two names joined by "and" in one capitalised run are two actors: "Harlan Mobile
and Quist Networks agree merger" when the text also names each by its first word alone,
and "the Government of Velsa and Dorrow Minerals" (a state, then a company)."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Harlan Mobile and Quist Networks agree merger remedies

The regulator cleared the deal on Tuesday. Harlan said it would sell 300 masts. Quist's board backed the plan.

Separately, the Government of Velsa and Dorrow Minerals signed a mining licence. Velsa will receive 8% of the revenue.
"""


def test_joined_names_are_two_actors() -> None:
    table = find_parties(parse_bytes(TEXT.encode(), "doc", "txt"))
    assert {a.name: a.aliases for a in table.actors if a.cls not in ("merged", "generic", "person")} == {
        "Quist Networks": ["Quist", "board"],
        "Harlan Mobile": ["Harlan"],
        "Velsa": ["Government of Velsa"],
        "Dorrow Minerals": [],
    }
