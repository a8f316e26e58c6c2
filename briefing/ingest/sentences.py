"""Sentence splitting (placeholder: the ingest work replaces it with the real splitter)."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            spans.append((start + lead, end))
        start = end
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        spans.append((start + lead, start + len(tail.rstrip())))
    return spans
