"""Key figures: the numbers of an article that matter as numbers, with a label.

``find_figures(doc)`` parses the whole text once (``numbers.find_numbers``), keeps
the quantities (counts, percentages, money, measures) and drops what only looks
like one: dates, years, times of day, ordinals, ages, list numbering, numbers in
names ("Article 5", "Local 212"), a lone "one", and small counts of sides or
sources ("the two sides", "two diplomats said"). Each figure gets a label, the
noun phrase it counts (after it: "1,100 Palestinians"; or before it when nothing
follows: "a premium of 41%"), and a source: its sentence, the span of the figure
and the sentence text as a verbatim quote. The same value with the same unit is
reported once (the first mention outside the headline).

Decisions: ages are not figures (they describe a person, not the negotiation);
fractions standing alone are percentages ("two-thirds" -> 66.67 %); a range is one
figure (``value`` .. ``value_max``) but "from 4% to 6.5%" is two.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.extract.lexicons import load
from briefing.extract.numbers import QUANTITY_KINDS, Number, find_numbers
from briefing.ingest.document import Document
from briefing.model import Figure, Source

_LEX = load("figures")
_SMALL_MAX = float(_LEX["filters"]["small_max"])
_STOP_AFTER_SMALL = re.compile(
    r"^\s+(?:[A-Za-z'\u2019-]+\s+)?(?i:" + "|".join(
        re.escape(w) for w in sorted(_LEX["filters"]["stop_after_small"], key=len, reverse=True))
    + r")\b")
_STOP = frozenset(_LEX["labels"]["stop"])
_RATE = frozenset(_LEX["labels"]["rate_words"])
_MAX_WORDS = int(_LEX["labels"]["max_words"])
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019&-]*|\d[\d,.]*|[^\w\s]")
_CLAUSE_STOP = frozenset(",;:()[]\u2014\u2013\"\u201c\u201d!?.")
_UNIT_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                         "hour", "hours", "share", "tonne", "tonnes", "time"})
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "decade"})
_RULE = {"count": "fig.count", "percent": "fig.percent", "money": "fig.money",
         "measure": "fig.measure"}


def _is_word(tok: str) -> bool:
    return tok[0].isalpha()


def _right_label(after: str) -> str:
    """The noun phrase right after a figure: "10 living hostages" -> "living hostages"."""
    toks = _TOKEN.findall(after[:90])
    i = 0
    # "a year", "per share": a rate, not what is counted
    if len(toks) >= 2 and toks[0].lower() in _RATE and toks[1].lower() in _UNIT_WORDS:
        return ""
    if toks and toks[0].lower() == "of":  # partitive: "40 of its fighters", "20% of funding"
        i = 1
        while i < len(toks) and (toks[i].lower() in _STOP or toks[i].endswith(("'s", "\u2019s"))):
            i += 1
    words: list[str] = []
    while i < len(toks) and len(words) < _MAX_WORDS:
        tok = toks[i]
        if not _is_word(tok) or tok.lower() in _STOP:
            break
        words.append(tok)
        i += 1
    return " ".join(words)


def _left_label(before: str) -> str:
    """The content words just before a figure, inside its clause ("a premium of")."""
    toks = _TOKEN.findall(before[-90:])
    words: list[str] = []
    for tok in reversed(toks):
        if tok in _CLAUSE_STOP or tok[0].isdigit():
            break
        words.append(tok)
    words.reverse()
    # trim function words at both ends, keep the last few content words
    while words and words[-1].lower() in _STOP:
        words.pop()
    kept: list[str] = []
    for tok in reversed(words):
        if tok.lower() in _STOP:
            if kept:
                break
            continue
        kept.append(tok)
        if len(kept) >= _MAX_WORDS - 1:
            break
    kept.reverse()
    return " ".join(kept)


def _label(num: Number, text: str, s_start: int, s_end: int) -> str:
    right = _right_label(text[num.end:s_end])
    label = right
    if not right or (right.lower() in _UNIT_WORDS):
        label = _left_label(text[s_start:num.start]) or right
    if num.kind == "measure" and num.unit in _TIME_UNITS and num.unit not in label.lower():
        label = f"{label} ({num.unit}s)" if label else f"{num.unit}s"
    return label


def _keep(num: Number, text: str) -> bool:
    if num.kind not in QUANTITY_KINDS:
        return False
    if num.kind == "count" and num.value <= _SMALL_MAX and num.value_max is None \
            and _STOP_AFTER_SMALL.match(text[num.end:num.end + 40]):
        return False
    return True


def find_figures(doc: Document) -> list[Figure]:
    """The key figures of one article, in reading order, each value once."""
    text = doc.text
    spans = doc.sentences or [(0, len(text))]
    starts = [s for s, _ in spans]
    title_end = spans[0][1] if doc.title and text[spans[0][0]:spans[0][1]].strip() == doc.title.strip() else -1
    figures: list[Figure] = []
    seen: dict[tuple, int] = {}
    for num in find_numbers(text):
        if not _keep(num, text):
            continue
        index = max(0, bisect_right(starts, num.start) - 1)
        s_start, s_end = spans[index]
        if num.end > s_end:  # the splitter cut inside the figure: quote up to its end
            s_end = num.end
        label = _label(num, text, s_start, s_end)
        figure = Figure(
            value=num.value, display=num.display, label=label,
            source=Source(article=doc.id, sentence=index, start=num.start, end=num.end,
                          quote=text[s_start:s_end]),
            unit=num.unit, qualifier=num.qualifier, value_max=num.value_max,
            rule=_RULE.get(num.kind, "fig") + (".range" if num.value_max is not None else ""))
        key = (round(num.value, 6), num.value_max, num.unit)
        if key in seen:
            first = figures[seen[key]]
            if first.source.start < title_end <= num.start:
                figures[seen[key]] = figure  # prefer the body's wording to the headline's
            continue
        seen[key] = len(figures)
        figures.append(figure)
    return figures


__all__ = ["find_figures"]
