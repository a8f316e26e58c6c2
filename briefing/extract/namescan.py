"""Find an article's actor names without compiling a pattern for them.

``actors.find_parties`` looks for every form of every actor of the document (names,
aliases, acronyms). As a regex that is ``flat_alternation(forms, AFTER_NO_WORD_OR_HYPHEN)
+ (?:['\u2019]s?)?(?![\\w-])``, compiled anew for each document: on an article seen once
the compile costs more than the rest of the party finder. :func:`name_spans` gives the
same matches, in the same order, with str.find and character tests:

- a match starts where a form's literal head (the text before its first space or
  apostrophe) occurs, with no word character or hyphen just before;
- at a start, the forms opening with that character are tried longest first (then
  alphabetically), as the alternation tries them: a space in a form matches one or more
  white-space characters, an apostrophe either kind; then the possessive tail ('s, ')
  and no word character or hyphen after, backing off as the regex does ('s, then ',
  then nothing);
- matches do not overlap: the next one starts at or after the end of the last, as
  ``finditer`` takes them.

Forms the emulation does not cover (not opening with a word character, several spaces
in a row, a space at an end) make :func:`name_spans` return None: the caller then uses
the compiled pattern.
"""

from __future__ import annotations

import re

_SPACE = 0   # an item of a form: one or more white-space characters
_APOS = 1    # an item of a form: a straight or curly apostrophe
_APOSTROPHES = "'\u2019"


def _word_char(c: str) -> bool:
    """``\\w`` of Python's re for one character of a str pattern."""
    return c.isalnum() or c == "_"


# white space other than a space, two spaces, a space at either end
_ODD_SPACE = re.compile(r"[^\S ]|  |^ | $")


def _spaced(form: str) -> bool:
    """Whether the form's only white space is single spaces between words. Then a space
    (``\\s+`` in the pattern) is followed by a character that is no white space, so the
    engine can only go on after the whole run of white space, as ``_form_end`` does; a
    tab or no-break space next to a space ("X \\u00a0Y") would need the engine's
    backtracking (names are normalised so, but a user's lexicon may hold anything)."""
    return _ODD_SPACE.search(form) is None


def _items(rest: str) -> list[object]:
    """A form after its first character as literal chunks, _SPACE and _APOS items."""
    if " " not in rest and "'" not in rest and "\u2019" not in rest:
        return [rest] if rest else []   # (most forms: one literal chunk)
    items: list[object] = []
    chunk = ""
    for c in rest:
        if c == " " or c in _APOSTROPHES:
            if chunk:
                items.append(chunk)
                chunk = ""
            items.append(_SPACE if c == " " else _APOS)
        else:
            chunk += c
    if chunk:
        items.append(chunk)
    return items


def _plan(forms: list[str]) -> dict[str, list[list[object]]] | None:
    """The forms grouped by first character, each group in the alternation's order
    (longest first, then alphabetical), or None when some form is not covered."""
    groups: dict[str, list[list[object]]] = {}
    for form in sorted(set(forms), key=lambda w: (-len(w), w)):
        if not form or not _word_char(form[0]) or not _spaced(form):
            return None
        norm = form.replace("\u2019", "'")
        groups.setdefault(norm[0], []).append(_items(norm[1:]))
    return groups


def _heads(forms: list[str]) -> set[str]:
    """Each form's literal head: the text before its first space or apostrophe."""
    out = set()
    for form in forms:
        cut = len(form)
        for c in (" ", "'", "\u2019"):
            k = form.find(c)
            if 0 <= k < cut:
                cut = k
        out.add(form[:cut])
    return out


def _form_end(text: str, i: int, items: list[object]) -> int:
    """Where the form's items end when they match at ``i``, else -1."""
    n = len(text)
    for item in items:
        if item is _SPACE:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j == i:
                return -1
            i = j
        elif item is _APOS:
            if i < n and text[i] in _APOSTROPHES:
                i += 1
            else:
                return -1
        elif text.startswith(item, i):   # type: ignore[arg-type]
            i += len(item)               # type: ignore[arg-type]
        else:
            return -1
    return i


def _free_after(text: str, k: int) -> bool:
    """``(?![\\w-])`` at k."""
    return k >= len(text) or not ((c := text[k]).isalnum() or c == "_" or c == "-")


def _tail_end(text: str, e: int) -> int:
    """The end of ``(?:['\u2019]s?)?(?![\\w-])`` from e, trying the longest first; -1."""
    if e < len(text) and text[e] in _APOSTROPHES:
        if text.startswith("s", e + 1) and _free_after(text, e + 2):
            return e + 2
        if _free_after(text, e + 1):
            return e + 1
    return e if _free_after(text, e) else -1


def name_spans(forms: list[str], text: str) -> list[tuple[int, str]] | None:
    """(start, matched text) of every name match, as ``_name_regex(forms).finditer``
    gives them; None when the forms are not covered (use the compiled pattern)."""
    groups = _plan(forms)
    if groups is None:
        return None
    starts: set[int] = set()
    for head in _heads(forms):
        i = text.find(head)
        while i >= 0:
            # the guard after the first character: no word character or hyphen before
            if i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c == "-"):
                starts.add(i)
            i = text.find(head, i + 1)
    out: list[tuple[int, str]] = []
    last = 0
    for p in sorted(starts):
        if p < last:
            continue   # inside the last match: finditer goes on after it
        group = groups.get(text[p])
        if group is None:
            continue
        for items in group:
            if len(items) == 1 and type(items[0]) is str:
                # (one literal chunk: a plain prefix test, no item loop)
                e = p + 1 + len(items[0]) if text.startswith(items[0], p + 1) else -1   # type: ignore[arg-type]
            else:
                e = _form_end(text, p + 1, items)
            if e < 0:
                continue
            end = _tail_end(text, e)
            if end >= 0:
                out.append((p, text[p:end]))
                last = end
                break
    return out


_ECHO_WORDS = ("states", "nations", "countries", "rebels", "workers")


def echo_spans(phrases: list[str], text: str) -> list[tuple[int, int, int]] | None:
    """(start, end, end of the phrase) of every match of ``actors._bigram_re(phrases)``
    ("(?<![\\w-])(" + flat_alternation(phrases) + r")\\w*(?:\\s+(?:states|nations|...))?(?![\\w-])"),
    as finditer gives them; None when the phrases are not covered. After the phrase,
    ``\\w*`` takes every word character (giving some back cannot help: the lookahead
    would then see a word character), then the optional echo word is tried first."""
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    plans = []
    for phrase in ordered:
        if not phrase or not _spaced(phrase) or phrase[0] in _APOSTROPHES:
            return None
        plans.append(_items(phrase.replace("\u2019", "'")))
    starts: set[int] = set()
    for head in _heads(ordered):
        if not head:
            return None
        i = text.find(head)
        while i >= 0:
            if i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c == "-"):
                starts.add(i)
            i = text.find(head, i + 1)
    n = len(text)
    out: list[tuple[int, int, int]] = []
    last = 0
    for p in sorted(starts):
        if p < last:
            continue
        for items in plans:
            e = _form_end(text, p, items)
            if e < 0:
                continue
            w = e
            while w < n and _word_char(text[w]):
                w += 1
            end = -1
            k = w
            while k < n and text[k].isspace():
                k += 1
            if k > w:
                for word in _ECHO_WORDS:
                    if text.startswith(word, k):
                        if _free_after(text, k + len(word)):
                            end = k + len(word)
                        break
            if end < 0 and _free_after(text, w):
                end = w
            if end >= 0:
                out.append((p, end, e))
                last = end
                break
    return out


# The fixed parts of ``actors._statey_re`` (see statey_captures).
_GOV_OF = re.compile(r"\b(?:[Gg]overnment of|[Rr]epublic of|[Kk]ingdom of|[Pp]eople of)\s+")
_STATE_WORDS_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:government|army|military|president|prime minister|"
                                r"(?:[a-z]+\s+)?minister|(?:[a-z]+\s+)?ministry|delegation|side|leaders|authorities|"
                                r"parliament|central bank|economy|capital|ambassador|embassy)\b")
_OFFICE = re.compile(r"\b(?:[Mm]inist(?:er|ry)|[Pp]resident|[Pp]rime [Mm]inister|[Aa]mbassador)\s+")
_OF_FOR = re.compile(r"(?:of|for)\s+")
_LOWER_WORD = re.compile(r"[a-z]+")
_SPACES = re.compile(r"\s+")
_AND = re.compile(r"and\s+")
_OF = re.compile(r"of\s+")
_THE = re.compile(r"the\s+")


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at i."""
    before = i > 0 and _word_char(text[i - 1])
    after = i < len(text) and _word_char(text[i])
    return before != after


def statey_captures(names: list[str], text: str, starts: list[int]) -> list[str] | None:
    """The names ``actors._statey_re(names)`` captures when matched, as finditer would,
    at each of ``starts`` (a sorted superset of its match starts), without compiling it:

    - "Government of (the) X", "X's government" / "X foreign minister", "minister (of
      finance) of (the) X" tried in that order at each start;
    - the names in the alternation's order (longest first, then alphabetical), each
      followed by a word boundary, or by the "'s government" words;
    - the optional parts ("the", "of finance and trade") tried as the regex engine
      backtracks: with them first, then without.

    Returns the captured texts (as written), or None when some name is not covered."""
    ordered = sorted(set(names), key=lambda w: (-len(w), w))
    plans = []
    for name in ordered:
        if not name or not _spaced(name) or name[0] in _APOSTROPHES:
            return None
        plans.append(_items(name.replace("\u2019", "'")))

    def name_at(q: int) -> int:
        """End of the first name matching at q followed by a word boundary, or -1."""
        for items in plans:
            e = _form_end(text, q, items)
            if e > q and _boundary(text, e):
                return e
        return -1

    def after_of(x: int) -> tuple[int, int]:
        """``of\\s+(?:the\\s+)?(NAMES)\\b`` at x: (name start, name end) or (-1, -1)."""
        m = _OF.match(text, x)
        if not m:
            return -1, -1
        return the_then_name(m.end())

    def the_then_name(y: int) -> tuple[int, int]:
        """``(?:the\\s+)?(NAMES)\\b`` at y, "the" taken first."""
        t = _THE.match(text, y)
        if t:
            e = name_at(t.end())
            if e >= 0:
                return t.end(), e
        e = name_at(y)
        return (y, e) if e >= 0 else (-1, -1)

    def office(e: int) -> tuple[int, int]:
        """The rest of the third branch after the office word and its spaces."""
        c = _OF_FOR.match(text, e)
        if c:
            w1 = _LOWER_WORD.match(text, c.end())
            if w1:
                s1 = _SPACES.match(text, w1.end())
                if s1:
                    # a second word, with "and" first, then without
                    a = _AND.match(text, s1.end())
                    tries = []
                    if a:
                        tries.append(a.end())
                    tries.append(s1.end())
                    for k in tries:
                        w2 = _LOWER_WORD.match(text, k)
                        if w2:
                            s2 = _SPACES.match(text, w2.end())
                            if s2:
                                got = after_of(s2.end())
                                if got[0] >= 0:
                                    return got
                    # no second word
                    got = after_of(s1.end())
                    if got[0] >= 0:
                        return got
        return after_of(e)

    out: list[str] = []
    last = 0
    for p in starts:
        if p < last:
            continue
        got = (-1, -1)
        g = _GOV_OF.match(text, p)
        if g:
            got = the_then_name(g.end())
        if got[0] < 0 and _boundary(text, p):
            for items in plans:
                e = _form_end(text, p, items)
                if e > p:
                    w = _STATE_WORDS_AFTER.match(text, e)
                    if w:
                        out.append(text[p:e])
                        last = w.end()
                        break
            else:
                o = _OFFICE.match(text, p)
                if o:
                    got = office(o.end())
            if p < last:
                continue
        if got[0] >= 0:
            out.append(text[got[0]:got[1]])
            last = got[1]
    return out
