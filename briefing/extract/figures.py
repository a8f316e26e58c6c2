"""Key figures: the numbers of an article that matter as numbers, with a label.

``find_figures(doc)`` parses the whole text once (``numbers.find_numbers``), keeps
the quantities (counts, percentages, money, measures) and drops what only looks
like one: dates, years, times of day, ordinals, ages, list numbering, numbers in
names ("Article 5", "Local 212"), a lone "one", and small counts of sides or
sources ("the two sides", "two diplomats said"). Each figure gets a label, the
noun phrase it counts (after it: "1,100 Palestinians"; or before it when nothing
follows: "a premium of 41%"; a rate is added: "per year"), and a source: its
sentence (the number's own: a qualifier before the sentence start is dropped) and its
clause as a verbatim quote that never leaves that sentence (``start``/``end`` span the
quote). The same value with the same unit is reported once (the first mention outside
the headline).

Decisions: ages are not figures (they describe a person, not the negotiation);
relative times ("two weeks after", "three years ago") say when, not how much, and are
dropped; fractions standing alone are percentages ("two-thirds" -> 66.67 %); a range
is one figure (``value`` .. ``value_max``) but "from 4% to 6.5%" is two; "over five
years" has no qualifier (a span, not "more than"); years are four-digit numbers from
1800 to 2100 without a unit, currency, scale or qualifier ("some 2000 troops" stays).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from briefing.extract.lexicons import load
from briefing.extract.wordtrie import trie_pattern
from briefing.extract.numbers import QUANTITY_KINDS, Number, find_numbers
from briefing.ingest.document import Document
from briefing.model import Figure, Source

# precompiled patterns used in the hot paths below
_MODIFIER_BEFORE = re.compile(r"([A-Za-z][\w'\u2019-]*)\s+$")
_TO_AFTER = re.compile(r"\s+to\s")
_OF_AFTER = re.compile(r"\s+of\s")


_LEX = load("figures")
_SMALL_MAX = float(_LEX["filters"]["small_max"])
_STOP_AFTER_SMALL = re.compile(
    r"^\s+(?:[A-Za-z'\u2019-]+\s+)?(?i:" + trie_pattern(_LEX["filters"]["stop_after_small"])
    + r")\b")
_NOT_AFTER = re.compile(r"[\s-]*(?i:" + trie_pattern(_LEX["filters"]["not_after"]) + r")\b")
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


_AUX = frozenset(_LEX["labels"]["auxiliaries"])
_GENERIC = frozenset(_LEX["labels"]["generic_heads"])
# both run on lower-cased text (case-insensitive alternations are much slower)
_QTY_NOUN = re.compile(r"\b(?:" + trie_pattern(w.lower() for w in _LEX["labels"]["quantity_nouns"]) + r")\b")
_FROM_TO = re.compile(r"\bfrom\s+\S+(?:\s+\S+)?\s+to\s+$")


def _is_word(tok: str) -> bool:
    return tok[0].isalpha()


class _NeedMore(Exception):
    """The label ran into the end of a shortened token list (see _right_label)."""


def _content(toks: list[str], i: int, limit: int, short: bool = False) -> tuple[list[str], int]:
    """Content words from ``toks[i]`` on, up to ``limit``, allowing "and" between two.
    ``short``: ``toks`` may go on (raise _NeedMore where its end would decide)."""
    words: list[str] = []
    n = len(toks)
    while len(words) < limit:
        if i >= n:
            if short:
                raise _NeedMore
            break
        tok = toks[i]
        low = tok.lower()
        if low == "and" and words:
            if i + 1 >= n and short:
                raise _NeedMore
            if i + 1 < n and _is_word(toks[i + 1]) and toks[i + 1].lower() not in _STOP \
                    and not toks[i + 1].endswith("ed"):
                words.append(tok)
                limit += 1  # "food and drink names": the "and" does not count
                i += 1
                continue
        if not _is_word(tok) or low in _STOP:
            break
        words.append(tok)
        i += 1
    return words, i


# The label reads a few tokens after the figure: they are first taken from a short
# window (tokenising 100 characters costs 2-3x more than 40); if the reading reaches the
# end of those tokens (the last one dropped: the window may cut it), it is redone on the
# full 100 characters. Tokens before the window's last one are the same in both.
_SHORT_WINDOW = 40  # (no fallback at all on the dev articles)


def _right_label(after: str) -> tuple[str, str]:
    """(noun phrase right after a figure, rate unit): "10 living hostages" -> "living hostages"."""
    if len(after) > _SHORT_WINDOW:
        toks = _TOKEN.findall(after, 0, _SHORT_WINDOW)
        if toks:
            toks.pop()
            try:
                return _right_label_of(toks, True)
            except _NeedMore:
                pass
    return _right_label_of(_TOKEN.findall(after[:100]), False)


def _right_label_of(toks: list[str], short: bool) -> tuple[str, str]:
    """_right_label on its tokens; ``short``: they may go on (raise _NeedMore wherever
    their end would decide)."""
    n = len(toks)
    if short and n < 2:
        raise _NeedMore
    i, rate = 0, ""
    # "a year", "per share": a rate, not what is counted
    if n >= 2 and toks[0].lower() in _RATE and toks[1].lower() in _UNIT_WORDS:
        rate, i = toks[1].lower(), 2
    if short and i >= n:
        raise _NeedMore
    if i < n and toks[i].lower() in ("of", "in"):  # "40 of its fighters", "$5m in credit"
        j = i + 1
        while j < n and (toks[j].lower() in _STOP or toks[j].endswith(("'s", "\u2019s"))):
            j += 1
        if short and j >= n:
            raise _NeedMore
        if j < n and _is_word(toks[j]):
            i = j
    elif i < n and toks[i].lower() in _AUX:  # "nearly a million have been driven"
        while i < n and toks[i].lower() in _AUX:
            i += 1
    words, i = _content(toks, i, _MAX_WORDS, short)
    if words and words[-1].lower() in _GENERIC:
        # "85,000 people have fled their homes" -> "people fled homes"; only a participle
        # is added ("people in the north" stays "people")
        j = i
        while j < n and toks[j].lower() in _AUX:
            j += 1
        if short and j >= n:
            raise _NeedMore
        if j < n and _is_word(toks[j]) and toks[j].lower().endswith(("ed", "en")) \
                and toks[j].lower() not in _STOP:
            words.append(toks[j])
            j += 1
            if short and j >= n:
                raise _NeedMore
            if j < n and toks[j].lower() in _STOP and toks[j].lower() not in ("by", "in", "since", "during", "after", "before"):
                j += 1
            if short and j >= n:
                raise _NeedMore
            if j < n and _is_word(toks[j]) and toks[j].lower() not in _STOP:
                words.append(toks[j])
    return " ".join(words), rate


_ADVERBS = frozenset(_LEX["labels"]["adverbs"])
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s")
_PARTICIPLE_CLAUSE = re.compile(r"\s*[a-z]+ed\s+(?:by|at)\b")


def _contiguous_left(before: str) -> str:
    """The content words just before a figure, inside its clause ("provide at least")."""
    toks = _TOKEN.findall(before[-90:])
    words: list[str] = []
    for tok in reversed(toks):
        if tok in _CLAUSE_STOP or tok[0].isdigit() or not (tok[0].isalpha() or tok == "-"):
            break
        words.append(tok)
    words.reverse()
    while words and (words[-1].lower() in _STOP or words[-1].lower() in _ADVERBS):
        words.pop()
    kept: list[str] = []
    for tok in reversed(words):
        if tok.lower() in _STOP or tok.lower() in _ADVERBS:
            if kept:
                break
            continue
        kept.append(tok)
        if len(kept) >= 2:
            break
    kept.reverse()
    return " ".join(kept)


def _quantity_noun_left(before: str) -> str:
    """The nearest noun that usually carries a figure, before it in the sentence."""
    window = before[-130:]
    cut = max(window.rfind(";"), window.rfind(":"))
    window = window[cut + 1:]
    found = None
    for found in _QTY_NOUN.finditer(window.lower()):
        pass
    if not found:
        return ""
    noun = window[found.start():found.end()]
    # keep one modifier before the noun: "pension contributions", "operating deficit"
    mod = _MODIFIER_BEFORE.search(window, max(0, found.start() - 30), found.start())
    if mod and mod.group(1).lower() not in _STOP and not mod.group(1).endswith(("'s", "\u2019s")):
        return f"{mod.group(1)} {noun}"
    return noun


def _label(num: Number, text: str, s_start: int, s_end: int) -> str:
    # bounded windows: a hostile one-sentence megabyte must not make this quadratic
    before = text[max(s_start, num.start - _WINDOW):num.start]
    right, rate = _right_label(text[num.end:min(s_end, num.end + 120)])
    from_to = _FROM_TO.search(before.lower(), max(0, len(before) - 40)) \
        if before.rstrip().endswith(("to", "To")) else None
    if from_to:
        before = before[:from_to.start()]  # "X from 18% to 7.5%": both name X
    if from_to or num.kind == "percent" and _TO_AFTER.match(text[num.end:num.end + 5]):
        right = ""  # "from 18% to 7.5%": the thing that changes is named before
    if right.lower() in _ADVERBS:
        right = ""  # "30 kilometres back": where, not what
    label = right
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:]
    if right and _PASSIVE_AFTER.match(text, num.end) and right.split()[0].lower().endswith(
            ("ed", "en")):
        label = _quantity_noun_left(clause) or right  # "a ransom of $5m was demanded"
    elif not right or right.lower() in _UNIT_WORDS:
        if _PARTICIPLE_CLAUSE.match(clause):
            # "the cost of rebuilding, estimated by the World Bank at $2bn": the noun
            # before the participle clause
            label = _quantity_noun_left(before) or _contiguous_left(before) or right
        else:
            label = (_quantity_noun_left(clause) or _contiguous_left(before)
                     or _quantity_noun_left(before) or right)
    elif num.kind == "percent" and _OF_AFTER.match(text[num.end:num.end + 5]):
        verb = _contiguous_left(before)  # "displaced nearly 90% of the population"
        if verb and len(verb.split()) == 1:
            label = f"{verb} {label}"
    if rate:
        label = f"{label} per {rate}" if label else f"per {rate}"
    if num.kind == "measure" and num.unit in _TIME_UNITS and num.unit not in label.lower():
        label = f"{label} ({num.unit}s)" if label else f"{num.unit}s"
    return label


def _keep(num: Number, text: str) -> bool:
    if num.kind not in QUANTITY_KINDS:
        return False
    if _NOT_AFTER.match(text, num.end):
        return False  # "6 min read" under a byline: the page's furniture, no figure
    if _VAGUE_SCALE.match(text, num.num_start) and _VAGUE_BEFORE.search(text, max(0, num.num_start - 12), num.num_start):
        return False  # "several million pounds", "tens of thousands": no number is given
    if num.value == 1 and num.value_max is None and _EVERY_BEFORE.search(text, max(0, num.start - 8), num.start):
        return False  # "every 1% costs £9m": the step of a rate, not a figure of its own
    if num.kind == "measure" and num.unit in _TIME_UNITS and not num.hyphenated \
            and _RELATIVE_TIME.match(text, num.end) and (not num.qualifier or _AGO.match(text, num.end)) \
            and not _SPAN_BEFORE.search(text, max(0, num.start - 12), num.start):
        return False  # "two weeks after the talks", "(about) three years ago": when, not how much
    if num.kind == "count" and num.value <= _SMALL_MAX and num.value_max is None \
            and _THE_SMALL.search(text, max(0, num.start - 16), num.start) \
            and _NO_NOUN_AFTER.match(text, num.end):
        return False  # "the harder of the two.", "one of the three who"
    if num.kind == "count" and num.value <= _SMALL_MAX and num.value_max is None \
            and _STOP_AFTER_SMALL.match(text[num.end:num.end + 40]) \
            and not num.qualifier and not _COUNT_LIST_BEFORE.search(text, max(0, num.start - 40), num.start):
        # (a count that is hedged, "at least four downstream countries", or listed after
        # another count, "45 soldiers and eight civilian officials", is a figure)
        return False
    return True


_VAGUE_SCALE = re.compile(r"(?i:hundreds?|thousands?|millions?|billions?|trillions?)\b")
_VAGUE_BEFORE = re.compile(r"\b(?i:several|many|a\s+few|few|multiple|tens\s+of|hundreds\s+of|some)\s+$")
_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Pp]er)\s+$")
_COUNT_LIST_BEFORE = re.compile(r"\d\s+(?:[A-Za-z'\u2019-]+\s+){1,2}and\s+$")
_AGO = re.compile(r"\s+ago\b")
_RELATIVE_TIME = re.compile(r"\s+(?:after|before|later(?!\s+than)|ago|earlier(?!\s+than))\b")
# "for up to two years after", "in the first 24 months after", "she has 30 days after that
# to rule": a span, not a when
# "a ceasefire starting 72 hours after signature", "effective 30 days after ratification": the
# time a term sets, a figure
_SPAN_BEFORE = re.compile(r"\b(?:for|within|first|last|next|over|during|the|has|have|had|gets?"
                          r"|gives?|given|allows?|allowed|starting|beginning|begins?|starts?|effective"
                          r"|ends?|ending|expires?|expiring|force|effect)\s+$")
# "the harder of the two.": a pronoun-like small number, no figure
_THE_SMALL = re.compile(r"\b[Tt]he\s+(?:other\s+|previous\s+|remaining\s+)?$")
# (a verb right after the number: "the ninth round ended the way the other eight did")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|or|of|who|which|that|did|do|does|had|have|has"
                            r"|were|are|was|is|will|would|could|can|must|may|might)\b)")
_WINDOW = 200  # characters looked at around a figure for its label and quote
_MIN_QUOTE = 60


def _clause(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The span to quote for a figure: its clause, widened to a readable length, inside
    its sentence (and a bounded window), trimmed of white space and the punctuation that
    cut it."""
    lo = max(s_start, start - _WINDOW)
    hi = min(s_end, end + _WINDOW)
    a = start
    while True:
        cut = max(text.rfind(", ", lo, a), text.rfind(";", lo, a), text.rfind(":", lo, a),
                  text.rfind("\u2014", lo, a), text.rfind("(", lo, a))
        a = lo if cut < 0 else cut + 1
        if end - a >= _MIN_QUOTE or a <= lo:
            break
        a -= 1  # include the previous clause too
    b = _next_break(text, end, hi)
    if b - a < _MIN_QUOTE and b < hi:
        b = _next_break(text, b + 1, hi)
    b = max(b, end)
    while a < b and (text[a].isspace() or text[a] in ",;:)"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _inside_sentence(num: Number, text: str, s_start: int) -> Number:
    """The figure without a qualifier that lies before its sentence ("... went on for
    over" / "54,000 people fled"): qualifier and display stay in the number's sentence."""
    if num.start >= s_start:
        return num
    start = num.value_start if num.value_start >= s_start else num.num_start
    return replace(num, start=start, qualifier="", display=text[start:num.end])


# the first of ", " ";" ":" "\u2014" ")" (one scan: the leftmost match is the least of the
# five str.find positions)
_BREAK_RE = re.compile(", |[;:\u2014)]")


def _next_break(text: str, i: int, hi: int) -> int:
    found = _BREAK_RE.search(text, i, hi)
    return found.start() if found else hi


def find_figures(doc: Document) -> list[Figure]:
    """The key figures of one article, in reading order, each value once."""
    text = doc.text
    spans = doc.sentences or [(0, len(text))]
    starts = [s for s, _ in spans]
    title_end = spans[0][1] if doc.title and text[spans[0][0]:spans[0][1]].strip() == doc.title.strip() else -1
    figures: list[Figure] = []
    seen: dict[tuple, int] = {}
    for num in find_numbers(text, quantities_only=True):
        if not _keep(num, text):
            continue
        # the sentence of the number itself (a qualifier could sit before a break)
        index = max(0, bisect_right(starts, num.num_start) - 1)
        s_start, s_end = spans[index]
        num = _inside_sentence(num, text, s_start)
        key = (round(num.value, 6), num.value_max, num.unit)
        if key in seen and not figures[seen[key]].source.start < title_end <= num.start:
            continue  # a value already reported: no label or quote to build
        label = _label(num, text, s_start, max(s_end, num.end))
        # the quote never leaves the sentence, even when the splitter cut inside the figure
        q0, q1 = _clause(text, s_start, s_end, num.start, min(num.end, s_end))
        figure = Figure(
            value=num.value, display=num.display, label=label,
            source=Source(article=doc.id, sentence=index, start=q0, end=q1, quote=text[q0:q1]),
            unit=num.unit, qualifier=num.qualifier, value_max=num.value_max,
            rule=_RULE.get(num.kind, "fig") + (".range" if num.value_max is not None else ""))
        if key in seen:  # (after the headline: the check above holds)
            figures[seen[key]] = figure  # prefer the body's wording to the headline's
            continue
        seen[key] = len(figures)
        figures.append(figure)
    return figures


__all__ = ["find_figures"]
