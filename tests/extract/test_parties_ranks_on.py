"""Parties: an abbreviated rank before a name ("Junta spokesman Col. Amadou Serey") is
no actor "Col" (it took "the rebels") and the role before it is the person's; an
organisation "on" a subject ("Intergovernmental Authority on Development (IGAD)") is
one name, its bracketed acronym included, and its envoy folds into it."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.ingest import parse_bytes

TEXT = """Truce holds in Varesh

KALDORA, March 3 - A truce between the Varesh junta and the Northern Hills Liberation Movement held on Sunday, as mediators from the Intergovernmental Authority on Development (IGAD) prepared new talks. The Varesh junta said it would respect the truce. Junta spokesman Col. Amadou Serey said the army would hold its fire. IGAD's special envoy, Ismail Wais, proposed a monitoring commission. The Union on Tuesday said nothing.
"""


def test_ranks_and_on_names() -> None:
    table = find_parties(parse_bytes(TEXT.encode(), "doc", "txt"))
    actors = {a.name: (a.cls, table.actors[a.parent].name if a.parent is not None else None, a.aliases)
              for a in table.actors if a.cls not in ("merged", "generic")}
    assert actors == {
        "Varesh": ("unknown", None, []),
        "Northern Hills Liberation Movement": ("armed", None, []),
        "Intergovernmental Authority on Development": ("authority", None, ["IGAD"]),
        "Amadou Serey": ("person", None, ["Serey"]),
        "Ismail Wais": ("person", "Intergovernmental Authority on Development", ["Wais"]),
    }
