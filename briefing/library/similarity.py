"""Text keys for telling that two articles report the same thing.

Generic English only (no names): normalised word sets, Jaccard overlap, the head
noun of a short phrase, and ``cluster``, which groups many word sets by overlap in
near-linear time (prefix filtering: two sets can only reach the threshold if they
share a word among their rarest few, so only those pairs are ever compared).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)
_COMPOUND = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})
STOPWORDS = frozenset("""
a an the of to for and or in on at by with from into its it their his her this that these
those be is are was were been will would has have had as than then so such any all some
""".split())
# Words that end the head phrase of a claim: "the proposal backed by Israel" -> proposal.
_BOUNDARIES = frozenset("""
of for to by from with that which who whom whose on in under over after before until
while as including because if unless and or but backed brokered saying said than
""".split())
# Modifiers that make two otherwise equal subjects different things.
_OPPOSITES = (frozenset({"permanent", "temporary"}), frozenset({"full", "partial"}),
              frozenset({"permanent", "interim"}), frozenset({"complete", "partial"}))


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (numbers keep their separators: "1,100")."""
    return _WORD.findall(text.translate(_QUOTES).casefold())


def stem(word: str) -> str:
    """A crude plural fold ("hostages" -> "hostage"); enough for matching labels."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)  # labels and claims repeat across articles
def normalise(text: str) -> str:
    """Words joined by single spaces, without a leading article."""
    found = words(text)
    while found and found[0] in ("the", "a", "an"):
        found = found[1:]
    return " ".join(found)


@lru_cache(maxsize=1 << 16)  # labels and claims repeat across articles
def token_set(text: str) -> frozenset[str]:
    """The content words of ``text``, stemmed, without stopwords."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS)


def numbers(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if t[0].isdigit())


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@lru_cache(maxsize=1 << 16)  # labels and claims repeat across articles
def head(text: str) -> str:
    """The head word of a short phrase: the last content word before a boundary
    (compounds stay whole: "US-brokered" is a modifier, not "brokered")."""
    found = _COMPOUND.findall(text.translate(_QUOTES).casefold())
    prefix: list[str] = []
    for word in found:
        if word in _BOUNDARIES and prefix:
            break
        if word not in STOPWORDS and word not in _BOUNDARIES:
            prefix.append(word)
    return stem(prefix[-1]) if prefix else ""


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one side says "permanent" and the other "temporary" (and the like)."""
    return any(len(pair & a) == 1 and len(pair & b) == 1 and pair & a != pair & b
               for pair in _OPPOSITES)


def cluster(sets: Sequence[frozenset[str]], threshold: float) -> list[int]:
    """For each set, the index of the first earlier set it joins (itself if none).

    Two sets join when their Jaccard overlap is at least ``threshold`` and they hold
    the same numbers (a 10-hostage release is not a 12-hostage release). Each set is
    compared with the representatives only, so a chain of small drifts never
    glues unrelated items together. Sets are first split by their numbers, so many
    variants of one sentence with other figures are never compared at all.
    """
    frequency = Counter(t for s in sets for t in s)
    owner = list(range(len(sets)))
    by_numbers: dict[frozenset[str], list[int]] = {}
    for i, tokens in enumerate(sets):
        by_numbers.setdefault(numbers(tokens), []).append(i)
    for members in by_numbers.values():
        if len(members) > 1:
            _cluster_part(sets, members, threshold, frequency, owner)
    return owner


def _cluster_part(sets: Sequence[frozenset[str]], members: list[int], threshold: float,
                  frequency: Counter[str], owner: list[int]) -> None:
    """Prefix-filtered clustering of ``sets[i] for i in members`` into ``owner``."""
    index: dict[str, list[int]] = {}
    for i in members:
        tokens = sets[i]
        ordered = sorted(tokens, key=lambda t: (frequency[t], t))
        size = len(ordered)
        prefix = ordered[:size - math.ceil(threshold * size) + 1] if size else []
        best, best_score = -1, threshold
        seen: set[int] = set()
        for token in prefix:
            for rep in index.get(token, ()):
                if rep in seen:
                    continue
                seen.add(rep)
                score = jaccard(tokens, sets[rep])
                if score >= best_score and (best < 0 or score > best_score):
                    best, best_score = rep, score
        if best < 0:
            for token in prefix:
                index.setdefault(token, []).append(i)
        else:
            owner[i] = best
