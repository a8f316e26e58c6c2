"""Who holds a position (attribution), session 6: general mechanisms that gave a found
position to the wrong party, each on short invented articles in several voices (wire,
statement, transcript, column, live blog) with the exact holders expected."""

from __future__ import annotations

from briefing.extract.actors import find_parties
from briefing.extract.positions import find_positions
from briefing.ingest import parse_bytes


def holders(text: str, fmt: str = "txt") -> dict[str, list[tuple[str, str]]]:
    doc = parse_bytes(text.encode(), "invented", fmt)
    return {p.name: [(q.stance, q.text) for q in p.positions] for p in find_positions(doc, find_parties(doc))}


def test_title_for_a_place_names_a_portfolio_the_body_before_it_employs() -> None:
    # "The UN envoy for X, Y": Y is the UN's ("for X" is the portfolio); with no body
    # before the title, "a spokesman for X, Y" speaks for X
    got = holders(
        "Velmora ceasefire holds as donors meet\n\n"
        "The UN envoy for Velmora, Ilse Brandvik, urged donors to pledge the money for the camps within weeks. "
        "She said the UN monitors would arrive before the end of March.\n\n"
        "The European Union's special representative for the Kessar region, Tomas Reidel, said the bloc "
        "would not fund the mission without an audit.\n\n"
        "A spokesman for the Velmora government, Piet Hals, said the army would withdraw from the border towns.\n\n"
        "The African Union special envoy for Tarsia, Moussa Keita, warned that unpaid fighters were the first "
        "threat to the truce.\n")
    assert got == {
        "United Nations": [("demand", "urged donors to pledge the money for the camps within weeks"),
                           ("claim", "the UN monitors would arrive before the end of March")],
        "European Union": [("vow", "would not fund the mission without an audit")],
        "Velmora": [("vow", "would withdraw from the border towns")],
        "African Union": [("concern", "warned unpaid fighters were the first threat to the truce")],
    }
