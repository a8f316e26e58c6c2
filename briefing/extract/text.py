"""Small text helpers shared by the party and position extractors.

Everything here is pure string work on spans of ``Document.text``: verb
inflection for the stance lexicon, quote spans, trimming a span to its words,
and turning a word list into one alternation regex (compiled once).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Opening and closing quote characters (straight quotes are both).
OPEN_QUOTES = "\"\u201c\u00ab"
CLOSE_QUOTES = "\"\u201d\u00bb"
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES
_QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")

_TRIM_LEFT = " \t\r\n,;:-\u2013\u2014"
_TRIM_RIGHT = " \t\r\n,;:-\u2013\u2014."
_DANGLING_WORDS = ("and", "but", "or", "the", "a", "an", "of", "to", "that", "as", "while", "with", "for", "its",
                   "their", "his", "her", "if", "when", "unless", "until", "is", "are", "was", "were", "has",
                   "have", "had", "will", "would")
_DANGLING = re.compile(r"\s(?:" + "|".join(_DANGLING_WORDS) + ")$", re.I)
_DANGLING_REACH = 1 + max(map(len, _DANGLING_WORDS))


def _atom(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'\u2019":
        return "['\u2019]"
    return re.escape(ch)


def _trie_regex(node: dict) -> str:
    """Regex for a character trie: common prefixes factored out, so the engine does
    not try every phrase at every position (much faster than a flat alternation)."""
    end = "" in node
    branches = [_atom(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        # a shorter phrase ends here: the longer continuation is optional (greedy)
        return "(?:" + body + ")?"
    return body


def _flat_part(word: str) -> str:
    escaped = re.escape(word.replace("\u2019", "'"))
    return escaped.replace(r"\ ", r"\s+").replace("'", "['\u2019]")


def flat_alternation(words: Iterable[str], guard: str = "") -> str:
    """A plain alternation, longest first: cheaper to build for small per-document sets.

    With a ``guard`` (see ``AFTER_WORD_BOUNDARY``) the phrases are grouped by their
    first character, the guard written after it: the same matches, found faster."""
    ordered = [w for w in sorted(set(words), key=lambda w: (-len(w), w)) if w]
    if not ordered:
        return r"(?!x)x"
    if not guard:
        return "(?:" + "|".join(map(_flat_part, ordered)) + ")"
    groups: dict[str, list[str]] = {}
    for word in ordered:   # longest first within each group too
        first = word.replace("\u2019", "'")[0]
        if not (first.isalnum() or first == "_"):
            raise ValueError("a guarded alternation needs phrases that start with a word character")
        groups.setdefault(first, []).append(_flat_part(word.replace("\u2019", "'")[1:]))
    return "(?:" + "|".join(re.escape(first) + guard + "(?:" + "|".join(rests) + ")"
                            for first, rests in sorted(groups.items())) + ")"


# Put after a phrase's first character, these stand for a boundary before the phrase:
# ``c(?<!\w.)`` matches what ``\bc`` does for a word character ``c``. Written there
# rather than in front, they leave a literal first, so the regex engine skips straight
# to the positions that hold one of the phrases' first characters (2-3x faster scans
# when those characters are few, e.g. upper case, or the modal verbs).
AFTER_WORD_BOUNDARY = r"(?<!\w.)"
AFTER_NO_WORD_OR_HYPHEN = r"(?<![\w-].)"


def alternation(words: Iterable[str], guard: str = "") -> str:
    """One regex matching any of the literal phrases, preferring the longest.

    Spaces in a phrase match any run of spaces; straight and curly apostrophes match
    each other, so the lexicon can be written with plain ASCII. Built as a trie.
    ``guard`` (``AFTER_WORD_BOUNDARY`` ...) is inserted after each first character.
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word.replace("\u2019", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return r"(?!x)x"
    if guard:
        if "" in trie or not all(ch.isalnum() or ch == "_" for ch in trie):
            raise ValueError("a guarded alternation needs phrases that start with a word character")
        branches = [_atom(ch) + guard + _trie_regex(child) for ch, child in sorted(trie.items())]
        return "(?:" + "|".join(branches) + ")"
    return "(?:" + _trie_regex(trie) + ")"


def inflect(phrase: str) -> list[str]:
    """Regular inflections of a verb phrase: its first word gets -s, -ed and -ing."""
    head, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head}
    if head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    elif re.fullmatch(r"\w*[aeiou]l", head) and not head.endswith(("eel", "ail", "oil", "eal")):
        # British doubling as well as American: signalled / signaled
        forms |= {head + "s", head + "led", head + "ling", head + "ed", head + "ing"}
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", head) and len(head) <= 4:
        # short CVC verbs double the consonant: ban -> banned, bar -> barred
        forms |= {head + "s", head + head[-1] + "ed", head + head[-1] + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
    return [f + tail for f in sorted(forms)]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the text inside double quotes (curly or straight).

    Straight quotes pair up in order; an unclosed quote runs to the end.
    """
    spans: list[tuple[int, int]] = []
    if '"' not in text and "\u201c" not in text and "\u201d" not in text and "\u00ab" not in text \
            and "\u00bb" not in text:
        return spans   # (most sentences: five substring tests are cheaper than the scan)
    start = -1
    for qm in _QUOTE_RE.finditer(text):
        i, ch = qm.start(), qm.group()
        if start < 0:
            closing = ch == '"' and i > 0 and not text[i - 1].isspace() and (
                i + 1 == len(text) or not text[i + 1].isalnum())
            if ch == "\u201d" or (closing and not spans):
                # a closing quote with no opener: the quote began before this span
                spans.append((0, i))
                continue
            start = i + 1
        elif ch != "\u201c":
            spans.append((start, i))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and edge punctuation (keeps quotes balanced)."""
    while start < end and text[start] in _TRIM_LEFT:
        start += 1
    while end > start and text[end - 1] in _TRIM_RIGHT:
        end -= 1
    # drop a dangling quote mark at either edge (tested in place: no slice of the span)
    if start < end and text[start] in QUOTE_CHARS and not _QUOTE_RE.search(text, start + 1, end):
        start += 1
        while start < end and text[start] in _TRIM_LEFT:
            start += 1
    if start < end and text[end - 1] in QUOTE_CHARS and not _QUOTE_RE.search(text, start, end - 1):
        end -= 1
        while start < end and text[start] in _TRIM_LEFT:
            start += 1
    while end > start and text[end - 1] in _TRIM_RIGHT:
        end -= 1
    # a dangling conjunction or article at the end ("... and", "... the"); the pattern is
    # anchored at the end, so only the last few characters are searched (the longest
    # word is 6 letters): the same match as searching the whole span, in constant time
    cut = _dangling(text, start, end)
    while cut >= 0:
        end = cut
        while end > start and text[end - 1] in _TRIM_RIGHT:
            end -= 1
        cut = _dangling(text, start, end)
    return start, end


# _dangling's answers by (last characters, whether they start the span): the pattern
# sees nothing else, and phrase ends repeat
_DANGLING_SEEN: dict[tuple[str, bool], int] = {}


def _dangling(text: str, start: int, end: int) -> int:
    """Where a dangling word at the end of ``text[start:end]`` begins (its white space),
    or -1: ``_DANGLING.search`` over the last few characters, remembered by them."""
    lo = max(start, end - _DANGLING_REACH)
    key = (text[lo:end], lo == start)
    got = _DANGLING_SEEN.get(key)
    if got is None:
        m = _DANGLING.search(text, lo, end)
        got = m.start() - lo if m and m.end() == end and m.start() > start else -1
        if len(_DANGLING_SEEN) >= 8192:
            _DANGLING_SEEN.clear()
        _DANGLING_SEEN[key] = got
    return lo + got if got >= 0 else -1


def clean_phrase(text: str) -> str:
    """A span's text with runs of whitespace folded and stray quotes removed."""
    text = " ".join(text.split())   # runs of white space folded (as re.sub(r"\s+", " ", ...).strip())
    if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2:
        text = text.replace("\u201c", "").replace("\u201d", "").replace('"', "")
    return text.strip(" ,;:")


# the characters a case-insensitive pattern takes for an ASCII letter that str.lower()
# does not turn into it (dotted and dotless i, long s; the Kelvin sign lowers to "k")
_FOLD_EXTRA = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold_case(text: str) -> str | None:
    """``text`` in lower case, offsets unchanged, so that ``re.I`` patterns (ASCII words)
    can only match where the folded text holds their words: a cheap gate. None when
    no such fold keeps the offsets (then gate nothing)."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD_EXTRA)   # (rare: str.translate is slow)
    low = text.lower()
    return low if len(low) == len(text) else None


def word_count(text: str) -> int:
    return len(text.split())
