"""Positions in press-conference transcripts whose speakers are introduced in a roster
("Speakers: Jane Roe, Minister of Transport; John Doe, Managing Director, Vell Rail")
and labelled by bare last names ("ROE:"): the roster gives each speaker's side (the
organisation named in the apposition, or the story's only state for a government role),
so their "we" is that side; a mediator in the roster still holds nothing; an answer
sentence of under six words is no claim. Invented
articles: tests/extract/articles/pos-roster-labels.txt, pos-quote-runs-on.txt (a quote
running over two sentences before its speaker is named, or on after the sentence that
named them; "they" inside a quote), pos-transcript-refusals.txt ("that request was
refused", "X said no"), pos-statement-first-person.txt (a speaker's "we" statements)."""

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
            ("vow", "will hold the operator to it"),
            ("demand", "asked for a fare cap on commuter routes"),
            ("vow", "will not allow the line to close on Sundays"),
            # an answer of under six words leans on the question ("Not on commuter
            # routes", "That was the compromise"): no claim of its own
            ("claim", "The cap holds for ten years on every commuter line"),
        ],
        "Kestle Rail Holdings": [
            ("accept", "accepted the fare cap"),
            ("vow", "will open four new stations by 2030"),
        ],
    }


def test_a_quote_over_two_sentences_and_third_persons_inside_quotes() -> None:
    # the first sentence of a quote whose speaker is named only after it closes is
    # still the speaker's; "they" inside a quote is somebody else, not the speaker
    assert positions_of("pos-quote-runs-on.txt") == {
        "Orlen Ferry Workers' Union": [
            ("claim", "No ferry will sail without a second engineer"),
            ("claim", "That rule has not changed and it will not change"),
        ],
        "Vask Shipping Company": [
            ("claim", "Nobody gets everything they asked for, and that is how a fair deal looks"),
            ("claim", "They want a strike before the summer timetable"),
            # a quote over three sentences: the last one (no opening mark) is still his
            ("claim", "The ferries are not for sale"),
            ("claim", "We are not leaving the strait"),
            ("demand", "asking for a fair fare rise"),
            ("vow", "will not cut the winter service"),
        ],
    }


def test_refusals_of_what_the_other_side_asked() -> None:
    # a speaker's agentless "that request was refused" is their side's refusal of the
    # request just named; "and the government said no" refuses what was just asked
    assert positions_of("pos-transcript-refusals.txt") == {
        "Vell Mining": [
            ("demand", "asked to move a stretch of the river"),
            ("demand", "asked for it to be phased in over five years"),
        ],
        "Orvasse": [
            ("reject", "refused: to move a stretch of the river"),
            ("reject", "said no: asked for it to be phased in over five years"),
        ],
    }


def test_a_speakers_first_person_statement_is_their_sides_claim() -> None:
    # outside an answer, a labelled speaker's "we/our" sentence is their side's claim
    # ("We did not give away our rivers"); one about the occasion ("then we will take
    # your questions", "Thank you") or with no first person ("The tariff is fair") is not
    assert positions_of("pos-statement-first-person.txt") == {
        "Orvasse": [
            ("vow", "will hold the operator to it"),
            ("claim", "We did not give away our rivers in these talks"),
        ],
        "Kestle Water Holdings": [("claim", "We are proud of this concession")],
    }
