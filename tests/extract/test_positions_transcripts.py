"""Positions in press-conference transcripts whose speakers are introduced in a roster
("Speakers: Jane Roe, Minister of Transport; John Doe, Managing Director, Vell Rail")
and labelled by bare last names ("ROE:"): the roster gives each speaker's side (the
organisation named in the apposition, or the story's only state for a government role),
so their "we" is that side; a mediator in the roster still holds nothing. Invented
article: tests/extract/articles/pos-roster-labels.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_roster_gives_bare_labels_their_side() -> None:
    assert positions_of("pos-roster-labels.txt") == {
        "Orvasse": [
            ("demand", "asked for a fare cap on commuter routes"),
            ("vow", "will not allow the line to close on Sundays"),
            ("claim", "Not on commuter routes"),
        ],
        "Kestle Rail Holdings": [
            ("accept", "accepted the fare cap"),
            ("vow", "will open four new stations by 2030"),
        ],
    }
