"""Ingest: files, folders and stdin -> Documents (text, sentences, offsets, metadata)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.document import Document
from briefing.ingest.sentences import split_sentences

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024


def read_text(data: bytes, name: str, fmt: str = "txt", path: str = "") -> Document:
    text = data.decode("utf-8-sig")
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    return Document(id=name, text=text, sentences=split_sentences(text), title=title,
                    path=path, format=fmt)


def read_path(path: str | Path) -> Document:
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(str(path), "empty file")
    return read_text(data, p.stem, p.suffix.lstrip(".") or "txt", str(p))


def expand(paths: list[str]) -> Iterator[str | InputError]:
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = sorted(c for c in p.iterdir() if c.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                yield InputError(raw, "folder holds no readable articles")
            yield from (str(c) for c in found)
        else:
            yield raw


def read_all(paths: list[str]) -> Iterator[Document | InputError]:
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == "-":
                yield read_text(sys.stdin.buffer.read(), "stdin", path="-")
            else:
                yield read_path(item)
        except InputError as exc:
            yield exc


__all__ = ["Document", "InputError", "read_path", "read_all", "expand", "split_sentences",
           "SUPPORTED_SUFFIXES", "MAX_BYTES"]
