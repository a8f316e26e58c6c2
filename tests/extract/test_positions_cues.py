"""Stance cues of analysis pieces: "X is prepared to discuss A" accepts A, and a verb
after ", according to ..., but has not agreed to B" shares X as its holder (B
rejected); "back" before "into/off/out/..." is an adverb, no support ("push the airline
back into losses"), while "not back down" still is a stance; "n't" negates ("doesn't
accept" rejects); "is said/understood to have offered" is a hedge before the verb its
subject holds. Invented articles: tests/extract/articles/pos-prepared-to.md,
pos-back-particle.txt, pos-negation-nt.txt, pos-said-to.txt."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_prepared_to_and_a_shared_negated_verb() -> None:
    assert positions_of("pos-prepared-to.md") == {
        "Ostmark": [
            ("accept", "is prepared to discuss a shared flood warning system"),
            ("reject", "not agreed to a joint water authority"),
        ],
    }


def test_back_as_an_adverb_is_no_support() -> None:
    assert positions_of("pos-back-particle.txt") == {
        "Harlow Pilots' Union": [("support", "backed a 48-hour strike")],
        "Harlow Air": [
            ("claim", "a new contract would push the airline back into losses"),
            ("oppose", "not back down"),
        ],
    }


def test_nt_negation_flips_the_stance_and_keeps_its_auxiliary() -> None:
    # "doesn't accept" rejects, "didn't reject" accepts (n't ends its word: no \b before
    # it), and the item keeps the auxiliary ("doesn't accept", not "n't accept")
    assert positions_of("pos-negation-nt.txt") == {
        "Vell Mining": [
            ("reject", "doesn't accept the new shift rota"),
            ("claim", "The 3% royalty was only an opening position"),
        ],
        "Vell Miners' Union": [("accept", "didn't reject our pay plan")],
    }


def test_is_said_to_is_a_hedge_not_speech() -> None:
    # "X is also said to have offered A": X's offer (hedged), no claim of X's saying;
    # "is understood to have rejected" likewise lets X hold the verb after it
    assert positions_of("pos-said-to.txt") == {
        "Tellas Copper": [
            ("propose", "offered a training fund of $12 million"),
            ("reject", "rejected the audit"),
        ],
    }
