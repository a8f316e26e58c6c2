"""Sentence splitting: ``split_sentences(text)`` -> ``[start, end)`` spans into ``text``.

Regex based and written for speed: one scan finds every candidate boundary (a run
of ``.!?…`` followed by optional closing quotes/brackets and a space, or a line
break) and a few set look-ups decide whether it ends a sentence. Abbreviations are
data (``briefing/data/lexicons/abbreviations.toml``), loaded once.

Rules, in order:
- a line break ends a sentence (a headline or a dateline is its own sentence), except
  inside a hard-wrapped paragraph (text wrapped at a fixed width, detected once per
  text), where only a blank line, a short line or a full stop ends one;
- after ``.``, ``!``, ``?`` or an ellipsis, a lower-case word continues the sentence
  ("U.S. officials", "e.g. the", "wait... and", '"Why?" he asked');
- after a title ("Mr.", "Gen.", "Sen.") the sentence never ends; after "No.", "Art.",
  "Jan." it does not end before a number;
- after an ambiguous abbreviation ("Corp.", "Inc.", "Jr."), an acronym with full
  stops ("U.S.", "U.N.") or an initial ("J."), it ends only before a usual sentence
  opener ("The", "He", "But"...), and an initial before another initial never ends;
- a number or letter opening a line ("1. The", "b. The") numbers a list item: no split;
- decimals ("1.5", "$2.3bn") never split: a boundary needs a space after it;
- closing quotes and brackets after the stop belong to the sentence ('." He', '.” The', '.)').

Spans never start or end with white space.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from briefing.resources import lexicon

# A candidate boundary starts at a line break or a sentence stop (``.!?…``); the
# pattern opens with that character class so the regex engine skips to those rare
# characters in its C loop (about 2.5 times faster than trying every position).
# After a line break, group 1 is the white space that follows it. After a stop,
# group 2 is the rest of the run of stops, 3 the closing quotes/brackets, 4 the
# spaces after them and 5 the next visible character after any opening
# quotes/brackets. A run of stops is matched from its start only (the lookbehind
# sees the stop just consumed and the character before it) and never backtracked
# into, so a million full stops in a row stay linear.
_SCAN = re.compile(
    r"[\n.!?\u2026](?:(?<=\n)(\s*)"
    r"|(?<![.!?\u2026]{2})([.!?\u2026]*+)([\"'\u201d\u2019\u00bb)\]]*+)"
    r"(?=([^\S\n]+)[\"'\u201c\u2018\u00ab(\[]*(\S)))"
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_INITIAL_AHEAD = re.compile(r"[\"'\u201c\u2018(\[]*[A-Z]\.")
_LIST_MARK = re.compile(r"\d{1,3}|[a-z]|[ivxlc]{1,5}|[IVXLC]{1,5}")
_PROBE_LINES = 50
_OPENERS = "\"'\u201c\u2018\u00ab(["
_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(titles, before_number, ambiguous, starters), read once per process."""
    with lexicon("abbreviations.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return (frozenset(data.get("titles", [])), frozenset(data.get("before_number", [])),
            frozenset(data.get("ambiguous", [])), frozenset(data.get("starters", [])))


@cache
def _special() -> frozenset[str]:
    """Every listed abbreviation: a token in it needs the full rules."""
    titles, before_number, ambiguous, _ = _lexicon()
    return titles | before_number | ambiguous


def _is_wrapped(text: str) -> bool:
    """True for text hard-wrapped at a fixed width (an e-mail, a wire printout).

    Such text has many lines of similar, modest length that stop mid-sentence; in
    ordinary articles each paragraph is one long line.
    """
    if text.count("\n") < 6:
        return False
    # The usual article has a line over 100 characters among its first few: the
    # width below would be at least that, too wide. Looking for one costs no copy.
    pos = 0
    for _ in range(_PROBE_LINES):
        cut = text.find("\n", pos)
        end = cut if cut >= 0 else len(text)
        if end - pos > 100 and len(text[pos:end].rstrip()) > 100:
            return False
        if cut < 0:
            break
        pos = cut + 1
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    width = max(map(len, lines)) if len(lines) >= 6 else 0
    if not 40 <= width <= 100:
        return False
    filled = sum(1 for line in lines if len(line) >= width * 0.6)
    open_ended = sum(1 for line in lines if line[-1] not in _TERMINAL + _CLOSERS + ":")
    return filled * 5 >= len(lines) * 3 and open_ended * 2 >= len(lines)


def _stop_ends_sentence(text: str, lo: int, punct: str, punct_start: int, ahead: int) -> bool:
    """Does the punctuation ``punct`` at ``punct_start`` end a sentence?

    ``lo`` is where the current sentence starts (the token before the stop is looked
    for after it); ``ahead`` is the index of the next visible character after any
    opening quotes or brackets.
    """
    nxt = text[ahead]
    if nxt.islower():
        return False
    if punct != ".":
        # "!" / "?" end a sentence before anything but a lower-case word; an
        # ellipsis too ("... The talks" starts afresh, "... and" does not).
        return True
    before = text[max(lo, punct_start - 40):punct_start]
    if not before or before[-1].isspace():
        return True
    token = before.rsplit(None, 1)[-1].lstrip(_OPENERS)
    if punct_start - len(token) <= lo and _LIST_MARK.fullmatch(token):
        return False  # "1. The state will...", "b. The", "iv. The": a list item's number
    key = token.lower()
    titles, before_number, ambiguous, starters = _lexicon()
    if key in titles:
        return False
    initial = len(token) == 1 and token.isupper()
    acronym = initial or key in ambiguous or _ACRONYM.fullmatch(token) is not None
    if nxt.isdigit():
        return not (acronym or key in before_number)
    if not acronym:
        return True
    if initial and _INITIAL_AHEAD.match(text, ahead):
        return False
    word = text[ahead:ahead + 24].split(None, 1)[0].rstrip(",;:.!?\"'\u201d\u2019)")
    return word in starters


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``[start, end)`` spans, in order, without white space.

    ``text`` should use ``\\n`` line breaks (ingest normalises them first).
    """
    spans: list[tuple[int, int]] = []
    append = spans.append
    wrapped = _is_wrapped(text)
    width = max(map(len, text.split("\n"))) if wrapped else 0
    special = _special()
    start = len(text) - len(text.lstrip())
    line_start = start
    for match in _SCAN.finditer(text):
        punct_start = match.start()
        if match.lastindex == 1:  # a line break (group 1 is the last group of its branch)
            end = punct_start
            while end > start and text[end - 1] in " \t\r\f\v\xa0":
                end -= 1  # white space before the line break
            if wrapped and not _wrapped_line_ends(text, match, line_start, start, width):
                line_start = match.end()
                continue
            if end > start:
                append((start, end))
            start = line_start = match.end()
            continue
        if punct_start == start:
            continue  # a stray stop opening a sentence ("... and then")
        ahead = match.start(5)
        if text[ahead].islower():
            continue  # "U.S. officials", "etc. and", '"Why?" he asked', "wait... and"
        run_end = match.end(2)
        if run_end == punct_start + 1 and text[punct_start] == ".":
            # The common case, decided without a function call: an ordinary word
            # (not listed, no inner full stop, not opening the sentence) before the stop.
            # Bounded search: an unbounded one would make a long run of stops
            # separated by tabs quadratic (hostile input).
            lo = punct_start - 40
            space = text.rfind(" ", lo if lo > start else start, punct_start)
            token = text[space + 1:punct_start] if space >= 0 else ""
            if not (len(token) > 1 and "." not in token
                    and token[0] not in _OPENERS and token.lower() not in special):
                if not _stop_ends_sentence(text, start, ".", punct_start, ahead):
                    continue
        elif (_kind(text[punct_start:run_end]) == "."
              and not _stop_ends_sentence(text, start, ".", punct_start, ahead)):
            continue
        append((start, match.end()))
        start = match.end(4)
    # len(text.rstrip()) without copying the text when its trailing white space is short
    tail = text[-64:]
    trailing = len(tail) - len(tail.rstrip())
    tail_end = len(text) - trailing if trailing < len(tail) else len(text.rstrip())
    if tail_end > start:
        append((start, tail_end))
    return spans


def _kind(punct: str) -> str:
    """Classify a run of stops: "\u2026" (an ellipsis), "!" (with ! or ?) or "."."""
    if "\u2026" in punct or "..." in punct:
        return "\u2026"
    if "!" in punct or "?" in punct:
        return "!"
    return "."


def _count_openers(text: str, pos: int) -> int:
    """How many opening quotes/brackets start at ``pos``."""
    count = 0
    while pos + count < len(text) and text[pos + count] in _OPENERS:
        count += 1
    return count


def _wrapped_line_ends(text: str, match: re.Match[str], line_start: int, start: int,
                       width: int) -> bool:
    """In hard-wrapped text: does this line break end a sentence?

    It does after a blank line, after a short line (a headline, the last line of a
    paragraph) and after a full stop that would end a sentence anyway.
    """
    if "\n" in match.group(1) or match.end() >= len(text):  # group 1 follows the first break
        return True
    end = match.start()
    if end - line_start < width * 0.6:
        return True
    stripped = text[line_start:end].rstrip().rstrip(_CLOSERS)
    if not stripped or stripped[-1] not in _TERMINAL:
        return False
    punct_start = line_start + len(stripped.rstrip(_TERMINAL))
    punct = text[punct_start:line_start + len(stripped)]
    punct = _kind(punct)
    ahead = match.end() + _count_openers(text, match.end())
    if ahead >= len(text):
        return True
    return _stop_ends_sentence(text, start, punct, punct_start, ahead)
