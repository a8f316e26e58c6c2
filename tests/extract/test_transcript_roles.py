"""Positions in interview and panel transcripts: a speaker labelled by a bare (even
hyphenated) last name is the person of that name; the host or moderator ("Host: X",
"Moderated by X", "HOST:") asks, holds no position, and the turn after theirs is an
answer; a roster of Markdown field lines ("**Host:** X" on consecutive lines) does not
run together into one name. Invented articles: tests/extract/articles/positions3-*."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.ingest import read_path

ARTICLES = Path(__file__).resolve().parent / "articles"


def positions_of(name: str) -> dict[str, list[tuple[str, str]]]:
    briefing = extract(read_path(ARTICLES / name))
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in briefing.parties}


def test_interview_roster_labels_and_host() -> None:
    got = positions_of("positions3-interview-roster.md")
    assert got == {
        "Kelmarsh Dockers' Guild": [
            ("demand", "want the final-salary scheme kept open for everyone hired before 2020"),
            ("demand", "want the employers to pay off the scheme's deficit within ten years"),
            ("vow", "will not call it off"),
            ("demand", "the deficit plan is signed"),
        ],
        "Harbour Operators' Association": [
            ("propose", "proposed a new defined-contribution plan with an employer contribution of 12 per cent"),
            ("claim", "cannot keep open a scheme that loses money every year"),
        ],
    }
    # the host's question ("what does the guild want?") gives the guild nothing
    assert all("?" not in text for items in got.values() for _, text in items)


def test_speakers_fold_into_their_side_through_the_roster() -> None:
    briefing = extract(read_path(ARTICLES / "positions3-interview-roster.md"))
    aliases = {p.name: set(p.aliases) for p in briefing.parties}
    assert {"Tova Lind-Arnesen", "LIND-ARNESEN"} <= aliases["Kelmarsh Dockers' Guild"]
    assert {"Rafe Dunmore", "DUNMORE"} <= aliases["Harbour Operators' Association"]
    assert not any("Otterley" in name for name in aliases)   # the host is no party


def test_panel_moderator_asks_and_reports() -> None:
    assert positions_of("positions3-panel-moderator.txt") == {
        "Brenn Basin Authority": [
            # the moderator reporting a side's words still counts, held by that side
            ("demand", "the dams must stay"),
            ("reject", "reject any limit on the dams"),
            ("propose", "propose a joint monitoring board instead"),
        ],
        "Vestra": [
            ("vow", "will not sign an accord that caps our share of the river below 40 per cent"),
            ("propose", "offered to fund two new gauging stations"),
        ],
    }


def test_list_nouns_in_any_case_find_their_stance() -> None:
    # the list-noun pattern is case-insensitive: dotted/dotless i and long s must not
    # fall out of the stance table (a KeyError would lose the whole article)
    from briefing.extract.positions import _list_noun_class

    assert _list_noun_class("CONDİTIONS") == "demand"
    assert _list_noun_class("Red  Lınes") == "reject"
    assert _list_noun_class("objectionſ") == "oppose"   # (a long s folds to s)
    assert _list_noun_class("grievances") == "demand"   # not in the table: the default
    assert _list_noun_class("Concerns") == "concern"


def test_a_question_is_no_claim_and_what_is_done_to_a_side_is_no_vow_of_its() -> None:
    # no speaker label names a known actor here: "Q:" still asks (no "accepted" for
    # Caldera), and "Caldera Metals will not be exempt" / "will not receive" are the
    # minister's words about the company, not the company's vows
    # ("MINISTER ODALYS VANTE:" names her only in the labels: her own answer is hers)
    assert positions_of("positions3-press-patient.txt") == {
        "Caldera Metals": [("demand", "asked for a lower rate")],
        "Odalys Vante": [("reject", "cannot accept a rate below 8 per cent")],
    }


def test_we_will_not_be_is_still_a_vow_of_the_speaker_side() -> None:
    from briefing.ingest import parse_bytes

    text = "Strike\n\nThe Dock Workers' Union said: \"We will not be intimidated by the port.\"\n"
    briefing = extract(parse_bytes(text.encode(), "doc", "txt"))
    assert [(p.name, [q.stance for q in p.positions]) for p in briefing.parties] == [
        ("Dock Workers' Union", ["vow"])]
