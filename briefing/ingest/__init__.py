"""Ingest: files, folders and stdin -> Documents (text, sentences, offsets, metadata).

    read_all(paths)      every input (files, folders, "-" for stdin) -> Document | InputError,
                         in order, ids unique across the run ("a", "a-2")
    read_path(path)      one file -> Document (raises InputError)
    parse_bytes(data, …) bytes already in memory -> Document
    from_text(text, …)   a string -> Document (tests, pasted text)

Modules: paths (folders, size limit, OS errors), encoding (bytes -> text),
text_format / markdown_format / html_format (text -> text + metadata),
sentences (the splitter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.document import Document, Parsed
from briefing.ingest.encoding import decode
from briefing.ingest.paths import (MAX_BYTES, STDIN, SUPPORTED_SUFFIXES, article_id, expand,
                                   read_file, read_stdin)
from briefing.ingest.sentences import split_sentences

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
           ".html": "html", ".htm": "html", ".xhtml": "html"}
_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html|<head|<body|<!--|<\w+[^>]*>)",
                         re.IGNORECASE)


def sniff_format(text: str) -> str:
    """"html", "md" or "txt" for text of unknown origin (stdin, a file without suffix)."""
    from briefing.ingest.markdown_format import has_front_matter

    head = text[:2048]
    if _HTML_START.match(head) or re.search(r"<html[\s>]", head, re.IGNORECASE):
        return "html"
    if has_front_matter(text.lstrip("\ufeff")):
        return "md"
    return "txt"


def _parse(text: str, fmt: str) -> Parsed:
    if fmt == "md":
        from briefing.ingest.markdown_format import parse_markdown

        return parse_markdown(text)
    if fmt == "html":
        from briefing.ingest.html_format import parse_html

        return parse_html(text)
    from briefing.ingest.text_format import parse_text

    return parse_text(text)


def parse_bytes(data: bytes, doc_id: str, fmt: str | None = None, path: str = "") -> Document:
    """A Document from the bytes of one article; ``fmt`` None sniffs the format.

    Raises InputError (naming ``path`` or ``doc_id``) for empty, binary or
    undecodable input.
    """
    name = path or doc_id
    if not data or data.isspace():  # (bytes.isspace: the same ASCII set bytes.strip drops)
        raise InputError(name, "empty file")
    if fmt == "html" or (fmt is None and _HTML_START.match(data[:512].decode("latin-1"))):
        from briefing.ingest.html_format import decode_html

        text, warnings = decode_html(data, name)
    else:
        text, warnings = decode(data, name)
    # decode() has normalised the newlines already: from_text would scan for them again
    return _document(text.lstrip("\ufeff"), doc_id, fmt, path, warnings)


def from_text(text: str, doc_id: str = "text", fmt: str | None = "txt", path: str = "",
              warnings: Iterable[str] = ()) -> Document:
    """A Document from decoded text (newlines are normalised here too)."""
    from briefing.ingest.encoding import normalise_newlines

    return _document(normalise_newlines(text).lstrip("\ufeff"), doc_id, fmt, path, warnings)


def _document(text: str, doc_id: str, fmt: str | None, path: str,
              warnings: Iterable[str]) -> Document:
    """A Document from text with ``\\n`` line breaks and no BOM."""
    fmt = fmt or sniff_format(text)
    # isspace() is exactly "strip() leaves nothing", without copying the text
    if not text or text.isspace():
        raise InputError(path or doc_id, "empty file")
    parsed = _parse(text, fmt)
    if not parsed.text or parsed.text.isspace():
        raise InputError(path or doc_id, "no article text found")
    return Document(id=doc_id, text=parsed.text, sentences=split_sentences(parsed.text),
                    title=parsed.title, source=parsed.source, date=parsed.date,
                    url=parsed.url, path=path, format=fmt,
                    warnings=[*warnings, *parsed.warnings])


def format_of(path: Path) -> str | None:
    """The format a file's suffix names, or None (sniffed from the content)."""
    return FORMATS.get(path.suffix.lower())


def read_path(path: str | Path, doc_id: str | None = None) -> Document:
    """One file -> Document; raises InputError with a one-line reason."""
    data = read_file(str(path))
    return parse_bytes(data, doc_id or article_id(str(path)), format_of(Path(path)), str(path))


def read_stdin_document(doc_id: str = "stdin") -> Document:
    """Standard input -> Document, its format sniffed from the content."""
    return parse_bytes(read_stdin(), doc_id, None, STDIN)


def _unique(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... when an earlier input took it."""
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def read_all(paths: list[str]) -> Iterator[Document | InputError]:
    """Every input as a Document or the InputError that stopped it, in order.

    Folders expand to their supported files (recursively, sorted); "-" reads
    standard input once. Ids are unique across the run.
    """
    used: set[str] = set()
    stdin_read = False
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == STDIN:
                if stdin_read:
                    raise InputError(STDIN, "standard input given more than once")
                stdin_read = True
                document = read_stdin_document(_unique("stdin", used))
            else:
                document = read_path(item, _unique(article_id(item), used))
        except InputError as exc:
            yield exc
            continue
        # Only articles that were read take an id: a failed "a.txt" leaves "a" free.
        used.add(document.id)
        yield document


# Kept for callers of the skeleton's name.
read_text = parse_bytes

__all__ = ["Document", "InputError", "MAX_BYTES", "SUPPORTED_SUFFIXES", "article_id", "expand",
           "from_text", "parse_bytes", "read_all", "read_path", "read_stdin_document",
           "read_text", "sniff_format", "split_sentences"]
