"""The word-scan shortcuts find exactly what the plain patterns find: WordScan emulates
``finditer`` of ``\\b(?:words)\\b``, bounded_words the same pattern with its boundary
checks moved behind the first character, and find_numbers gives the same numbers
whether or not the terms scan handed it the number words (numbers.share_scan)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from briefing.extract.numbers import ANCHOR_WORDS, _WORD_ANCHOR, find_numbers, lower_keeping_offsets, share_scan
from briefing.extract.wordtrie import WordScan, bounded_words, trie_pattern

WORDS = ["will", "would", "shall", "wil", "a", "an", "half", "two", "twenty", "o'clock", "re-open", "x"]
ARTICLES = Path(__file__).resolve().parent / "articles"


def _texts() -> list[str]:
    rng = random.Random(11)
    pieces = WORDS + [" ", "  ", "\n", ",", "-", "'", "\u2019", "willing", "awill", "é", "_", "9", "İ", "."]
    fuzz = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    articles = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir()) if p.is_file()]
    return fuzz + articles + ["", "will", "will will", "would-", "-would", "wouldn't", "a.a"]


def test_word_scan_matches_finditer_of_the_plain_pattern() -> None:
    scan = WordScan(WORDS)
    plain = re.compile(scan.plain)
    for text in _texts():
        assert scan.spans(text) == [m.span() for m in plain.finditer(text)], text


def test_bounded_words_matches_the_plain_pattern_also_inside_a_window() -> None:
    words = ["will", "would", "shall", "wil", "two", "twenty", "half"]
    fast = re.compile(bounded_words(words))
    plain = re.compile(r"\b(?:" + trie_pattern(words) + r")\b")
    for text in _texts()[:1500]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        if len(text) > 4:
            assert [m.span() for m in fast.finditer(text, 2, len(text) - 1)] == \
                [m.span() for m in plain.finditer(text, 2, len(text) - 1)], text


def test_lower_keeping_offsets_keeps_every_offset() -> None:
    # "İ".lower() is two characters: it stays as it is, everything else is lowered
    assert lower_keeping_offsets("İstanbul talks: ÅSA and İİ agree") == "İstanbul talks: åsa and İİ agree"
    assert lower_keeping_offsets("Plain ASCII") == "plain ascii"


def test_find_numbers_is_the_same_with_a_shared_scan() -> None:
    for path in sorted(ARTICLES.iterdir()):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        alone = find_numbers(text)
        low = lower_keeping_offsets(text)
        share_scan(text, low, [s for s, _ in _WORD_ANCHOR.spans(low)])
        assert find_numbers(text) == alone, path.name
    assert all(re.fullmatch(r"[a-z]+", w) for w in ANCHOR_WORDS)
