"""A body quoted only for a toll or a count is a source, not a side (issue #4: "a ministry
quoted for a death toll is not a party"), whatever class its owner has: a ministry whose
owner reads as a state ("Norrevia's Health Ministry") stays out too."""

from __future__ import annotations

import pytest

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import parse_bytes


def party_names(text: str) -> list[str]:
    doc = parse_bytes(text.encode(), "invented", "txt")
    return sorted(p.name for p in find_positions(doc, find_parties(doc)))


STORY = ("Truce talks stall in Harrowgate\n\n"
         "The Kessar Front rejected the ceasefire proposal on Monday, saying it demanded the release of all "
         "its prisoners first. The Velmoran government said it would keep negotiating.\n\n{toll}\n")


@pytest.mark.parametrize("toll", [
    "Norrevia's Health Ministry said more than 3,000 people have been killed since the fighting began.",
    "The Norrevian Health Ministry said 412 people were wounded and dozens are missing.",
    "Norrevia's Interior Ministry said thousands of families had fled the border towns.",
])
def test_a_ministry_quoted_only_for_a_toll_is_no_party(toll: str) -> None:
    assert party_names(STORY.format(toll=toll)) == ["Kessar Front", "Velmoran"]


def test_a_ministry_with_a_stance_stays_a_party() -> None:
    toll = ("Norrevia's Foreign Ministry said 40 civilians were killed and demanded an immediate "
            "international inquiry.")
    assert "Foreign Ministry" in party_names(STORY.format(toll=toll))
