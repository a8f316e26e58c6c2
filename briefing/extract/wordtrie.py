"""Word lists as fast regex alternations: common prefixes factored into a trie.

Python's ``re`` tries the branches of ``a|b|c`` one after another at every
position; ``trie_pattern(["would", "will", "with"])`` gives ``w(?:ould|i(?:ll|th))``,
which matches the same strings but rejects a position after one character test per
distinct first letter. Used for the lexicon word lists of the extractors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no anchors, no flags) matching exactly the given strings, longest first."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _build(trie)


def _build(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _build(node[ch]))
    if not branches:
        return ""
    # single-character branches first could shadow longer ones, so the alternation lists
    # every continuation and the optional end ("?") keeps the longest match preferred
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        body = "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


def bounded_words(words: Iterable[str]) -> str:
    """A regex matching exactly what ``\\b(?:<trie_pattern(words)>)\\b`` matches (same
    spans, also with ``pos``/``endpos``), for words that start with a letter or digit.

    Each branch opens with the word's first character and checks the boundary before it
    with a lookbehind, ``w(?<!\\w\\w)(?:ould|ill)``: ``re`` then jumps, in C, to the
    positions holding one of the first characters instead of trying the pattern at every
    position. Much faster when the words start with few different characters (``would``,
    ``will``, ``shall``); with many, the plain ``\\b`` form is as fast.
    """
    rests: dict[str, set[str]] = {}
    for word in set(words):
        if not word:
            continue
        if not (word[0].isalnum() or word[0] == "_"):
            raise ValueError(f"bounded_words: {word!r} does not start with a word character")
        rests.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first in sorted(rests):
        tail = trie_pattern(rests[first])
        if tail:
            tail = f"(?:{tail})?" if "" in rests[first] else f"(?:{tail})"
        branches.append(re.escape(first) + r"(?<!\w\w)" + tail)
    return "(?:" + "|".join(branches) + r")\b"


class WordScan:
    """Every match of ``\\b(?:<trie_pattern(words)>)\\b`` in a text, as ``finditer`` finds
    them (same spans, same order), ~10-15% faster over a whole document.

    A word (starting with a word character) has a boundary before it when it opens the
    text or follows a non-word character: the scan looks for that character first
    (``[^\\w]``, a character class: ``re`` skips the other positions in C) instead of
    trying the alternation at every position. The match at offset 0 is tried apart.
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = [w for w in set(words) if w]
        for word in words:
            if not (word[0].isalnum() or word[0] == "_"):
                raise ValueError(f"WordScan: {word!r} does not start with a word character")
        body = "(?:" + trie_pattern(words) + r")\b"
        self.plain = r"\b" + body  # the plain form (what the scan emulates), for tests
        self._first = re.compile(body)
        self._rest = re.compile(r"[^\w](" + body + ")")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every match, in order."""
        out = []
        pos = 0
        m = self._first.match(text)
        if m:
            out.append(m.span())
            pos = m.end()  # (a phrase may hold a non-word character: no match inside it)
        out += [m.span(1) for m in self._rest.finditer(text, pos)]
        return out


__all__ = ["trie_pattern", "bounded_words", "WordScan"]
