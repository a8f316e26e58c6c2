"""ui.wrap: the line breaks of the panes and the source view."""

from __future__ import annotations

import random

from rich._wrap import divide_line

from briefing.ui.wrap import line_starts, single_cell


def _lines(text: str, starts: list[int]) -> list[str]:
    ends = [*starts[1:], len(text)]
    return [text[a:b].rstrip(" ") for a, b in zip(starts, ends, strict=True)]


def test_same_breaks_as_rich_when_every_word_fits() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        words = ["x" * rng.choice([1, 2, 3, 5, 8, 13]) for _ in range(rng.randint(1, 15))]
        text = "".join(w + rng.choice([" ", " ", "  "]) for w in words).rstrip()
        width = rng.randint(max(len(w) for w in words), 30)
        assert line_starts(text, width) == [0, *divide_line(text, width, fold=True)], (text, width)


def test_long_words_are_cut_and_no_line_is_wider_than_the_width() -> None:
    text = "a " + "b" * 25 + "  c dd"
    starts = line_starts(text, 10)
    # The cut word's last piece shares its line with the next word, as in Rich.
    assert _lines(text, starts) == ["a", "b" * 10, "b" * 10, "bbbbb  c", "dd"]
    assert starts == [0, *divide_line(text, 10, fold=True)]
    assert all(len(line) <= 10 for line in _lines(text, starts))


def test_wide_characters_are_measured_in_cells() -> None:
    text = "停火协议 今天 生效 😀😀 ok"
    assert not single_cell(text) and single_cell("plain “quotes” — ok")
    starts = line_starts(text, 8)
    assert starts == [0, *divide_line(text, 8, fold=True)]


def test_a_whole_article_in_one_pass() -> None:
    text = " ".join(f"Sentence {i} says something." for i in range(5000))
    starts = line_starts(text, 96)
    lines = _lines(text, starts)
    assert " ".join(lines) == text
    assert all(len(line) <= 96 for line in lines)
    assert starts == [0, *divide_line(text, 96, fold=True)]
