"""Markdown field lines ("**Host:** X" on consecutive lines of one paragraph) stay
separate lines; ordinary wrapped prose still joins into one line."""

from __future__ import annotations

from briefing.ingest import parse_bytes


def text_of(source: str) -> str:
    return parse_bytes(source.encode(), "doc", "md").text


def test_bold_field_lines_stay_apart() -> None:
    text = text_of("**Programme:** *Coast Tonight*\n**Host:** Sami Otterley\n**Guests:** Ada Roe, Ben Poe\n")
    assert text.splitlines() == ["Programme: Coast Tonight", "Host: Sami Otterley", "Guests: Ada Roe, Ben Poe"]


def test_plain_field_lines_stay_apart() -> None:
    assert text_of("Host: Sami Otterley\nGuest: Ada Roe\n").splitlines() == ["Host: Sami Otterley", "Guest: Ada Roe"]


def test_wrapped_prose_joins() -> None:
    text = text_of("The union said on Monday that it would\nreject the offer: the pay rise was too small.\n")
    assert text == "The union said on Monday that it would reject the offer: the pay rise was too small."
