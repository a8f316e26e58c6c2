"""Bytes -> text: BOMs, UTF-16, the cp1252 fallback, charsets, binary data, newlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import ingest
from briefing.errors import InputError
from briefing.ingest.encoding import decode, normalise_newlines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
TRUCE = ("Na\u00efve hopes for a quick truce fade\n\n"
         "Negotiators met in Gen\u00e8ve on Monday. They agreed to meet again \u2014 \u201csoon\u201d.\n")


@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt"])
def test_utf16_with_bom(name: str) -> None:
    doc = ingest.read_path(FIXTURES / name)
    assert doc.text == TRUCE
    assert doc.title == "Na\u00efve hopes for a quick truce fade"
    assert doc.warnings == []
    assert doc.sentence_text(2) == "They agreed to meet again \u2014 \u201csoon\u201d."


def test_utf8_bom_is_dropped() -> None:
    doc = ingest.read_path(FIXTURES / "bom-utf8.txt")
    assert doc.text == "D\u00e9j\u00e0 vu in the talks\n\nThe talks stalled again.\n"
    assert doc.sentences[0] == (0, 20)
    assert doc.warnings == []


def test_cp1252_fallback_says_it_guessed_and_normalises_crlf() -> None:
    doc = ingest.read_path(FIXTURES / "cp1252.txt")
    assert doc.warnings == ["guessed encoding cp1252"]
    assert doc.title == "Caf\u00e9 owners reject \u201cfinal\u201d rent offer"
    assert "\r" not in doc.text
    assert doc.sentence_text(1) == ("The owners\u2019 association said the offer \u2014 a 3.5% "
                                    "rise \u2014 was \u201ctoo little, too late\u201d.")


def test_bom_less_utf16_is_guessed() -> None:
    text, warnings = decode("Talks resume.\nMore text here.".encode("utf-16-le"), "x")
    assert text == "Talks resume.\nMore text here."
    assert warnings == ["guessed encoding utf-16-le"]


def test_html_declared_charset_is_honoured() -> None:
    doc = ingest.read_path(FIXTURES / "cp1252-charset.html")
    assert doc.title == "\u00dcber-tariffs loom"
    assert "Z\u00fcrich said the \u201cnext round\u201d" in doc.text
    assert doc.warnings == []
    greek = ingest.read_path(FIXTURES / "greek-charset.html")
    assert "Officials in \u0391\u03b8\u03ae\u03bd\u03b1 said" in greek.text


def test_html_broken_charset_falls_back_with_warnings() -> None:
    doc = ingest.read_path(FIXTURES / "broken-charset.html")
    assert doc.title == "\u00dcber-tariffs loom"
    assert doc.warnings == ["unknown declared encoding 'no-such-charset-x'",
                            "guessed encoding cp1252"]


def test_html_charset_that_does_not_fit_the_bytes() -> None:
    data = ("<html><head><meta charset='utf-8'><title>T</title></head><body><p>"
            "Caf\u00e9 talks end. They agreed.</p></body></html>").encode("cp1252")
    doc = ingest.parse_bytes(data, "page", "html")
    assert doc.warnings == ["text is not in its declared encoding 'utf-8'",
                            "guessed encoding cp1252"]
    assert "Caf\u00e9 talks end." in doc.text


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (looks like PNG image)"),
    (b"\x1f\x8b\x08\x00\x00\x00", "binary file (looks like gzip archive)"),
    (b"%PDF-1.7\n...", "binary file (looks like PDF document)"),
    (b"PK\x03\x04\x14\x00", "binary file (looks like zip archive or Office document)"),
    (b"text with a NUL \x00 inside and more text", "binary file (contains NUL bytes)"),
    (bytes(range(1, 9)) * 40, "binary file (mostly control characters)"),
    (b"abc \x81\x8d\x8f\x90 def",
     "undecodable text (not UTF-8, UTF-16 or cp1252; bad byte 0x81 at offset 4)"),
    (bytes(range(0xa0, 0xff)) * 4, "undecodable text (not UTF-8, UTF-16 or cp1252)"),
    (b"\xff\xfe" + b"\x00\xd8", "undecodable UTF-16-LE text (bad bytes at offset 0)"),
])
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "bad.txt")
    assert caught.value.path == "bad.txt"
    assert caught.value.reason == reason


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xff\xfe",
                                  "  \n".encode("utf-16")])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match="empty file"):
        ingest.parse_bytes(data, "e", "txt", "e.txt")


def test_newlines_are_normalised_before_offsets() -> None:
    assert normalise_newlines("a\r\nb\rc\u2028d\u2029e\x85f") == "a\nb\nc\nd\ne\nf"
    doc = ingest.parse_bytes(b"Title line\r\n\r\nOne. Two.\r\n", "t", "txt")
    assert doc.text == "Title line\n\nOne. Two.\n"
    assert doc.sentences == [(0, 10), (12, 16), (17, 21)]
