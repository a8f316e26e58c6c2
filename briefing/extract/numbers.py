"""Number parsing: every numeric expression in a text, as a value with its unit.

``find_numbers(text)`` scans a text once with one precompiled regex and returns
``Number`` records: digits with separators and decimals, number words ("two
million", "a dozen", "three hundred", "twenty-five"), fractions ("one-third",
"half of"), percentages, money with a currency symbol or code and a scale
("$1.5 billion", "€300m", "1.2bn", "28.6 billion euros"), measures ("60-day",
"35,000 tonnes"), ranges ("40 to 50", "between 3% and 4%", "300-400"), shares ("one in
five" -> 20 %) and the qualifier before them ("over", "nearly", "at least", ...), kept
apart from the value. A qualifier or a range never reaches across a blank line.

Each record also gets a ``kind``. Expressions that are numbers but not quantities
are still returned, flagged so the caller can drop them: ``date``, ``year``,
``time``, ``ordinal``, ``age``, ``name`` (a number inside a name or designator:
"Article 5", "Local 212", "G20", "401(k)"), ``list`` (list numbering), ``phone``,
``skip`` (a lone "one", "two-way", "24/7"). Quantities are ``count``, ``percent``,
``money`` and ``measure``.

The word lists live in ``data/lexicons/numbers.toml`` and ``units.toml``.

Speed: the text is lower-cased once (offsets kept) and scanned for anchors (a digit,
a currency symbol, a number word or a month); the master pattern is only tried at
those anchors, and every word list is a trie-shaped alternation (``wordtrie``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.lexicons import load
from briefing.extract.wordtrie import WordScan, trie_pattern

# precompiled patterns used in the hot paths below
_WORD_SEP = re.compile(r"[\s-]+")
_SPACES = re.compile(r"\s+")
_HYPHEN_WORD = re.compile(r"^-[a-z]")
_YEARS_OLD = re.compile(r"^(?:-(?:year|yr)s?-|\s+years?\s+)old\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


QUANTITY_KINDS = frozenset({"count", "percent", "money", "measure"})


@dataclass(slots=True)  # not frozen: a frozen dataclass is ~2x slower to build
class Number:
    """One numeric expression found in a text.

    ``start``/``end`` cover the whole expression as written, qualifier and unit
    included (so ``text[start:end]`` is the display); ``num_start``/``num_end``
    cover the number itself.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    kind: str
    display: str
    unit_word: str = ""  # the measure unit as written ("day" in "60-day"), for labels
    hyphenated: bool = False  # "60-day", "five-day": the unit is an adjective
    value_start: int = -1  # where the expression starts without its qualifier (-1: ``start``)


# ---------------------------------------------------------------- lexicons
_NUM = load("numbers")
_UNITS = load("units")

_WORDS: dict[str, float] = {k: float(v) for k, v in _NUM["words"].items()}
_SCALES: dict[str, float] = {k: float(v) for k, v in _NUM["scales"].items()}
_ABBR: dict[str, float] = {k: float(v) for k, v in _NUM["scale_abbreviations"].items()}
_FRACTIONS: dict[str, float] = {k: float(v) for k, v in _NUM["fractions"].items()}
_SKIP_ALONE = frozenset(_NUM["small"]["skip_alone"])
_QUALIFIERS: dict[str, str] = dict(_NUM["qualifiers"])
_CUR_PREFIX: dict[str, str] = dict(_UNITS["currency_prefix"])
_CUR_SUFFIX: dict[str, str] = dict(_UNITS["currency_suffix"])
_CUR_ATTACHED: dict[str, str] = dict(_UNITS["currency_attached"])
_PERCENT: dict[str, str] = dict(_UNITS["percent"])
_MEASURE: dict[str, str] = dict(_UNITS["measure"])

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


def _alt(words) -> str:
    """A regex alternation of the words, as a trie (see wordtrie): longest match first."""
    return trie_pattern(words)


_ZONE_ALT = trie_pattern(z.lower() for z in _NUM["time_zones"]["zones"])
_MONTHS_LOW = trie_pattern(_MONTHS.lower().split("|"))
_WORD_ALT = _alt(list(_WORDS) + list(_SCALES))
_SCALE_ALT = _alt(_SCALES)
_AND_AFTER_SCALE = (r"(?:" + "|".join(f"(?<={w})" for w in sorted({"hundred", *_SCALES})) + r")\s+and\s+"
                    rf"(?!(?:{_WORD_ALT})[\s-]+(?:hundred|{_SCALE_ALT})\b)")
_FRAC_ALT = _alt(_FRACTIONS)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+(?:\.\d+)?|\.\d+"
_ORD_SUFFIX = r"(?:st|nd|rd|th)"

# Currency symbols/codes before the number. Codes need a word boundary before them.
# matched on the lower-cased text; an alphabetic code must be written as listed ("USD", "Rs")
_CUR_LOW: dict[str, str] = {c.lower(): c for c in _CUR_PREFIX}
_CODE_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,2})\s?$")
_SYMBOLS = frozenset(c for c in _CUR_PREFIX if len(c) == 1)

_SUB_ALT = trie_pattern(_CUR_ATTACHED)
_SUFFIX_WORDS = list(_CUR_SUFFIX) + [p for p in _PERCENT if p[0].isalpha()] + list(_MEASURE)
_SUFFIX_ALT = _alt(_SUFFIX_WORDS)

# The master pattern: alternatives tried left to right at each position, so the
# non-quantities (times, dates, phone numbers, ordinals) claim their digits first.
_MASTER = re.compile(
    r"(?=[\d+.($\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa'\u2019a-z])(?:(?P<phone>(?<![\w.,])"
    # phone numbers, whatever comes after them (a comma or full stop ends a contact line):
    # "+676 23 100" (a "+" and two more digit groups), "+44 20 7946 0958",
    # "020 7946 0958" (a trunk 0 and two more groups), "(555) 123-4567"
    r"(?:\+\d{1,4}(?:[ -]\(?\d{1,4}\)?){2,5}|\+?\d{1,3}[ .-]\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}"
    r"|0\d{1,4}(?:[ -]\d{2,4}){2,4}|\(\d{2,5}\)\s?\d{3,4}[ -]\d{3,4})(?![\w]|[.,]\d))"
    r"|(?P<time>\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.\s?m\.|[ap]m)(?!\w))|\b\d{1,2}:\d{2}\b"
    # wire-service times with a zone: "at 1030 GMT", "by 16.45 UTC"
    rf"|(?:\b\d{{4}}|\b\d{{1,2}}[:.]\d{{2}})\s*(?:{_ZONE_ALT})\b"
    r"|\b\d{1,2}\s*(?:[ap]\.\s?m\.|[ap]m)(?!\w)"
    r"|(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+o['\u2019]clock\b)"
    # "at half past five", "a quarter to ten"
    r"|\b(?:a\s+)?(?:half|quarter)\s+(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\d{1,2})\b)"
    r"|(?P<date>\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    rf"|\b\d{{1,2}}{_ORD_SUFFIX}?(?:\s*(?:and|-|\u2013|to)\s*\d{{1,2}}{_ORD_SUFFIX}?)?"
    rf"\s+(?:of\s+)?(?:{_MONTHS_LOW})\b\.?(?:,?\s+\d{{4}}\b)?"
    # (a day range after the month is one date: "April 20-22", "May 3\u20135")
    rf"|\b(?:{_MONTHS_LOW})\.?\s+\d{{1,2}}{_ORD_SUFFIX}?(?:\s*[-\u2013]\s*\d{{1,2}}{_ORD_SUFFIX}?)?\b(?!,\d)"
    rf"(?:,?\s+\d{{4}}\b)?"
    rf"|\b(?:{_MONTHS_LOW})\s+\d{{4}}\b)"
    rf"|(?P<ordinal>\b\d+{_ORD_SUFFIX}\b)"
    r"|(?P<decade>\b\d{4}s\b|['\u2019]\d0s\b)"
    # a fraction standing alone: "one-third", "two-thirds", "a quarter of", "half of"
    # (one alternation, checked in Python: "a third" only before "of")
    rf"|(?P<frac>\b(?:(?P<fnum>one|two|three|four|an?)[\s-]+(?P<fden>{_FRAC_ALT})\b"
    r"|half\b(?=\s+(?:of|the)\b)))"
    # the quantity itself: currency? core scale? (range tail)? unit?
    # the currency is a cheap shape here ("us$", "\u00a3", "usd"), checked against units.toml
    # in Python: an alternation of every code tried at every position is 20x slower
    rf"|(?P<qty>(?:(?P<cur>(?:\b[a-z]{{1,2}})?[$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa])\s?)?"
    rf"(?:(?P<dig>{_DIGITS})(?:\s*(?P<dscale>{_SCALE_ALT})\b|(?P<abbr>bn|mn|mln|tn|trn|m|b|k)\b|(?P<sub>{_SUB_ALT})\b)?"
    rf"|(?P<words>(?:\b(?:half\s+an?\s+|an?\s+(?=(?:{_SCALE_ALT}|dozen)\b))?"
    # "and" joins number words only after a scale, and not before another scaled number:
    # "one hundred and five", but "six and eight", "one hundred and two hundred" are two
    # ("two and a half years", "one and a half million")
    rf"(?:{_WORD_ALT})(?:\s+and\s+a\s+half\b)?(?:(?:[\s-]+|{_AND_AFTER_SCALE})(?:{_WORD_ALT}))*\b)))"
    rf"(?P<unit>\s?%|(?:[\s-]+(?:{_SUFFIX_ALT})\b))?)" r")"
)

_HAS_SCALE = re.compile(rf"\b(?:{_SCALE_ALT}|dozen)\b")
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour"})
# these run on the lower-cased text (case-insensitive patterns are ~10x slower)
_LIST_END = re.compile(r"^[.)][ \t]")
_RANGE_SEP = re.compile(r"^(?:\s*(?:-|\u2013|\u2014)\s*|\s+(?:to|and)\s+)$")
_AGE_AFTER = re.compile(r"^-(?:year|yr)s?-old\b|^\s*,|^\s*\)|^\.(?:\s|$)")
_AGE_NAME = re.compile(r"[A-Z][\w'.\u2019-]*,$")
_OF_AFTER = re.compile(r"\s+of\b")
_FUNCTION_CAPS = frozenset(
    "I A An The In On At By For Of To From With About Over Under Nearly Almost Around Some "
    "Only Just Up Since Until And But Or Nor Yet So All Another Those These This That Its "
    "Their His Her Our My Your Both Each Every Between Among More Than Fewer Less Roughly "
    "Approximately Estimated Least Most Q A: Mr Mrs Ms Dr".split())


_QUAL_MAX_WORDS = max(len(q.split()) for q in _QUALIFIERS)
_QUAL_LAST = frozenset(q.split()[-1] for q in _QUALIFIERS)
_DESIGNATORS = frozenset(
    "article articles section sections rule rules clause clauses paragraph point points chapter "
    "annex appendix resolution item no. number page p. pp. table figure phase protocol amendment "
    "paragraphs chapters annexes items pages articles sections clauses "
    "title part route highway flight room gate platform pier berth district ward precinct unit "
    "local category level stage step tier grade class version v. model season episode week day "
    "round session game match volume vol. issue edition series".split())
# designators a number WORD may follow as a name ("day nine", "round three", "phase two")
_WORD_DESIGNATORS = frozenset(
    "day week round phase stage step session part chapter article clause paragraph point item "
    "section tier level season episode volume game match annex".split())
# what may follow such a designated number: the end of a clause, "of", a function word or a verb
# of its starting or ending; anything else may be the noun the number counts
_DESIGNATION_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\]\"\u201d\n]|$)|\s+(?:of|in|on|at|the|and|or|but|to|is|was|will|would|began|begins"
    r"|starts|started|ends|ended|opened|opens|closed|closes)\b")
# the later numbers of a designated list or range: "paragraphs 3 to 6", "Articles 4, 7 and 9"
# (matched on the 30 characters before a number; the first number is caught by _DESIGNATORS)
_LIST_JOIN_ENDS = (",", ", ", "-", "\u2013", " to ", " and ", " or ", " through ")  # (a cheap test first)
_DESIGNATED_TAIL = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(d) for d in sorted(_DESIGNATORS, key=len, reverse=True))
    + r")\s+\d+(?:(?:\s*,\s*|\s+(?:to|and|or|through)\s+|\s*[-\u2013]\s*)\d+)*"
    r"(?:\s*,\s*|\s+(?:to|and|or|through)\s+|\s*[-\u2013]\s*)$")


def _last_words(before: str, n: int) -> list[str]:
    """The last ``n`` words of ``before`` if it ends with white space, else []."""
    if not before or not before[-1].isspace():
        return []
    return before.rsplit(None, n)[-n:]


def _qualifier_before(before_low: str) -> tuple[str, int] | None:
    """(qualifier phrase, chars back to its start) when ``before_low`` ends with one.

    The qualifier must be in the number's paragraph: "over" ending one paragraph does
    not qualify a number opening the next (figures.py also keeps it in the sentence).
    """
    words = _last_words(before_low, _QUAL_MAX_WORDS)
    if not words or words[-1] not in _QUAL_LAST:
        return None  # every qualifier phrase ends with one of these words
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in _QUALIFIERS:
            back = len(before_low) - before_low.rfind(words[-n])
            if _BLANK_LINE.search(before_low, len(before_low) - back):
                return None
            return phrase, back
    return None


@lru_cache(maxsize=1024)
def _word_value(phrase: str) -> float | None:
    """"three hundred" -> 300, "two million" -> 2e6, "a dozen" -> 12, "half a million" -> 5e5."""
    tokens = [t for t in _WORD_SEP.split(phrase.lower()) if t and t != "and"]
    factor = 1.0
    if tokens and tokens[0] == "half":
        factor, tokens = 0.5, tokens[1:]
    total, current, seen, last_scale = 0.0, 0.0, False, 0.0
    for tok in tokens:
        if tok in ("a", "an"):
            current = current or 1.0
            continue
        if tok == "half" and current:
            if total and current == 1.0:  # "a million and a half"
                total, current = total + last_scale / 2, 0.0
            else:  # "two and a half"
                current += 0.5
            continue
        if tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in _SCALES:
            last_scale = _SCALES[tok]
            total += (current or 1.0) * last_scale
            current = 0.0
        elif tok in _WORDS:
            value = _WORDS[tok]
            if current % 100 and (value >= 10 or current % 10):
                return None  # "thirty-one fifty" (a spoken price), "five six": no one number
            current += value
        else:
            return None
        seen = True
    if not seen:
        return None
    return (total + current) * factor


def _digit_value(raw: str) -> float:
    raw = raw.replace(",", "")
    if not raw.isascii():
        raw = raw.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    return float(raw)


@lru_cache(maxsize=512)
def _unit_of(raw: str) -> tuple[str, str, str]:
    """(unit, kind, unit word as written) for a unit suffix."""
    word = raw.strip().lstrip("-").strip()
    low = _SPACES.sub(" ", word.lower())
    if word == "%" or low in _PERCENT:
        return _PERCENT.get(low, "%"), "percent", word
    if low in _CUR_SUFFIX:
        return _CUR_SUFFIX[low], "money", word
    if low in _MEASURE:
        return _MEASURE[low], "measure", word
    return "", "count", word


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str
    kind: str
    unit_word: str
    hyphenated: bool
    is_words: bool
    has_scale: bool
    cur: str


def _parse_qty(m: re.Match, text: str) -> _Raw | None:
    """One quantity match (on the lower-cased text; ``text`` is the original)."""
    cur_raw, dig, words = m.group("cur", "dig", "words")
    cur_start = m.start("cur") if cur_raw else -1
    before = text[max(0, m.start() - 4):m.start()]
    # (islower(): every cased character is lower case, so none is upper: the usual case)
    if not cur_raw and dig is not None and m.start() >= 2 and not before.islower() and any(
            c.isupper() for c in before):
        code = _CODE_BEFORE.search(text, max(0, m.start() - 5), m.start())
        if code and code.group(1) in _CUR_PREFIX:
            cur_raw, cur_start = code.group(1).lower(), code.start(1)  # "USD 40 million"
    if cur_raw:
        key = _CUR_LOW.get(cur_raw, "")
        if not key and cur_raw[-1] in _SYMBOLS:
            key, cur_start = cur_raw[-1], m.end("cur") - 1  # "xy$": only the symbol counts
        if not key or key[0].isalpha() and text[cur_start:cur_start + len(key)] != key:
            cur_raw = None  # "usd" in running text, "rs" inside a word: not a currency code
        else:
            cur_raw = key
    scale = 1.0
    has_scale = False
    if dig is not None:
        num_start, num_end = m.start("dig"), m.end("dig")
        value = _digit_value(dig)
        if m.group("dscale"):
            scale, has_scale = _SCALES[m.group("dscale").lower()], True
        elif m.group("abbr"):
            abbr = m.group("abbr")
            # "m"/"b"/"k" only mean a scale after a currency: "300m" alone is metres.
            if abbr in ("m", "b", "k") and not cur_raw:
                return None
            scale, has_scale = _ABBR[abbr], True
    else:
        num_start, num_end = m.start("words"), m.end("words")
        parsed = _word_value(words)
        if parsed is None:
            return None
        value = parsed
        has_scale = bool(_HAS_SCALE.search(words))
    value *= scale
    unit, kind, unit_word, hyph = "", "count", "", False
    if cur_raw:
        unit, kind = _CUR_PREFIX[cur_raw], "money"
    elif dig is not None and m.group("sub"):
        unit, kind = _CUR_ATTACHED[m.group("sub")], "money"   # "812p a share"
    unit_raw = m.group("unit")
    end = m.end("qty")
    if unit_raw:
        u, k, w = _unit_of(unit_raw)
        hyph = unit_raw.startswith("-")
        if kind == "money" and k != "money":
            # "$350 billion a year": the unit belongs to the next words, not the figure
            end = m.start("unit")
        else:
            unit, kind, unit_word = u, k, w
    # (positional: faster than keywords; the order of _Raw's fields)
    return _Raw(cur_start if cur_raw else num_start, end, num_start, num_end, value, unit, kind,
                unit_word, hyph, dig is None, has_scale, cur_raw or "")


def _classify(raw: _Raw, text: str, low: str) -> str:
    """Flag the quantities that are really years, ages, names or list numbers."""
    s, e = raw.num_start, raw.num_end
    if raw.is_words:
        word = text[s:e].lower()
        if word in _SKIP_ALONE and raw.kind == "count":
            return "skip"
        if raw.hyphenated is False and _HYPHEN_WORD.match(text[raw.end:raw.end + 2]):
            return "skip"  # "two-way", "one-time", "two-tier"
        if raw.kind == "count" and not raw.unit and not raw.has_scale:
            last = _last_words(text[max(0, s - 20):s], 1)
            if last and last[0].lower() in _WORD_DESIGNATORS and _DESIGNATION_END.match(text, raw.end):
                # "day nine of the summit", "round three ended", "in phase two the army...":
                # the number names a day, round or phase (an ordinal), it counts nothing
                # (not "on the day two hostages were freed": a noun follows the number)
                return "name"
        return raw.kind
    # digits from here on
    before = text[max(0, s - 30):s]
    after = text[e:e + 12]
    prev_char = text[s - 1] if s else ""
    next_char = text[e] if e < len(text) else ""
    if raw.value > 1e15 or raw.value != raw.value:
        return "skip"  # a serial number or an overflow, not a quantity anyone reports
    if prev_char.isalpha() or (prev_char == "-" and s >= 2 and text[s - 2].isalpha()):
        return "name"  # "G20", "Covid-19", "F-16"
    if prev_char == "/" or next_char == "/":
        return "skip"  # "24/7", paths, fractions of dates
    if next_char == "(" or (next_char.isalpha() and raw.end == e):
        return "name"  # "401(k)", "3D"
    if next_char == "." and e + 1 < len(text) and text[e + 1].isdigit():
        return "name"  # version numbers "2.6.1"
    if "old" in after and _YEARS_OLD.match(after):  # (the pattern ends with "old")
        return "age"
    last = _last_words(before, 2)
    if raw.kind == "count" and not raw.has_scale and raw.value < 130 and _AGE_AFTER.match(after):
        stripped = before.rstrip()
        if (stripped.endswith(",") and _AGE_NAME.search(stripped)) or \
                (last and last[-1].lower() in ("aged", "age")):
            return "age"  # "Jo Marsh, 57, said", "aged 45"
    if next_char in (".", ")") and _LIST_END.match(text[e:e + 2]) and not raw.unit and \
            text[text.rfind("\n", 0, s) + 1:s].strip() in ("", "("):
        return "list"
    if last and last[-1].lower() in _DESIGNATORS and raw.kind == "count":
        return "name"
    if raw.kind == "count" and before.endswith(_LIST_JOIN_ENDS) and _DESIGNATED_TAIL.search(before):
        return "name"
    if raw.kind == "count" and not raw.cur and last and last[-1][:1].isupper() \
            and last[-1].isalpha() and last[-1] not in _FUNCTION_CAPS \
            and not _qualifier_before(low[max(0, s - 30):s]):
        # a capitalised word right before, not opening the sentence: "Local 212", "Rule 2.6"
        if len(last) == 2 and last[0][-1:] not in ".!?:\"\u201c" and "\n" not in before[-len(last[-1]) - 2:]:
            return "name"
    digits = text[s:e]
    if (raw.kind in ("count", "measure") and not raw.has_scale and _FOUR_DIGITS.fullmatch(digits)
            and 1800 <= raw.value <= 2100 and raw.unit in ("", "year")):
        if not (_qualifier_before(low[max(0, s - 30):s]) and raw.kind == "count"):
            return "year"
    return raw.kind


# "fallen by (nearly) a quarter since ...": a fraction after "by" when a function word follows
# (not a noun: "by a third party", "by a third round")
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:nearly|almost|about|around|roughly|some|over|under|more\s+than"
                        r"|less\s+than|just\s+over|just\s+under)\s+)?$")
# "a cut of a quarter instead", "a stake of a third in ...": the share a change or holding
# comes to, like "by a quarter" (not "a share of a third country's market": a noun follows)
_CHANGE_OF_BEFORE = re.compile(r"\b(?:cut|cuts|reduction|rise|increase|fall|drop|decline|raise|hike|stake"
                               r"|share|holding|haircut|discount|premium|write-off)\s+of\s+$")
_FUNCTION_WORD_AFTER = re.compile(r"\s+(?:since|in|on|over|from|to|this|last|and|but|or|compared"
                                  r"|after|before|within|while|when|as|against|between|during|instead)\b")
_FOR_BEFORE = re.compile(r"\bfor\s+$")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$")
_TO_AFTER = re.compile(r"\s+(?:to|and)\s")
_FRACTION_TO_BEFORE = re.compile(r"\b(?:from|between)\s+an?\s+(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth"
                                 r"|tenth)\s+(?:to|and)\s+(?:(?:just|slightly|well)\s+)?(?:under|over|below|above)?\s*$")
_PERIOD_BEFORE_HALF = re.compile(r"\b(?:first|second|latter|last|final)\s+$")
_A_SCALE = re.compile(r"an?\s")


def _fraction_of_scale(raws: list, raw: _Raw, low: str) -> _Raw | None:
    """"a quarter of a billion dollars" is one amount (250 million), not 25% and a
    billion: when a fraction is followed by "of a <scale>", replace the fraction (the
    last raw) with the product; None when the shape does not apply."""
    if not raws or not raw.has_scale or not raw.is_words or not _A_SCALE.match(low, raw.num_start):
        return None
    frac = raws[-1]
    if not isinstance(frac, _Raw) or frac.unit != "%" or not frac.is_words or frac.has_scale:
        return None
    gap = low[frac.end:raw.start]
    if gap.strip() != "of":
        return None
    raws.pop()
    share = frac.value / 100  # (rounded: 33.33 for "a third"; use the exact fraction)
    share = next((round(share * den) / den for den in (2, 3, 4, 5, 8, 10)
                  if abs(share * den - round(share * den)) < 0.001), share)
    return _Raw(frac.start, raw.end, frac.num_start, raw.num_end, round(share * raw.value, 2),
                raw.unit, raw.kind, raw.unit_word, raw.hyphenated, True, True, raw.cur)


def find_numbers(text: str, quantities_only: bool = False) -> list[Number]:
    """Every numeric expression in ``text``, in order, ranges merged, qualifiers attached.

    ``quantities_only`` leaves out the dates, years, times, names... (faster when the
    caller would drop them anyway).
    """
    raws: list[_Raw | tuple[str, int, int]] = []
    shared = _shared
    if shared is not None and shared[0] is text:
        low, words = shared[1], shared[2]  # (the scan of terms.find_terms, same text)
    else:
        low = _lower(text)
        words = [start for start, _ in _WORD_ANCHOR.spans(low)]
    for m in _matches(low, words):
        group = m.lastgroup
        if group == "date" and not _month_capitalised(text, m):
            # "as many as 20 may die": a lower-case "may" is no month; parse the digits
            for q in _MASTER.finditer(low, m.start(), m.start() + len(m.group(0).split()[0])):
                if q.lastgroup == "qty":
                    raw = _parse_qty(q, text)
                    if raw is not None:
                        raws.append(raw)
            continue
        if group == "qty":
            raw = _parse_qty(m, text)
            if raw is not None:
                raws.append(_fraction_of_scale(raws, raw, low) or raw)
        elif group == "frac":
            num_word = (m.group("fnum") or "one").lower()
            if num_word in ("a", "an") and not _OF_AFTER.match(low, m.end()) and not (
                    (_CLAUSE_END.match(low, m.end()) and not _FOR_BEFORE.search(low, max(0, m.start() - 6), m.start())
                     or (_BY_BEFORE.search(low, max(0, m.start() - 24), m.start())
                         or _CHANGE_OF_BEFORE.search(low, max(0, m.start() - 24), m.start()))
                     and _FUNCTION_WORD_AFTER.match(low, m.end()))
                    and (m.group("fden") or "half") != "half") and not (
                    # "rises from a quarter to just under a third", "between a fifth and a quarter"
                    _FROM_BEFORE.search(low, max(0, m.start() - 10), m.start()) and _TO_AFTER.match(low, m.end())
                    or _FRACTION_TO_BEFORE.search(low, max(0, m.start() - 40), m.start())):
                # "a third round" is an ordinal; "a third of", "cut by nearly a third.",
                # "fallen by a quarter since 2023" a fraction; "no date for a tenth." the
                # ordinal of a round or term whose noun is left out
                continue
            den = (m.group("fden") or "half").lower()
            if den == "half" and _PERIOD_BEFORE_HALF.search(low, max(0, m.start() - 10), m.start()):
                continue  # "in the second half of next year": a period, not a share
            num = 1.0 if num_word in ("a", "an", "one") else _WORDS.get(num_word, 1.0)
            value = round(num * _FRACTIONS[den] * 100, 2)
            raws.append(_Raw(m.start(), m.end(), m.start(), m.end(), value, "%", "percent", "",
                             False, True, False, ""))
        elif group:
            raws.append((group, m.start(), m.end()))
    out: list[Number] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        if isinstance(raw, tuple):
            if not quantities_only:
                kind, s, e = raw
                kind = "date" if kind == "decade" else kind
                out.append(Number(s, e, s, e, 0.0, None, "", "", kind, text[s:e]))
            i += 1
            continue
        kind = _classify(raw, text, low)
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        # (_ratio's own first test, inline: most numbers are followed by no bare number)
        ratio = _ratio(raw, nxt, text, low) if isinstance(nxt, _Raw) and not raw.unit \
            and not nxt.unit else None
        if ratio is not None:  # "one in five workers": 20 %
            out.append(ratio)
            i += 2
            continue
        if quantities_only and kind not in QUANTITY_KINDS:
            i += 1
            continue
        start, end, value_max = raw.start, raw.end, None
        value, unit, unit_word = raw.value, raw.unit, raw.unit_word
        before = low[max(0, start - 30):start]
        # (an opening quote or bracket may stand before it: '"between a tenth and an eighth"')
        last = [w.lstrip("\"'(\u201c\u2018") for w in _last_words(before, 1)]
        if kind in QUANTITY_KINDS and isinstance(nxt, _Raw) and nxt.is_words == raw.is_words:
            gap = text[raw.end:nxt.start]
            # a range never crosses a paragraph break ("up to 40 to\n\n50 more")
            sep = _RANGE_SEP.match(gap) if "\n" not in gap or not _BLANK_LINE.search(gap) else None
            is_and = bool(sep) and "and" in gap.lower()
            if raw.unit and nxt.unit and raw.unit != nxt.unit:
                sep = None  # "rose 6% to EUR 30.80": two figures, not a range
            if sep and (not is_and or last == ["between"]) and last not in (["from"], ["by"]) \
                    and _classify(nxt, text, low) in QUANTITY_KINDS and (gap.strip() or not raw.is_words):
                # "between 300 and 400 jobs", "40 to 50", "3%-4%": one figure, value..value_max
                vmax = nxt.value
                if nxt.has_scale and not raw.has_scale and vmax >= 1000 and value < 1000:
                    value *= vmax / max(1.0, _unscaled(nxt, text))
                if not unit and nxt.unit:
                    unit, kind, unit_word = nxt.unit, nxt.kind, nxt.unit_word
                if vmax > value:
                    value_max, end = vmax, nxt.end
                    i += 1
        qualifier = ""
        if kind in QUANTITY_KINDS:
            q = _qualifier_before(before)
            if q and q[0] == "over" and unit in _SPAN_UNITS:
                q = None  # "over five years": spread over, not "more than"
            if q:
                qualifier = _QUALIFIERS[q[0]]
                start -= q[1]
            elif value_max is not None and last == ["between"]:
                qualifier = "between"
                start -= len(before) - before.rfind("between")
        out.append(Number(start, end, raw.num_start, raw.num_end, value, value_max, unit,
                          qualifier, kind, text[start:end], unit_word, raw.hyphenated,
                          raw.start))
        i += 1
    return out


_RATIO_GAP = re.compile(r"\s+in\s+(?:every\s+)?")


def _ratio(raw: _Raw, nxt, text: str, low: str) -> Number | None:
    """"one in five", "1 in every 4": a share, reported as a percentage of the whole."""
    if not isinstance(nxt, _Raw) or raw.unit or nxt.unit or raw.cur or nxt.cur \
            or not 0 < raw.value < nxt.value or nxt.value > 1000 or raw.value > 100:
        return None
    gap = _RATIO_GAP.fullmatch(low, raw.end, nxt.start)
    if gap is None:
        return None
    start = raw.start
    qualifier = ""
    q = _qualifier_before(low[max(0, start - 30):start])
    if q:
        qualifier, start = _QUALIFIERS[q[0]], start - q[1]
    value = round(raw.value / nxt.value * 100, 2)
    return Number(start, nxt.end, raw.num_start, nxt.num_end, value, None, "%", qualifier,
                  "percent", text[start:nxt.end], "", False, raw.start)


# Where a numeric expression can start: a digit or currency symbol, or a number word,
# fraction or month name. Scanning for these first and trying the master pattern only
# there is ~10x faster than letting the master pattern try every position. The anchors
# are the matches of
#     \d[\d,.]*|[$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa]|\b(?:<number words, scales, fractions, months>)\b
# found by two scans (the matches of the two parts can never overlap: digits, commas and
# dots or a currency symbol / letters). The symbol scan opens with a character class (an
# ASCII digit, "$" or any non-ASCII character), so ``re`` skips every other character in
# C with a bitmap test (~10x faster than trying the alternation at each position); a
# non-ASCII candidate is kept only if it is a digit ("\d" is Unicode) or a currency
# symbol. The word scan is a WordScan (see wordtrie).
_SYMBOL_ANCHOR = re.compile(
    r"[^\x00-\x23\x25-\x2f\x3a-\x7f]"
    r"(?:(?<=\d)[\d,.]*|(?<=[$\u00a3\u20ac\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa]))")
ANCHOR_WORDS = frozenset(list(_WORDS) + list(_SCALES) + list(_FRACTIONS) + _MONTHS.lower().split("|"))
assert all(re.fullmatch(r"[a-z]+", w) for w in ANCHOR_WORDS)  # (single words: see share_scan)
_WORD_ANCHOR = WordScan(ANCHOR_WORDS)

# (text, its lower-cased form, the starts of _WORD_ANCHOR's matches in it) left by a scan
# of a whole text that also looked for ANCHOR_WORDS: terms.find_terms scans each article
# for its trigger words, the engine then runs figures on the same text, so the number
# words are not scanned for twice (see share_scan)
_shared: tuple[str, str, list[int]] | None = None


def share_scan(text: str, low: str, word_starts: list[int]) -> None:
    """Record, for the next ``find_numbers(text)``, where ``_WORD_ANCHOR`` matches in
    ``low`` (``lower_keeping_offsets(text)``). The caller guarantees the starts are exactly
    those of ``_WORD_ANCHOR.spans(low)``; only the same text object (``is``) reuses them.
    """
    global _shared
    _shared = (text, low, word_starts)
_LEAD_WORDS = re.compile(r"(?:\bhalf\s+an?\s+|\ban?\s+)$")


def _matches(low: str, words: list[int]):
    """The master pattern's matches, tried only at anchors (same result as finditer);
    ``words``: the starts of ``_WORD_ANCHOR``'s matches in ``low``."""
    pos = 0
    match = _MASTER.match
    anchors = [m.start() for m in _SYMBOL_ANCHOR.finditer(low)]
    if words:
        anchors = sorted(anchors + words) if anchors else words
    for p in anchors:
        if p < pos:
            continue
        starts = [p]
        if low[p].isalpha():
            lead = _LEAD_WORDS.search(low, max(pos, p - 8), p)  # "a dozen", "half a million"
            if lead:
                starts.insert(0, lead.start())
        elif not low[p].isdigit() and p >= 1 and low[p - 1].isalpha():
            back = p - 1 - (p >= 2 and low[p - 2].isalpha())  # "us$", "a$"
            if back >= pos:
                starts.insert(0, back)
        elif low[p].isdigit() and p >= 1 and low[p - 1] in "+.(":
            if p - 1 >= pos:
                starts.insert(0, p - 1)  # "+44 ...", ".5", "(555) 123-4567"
        for start in starts:
            m = match(low, start)
            if m and m.end() > p:
                yield m
                pos = m.end()
                break


def lower_keeping_offsets(text: str) -> str:
    """The text lower-cased with every offset kept (a few letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_lower = lower_keeping_offsets


_MONTH_WORD = re.compile(rf"(?:{_MONTHS_LOW})")


def _month_capitalised(text: str, m: re.Match) -> bool:
    """A date match names its month with a capital ("May 5", not "may 5"); ISO dates pass."""
    month = _MONTH_WORD.search(m.group(0))
    return month is None or text[m.start() + month.start()].isupper()


def _unscaled(raw: _Raw, text: str) -> float:
    """The number of a scaled expression before its scale ("4 million" -> 4)."""
    written = text[raw.num_start:raw.num_end]
    digits = re.match(_DIGITS, written)
    if digits:
        return _digit_value(digits.group(0))
    words = [w for w in _WORD_SEP.split(written.lower()) if w]
    if len(words) > 1 and words[-1] in _SCALES:  # "three million" -> 3
        return _word_value(" ".join(words[:-1])) or raw.value
    return raw.value


__all__ = ["Number", "find_numbers", "QUANTITY_KINDS", "ANCHOR_WORDS", "share_scan",
           "lower_keeping_offsets"]
