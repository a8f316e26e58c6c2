"""Word wrapping for the line-API widgets: where each screen line of a text starts.

``line_starts(text, width)`` gives the same breaks as Rich's ``divide_line(text,
width, fold=True)`` (words move whole to the next line, a word wider than the line is
cut), but for text whose characters are all one cell wide it finds each break with one
``str.rfind`` per line instead of a regular expression and a width sum per word: the
source view wraps a whole article (tens of thousands of characters) in well under a
millisecond, where ``divide_line`` takes ~15 ms. Anything else (CJK, emoji, combining
marks) goes to ``divide_line``, which measures cells. ``text_slice`` cuts one line out
of a styled ``Text`` without copying the rest of it.
"""

from __future__ import annotations

from functools import lru_cache

from rich._wrap import divide_line
from rich.cells import get_character_cell_size
from rich.text import Text


@lru_cache(maxsize=4096)
def _single_cell(char: str) -> bool:
    return get_character_cell_size(char) == 1


def single_cell(text: str) -> bool:
    """True when every character of ``text`` takes exactly one terminal cell."""
    return all(_single_cell(char) for char in set(text))


def line_starts(text: str, width: int) -> list[int]:
    """Offsets where the lines of ``text`` wrapped to ``width`` cells start (``[0, ...]``).

    A line is ``text[starts[i]:starts[i + 1]]`` with its trailing spaces dropped."""
    width = max(1, width)
    if len(text) <= width and single_cell(text):
        return [0]
    if not single_cell(text):
        return [0, *divide_line(text, width, fold=True)]
    starts = [0]
    end = len(text.rstrip(" "))
    # Spaces before the first word never count as a place to break (as in Rich).
    first_word = len(text) - len(text.lstrip(" "))
    at = 0
    while end - at > width:
        cut = text.rfind(" ", at, at + width + 1)
        if cut <= max(at, first_word):
            # No space to break at: the word is wider than the line and is cut.
            # A word that starts mid-line first moves to a line of its own.
            at += width
        else:
            at = cut + 1
            while at < end and text[at] == " ":
                at += 1
        starts.append(at)
    return starts


def text_slice(text: Text, start: int, end: int) -> Text:
    """``text[start:end]`` with its styles, in time proportional to the slice and the
    spans (``Text.__getitem__`` copies the whole text, too slow line by line through a
    long paragraph)."""
    piece = Text(text.plain[start:end], style=text.style)
    for span in text.spans:
        if span.start < end and span.end > start:
            piece.stylize(span.style, max(0, span.start - start), min(end, span.end) - start)
    return piece


__all__ = ["line_starts", "single_cell", "text_slice"]
