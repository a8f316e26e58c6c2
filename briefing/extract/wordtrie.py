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


__all__ = ["trie_pattern"]
