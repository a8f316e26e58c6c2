"""namescan finds exactly what the per-document patterns it replaces find (actors.py:
``_name_regex``, ``_bigram_re``, ``_statey_re``), or declines (None) so the caller
compiles them; and the generic-noun scan that uses its precompiled pattern."""

import random

import pytest

from briefing.extract import actors as A
from briefing.extract.namescan import echo_spans, name_spans, statey_captures

FORMS = ["Foo", "Foo Bar", "Foo Bar's", "Bar", "O'Neil", "d\u2019Arc", "Foo-Ka", "Al", "Alba", "U.S.", "EU",
         "Bar Baz Qux", "of Foo", "Foo Bar-Baz"]
PHRASES = ["foo bar", "bar baz", "al ba", "o'neil", "atoll\u2019"]
PIECES = ["Foo", "Bar", "Baz", "Qux", "O'Neil", "O\u2019Neil", "d'Arc", "Al", "Alba", "U.S.", "EU", "Foo-Ka",
          "the", "of", "of the", "Government of", "Republic of the", "Minister for finance and trade of",
          "President of the", "Ambassador for trade of", "ministry of", "'s", "\u2019s", "'", "s", "-", "_",
          "government", "army", "finance ministry", "states", "nations", "workersx", "x", ",", ".", "\n"]
SEPS = [" ", " ", "  ", "\n", "\t", "\u00a0", " \u00a0", "", " - "]


def _texts(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) + rng.choice(SEPS) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _names(forms: list[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in A._name_regex(forms).finditer(text)]


def _echoes(phrases: list[str], text: str) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), m.end(1)) for m in A._bigram_re(frozenset(phrases)).finditer(text)]


def _statey(names: list[str], text: str) -> list[str]:
    return [m.group(1) or m.group(2) or m.group(3) for m in A._statey_re(frozenset(names)).finditer(text)]


def test_names_longest_form_and_possessive() -> None:
    text = "Foo Bar\u2019s and Foo\n Bar's, Foo-Bar, Foo Barx, O\u2019Neil's, xFoo"
    assert name_spans(FORMS, text) == _names(FORMS, text) == [
        (0, "Foo Bar\u2019s"), (14, "Foo\n Bar's"), (35, "Foo"), (45, "O\u2019Neil's")]


@pytest.mark.parametrize("odd", ["Foo  Bar", "Foo ", "Foo\tBar", "Foo \u00a0Bar", "Foo\u00a0Bar", "Foo\nBar"])
def test_odd_white_space_is_left_to_the_pattern(odd: str) -> None:
    # "Foo \u00a0Bar" as a pattern matches "Foo\u00a0\u00a0Bar" only by backtracking
    # into its \s+: the scan declines such forms rather than guess
    assert name_spans([odd, "Foo"], "Foo Bar") is None
    assert echo_spans([odd.lower()], "foo bar") is None
    assert statey_captures([odd], "Foo Bar", [0]) is None


@pytest.mark.parametrize("text", _texts(150))
def test_same_matches_as_the_patterns(text: str) -> None:
    assert name_spans(FORMS, text) == _names(FORMS, text)
    low = text.lower()
    assert echo_spans(PHRASES, low) == _echoes(PHRASES, low)
    names = [f for f in FORMS if f[0].isupper()]
    starts = A._statey_starts(text, names)
    assert statey_captures(names, text, starts) == _statey(names, text)


@pytest.mark.parametrize("seed", range(20))
def test_generic_nouns_whole_pattern_at_the_starts(seed: int) -> None:
    # find_parties tries the whole generic-noun pattern at _generic_scan's starts instead
    # of compiling one reduced to the nouns present: the same matches
    rng = random.Random(seed)
    nouns = list(A._GENERIC_LIST)
    parts = []
    for _ in range(60):
        w = rng.choice(nouns).replace(" ", rng.choice([" ", "  ", "\n", "\t "]))
        parts.append(rng.choice(["", "", "-", "x", "the ", "The "]) + rng.choice([w, w.capitalize()])
                     + rng.choice(["", "", "s", "-", "'s", "\u2019", ".", "x"]))
    text = rng.choice([" ", "\n"]).join(parts)
    words, starts = A._generic_scan(text)
    reduced = [m.span(1) for m in A._generic_re_of(words).finditer(text)]
    assert reduced
    assert [m.span(1) for m in A._finditer_at(A._GENERIC_RE, text, starts)] == reduced
