"""Bytes -> text: binary detection, encodings, newline normalisation.

``decode(data, path)`` returns ``(text, warnings)`` or raises ``InputError``:
- UTF-8 with or without BOM, UTF-16 with a BOM (LE or BE);
- UTF-16 without a BOM when the NUL bytes say so (warning "guessed encoding ...");
- otherwise cp1252, the usual legacy single-byte encoding of Western news text,
  with the warning "guessed encoding cp1252";
- binary data (known magic numbers, NUL bytes, many control characters) and bytes
  that fit none of the above are refused with a reason the user can act on.

Newlines are normalised to ``\\n`` here, before anything computes offsets.
"""

from __future__ import annotations

import codecs
import re

from briefing.errors import InputError

# Magic numbers of files that are often renamed or saved by mistake as articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that do not occur in text (everything below 0x20 but \t \n \f \r, and DEL).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Every byte but those: deleting them leaves the control bytes to count (bytes.translate
# runs in C, about 20 times faster than _CONTROL.findall).
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(bytes([b])))
_ASCII = bytes(range(0x80))
_SAMPLE = 8192
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
LEGACY = "cp1252"


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line separators -> ``\\n`` (offsets depend on it)."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text ("looks like PNG image", "contains NUL bytes"), or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"looks like {kind}"
    sample = data[:_SAMPLE]
    if b"\x00" in data:
        return "contains NUL bytes"
    if sample and len(sample.translate(None, _NOT_CONTROL)) * 20 > len(sample):
        return "mostly control characters"
    return None


def _bom_less_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the sample is NUL (ASCII-range text)."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None  # (no NUL byte: both counts below are 0)
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.7 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > half * 0.7 and odd_nuls == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` (the bytes of ``path``) to text with ``\\n`` line breaks.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``);
    it is tried after the BOM and UTF-8, and ignored with a warning when unknown or wrong.
    """
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(data[len(bom):].decode(encoding)), warnings
            except UnicodeDecodeError as exc:
                raise InputError(path, f"undecodable {encoding.upper()} text "
                                       f"(bad bytes at offset {exc.start})") from None
    guessed = _bom_less_utf16(data)
    if guessed:
        try:
            text = data.decode(guessed)
        except UnicodeDecodeError:
            pass
        else:
            return normalise_newlines(text), [f"guessed encoding {guessed}"]
    reason = binary_reason(data)
    if reason:
        raise InputError(path, f"binary file ({reason})")
    try:
        return normalise_newlines(data.decode("utf-8")), warnings
    except UnicodeDecodeError:
        pass
    if declared:
        encoding = _known_encoding(declared)
        if encoding is None:
            warnings.append(f"unknown declared encoding {declared!r}")
        elif encoding != "utf-8":
            try:
                return normalise_newlines(data.decode(encoding)), warnings
            except UnicodeDecodeError:
                warnings.append(f"text is not in its declared encoding {declared!r}")
        else:
            warnings.append("text is not in its declared encoding 'utf-8'")
    return _legacy(data, path, warnings)


def _legacy(data: bytes, path: str, warnings: list[str]) -> tuple[str, list[str]]:
    """cp1252 for legacy Western text; refuse bytes that are unlikely to be text in it."""
    high = len(data[:_SAMPLE].translate(None, _ASCII))  # the bytes >= 0x80
    # Legacy news text is mostly ASCII with a few accented letters and curly
    # quotes; a sample that is mostly high bytes is another encoding or not text.
    if high * 3 > len(data[:_SAMPLE]):
        raise InputError(path, "undecodable text (not UTF-8, UTF-16 or cp1252)")
    try:
        text = data.decode(LEGACY)
    except UnicodeDecodeError as exc:
        raise InputError(path, "undecodable text (not UTF-8, UTF-16 or cp1252; bad byte "
                               f"0x{data[exc.start]:02x} at offset {exc.start})") from None
    return normalise_newlines(text), [*warnings, f"guessed encoding {LEGACY}"]


def _known_encoding(name: str) -> str | None:
    """The Python codec for a declared charset, following browsers for Latin-1/ASCII."""
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    # Browsers read pages labelled Latin-1 or ASCII as windows-1252 (WHATWG Encoding).
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return LEGACY
    return codec
