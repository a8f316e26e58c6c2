"""Parties: discover the actors of an article and every mention of them.

Most actors are in no list, so they are found from the text:

- capitalised runs ("Crimson Hills Front", "Pellwick Airport") classed by their
  organisation word (Union, Authority, Movement, Industries... in titles.toml);
- people: two to four capitalised words, often after a title; a person is folded
  into the actor they speak for ("Valdoria's interior minister, Ana X", "X, the
  union's president", "a spokesman for the movement, X", "union president X");
- single proper words seen mid-sentence ("Skylark"), made states when the text
  writes a demonym for them ("Valdorian") or "the government of X";
- the gazetteer (actors.toml plus the user lexicon): real states with demonyms and
  capitals, and the major international organisations.

People and state bodies fold into the actor they speak for: by possessive ("X's
water minister, Y", "Ruritania's Y"), demonym + title ("the Ruritanian foreign
minister Y", "Ruritanian Water Minister Y"), apposition ("Y, the company's chief
operating officer", "Y, a Belsk government spokesman", "Y, who leads the Belsk
delegation"), role of owner ("the chair of the school board, Y", "the minister of
finance of X, Y"), a letterhead in capitals (the issuing state of a titled speaker),
the only state of the story (named at least three times), and for a head of state
the state whose seat the story names ("the White House"). Ownerless roles go to an
owner of their kind (ministers to a state, corporate roles to a company). A past job
("former Gambian foreign minister") names no owner.

Pages of other kinds (cluttered news pages, communiques, columns, briefing transcripts,
bid wires, Q&A interviews) add: publications, photo agencies and bylines' roles are no
actors; an ampersand joins one firm's names; advisers ("advised by X", "hired X as
financial adviser"), pollsters, rating agencies and people introduced by a past job only
are no sides; "the X family" is an actor; a union's branches and locals, "Org Chief
Executive X", "X, who has led the federation's team", "X is the chief negotiator for Y"
(also at a later mention than the first), a roster line "Republic of X: President Y",
"the Personal Envoy of the Secretary-General of the UN" fold into their side; an
ownerless role after a sentence opened by a nominal ("The alliance demanded ... Its
general secretary, X") is that nominal's; "A launched a bid for B" makes A "the
bidder" and B "the target", "X, which holds 8%" "the shareholder".

``find_parties`` returns an :class:`ActorTable`: the actors and a sorted list of
mentions (names, acronyms, last names, "the union"-style nominals resolved to the
nearest compatible actor). Pronouns are resolved later, on demand, by
:meth:`ActorTable.resolve_pronoun`. Which actors become parties is decided by
``positions.py`` (an actor is kept only when it holds at least one position) and
:func:`keep_parties`: sources (analysts, news outlets, commentators, an institution
quoted only for figures), instruments, bodies the deal creates and actors quoted once
for a single claim are no parties.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from briefing.extract.lexicons import load, user_actors
from briefing.extract.namescan import echo_spans, name_spans, statey_captures
from briefing.extract.text import AFTER_NO_WORD_OR_HYPHEN, AFTER_WORD_BOUNDARY, alternation, flat_alternation
from briefing.ingest.document import Document
from briefing.model import Party

# ---------------------------------------------------------------- lexicon, compiled once

_TITLES = load("titles")
_ACTORS = load("actors")

STOP = frozenset(_TITLES["names"]["stop"])
NON_ACTOR_WORDS = frozenset(_TITLES["names"]["documents"])
MEDIA_WORDS = frozenset(_TITLES["names"]["media"])
# the word after a state's name in its ministry's ("X Trade Ministry", "X Ministry of Trade")
_MINISTRY_NEXT = frozenset(_TITLES["names"]["portfolios"]) | {"Ministry", "Foreign", "Home", "Interior"}
_UNIT_WORDS = frozenset(_TITLES["names"]["unit_words"])
_LOCAL_UNIT = re.compile(r"\s(?:Local|Branch|Chapter|Lodge)\s+\d+$")
MEDIA_LAST = MEDIA_WORDS | frozenset(_TITLES["names"]["media_last"])
RESEARCH_WORDS = frozenset(_TITLES["names"]["research"])
BODY_WORDS = frozenset(_TITLES["names"]["bodies"])
PLACE_WORDS = frozenset(_TITLES["names"]["places"]) | {"House"}
PLACE_FIRSTS = frozenset(_TITLES["names"]["place_firsts"])
PORTFOLIOS = frozenset(_TITLES["names"]["portfolios"])
ORG_CLASS: dict[str, str] = {}
for _cls in ("other", "authority", "bloc", "armed", "company", "union"):  # later wins
    for _w in _TITLES["org_words"][_cls]:
        ORG_CLASS[_w] = _cls
NOUN_CLASSES: dict[str, set[str]] = {}
for _cls, _words in _TITLES["nouns"].items():
    if _cls == "generic":
        continue
    for _w in _words:
        NOUN_CLASSES.setdefault(_w, set()).add(_cls)
GENERIC_NOUNS = frozenset(_TITLES["nouns"]["generic"])
_STATE_NOUNS = frozenset(w for w, classes in NOUN_CLASSES.items() if "state" in classes)
# "the Government", "the Republic" in an official text: the noun, capitalised
CAPITALISED_NOUNS = frozenset(_TITLES["names"]["capitalised_nouns"])
STATE_TITLES = sorted(_TITLES["titles"]["state"], key=len, reverse=True)
OWN_TITLES = sorted(_TITLES["titles"]["own"], key=len, reverse=True)
ORG_TITLES = sorted(_TITLES["titles"]["org"], key=len, reverse=True)
ALL_TITLES = sorted(set(STATE_TITLES) | set(OWN_TITLES) | set(ORG_TITLES), key=len, reverse=True)
TITLE_WORDS = frozenset(w for t in ALL_TITLES for w in t.split()) - frozenset(ORG_CLASS)
ROLE_RE = ("(?i:" + alternation(_TITLES["titles"]["roles"]) + r")(?:\s+(?:of|for)\s+[A-Z]\w*(?:\s+(?:and\s+)?[A-Z]\w*)*)?")

# Which actor classes a noun class may refer to.
COMPATIBLE = {
    "union": {"union"},
    "company": {"company", "unknown"},   # (not "other": a fund, institute or association is no company)
    "armed": {"armed", "unknown"},
    "bloc": {"bloc", "authority", "other"},
    "authority": {"authority"},
    "state": {"state"},
    "other": {"other", "bloc"},
}
ORG_CLASSES = frozenset({"union", "company", "armed", "bloc", "authority", "other"})
KIND_OF_CLASS = {"state": "state", "union": "organisation", "company": "organisation",
                 "armed": "group", "bloc": "organisation", "authority": "organisation",
                 "other": "organisation", "unknown": "other", "person": "person",
                 "generic": "group"}


def _gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, class) for the shipped and user gazetteers."""
    forms: dict[str, tuple[str, str]] = {}
    for name, aliases in _ACTORS["states"].items():
        for form in [name, *aliases]:
            forms.setdefault(form, (name, "state"))
    for name, aliases in _ACTORS["organisations"].items():
        for form in [name, *aliases]:
            forms.setdefault(form, (name, "bloc"))
    return forms


GAZETTEER = _gazetteer()
# gazetteer names with a connector or a lower-case part inside ("Organization for Security
# and Co-operation in Europe"): the capitalised runs would cut them, so they are looked up whole
# (not those opening in lower case, "the Kremlin": their capitalised part is met as a run)
_CONNECTED_FORMS = tuple(f for f in GAZETTEER if " " in f and f[:1].isupper()
                         and any(w[:1].islower() or "-" in w for w in f.split()))
# one pass over the text (about twice as fast as a str.find per form; no lookbehind at its
# start, which would keep the engine from skipping to the first letters: 4x slower)
_CONNECTED_RE = re.compile(r"(?:" + "|".join(map(re.escape, sorted(_CONNECTED_FORMS, key=len, reverse=True)))
                           + r")(?!\w)")
_SEATS: dict[str, list[str]] = _ACTORS.get("seats", {})
_NUMBERS = load("numbers")
_NUMBER_WORDS = frozenset(_NUMBERS["words"]) | frozenset(_NUMBERS["scales"])
# a gazetteer state's adjectival and plural forms ("Austrian", "Austrians"): not its capital
_GAZ_DEMONYMS = frozenset(f for aliases in _ACTORS["states"].values() for f in aliases
                          if f.endswith(("n", "ns", "ese", "i", "is", "ish", "ch", "sh", "c", "cs")) and " " not in f)
# a venue: "talks in Vienna", "met at Geneva"
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+$")
_GAZ_DESCRIPTORS: dict[str, list[str]] = _ACTORS.get("descriptors", {})


def _user_gazetteer() -> dict[str, tuple[str, str, str]]:
    """User lexicon: form -> (name, class, kind); read at call time (it may change)."""
    entries = user_actors()
    if entries is _USER_LAST[0]:
        return _USER_LAST[1]   # the same (cached, unchanged) lexicon as last time
    out: dict[str, tuple[str, str, str]] = {}
    for entry in entries:
        kind = entry["kind"]
        cls = {"state": "state", "person": "person", "group": "armed"}.get(kind, "other")
        for form in [entry["name"], *entry["aliases"]]:
            out[form] = (entry["name"], cls, kind)
    _USER_LAST[:] = [entries, out]
    return out


_USER_LAST: list = [None, {}]


# A capitalised token: acronyms with dots (U.S.), words with inner apostrophes or
# hyphens before a capital (Ruiz-Lund, Farmers' or People's), a trailing plural possessive (Workers').
# (the rest of a token: word characters, then any run of inner apostrophes/hyphens each
# followed by word characters; the same as the loop (?:[\w&]|['\u2019](?=\w)|...)*, which
# tried four branches per character, in one repeat of [\w&] per stretch: ~15% cheaper)
_TOKEN_REST = r"[\w&]*(?:(?:['\u2019](?=\w)|-(?=[A-Z\u00c0-\u00de])|(?<=s)['\u2019](?=[\s,]))[\w&]*)*"
_CAPTOK = r"(?:(?:[A-Z]\.){2,}|[A-Z\u00c0-\u00de]" + _TOKEN_REST + ")"
_CONNECT = r"(?:of the|for the|of|for|and|de|du|des|la|le|&|on|van der|van den|van|von|der|den|del|della|da|di|dos|das|bin|ibn|al|el|ter|ten)"
# name particles inside a person's name ("Ana de Souza", "Jan van der Berg")
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "del", "della", "da", "di", "dos",
                        "das", "bin", "ibn", "al", "el", "ter", "ten"})
# the first token with its boundary after its first letter (same matches as
# (?<![\w'\u2019]){_CAPTOK}, but the engine can skip to the capitals: 2x faster)
_U = "A-Z\u00c0-\u00de"
_FIRST_CAPTOK = rf"(?:[{_U}](?<![\w'\u2019].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|{_TOKEN_REST}))"
# an Arabic article joined to a name inside a run ("Majed al-Ansari", "Amr el-Sayed")
_ART = r"(?:al|el|ad|as|ash|at|az|an|ar)-(?=[A-Z])"
_ART_RE = re.compile(_ART)
RUN_RE = re.compile(rf"{_FIRST_CAPTOK}(?:(?:[ \t]+{_CONNECT}[ \t]+|[ \t]+)(?:{_ART})?{_CAPTOK}|[ \t]+\d+\b)*")
ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z.&-]{1,9})\)")
_ACRONYM_IN = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")   # "(HCB)", "(UNDP)" (not "(Reuters)")
_TOKEN_RE = re.compile(r"\S+")
_POSS = re.compile(r"['\u2019]s?$")
_POSS_ENDS = ("'", "\u2019", "'s", "\u2019s")


def _unposs(word: str) -> str:
    """``_POSS.sub("", word)`` without the regex (called for every capitalised word)."""
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    if word.endswith(("'", "\u2019")):
        return word[:-1]
    return word

PRONOUNS = {"he": "person", "she": "person", "him": "person", "his": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "plural", "their": "plural", "them": "plural",
            "we": "speaker", "our": "speaker", "us": "speaker", "i": "speaker", "my": "speaker",
            "me": "speaker"}

def _cased(words: list[str]) -> list[str]:
    """Each word as written and with a capital first letter."""
    return [v for w in words for v in (w, w[:1].upper() + w[1:])]


_TITLE_SET = frozenset(ALL_TITLES)
# a title's head noun ("Secretary", "Minister", "Chairman"): alone, a role, never a name
_TITLE_HEADS = frozenset(t.split()[-1] for t in ALL_TITLES) - {"State"}
_TITLE_TAIL = re.compile(r"(?:" + alternation(ALL_TITLES) + r")\s*$")
# a listed title, or a portfolio before one ("Fisheries Minister", "Deputy Health Secretary")
_PORTFOLIO_TITLE = r"(?:[A-Z][a-z]+\s+){1,2}(?:Minister|Secretary|Commissioner|Ambassador|Envoy)"
_TITLE_HEAD = re.compile(r"(?:" + alternation(ALL_TITLES) + r"|" + _PORTFOLIO_TITLE + r")(?= )")
# a place the text introduces as one, by apposition: "the besieged provincial capital,
# Tarvesh", "the port town of X", "X, home to 300,000 people", "X, the Brevian capital,"
# ("the capital of X" makes X no place: a state)
_PLACE_NOUNS = ("capital", "town", "city", "village", "port", "province", "district", "region", "stronghold")
_PLACE_INTRO_BEFORE = re.compile(r"\b(?:(?:capital|town|city|village|port|province|district|region|stronghold)\s*,?"
                                 r"|(?:town|city|village|port|province|district|region)\s+of|capital\s+is)\s+$")
_PLACE_INTRO_AFTER = re.compile(r",\s+(?:(?:the|its|a)\s+)?(?:(?!(?:whose|which|who|with|and|has|had|is|was)\b)[\w'\u2019-]+\s+){0,2}?"
                                r"(?:capital|town|city|village|port|stronghold)\b(?!['\u2019])|,\s+home\s+to\b")
# the state a capital is introduced with: "the Brevian capital, X", "Brevia's capital X",
# "X, the capital of Brevia", "X, Brevia's capital"
_CAPITAL_OF_BEFORE = re.compile(r"\b(?P<state>[A-Z][\w-]+)(?:['\u2019]s)?\s+capital\s*,?\s+$")
_CAPITAL_OF_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?P<state>[A-Z][\w-]+)(?:['\u2019]s)?\s+capital\b"
                               r"|capital\s+of\s+(?:the\s+)?(?P<state2>[A-Z][\w-]+))")
_STATE_OF_BEFORE = re.compile(r"\b(?:[Gg]overnment|[Rr]epublic|[Kk]ingdom|[Pp]resident|[Mm]inistry|[Ss]ultanate|[Ee]mirate|"
                              r"[Pp]rincipality)\s+of\s+$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|around|across|into|outside|inside|toward|towards|through|"
                           r"via|of|on)\s+(?:the\s+)?|\b(?:capital|town|city|village|port|region|province),\s+)$")
# "X's board" is X; "X's workers" is not
POSSESSIVE_PARTS = frozenset({"government", "army", "military", "cabinet", "coalition", "delegation", "board",
                              "administration", "leadership", "forces", "troops", "authorities", "regime",
                              "ministry", "side", "negotiators", "executive", "management", "presidency"})
# _PLACE_BEFORE cannot match a window that does not end (before its spaces) in one of these
_PLACE_ENDS = (",", "the", "in", "at", "from", "to", "near", "around", "across", "into", "outside", "inside", "toward",
               "towards", "through", "via", "of", "on")
_PREP_ENDS = ("in", "at", "from", "to", "of", "on", "near", "around", "across", "into", "toward", "towards", "outside",
              "inside", "through", "via", "over", "under", "between", "within", "beyond", "about", "the")
_PREP_BEFORE = re.compile(r"\b(?:in|at|from|to|of|on|near|around|across|into|toward|towards|outside|inside|"
                          r"through|via|over|under|between|within|beyond|about)\s+(?:the\s+)?$", re.I)
# (one branch per first character, the apostrophes apart: every branch then opens with a
# literal, so the engine skips to those characters instead of trying each position)
_NOMINAL_LEADS = _cased(["the", "its", "their", "our"])
_NOMINAL_LEAD = (r"(?:" + "".join(alternation([w for w in _NOMINAL_LEADS if w[0] == c], AFTER_WORD_BOUNDARY) + r"\s+|"
                                   for c in sorted({w[0] for w in _NOMINAL_LEADS}))
                 + r"'(?<=\w.)s?\s+|\u2019(?<=\w.)s?\s+)")
# "the Commission", "the Board" capitalised: the short form of a body named in full (the body
# whose name holds the word; else, for a company's organ, one of a fitting class: a company's
# statement calls its own board "the Board")
CAPITALISED_ORG_NOUNS = frozenset(w.capitalize() for c in ("authority", "bloc", "union", "other")
                                  for w in _TITLES["nouns"][c] if w.isalpha()) - CAPITALISED_NOUNS
_NOMINAL_REST = (r"((?:(?!(?:of|for|to|in|on|and|or|with|from|by|at|that|than|as)\s)[a-z-]+\s+){0,2}?)("
                 + alternation([*NOUN_CLASSES, *CAPITALISED_NOUNS, *CAPITALISED_ORG_NOUNS]) + r")(?![\w-])")
_NOMINAL_RE = re.compile(_NOMINAL_LEAD + _NOMINAL_REST)
# The same, one pattern per opening, each starting with its whole literal (the word
# boundary written after it): the engine jumps from one "the" to the next instead of
# trying every t, i, o (see _by_openings).
_NOMINAL_BY_LEAD = tuple(re.compile(lead + _NOMINAL_REST) for lead in (
    *(rf"{w}(?<!\w.{{{len(w)}}})\s+" for w in ("its", "Its", "our", "Our")),
    r"the(?<!\w...)(?:ir)?\s+", r"The(?<!\w...)(?:ir)?\s+", r"'(?<=\w.)s?\s+", r"\u2019(?<=\w.)s?\s+"))


def _by_openings(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of one alternation whose branches are ``patterns``, when no two of them
    can match at the same position (each opens with its own literal): every match of
    each (overlapping ones too), then the leftmost ones that do not overlap, as finditer
    takes them. Cheaper when the openings are literal words: the engine skips to them."""
    found = []
    for pattern in patterns:
        search = pattern.search
        m = search(text)
        while m:
            found.append(m)
            m = search(text, m.start() + 1)
    found.sort(key=_match_start)
    end = 0
    for m in found:
        if m.start() >= end:
            end = m.end()
            yield m


_START = attrgetter("start")
_END = attrgetter("end")


def _match_start(m: re.Match[str]) -> int:
    return m.start()
# only group 1 is used: "the opposition" is met as "opposition" after "the"
@lru_cache(maxsize=256)
def _generic_re_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(" + alternation(words, AFTER_NO_WORD_OR_HYPHEN) + r")(?![\w-])")


_GENERIC_LIST = tuple(sorted(w for w in GENERIC_NOUNS if not w.startswith("the ")))
_GENERIC_FIRSTS = tuple((w, w.split()[0]) for w in _GENERIC_LIST)
_GENERIC_HEADS = tuple(sorted({first for _, first in _GENERIC_FIRSTS}))
# the first word is the literal head _name_starts finds (no apostrophe in it)
_GENERIC_PLAIN = all(re.split(r"[ '\u2019]", w, maxsplit=1)[0] == first for w, first in _GENERIC_FIRSTS)


def _generic_words(text: str) -> tuple[str, ...]:
    """The generic nouns whose first word occurs in ``text`` (a case-sensitive substring
    test, so no match is lost): ``_generic_re_of`` of them is ``_GENERIC_RE`` reduced."""
    return tuple(w for w, first in _GENERIC_FIRSTS if first in text)


def _generic_scan(text: str) -> tuple[tuple[str, ...], list[int] | None]:
    """``_generic_words(text)`` and where their pattern can match (``_name_starts``), from
    one str.find pass per distinct first word (its first find is the presence test)."""
    if not _GENERIC_PLAIN:
        words = _generic_words(text)
        return words, _name_starts(text, words)
    found: set[int] = set()
    present = set()
    for first in _GENERIC_HEADS:
        i = text.find(first)
        if i >= 0:
            present.add(first)
        while i >= 0:
            # (the pattern needs no word character or hyphen before: "aid" in "said" is
            # no start, and a test here is cheaper than a match call)
            if i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c == "-"):
                found.add(i)
            i = text.find(first, i + 1)
    return tuple(w for w, first in _GENERIC_FIRSTS if first in present), sorted(found)


def _generic_re(text: str) -> re.Pattern[str]:
    """``_GENERIC_RE`` reduced to the nouns whose first word occurs in ``text``: fewer,
    rarer first letters to scan for."""
    return _generic_re_of(_generic_words(text))


_GENERIC_RE = re.compile(r"(" + alternation([w for w in GENERIC_NOUNS if not w.startswith("the ")],
                                            AFTER_NO_WORD_OR_HYPHEN) + r")(?![\w-])")
# patterns used inside functions, compiled once (not looked up in re's cache per call)
_WS = re.compile(r"\s+")
_STATE_OF = re.compile(r"(?:(?:[A-Z][a-z]+ )?Presidency of (?:the )?)?(?:Government of (?:the )?)?(?:(?:Republic|Kingdom|State|Federation|"
    r"Principality|Sultanate|Emirate) of )(.+)|Government of (?:the )?(.+)")
_PORTFOLIO_TITLE_RE = re.compile(_PORTFOLIO_TITLE)
# (a parliament's official report, "HOUSE OF REPRESENTATIVES OF THE REPUBLIC OF X",
# "HOUSE OF ASSEMBLY OF X", "PARLIAMENT OF X", is issued by the state too: its ministers
# speak for X)
_CAPS_STATE = re.compile(r"\b(?:REPUBLIC|KINGDOM|GOVERNMENT|FEDERATION|PRINCIPALITY|SULTANATE|EMIRATE|STATE|"
                         r"PARLIAMENT|ASSEMBLY|CHAMBER|SENATE|CONGRESS|REPRESENTATIVES|DEPUTIES) OF (?:THE )?"
                         r"(?!(?:THE )?(?:REPUBLIC|KINGDOM|FEDERATION|PRINCIPALITY|SULTANATE|EMIRATE|STATE) OF\b)([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+)?)")
_CAPS_ISSUER = re.compile(r"\b(?:MINISTRY|GOVERNMENT|OFFICE|PRESIDENCY|EMBASSY|MISSION|CABINET|DEPARTMENT|"
                          r"HOUSE|CHAMBER|PARLIAMENT|ASSEMBLY|SENATE|CONGRESS|REPRESENTATIVES|DEPUTIES|COMMONS)\b")
_CAPS_PERSON = re.compile(r"\b(" + "|".join(re.escape(t.upper()) for t in ALL_TITLES + ["Minister"])
                          + r") ([A-Z][A-Z'\u2019-]+ [A-Z][A-Z'\u2019-]+)(?= (?:ON|AT|TO|IN|FOR|AFTER|ABOUT|OF)\b|\s*$)")
_THE_LEAD = re.compile(r"^(?:[Tt]he)\s+")
_NOMINAL_PHRASE = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)")
_OWNER_POSS_ROLE = re.compile(r"(?P<owner>\b[Tt]he\s+[a-z][\w-]*|\b(?:[Hh]is|[Hh]er)\s+(?:party|union|company|firm|government|side|group|movement)|[A-Z\u00c0-\u00de][\w\u00c0-\u024f.-]*(?:\s+[A-Z][\w.-]*)*|\b[Tt]heir|\b[Ii]ts|\b[Hh]is|\b[Hh]er)"
    r"(?:['\u2019]s?)\s+(?:(?:[\w-]+\s+){0,4}?)(?:" + ROLE_RE + r")\s*,?\s*$")
_ROLE_ALT = "(?i:" + alternation(_TITLES["titles"]["roles"]) + ")"
# "a spokesman for the movement, X", "the chair of the school board, X", "the minister of
# finance of Ruritania, X": the role's owner is written after "of"/"for" ("of finance" is a
# portfolio, in lower case, and no owner)
_OWNER_SPOKES_FOR = re.compile(r"(?:spokes\w+|" + _ROLE_ALT + r")(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})?\s+"
    r"(?:for|of)\s+(?P<owner>the\s+[\w\s'\u2019-]+?|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
    r"(?:['\u2019]s(?:\s+[a-z-]+){1,3})?)\s*,\s*$")
# the speaker's own side before a person: "Our delegation was led by (Deputy Foreign Minister) ",
# "our chief negotiator, ", "our ambassador "
_OUR_ROLE = re.compile(r"\b[Oo]ur\s+(?:[a-z-]+\s+){0,3}?(?:" + _ROLE_ALT + r"|delegation|team|side)"
                       r"(?:\s*,|\s+(?:was|is|has\s+been|will\s+be)\s+(?:led|headed)\s+by"
                       r"(?:\s+(?:[A-Z][\w-]*\s+){1,4}?)?)?\s+$")
# the body written right before a title ("the UN ", "the EU's special ", "Norrevia's "): capitalised
# words, a possessive, up to two lower-case words (the caller tests for a known name)
_PRE_TITLE_OWNER = re.compile(r"(?<![\w'\u2019-])(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['\u2019]s?)?"
                              r"\s+(?:[a-z-]+\s+){0,2}$")
# whom a person speaks for, written as an adjunct: "Speaking for the coalition at a later
# briefing, X said", "On behalf of the Y, X told ...", "Representing Y, X"; and after the
# name, "X, speaking on behalf of Y," / "X, representing Y," / "X (of the interior ministry)"
_SPEAKS_FOR_OWNER = (r"(?P<owner>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=[\s,)])"
                     r"|(?:the\s+)?[A-Z][\w'\u2019&.-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'\u2019&.-]*)*)")
_OWNER_SPEAKING_FOR = re.compile(r"(?:\b(?:[Ss]peaking|[Nn]egotiating|[Aa]cting|[Aa]nswering)\s+(?:for|on\s+behalf\s+of)"
                                 r"|\b[Rr]epresenting|(?<![\w-])[Oo]n\s+behalf\s+of)\s+" + _SPEAKS_FOR_OWNER
                                 + r"(?:\s+(?:at|in|on|after|before|during|from|outside|to)\s+[^,.;:]{1,40}?)?\s*,\s*$")
_OWNER_RIGHT_SPEAKING = re.compile(r"\s*,\s*(?:(?:speaking|negotiating|acting)\s+(?:for|on\s+behalf\s+of)|representing)\s+"
                                   + _SPEAKS_FOR_OWNER)
_BRACKETED_MINISTER = re.compile(r"\b(?:[Tt]he\s+)?(?:(?:Deputy|Prime|Junior|Assistant)\s+)?(?:Minister|Secretary\s+of\s+State)\b"
                                 r"[^()\n:]{0,80}\(\s*$")
_OWNER_WHOSE = re.compile(r"(?P<owner>the\s+[a-z][\w-]*|(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s*,\s+whose\s+"
                          r"(?:[a-z-]+\s+){0,2}?(?:" + _ROLE_ALT + r")\s+(?:goes\s+by\s+the\s+name(?:\s+of)?|"
                          r"is\s+called|is\s+named|calls\s+himself|calls\s+herself|is|was|,)\s*$")
_OWNER_RIGHT_MEMBER = re.compile(r"\s*,\s*(?:(?:a|an|the|one)\s+)?(?:[a-z-]+\s+)?(?:member|part|head|leader|chief|chair)\s+of\s+"
                                 r"(?P<owner>(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*)*?)['\u2019]s\s+(?:[a-z-]+\s+)?"
                                 r"(?:team|delegation|side|board|executive|leadership|committee|panel|negotiators)\b")
_OWNER_RIGHT_BRACKET = re.compile(r"\s*\(\s*(?:(?:of|from|for)\s+)?" + _SPEAKS_FOR_OWNER + r"\s*\)")
_OWNER_DELEGATION = re.compile(r"(?P<owner>(?:[Tt]he\s+)?[\w'\u2019-]+)\s+delegation,?\s+(?:was\s+|is\s+)?(?:led|headed)\s+by\s*$")
# (no "and"/"or" between: "of X and Deputy Director Y" is no deputy of X's)
_OWNER_POSS_FORMER = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:"
                                + _ROLE_ALT + r"|mediator)\s*,\s*(?:a\s+)?former\s+[^,.]{0,80}$")
_THIRD_ROLES = ("mediator", "conciliator", "arbitrator", "facilitator")
_OWNER_POSS_THIRD = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:"
                               + "|".join(_THIRD_ROLES) + r")\s*,?\s*$")
_ROSTER_OWNER = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]\s+)?(?P<owner>[A-Z][^:\n]{1,80}?)\s*:[ \t]*$")
_OWNER_LED_BY = re.compile(r"(?P<owner>[A-Z][\w'\u2019&-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'\u2019&-]*)*)"
                           r"(?:\s*,[^,.;]{1,60},)?\s*,?\s+(?:(?:which|that)\s+is\s+|is\s+|was\s+|now\s+)?"
                           r"(?:led|headed|chaired|run)\s+by\s+$")
_OWNER_DELEGATION_OF = re.compile(r"delegation\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*)"
                                  r",?\s+(?:was\s+|is\s+)?(?:led|headed)\s+by\s*$")
_OWNER_NOUN_ROLE = re.compile(r"(?P<owner>\b[A-Za-z][\w'\u2019-]*)\s+(?:(?!(?:and|or)\s)[a-z-]+\s+){0,2}?(?:" + ROLE_RE + r")\s*$")
# "a senior World Bank official, X", "The UNDP Resident Representative, Mr. X": capitalised
# words (one of them a known name, tested by the caller) before the role
_NAMED_ROLE = re.compile(r"(?<![\w'\u2019-])(?P<pre>(?:[A-Z][\w'\u2019&.-]*\s+){1,4})(?:(?!(?:and|or)\s)[a-z-]+\s+){0,2}?(?:" + ROLE_RE
                         + r")\s*,?\s*$")
_HONORIFICS = tuple(sorted(_TITLES["names"]["honorifics"], key=len, reverse=True))


def _cut_honorific(left: str) -> str:
    """``left`` without an honorific at its end ("union chair Dr. " -> "union chair ")."""
    tail = left.rstrip()
    if not tail.endswith(_HONORIFICS):
        return left
    for h in _HONORIFICS:
        if tail.endswith(h) and (len(tail) == len(h) or not tail[-len(h) - 1].isalnum()):
            return tail[:-len(h)]
    return left
# ("I have told its chairman, X": "its"/"their" open the role mid-sentence too)
_OWNERLESS_ROLE = re.compile(r"(?:^|[,.][\"\u201d]?\s+|\b[Tt]he\s+|\b[Aa]n?\s+|\b[Ii]ts\s+|\b[Tt]heir\s+)(?:[A-Za-z-]+\s+){0,2}?(?:"
                             + ROLE_RE + r")\s*,?\s*$")
_OWNER_RIGHT_POSS = re.compile(r"(?:,\s*\d+,)?\s*,\s*(?:the|a|an)?\s*(?P<owner>[\w\u00c0-\u024f][\w\u00c0-\u024f.-]*(?:\s+[A-Z][\w.-]*)*)(?:\s+[a-z][\w-]*){0,2}['\u2019]s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:" + ROLE_RE + r")\b")
# (an owner's name never runs on across a line break: "... the Dockers' Guild\n\nSPEAKER:")
_OWNER_RIGHT_ROLE_OF = re.compile(r"\s*,\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:\w+-turned-)?(?:" + ROLE_RE + r")\s+(?:of|for|at|to)\s+"
    r"(?P<owner>the\s+[a-z]+|(?:the\s+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w'\u2019-]*)*)")
_PERSON_APPOSITION = re.compile(r",\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:"
                                + _ROLE_ALT + r")\b")
# capitalised role nouns that end no person's name ("Personal Envoy", "Joint Special Representative")
_ROLE_HEADS = frozenset({"Envoy", "Representative", "Minister", "Secretary", "Commissioner", "Ambassador",
                         "Mediator", "Negotiator", "Rapporteur", "Delegate", "Coordinator", "Co-ordinator",
                         "Spokesperson", "Spokesman", "Spokeswoman", "Facilitator",
                         # a byline's ("By X, Labour Correspondent, The Y")
                         "Correspondent", "Editor", "Reporter", "Columnist", "Writer"})
_ROLE_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'\u2019-]*)*)")
_COPULAS = (" is ", " was ", " has been ", " serves as ", " remains ")
_COPULA = re.compile(r" (?:is|was|has been|serves as|remains) (?=(?:the|a|an|[a-z]+-?[a-z]*) )")
_OWNER_RIGHT_WHO = re.compile(r"\s*,\s*who\s+(?:leads|heads|represents|speaks for|chairs|runs)\s+(?:[\w-]+\s+){0,4}?(?:for|of|at)\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w'\u2019-]*)*)")
_OWNER_RIGHT_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?P<owner>[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w'\u2019-]*)*)")
_OWNS_ROLE = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:" + _ROLE_ALT + r"|government|army|military|delegation|"
                        r"negotiators|board|cabinet|parliament|[Mm]inistry|[Cc]abinet|[Ee]mbassy|[Pp]residency)\b")
# "X's chief executive", "X's board": X is an organisation, not a person
_ORG_OWNS = ("chief executive", "chief operating officer", "chief financial officer", "ceo", "board",
             "chair", "chairman", "chairwoman", "managing director", "shareholders", "employees", "staff",
             "directors", "workforce", "general counsel")
_STATE_BODIES = frozenset({"Ministry", "Ministries", "Cabinet", "Embassy", "Presidency"})
# the organs of a state named after it ("X Council of State", "Parliament of X")
_STATE_ORGAN_WORDS = frozenset(_TITLES["names"]["state_organs"])
_POSS_OWNER_LEFT = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['\u2019]s\s+$")
_CREATED_BEFORE = re.compile(r"\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|"
                             r"launch(?:es|ed|ing)?)\s+(?:a|an|the)\s+"
                             # up to two qualifiers ("a new joint", "a permanent"), no preposition
                             # ("launched a bid for X" creates no X)
                             r"(?:(?!(?:for|of|with|to|by|on|against|at|from|in|into)\s)[a-z-]+\s+){0,2}"
                             r"(?:[$\u20ac\u00a3]?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?$")
_CREATED_AFTER = re.compile(r",?\s+(?:to\s+be|that\s+will\s+be|which\s+will\s+be|would\s+be)\s+(?:set\s+up|created|"
                            r"established|launched|hosted|run|managed|financed|funded)\b")
_POSSESSOR = re.compile(r"((?:[Tt]he\s+)?[\w-]+(?:\s+[A-Z][\w-]*)*)['\u2019]s\s+[a-z]")
_OWNER_RIGHT_NOUN_ROLE = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+|who\s+(?:leads|heads|represents|chairs|runs|speaks\s+for)\s+(?:the\s+)?)"
    r"(?:(?:senior|top|chief|deputy|lead|veteran)\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:" + _ROLE_ALT + r"|delegation|team|side|government|negotiators)\b")
_OWNER_RIGHT_LEADS = re.compile(r"(?:\s*,\s*who|\s*,)?\s+(?:has\s+|had\s+)?(?:leads|led|heads|headed|represents|represented|"
    r"chairs|chaired|speaks\s+for|spoke\s+for)\s+(?:(?P<nom>the\s+[a-z]+)(?=['\u2019]s\b|\s*[,.;]|\s+(?:in|at|since|for)\b)"
    r"|(?:the\s+)?(?P<owner>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))")
# "X, 54, has led the union since 2019", "X, 61, the company's chair": an age is no owner
_AGE = re.compile(r"\s*,\s*\d{1,3}\s*(?=,)")
# "Ruritania's Ida Kolm": the possessor right before the name
_OWNER_POSS_DIRECT = re.compile(r"(?<![\w-])(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['\u2019]s\s+$")
_COMMENTATOR_SET = frozenset(_TITLES["names"]["commentators"])
_COMMENTATORS = "(?i:" + alternation(_TITLES["names"]["commentators"]) + ")"
_COMMENTATOR_RIGHT = re.compile(
    r"\s*,\s*(?:(?:now\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + _COMMENTATORS + r"s?\b"
    # "X, who studies border disputes at ...", "X, director of the Centre for River Studies"
    r"|who\s+(?:studies|teaches|researches|lectures)\b"
    r"|(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:at|of|from|with)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'\u2019-]*|for|of|and|on)[ \t]+){0,5}?(?:" + "|".join(sorted(_TITLES["names"]["research"])) + r")\b)")
_COMMENTATOR_ENDS = tuple(sorted(w.lower() for w in _TITLES["names"]["commentators"]))
_COMMENTATOR_LEFT = re.compile(r"(?<![\w-])" + _COMMENTATORS + r"\s+$")
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:" + alternation([n for n in NOUN_CLASSES if n.islower()]) + r")[ \t]+$")
# capitalised common nouns that start sentences and act ("Police said", "Moderator said")
_COMMON_SUBJECTS = frozenset({*NOUN_CLASSES, *GENERIC_NOUNS, *(w.lower() for w in _TITLES["names"]["capitalised_nouns"]),
                              "police", "host", "moderator", "judge", "court", "prosecution", "defence", "defense"})
_ACTS_AFTER = re.compile(r" (?:said|says|demanded|demands|rejected|rejects|agreed|agrees|proposed|proposes|accepted|"
                         r"accepts|insisted|insists|offered|offers|warned|warns|wants|wanted|urged|urges|refused|"
                         r"refuses|called for|calls for|vowed|vows)\b")
# "the X air base": a lower-case word after "the X" that is no actor noun nor role
# (nor a function word or verb: "the Ostrian and Velkan delegations", "the Skylark said")
_ADJUNCT_AFTER = re.compile(r" (?!(?:" + alternation([*NOUN_CLASSES, *POSSESSIVE_PARTS, *_TITLES["titles"]["roles"],
                                                        *GENERIC_NOUNS]) + r")\b)"
                            r"(?!(?:and|or|but|nor|of|to|in|on|at|for|with|by|from|as|is|are|was|were|has|have|had|"
                            r"said|says|will|would|can|could|may|might|must|should|did|does|do)\b)[a-z]")
# "X, the company's treatment": X is something of the company's (a role there would make
# X a person, met as such before this test)
_OWNED_THING = re.compile(r",\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:" + alternation(NOUN_CLASSES) + r")['\u2019]s\s+"
                          r"(?!(?:[\w-]+\s+){0,2}?" + _ROLE_ALT + r"\b)[a-z]")
_OWNERLESS_RIGHT = re.compile(r"\s*,\s*(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _ROLE_ALT + r")\s*,")
_CORPORATE_ROLE = re.compile(r"\b(?:chief\s+(?:executive|operating|financial)|ceo|coo|cfo|managing\s+director|"
                             r"board|chair(?:man|woman|person)?|general\s+counsel|managing\s+partner)\b", re.I)
_UNION_ROLE = re.compile(r"\b(?:general\s+secretary|shop\s+steward|steward|organi[sz]er|union)\b", re.I)
_STATE_ROLE = re.compile(r"\b(?:minister|ambassador|secretary of state|foreign secretary)\b", re.I)
# a past job says nothing of whom a person speaks for now ("former Gambian foreign minister")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Oo]netime|[Oo]ne-time)\s*$")
# heads of state or government: with no affiliation written, they speak for their state
_HEAD_TITLES = frozenset({"President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir",
                          "Sheikh", "Sultan", "Vice President", "Vice-President"})
# "analysts at X estimate", "according to data from X": X is a source, not a side
_SOURCE_BEFORE = re.compile(r"\b(?i:analysts?|economists?|strategists?|researchers?|experts?|scientists?|"
                            r"advis[eo]rs|bankers|lawyers|"
                            r"academics?|scholars?|pollsters?|data|figures|estimates?|surveys?|polls?|reports?|studies|study)"
                            r"\s+(?:at|from|by|with|of)\s+(?:the\s+)?$")
_SOURCE_ENDS = ("at", "from", "by", "with", "of", "the")
# "The board, advised by X", "Y has hired X as financial adviser", "X, Y's lead adviser":
# an adviser (a bank, a law firm) works for a side, it is no side of its own
_ADVISER_BEFORE = re.compile(r"\b(?:advised|counsell?ed)\s+by\s+(?:the\s+)?$")
_ADVISER_AFTER = re.compile(r",?\s+(?:(?:the|its|their|his|her|as|is|are|was|were|has\s+been|have\s+been|"
                            r"[A-Z][\w-]*['\u2019]s?)\s+)*(?:(?:lead|joint|financial|legal|independent|sole|"
                            r"corporate|defence|defense|main|chief|long-standing|longtime)\s+)*"
                            r"(?:advis[eo]rs?|brokers?|bankers?|counsel)\b|\s+(?:is|are|was|were)\s+advising\b")
# ("according to X" is left to positions.py: X may be named again, "the coalition said")
_TALKS_BEFORE = re.compile(r"\b(?i:talks|negotiations|process|deal|plan|proposal|ceasefire|truce|agreement|mediation)\b[^.]{0,60}$")


# The last word of every title: _TITLE_TAIL cannot match a window that ends otherwise.
_TITLE_ENDS = tuple(sorted({t.split()[-1] for t in ALL_TITLES}))
# The last word of every role, in lower case (ROLE_RE is case-insensitive there).
_ROLE_ENDS = tuple(sorted({re.findall(r"\w+", r)[-1].lower() for r in _TITLES["titles"]["roles"]}))


def _may_end_in_role(left: str) -> bool:
    """False when ``left`` cannot match ``ROLE_RE\\s*,?\\s*$`` (the end of _OWNER_POSS_ROLE,
    _OWNER_NOUN_ROLE and _OWNERLESS_ROLE, searched over a 120-character window): after
    its trailing spaces and comma it must end in a role's last word or, for the role's
    "of X" clause, in a capitalised word. A cheap test, true for non-ASCII endings."""
    tail = left.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if not tail:
        return False
    end = tail[-24:]
    if not end.isascii():
        return True   # (case-insensitive matching beyond ASCII is left to the regex)
    if not (end[-1].isalnum() or end[-1] == "_"):
        return False
    if end.lower().endswith(_ROLE_ENDS):
        return True
    # "... of the X and Y": capitalised words (and "and") back to an "of"/"for"
    toks = tail.split()
    i = len(toks) - 1
    while i >= 0 and ("A" <= toks[i][:1] <= "Z" or toks[i] == "and"):
        i -= 1
    return i >= 0 and i < len(toks) - 1 and toks[i] in ("of", "for")


# How many words _OWNER_NOUN_ROLE / _OWNERLESS_ROLE span at most without an "of X" clause:
# the owner or lead word, two words between, the role, a comma standing alone.
_ROLE_REACH = 1 + 2 + max(len(r.split()) for r in _TITLES["titles"]["roles"]) + 1
# _OWNER_POSS_ROLE: the "X's" word, 4 words between, the role, a lone comma
_POSS_REACH = 1 + 4 + max(len(r.split()) for r in _TITLES["titles"]["roles"]) + 1


def _may_hold_possessive_role(left: str) -> bool:
    """False when _OWNER_POSS_ROLE cannot match ``left``: its apostrophe ("X's") is
    followed by at most 4 words, a role and a lone comma, so it lies in the last
    _POSS_REACH words (anywhere when an "of X" clause may end the role)."""
    parts = left.rsplit(None, _POSS_REACH)
    region = parts[-_POSS_REACH:] if len(parts) > _POSS_REACH and _no_of_clause(left) else parts
    return any("'" in p or "\u2019" in p for p in region)


def _no_of_clause(left: str) -> bool:
    """True when ``left`` cannot end in a role's "of X" clause (ROLE_RE's clause ends in
    a capitalised ASCII word before the trailing spaces and comma)."""
    tail = left.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    last = tail.rsplit(None, 1)[-1][:1] if tail else ""
    return not ("A" <= last <= "Z" or not last.isascii())


def _reach_start(left: str) -> int:
    """Where a search for _OWNER_NOUN_ROLE or _OWNERLESS_ROLE in ``left`` may begin: a
    match ends at the end and spans at most _ROLE_REACH words, so none starts before the
    last _ROLE_REACH words (searching from there finds the same leftmost match). 0 when
    the last word is capitalised (a role's "of X and Y" clause has no word limit)."""
    parts = left.rsplit(None, _ROLE_REACH)
    if len(parts) <= _ROLE_REACH or not _no_of_clause(left):
        return 0
    return len(parts[0])


def _may_end_in_commentator(window: str) -> bool:
    """False when _COMMENTATOR_LEFT cannot match ``window``: it needs spaces at the end
    after a commentator word (case-insensitive; a non-ASCII ending is left to the regex)."""
    if not window[-1:].isspace():
        return False
    end = window.rstrip()[-24:]
    return not end.isascii() or end.lower().endswith(_COMMENTATOR_ENDS)


# ---------------------------------------------------------------- data

@dataclass
class Actor:
    """One real-world actor: its name, class and every surface form used for it."""

    id: int
    name: str
    cls: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    parent: int | None = None     # a person speaks for this actor
    descriptors: set[str] = field(default_factory=set)   # "airline" in "budget airline X"
    singulars: frozenset[str] | None = None
    title: str = ""               # a person's title ("Interior Minister")

    def add_alias(self, form: str) -> None:
        form = " ".join(form.split())   # = re.sub(r"\s+", " ", form).strip(), faster
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass(slots=True)   # (made ~30 times per document: slots make them cheaper)
class Mention:
    start: int
    end: int
    actor: int
    kind: str   # "name", "nominal", "generic"


@dataclass
class ActorTable:
    """The actors of one document and where each is mentioned."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    brokers: list[int] = field(default_factory=list)
    issuer: int | None = None   # the state a heading in capitals names as the document's issuer

    def top(self, actor_id: int) -> int:
        """The actor a person speaks for (following the chain), or the actor itself."""
        if self.actors[actor_id].parent is None:
            return actor_id   # (most actors speak for themselves: no set to build)
        seen = set()
        while self.actors[actor_id].parent is not None and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.actors[actor_id].parent  # type: ignore[assignment]
        return actor_id

    def in_span(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def before(self, pos: int, limit: int = 40) -> Iterator[Mention]:
        """Mentions ending before ``pos``, nearest first, among the ``limit`` mentions
        starting before it (lazily: most callers stop at the first that fits)."""
        hi = bisect.bisect_left(self.starts, pos)
        mentions = self.mentions
        for i in range(hi - 1, max(0, hi - limit) - 1, -1):
            m = mentions[i]
            if m.end <= pos:
                yield m

    def after_preposition(self, m: Mention, text: str) -> bool:
        """A mention right after a preposition ("in Derby", "of Valdoria") is rarely
        what a pronoun or a "the group" points back to."""
        window = text[max(0, m.start - 12):m.start]
        # (the search, case-insensitive, is slow: it needs spaces after a preposition or
        # "the" at the window's end, a cheap test first)
        if not window[-1:].isspace():
            return False
        end = window.rstrip()
        if end.isascii() and not end.lower().endswith(_PREP_ENDS):
            return False
        return bool(_PREP_BEFORE.search(text, max(0, m.start - 12), m.start))

    def resolve_pronoun(self, word: str, pos: int, floor: int = 0, text: str = "") -> int | None:
        """The actor a pronoun at ``pos`` most likely refers to: the nearest earlier
        mention of a compatible actor (people for he/she, others for it/they)."""
        want = PRONOUNS.get(word.lower())
        if want is None or want == "speaker":
            return None
        fallback = None
        for m in self.before(pos):
            if m.start < floor:
                break
            actor = self.actors[m.actor]
            if text and self.after_preposition(m, text):
                if fallback is None and actor.cls not in ("unknown", "state", "generic", "person") \
                        and want != "person" and pos - m.end < 200:
                    fallback = m.actor
                continue
            if want == "thing" and actor.cls == "generic":
                continue   # "it" is not "the mediator" or "campaigners"
            if want == "person":
                if actor.cls == "person":
                    return m.actor
            elif actor.cls != "person" or actor.parent is not None:
                # "it"/"they" may refer to the organisation a spokesperson speaks for
                return self.top(m.actor) if actor.cls == "person" else m.actor
        return fallback


# ---------------------------------------------------------------- discovery

def _name_core(word: str) -> str:
    """A name's word without a joined Arabic article ("al-Ansari" -> "Ansari")."""
    m = _ART_RE.match(word) if word[2:4].startswith("-") or word[3:4] == "-" else None
    return word[m.end():] if m else word


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n\"\u201c\u201d:#*>\u2014\u2013-|(["


def _strip_title(words: list[str]) -> tuple[str, list[str]]:
    """Split a leading title off a capitalised run ("Prime Minister", "Mayor")."""
    joined = " ".join(words)
    m = _TITLE_HEAD.match(joined)
    if m and len(m.group().split()) < len(words):
        return m.group(), words[len(m.group().split()):]
    return "", words


def _org_class(words: list[str]) -> str | None:
    if words and words[0] in _STATE_BODIES and len(words) > 2 and words[1] in ("of", "for"):
        return "authority"   # "Ministry of Forestry and Land Resources", not a company
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        cls = ORG_CLASS.get(w.rstrip("'\u2019").rstrip(".")) or ORG_CLASS.get(w)
        if cls:
            if cls in ("bloc", "other") and any(ORG_CLASS.get(x) == "armed" for x in words[:k]):
                return "armed"   # "Ushkar Liberation Coalition", "National Resistance Alliance": armed
            if cls == "union" and k and words[k - 1] in _BLOC_UNION_WORDS:
                return "bloc"    # "Fennic Customs Union", "Monetary Union": states, no trade union
            return cls
    return None


# a campaign group's name opens with its call ("Save Ashvale Fields", "Stop Harwen Airport")
_CAMPAIGN_VERBS = frozenset({"Save", "Stop", "Protect", "Defend", "Keep", "Scrap", "Halt"})
_BLOC_UNION_WORDS = frozenset({"Customs", "Economic", "Monetary", "Trade", "Political", "Postal", "Currency"})
# words a title can hold ("Finance Minister", "Chief Executive"): _TITLE_HEAD needs one of them
_TITLE_OPENERS = TITLE_WORDS | frozenset({"Minister", "Secretary", "Commissioner", "Ambassador", "Envoy"}) \
    | frozenset(w for t in ALL_TITLES for w in t.split())


@lru_cache(maxsize=4096)
def _split_run(run: str) -> tuple[tuple[int, str], ...]:
    """Cut a capitalised run into name chunks: at connectors that join two names
    ("European Union and Australian"), after possessives ("Valdoria's Deputy ...")."""
    if " " not in run and "\t" not in run:
        return ((0, run),)
    tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(run)]
    chunks: list[list[tuple[int, str]]] = [[]]
    i = 0
    while i < len(tokens):
        off, tok = tokens[i]
        cur = chunks[-1]
        if tok in _PARTICLES and cur and not any(t in _PARTICLES for _, t in cur):
            left = [t for _, t in cur]
            right = []
            for _, t in tokens[i + 1:]:
                if t in ("and", "&", "of", "for", "on", "the"):
                    break
                right.append(t)
            if 1 <= len(left) <= 2 and right and len(right) <= 3 and right[-1][:1].isupper() \
                    and all(t in _PARTICLES or t[:1].isupper() for t in right) \
                    and _org_class(left) is None and _org_class(right) is None \
                    and left[-1] not in TITLE_WORDS and " ".join(left) not in GAZETTEER:
                # "Ana de Souza": one person's name, particles and all
                cur.extend(tokens[i:i + 1 + len(right)])
                i += 1 + len(right)
                continue
        if tok in ("and", "&", "of", "for", "on", "de", "du", "des", "la", "le", "the") or tok in _PARTICLES:
            # look ahead: the rest of the run up to the next connector
            left = [t for _, t in cur]
            right = []
            for _, t in tokens[i + 1:]:
                if t in ("and", "&", "of", "for", "on", "the"):
                    break
                right.append(t)
            join = False
            if tok == "of" and left and right and (
                    (len(left) in (2, 3) and len(right) == 1 and _org_class(left) is None
                     and not any(w in BODY_WORDS or w in TITLE_WORDS for w in left) and _org_class(right) is None)
                    or (any(w in _TITLE_OPENERS for w in left[:3])   # (a cheap test before the regex)
                        and (th := _TITLE_HEAD.match(" ".join(left) + " ")) is not None
                        and len(left) - len(th.group().split()) in (2, 3))):
                # "Finance Minister Karin Lund of Valdoria", "Sven Ekdal of Valdoria": a
                # person, then whom they speak for (not "United Nurses of Eastholm")
                chunks.append([])
                i += 1
                continue
            if tok == "of" and len(left) == 1 and left[0] in ("Port", "Ports") and right \
                    and _org_class(right) is not None:
                # "Port of Selby Authority": the port's own body, one name
                cur.append((off, tok))
                i += 1
                continue
            if tok == "&" and 1 <= len(left) <= 2 and 1 <= len(right) <= 3 and _org_class(left) is None \
                    and " ".join(left) not in GAZETTEER and " ".join(right) not in GAZETTEER:
                # "Tarrant & Vell", "Oxbury & Lane Holdings": an ampersand joins the
                # names of one firm (a list of sides is written with "and")
                join = True
            elif tok in ("and", "&"):
                # "Competition and Markets Authority", "Department for Business and Trade",
                # but not "European Union and Australian" nor "X Systems and Y Industries"
                join = (_org_class(right) is not None and _org_class(left) is None
                        # (not "the Government of X and Y Minerals": a state, then a company)
                        and not (len(left) >= 3 and left[0] in ("Government", "Republic", "Kingdom", "State")
                                 and left[1] == "of")) or (
                    # "Rail and Tram Workers' Federation", "Oil and Gas Workers' Union": a lone
                    # industry word is no name
                    len(bare := [w for w in left if w not in STOP]) == 1 and ORG_CLASS.get(bare[0]) == "company"
                    and _org_class(right) is not None
                    and " ".join(right) not in GAZETTEER) or (
                    # "Ministry of Forestry and Land Resources": one portfolio's two parts
                    len(left) >= 3 and left[0] in _STATE_BODIES and left[1] in ("of", "for")
                    and " ".join(right) not in GAZETTEER) or (
                    _org_class(left) is not None and _org_class(right) is None and len(right) == 1
                    and right[0] not in GAZETTEER and len(left) > 2) or (
                    # "The Loss and Damage Action Hub said": "The" and one word is no name
                    # of its own ("The Kremlin and X" is: a gazetteer form)
                    len(left) == 2 and left[0] == "The" and left[1] not in GAZETTEER
                    and ORG_CLASS.get(left[1]) is None and left[1] not in STOP
                    and len(right) >= 2 and " ".join(right) not in GAZETTEER)
            elif tok == "on":
                # "Intergovernmental Authority on Development", "Council on Foreign
                # Relations"; not "the Union on Tuesday"
                join = _org_class(left) is not None and bool(right) and len(right) <= 3 \
                    and all(w[:1].isupper() and w not in STOP for w in right) and " ".join(right) not in GAZETTEER
            elif tok == "of" and left and right and len(left) >= 2 and left[-1] not in TITLE_WORDS \
                    and " ".join(right) not in GAZETTEER and right[0] not in STOP:
                join = True   # "United Nurses of Eastholm", "Community of San Telmo"
            else:
                join = bool(left) and (_org_class(left) is not None or left[-1] in TITLE_WORDS
                                       or left[-1] in ("Government", "Republic", "Kingdom", "State",
                                                       "Minister", "Secretary", "Department",
                                                       "Ministry", "Office", "Alliance", "Union",
                                                       "Chamber", "Committee", "Council", "League",
                                                       "Organisation", "Organization", "Bank",
                                                       "Court", "Federation", "Association",
                                                       "Commission", "Authority", "Community"))
            if join:
                cur.append((off, tok))
            else:
                chunks.append([])
            i += 1
            continue
        cur.append((off, tok))
        if tok.endswith(_POSS_ENDS) and i + 1 < len(tokens):
            nxt = tokens[i + 1][1]
            if nxt in TITLE_WORDS or _org_class([nxt]) is None or tok.rstrip("s'\u2019") in GAZETTEER \
                    or nxt in _STATE_BODIES:   # "Veldmark's Ministry of Information": the state's
                if not tok.endswith(("s'", "s\u2019")) or nxt in TITLE_WORDS:
                    chunks.append([])
        i += 1
    out = []
    for chunk in chunks:
        while chunk and chunk[-1][1] in ("and", "&", "of", "for", "the", "on"):
            chunk.pop()
        if chunk:
            start = chunk[0][0]
            end = chunk[-1][0] + len(chunk[-1][1])
            out.append((start, run[start:end]))
    # cached (names recur within and across articles): a tuple, so no caller can change it
    return tuple(out)


@lru_cache(maxsize=16384)
def _run_parts(run: str) -> tuple[tuple[str, ...], str, bool, tuple[tuple[int, str], ...]]:
    """What ``_Builder.scan`` needs of a capitalised run, computed once per run string:
    its words without possessive ending, the run itself when it is one word, whether it
    is written all in capitals (a headline) and its name chunks."""
    words = run.split()
    single = _unposs(run) if len(words) == 1 else ""
    in_caps = len(words) > 1 and all(w.isupper() or w in ("of", "and", "the") for w in words)
    return tuple(map(_unposs, words)), single, in_caps, (() if in_caps else _split_run(run))



# ("May", "June" are left out: "In May Quellmark rejected ..." is a date before a name)
_NAME_MONTHS = frozenset({"Jan"})


class _Head(NamedTuple):
    """The text-free start of ``_Builder.chunk``: the words left once leading stop words
    are cut, how many characters those took, the word just before (a title that is also
    a stop word, "President"), and the leading word groups that may name an owner."""

    words: tuple[str, ...]
    skip: int
    lead_title: str
    chunk: str
    prefixes: tuple[tuple[int, str], ...]


@lru_cache(maxsize=16384)
def _chunk_head(raw: str) -> _Head | None:
    """``_Head`` of a chunk, None when nothing is left (stop words only, a number)."""
    # ("Farmers'" may end a name, "Brenner Markets' takeover" is a possessive)
    chunk = _unposs(raw) if not raw.endswith(("s'", "s\u2019")) or " " not in raw \
        or raw.rsplit(None, 1)[-1] not in ORG_CLASS else raw
    words = chunk.split()
    lead = len(words)
    skip = 0
    while words and (words[0] in STOP or words[0].capitalize() in ("The", "A", "An")) \
            and not (len(words) > 2 and words[0] in _TITLE_OPENERS
                     and (" ".join(words[:2]) in _TITLE_SET or " ".join(words[:3]) in _TITLE_SET)) \
            and not (words[0] in _NAME_MONTHS and len(words) in (2, 3) and words[1][:1].isupper()
                     and words[1] not in STOP and all(w.isalpha() for w in words[1:])):
        # (a month's abbreviation that is also a first name, before a capitalised word:
        # "Jan Kress" is a person; "Jan 5" stays a date)
        # (a stop word that opens a title is kept: "Chief Executive X", not "Executive X")
        skip += len(words[0]) + 1
        words = words[1:]
    lead_title = " ".join(chunk.split()[lead - len(words) - 1:lead - len(words)]) if len(words) < lead else ""
    if not words or words[0][:1].isdigit() or words[0] in ("of", "for", "and", "&", "on"):
        # ("The Minister of Forestry and Land Resources": a title's portfolio, no name)
        return None
    prefixes = tuple((n, " ".join(words[:n])) for n in (3, 2, 1) if len(words) > n)
    return _Head(tuple(words), skip, lead_title, " ".join(words), prefixes)


# what _Builder.chunk does with a chunk, as far as the chunk alone decides
_LONE, _SKIP, _SETTLE, _STATE, _ORG, _PERSON, _SINGLE, _NONE = range(8)


class _Shape(NamedTuple):
    words: tuple[str, ...]     # the words once an owner's name is cut
    joined: str
    title: str
    weak: bool                 # the stop-word title before the chunk is kept for the person
    kind: int
    cls: str | None = None     # _ORG: the organisation class
    core: str = ""             # _STATE: the state's name
    rest: tuple[str, ...] = ()  # _PERSON: the name's words
    name: str = ""
    particle_last: str | None = None   # "De Souza": the last name to look up
    acronym: bool = False      # _SINGLE: a short word in capitals


@lru_cache(maxsize=16384)
def _chunk_shape(raw: str, cut: int) -> _Shape:
    """The part of ``_Builder.chunk`` that depends on the chunk alone (``cut`` words of
    an owner's name cut off its head), computed once per chunk string: the title, the
    organisation class and which branch applies. Mirrors the rules in ``chunk`` order."""
    head = _chunk_head(raw)
    assert head is not None
    chunk = head.chunk
    words = list(head.words[cut:])
    joined = " ".join(words)
    title, rest = _strip_title(words)
    weak = not title and head.lead_title in _TITLE_SET and 2 <= len(words) <= 3 and _org_class(words) is None \
        and all(w[:1].isupper() and w not in STOP for w in words)
    base = (tuple(words), joined, title, weak)
    cls = _org_class(words)
    if cls and len(words) == 1 and words[0].rstrip("'\u2019") in ORG_CLASS:
        return _Shape(*base, _LONE)   # "Union president", "the Council": not a name
    mstate = _STATE_OF.fullmatch(chunk) if not title else None
    if len(words) >= 2 and words[0] in _CAMPAIGN_VERBS and not title and cls is None:
        return _Shape(*base, _ORG, cls="other")   # "Save Ashvale Fields", "Stop Harwen Airport": a campaign
    if len(words) <= 3 and words[0].rstrip(".") in ("Honourable", "Honorable", "Hon", "Right") \
            and words[-1] in ("Members", "Member", "Friend", "Friends", "Gentleman", "Lady", "Colleagues"):
        return _Shape(*base, _SKIP)   # "Honourable Members will recall": the House addressed, no side
    if len(words) <= 3 and words[-1] == "Speaker" and words[0] in ("Mr", "Madam", "Madame", "Deputy", "Mister"):
        return _Shape(*base, _SKIP)   # "Madam Speaker: Order.": the chair of the House, no side
    if any(w in NON_ACTOR_WORDS for w in words) and not mstate:
        return _Shape(*base, _SKIP)   # a treaty, plan or code, not an actor ("Summit Presidency of X" is X)
    if len(words) > 2 and (words[0].lower() in _COMMENTATOR_SET or (
            len(words) > 3 and words[1].lower() in _COMMENTATOR_SET)):
        return _Shape(*base, _SKIP)   # "(Political) scientist Pavel Linde said": quoted for expertise, no side
    if len(words) > 1 and cls in (None, "other") and any(w in RESEARCH_WORDS for w in words):
        return _Shape(*base, _SETTLE)   # a university or institute studies the talks, it is no side
    if len(words) > 1 and (words[-1] in MEDIA_LAST or (cls and any(w in MEDIA_WORDS for w in words))
                           or words[0] in ("Radio", "Television")):   # ("Radio Vessmark")
        return _Shape(*base, _SETTLE)   # a news outlet reports, it is no side
    if cls and (raw.startswith(("Joint ", "Bilateral ")) or (
            head.skip and any(w in ("Joint", "Bilateral") for w in raw[:head.skip].split()))):
        return _Shape(*base, _SKIP)   # a joint committee the deal sets up is no side of it
    cls = cls or ("other" if any(w in BODY_WORDS for w in words) else None)
    if mstate:
        return _Shape(*base, _STATE, core=mstate.group(1) or mstate.group(2))
    if not title and words[0] in PLACE_FIRSTS and (not cls or len(words) == 2 and words[1] in PLACE_WORDS):
        return _Shape(*base, _SKIP)   # "North Reach fishing grounds", "the West Bank": a place, no person
    if cls and not title:
        return _Shape(*base, _ORG, cls=cls)
    # (a title's own words are no place: "Minister of State Lena X")
    if (named := rest if title else words) and (named[-1] in PLACE_WORDS or any(w in PLACE_WORDS for w in named[1:])):
        return _Shape(*base, _SKIP)
    if not title and "&" in words and not cls:
        return _Shape(*base, _ORG, cls="company")   # "Tarrant & Vell": a firm's names joined
    particle_last = words[1] if len(words) == 2 and words[0].lower() in _PARTICLES else None
    if title or (2 <= len(rest) <= 5 and _name_core(rest[-1])[:1].isupper()
                 and all(((c := _name_core(w))[:1].isupper() and not c.isupper())
                         or (w in _PARTICLES and 0 < k < len(rest) - 1) for k, w in enumerate(rest))):
        if not rest or not (1 <= len(rest) <= 4) or (len(rest) == 1 and not title) \
                or any(w in STOP and not (k == 0 and w in _NAME_MONTHS) for k, w in enumerate(rest)) \
                or not rest[0][:1].isupper():   # ("Personal Envoy of the Secretary-General": a role, no name)
            return _Shape(*base, _SKIP, particle_last=particle_last)
        return _Shape(*base, _PERSON, rest=tuple(rest), name=" ".join(rest), particle_last=particle_last)
    if len(words) == 1:
        word = words[0]
        return _Shape(*base, _SINGLE, particle_last=particle_last,
                      acronym=word.isupper() and len(word) > 1 and len(word) <= 6)
    return _Shape(*base, _NONE, particle_last=particle_last)


@lru_cache(maxsize=512)
def _statey_re(candidates: frozenset[str]) -> re.Pattern[str]:
    """The "statey" pattern of ``_Builder.derive`` for a set of candidate names ("Government
    of X", "X's government", "the minister of finance of X"), cached per name set."""
    names = flat_alternation(candidates)
    return re.compile(
        rf"\b(?:[Gg]overnment of|[Rr]epublic of|[Kk]ingdom of|[Pp]eople of)\s+(?:the\s+)?({names})\b"
        rf"|\b({names})(?:['\u2019]s)?\s+(?:government|army|military|president|prime minister|"
        rf"(?:[a-z]+\s+)?minister|(?:[a-z]+\s+)?ministry|delegation|side|leaders|authorities|parliament|"
        rf"central bank|economy|capital|ambassador|embassy)\b"
        # "the minister of finance of X", "the President of X"
        rf"|\b(?:[Mm]inist(?:er|ry)|[Pp]resident|[Pp]rime [Mm]inister|[Aa]mbassador)\s+"
        rf"(?:(?:of|for)\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+)?\s+)?of\s+(?:the\s+)?({names})\b")


# The literal text right after the first letter of each opening of the "statey" pattern
# in _Builder.derive ("[Gg]overnment of", "[Mm]inist(?:er|ry)", "[Pp]rime [Mm]inister", ...).
_STATEY_CUES = ("overnment of", "epublic of", "ingdom of", "eople of", "inist", "resident", "rime ", "mbassador")


def _statey_starts(text: str, names: list[str]) -> list[int] | None:
    """Every position where the statey pattern could start (a superset: each cue's or
    name's occurrences, found by str.find), or None when a name gives no literal head.
    Matching only there finds what finditer finds, ~4x faster than letting the engine
    try its three branches at every position of the text."""
    at_names = _name_starts(text, names)
    if at_names is None:
        return None
    found: set[int] = set(at_names)
    # the cue branches ("Government of X", "the minister of finance of X") end in
    # "of X" or "of the X": when no name is written so, only the "X's government"
    # branch can match, at a name
    if any(_of_before(text, q) for q in at_names):
        for cue in _STATEY_CUES:
            i = text.find(cue, 1)
            while i >= 0:
                found.add(i - 1)
                i = text.find(cue, i + 1)
    return sorted(found)


# the "X's government" branch of the statey pattern, after the name
_STATEY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:government|army|military|president|prime minister|"
                           r"(?:[a-z]+\s+)?minister|(?:[a-z]+\s+)?ministry|delegation|side|leaders|authorities|parliament|"
                           r"central bank|economy|capital|ambassador|embassy)\b")


def _statey_possible(text: str, names: list[str]) -> bool:
    """False only when the statey pattern cannot match: no name is written after "of" /
    "of the" (the cue branches end so) nor before "'s government", "minister"... (the
    other branch). Then the per-document pattern need not be compiled at all. Only for
    names without spaces or apostrophes (matched literally); True otherwise."""
    if any(" " in n or "'" in n or "\u2019" in n or not n for n in names):
        return True
    at_names = _name_starts(text, names)
    if at_names is None:
        return True
    for q in at_names:
        if _of_before(text, q):
            return True
        for n in names:
            if text.startswith(n, q) and _STATEY_AFTER.match(text, q + len(n)):
                return True
    return False


def _of_before(text: str, q: int) -> bool:
    """Whether "of" (then spaces, possibly "the" and spaces) is written right before q."""
    j = q
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == q:
        return False
    if text.endswith("the", 0, j):
        k = j - 3
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < j - 3 and text.endswith("of", 0, k):
            return True
    return text.endswith("of", 0, j)


def _name_starts(text: str, names, found: set[int] | None = None) -> list[int] | None:
    """Where a ``flat_alternation`` of ``names`` can match (a superset, sorted), or None
    when a name gives no literal head."""
    found = set() if found is None else found
    for name in names:
        # a name's space matches any white space and its apostrophe either kind
        # (flat_alternation): only the part before the first of them is literal
        head = _literal_head(name)
        if not head:
            return None
        i = text.find(head)
        while i >= 0:
            found.add(i)
            i = text.find(head, i + 1)
    return sorted(found)


def _literal_starts(text: str, literals, lo: int = 0, word_start: bool = False) -> list[int]:
    """Sorted positions (from ``lo``) where any of the ``literals`` occurs (str.find);
    with ``word_start`` only those with no word character just before."""
    found: set[int] = set()
    for lit in literals:
        i = text.find(lit, lo)
        while i >= 0:
            if not word_start or i == 0 or not ((c := text[i - 1]).isalnum() or c == "_"):
                found.add(i)
            i = text.find(lit, i + 1)
    return sorted(found)


@lru_cache(maxsize=4096)
def _literal_head(name: str) -> str:
    """The part of a name before its first space or apostrophe (flat_alternation lets a
    space match any white space and an apostrophe either kind: the rest is not literal)."""
    return re.split(r"[ '\u2019]", name, maxsplit=1)[0]


def _finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted):
    the first match at or after the end of the previous one, as finditer takes them.
    (Only for patterns that cannot match the empty string.)"""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m:
            yield m
            pos = m.end()


class _Builder:
    """Collects actors for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.actors: list[Actor] = []
        self.by_name: dict[str, int] = {}
        self.form_to_actor: dict[str, int] = {}
        self.user = _user_gazetteer()
        self.person_spans: list[tuple[int, int, int, str, int]] = []  # start, end, actor, title, run_start
        self.capwords: set[str] = set()      # every capitalised word of the text
        self.single_runs: set[str] = set()   # capitalised words standing alone
        self.last_names: dict[str, int] = {}
        self.lone_org_words: set[str] = set()
        self.capitals: set[str] = set()      # lone words introduced as a place, that act
        self.guessed = False                 # the last _owner_left guessed from a bare role
        self.led: dict[int, int] = {}        # seat made a state by _leader_of -> its leader
        self.leaders: dict[str, str] | None = None   # "X's government (in Y)": X -> Y or "" (on first need)
        self._sent_starts: list[int] = []
        self.settled: set[str] = set()       # chunks whose outcome is known (see chunk())
        self.lone_words: dict[str, tuple[int, str, bool]] = {}   # chunks that were lone proper words
        self.issuer: int | None = None       # the state whose ministry issued the document
        self.heading_state: int | None = None   # the state of a ministry heading the page ("Briefing by the Foreign Ministry")
        self.created: set[int] = set()       # bodies the deal sets up (no side of it)
        self.state_titled = False            # some person bears a state title

    # -- actor registry
    def actor(self, name: str, cls: str, kind: str | None = None) -> int:
        key = name.lower()
        if key in self.by_name:
            return self.by_name[key]
        a = Actor(id=len(self.actors), name=name, cls=cls, kind=kind or KIND_OF_CLASS.get(cls, "other"),
                  words=frozenset(_word_key(w) for w in name.split()))
        self.actors.append(a)
        self.by_name[key] = a.id
        return a.id

    def form(self, form: str, actor_id: int) -> None:
        form = " ".join(form.split())   # = re.sub(r"\s+", " ", form).strip(), faster
        if not form:
            return
        self.form_to_actor.setdefault(form, actor_id)
        self.actors[actor_id].add_alias(form)

    def gaz(self, form: str) -> int | None:
        if form in self.user:
            name, cls, kind = self.user[form]
            aid = self.actor(name, cls, kind)
            self.form(form, aid)
            return aid
        if form in GAZETTEER:
            name, cls = GAZETTEER[form]
            aid = self.actor(name, cls)
            self.form(form, aid)
            if name in _GAZ_DESCRIPTORS:
                self.actors[aid].descriptors.update(_GAZ_DESCRIPTORS[name])   # "the Commission": the EU
            return aid
        return None

    # -- pass 1: capitalised runs
    def scan(self) -> None:
        text = self.text
        singles: dict[str, list[tuple[int, bool]]] = {}
        caps: list[tuple[int, str]] = []
        capwords = self.capwords
        chunk = self.chunk
        settled = self.settled
        done: set[str] = set()   # runs whose chunks are all settled: met again, they change nothing
        kept = self._connected_forms()
        for m in RUN_RE.finditer(text):
            run = m.group()
            if kept and any(a <= m.start() < b for a, b in kept):
                continue   # a piece of a connected gazetteer name, met whole
            if run in done:
                continue
            words, single, in_caps, chunks = _run_parts(run)
            capwords.update(words)
            if single:
                self.single_runs.add(single)
            if in_caps:
                # headlines and speaker labels in capitals are not names (but a letterhead
                # may name the issuing state and a titled speaker, see _caps_heading)
                if m.start() < 600 and len(words) > 3:
                    caps.append((m.start(), run))
                continue
            if " and " in run and self._spelled_org(run, m.start()):
                continue
            for off, part in chunks:
                chunk(part, m.start() + off, singles)
            if chunks[0][1] in settled if len(chunks) == 1 else all(part in settled for _, part in chunks):
                done.add(run)
        for start, run in caps:
            self._caps_heading(start, run)
        self._defined_acronyms()
        # single proper words: keep those met at least once mid-sentence
        initials: dict[str, list[int]] | None = None   # (built on first need)
        for word, seen in singles.items():
            if word in self.form_to_actor:
                continue
            if not any(not initial for _, initial in seen) and not any(
                    _OWNS_ROLE.match(self.text, p + len(word)) for p, _ in seen) and not (
                    # "Ostria demanded ... Ostria rejected ...": a name that acts, sentence after
                    # sentence (not "Analysts said": a plural common noun)
                    len(seen) >= 2 and len(word) >= 4 and not word.endswith("s") and not word.isupper()
                    and word.lower() not in _COMMON_SUBJECTS
                    and all(_ACTS_AFTER.match(text, p + len(word)) for p, _ in seen)):
                continue   # only at sentence starts, and never "X's minister" / "X's board"
            if word.isupper() and 2 <= len(word) <= 6 and word.isalpha():
                if initials is None:
                    initials = self._initials()
                ids = initials.get(word, [])
                if len(ids) == 1:
                    self.form(word, ids[0])   # "the MVDF" of the "Marsh Valley Dockers Front"
                    continue
            if word.isupper() and (len(word) > 5 or len(seen) < 2) and not any(
                    text[max(0, p - 30):p].rstrip().endswith(_NOUN_ENDS)   # (what it needs: cheap test first)
                    and _NOUN_BEFORE.search(text, max(0, p - 30), p) for p, _ in seen):
                # datelines, time zones: an acronym must recur or be defined, or follow
                # the noun of what it names ("the French farmers' union FNSEA")
                continue
            if word in self.last_names or (word[2:4].startswith("-") or word[3:4] == "-") \
                    and word[:1].lower() + word[1:] in self.last_names \
                    or word.isupper() and word.title() in self.last_names:   # "ROAN:" labels a person
                continue   # a last name ("Al-Ansari" at a sentence start too), added as an alias later
            if word in CAPITALISED_NOUNS or word in PORTFOLIOS:
                continue   # "the Government would not": a nominal (see _NOMINAL_REST), no actor
            if word.lower() in _NUMBER_WORDS:
                continue   # "Forty million." opening a transcript's answer: a figure, no actor
            if word in _TITLE_HEADS:
                continue   # "Wrenna Ottacre, General Secretary, CCU": a role, no actor
            if word in MEDIA_LAST:
                continue   # "a letter seen by the Post": the publication's short name, no side
            if all(text.startswith(("the ", "The "), p - 4) and _ADJUNCT_AFTER.match(text, p + len(word))
                   for p, _ in seen):
                continue   # "the Kelbo air base": a word qualifying a thing, never on its own
            if any(text.startswith(",", p + len(word)) and _OWNED_THING.match(text, p + len(word)) for p, _ in seen):
                continue   # "Tranzolan, the company's treatment for ...": a thing the actor owns
            if all(text[max(0, p - 30):p].rstrip().endswith(_PLACE_ENDS)   # (what it needs: cheap test first)
                   and _PLACE_BEFORE.search(text, max(0, p - 30), p) for p, _ in seen) and not any(
                    text[max(0, p - 3):p] == "of " and _STATE_OF_BEFORE.search(text, max(0, p - 30), p)
                    for p, _ in seen) and not _has_demonym(word, capwords):
                # "in Derby", "the capital, Rasken": a place ("the government of Lantria" is a
                # state's name, see derive, and so is "officials in Velmar" when the text
                # writes "Velmarian": a state has a demonym, a town has none)
                continue
            if any(_place_intro(text, p, p + len(word)) for p, _ in seen):
                if not any(_ACTS_AFTER.match(text, p + len(word)) or _OWNS_ROLE.match(text, p + len(word))
                           for p, _ in seen):
                    continue   # "the provincial capital, Tarvesh" ... "overlooking Tarvesh": a place
                self.capitals.add(word)   # a place that acts: a seat of government (see derive)
            if all(text.startswith(" family", p + len(word)) for p, _ in seen):
                # "the founding Vell family": the family is the actor (a shareholder),
                # not a word of the firm's name it shares
                aid = self.actor(word + " family", "other", "group")
                self.form(word + " family", aid)
                continue
            if not word.isupper() and all(text[max(0, p - 30):p - 1].endswith(_TITLE_ENDS) for p, _ in seen):
                titled = [_TITLE_TAIL.search(text, max(0, p - 40), p - 1) for p, _ in seen]
                if all(titled) and titled[0].group() not in _HEAD_TITLES:
                    # "Minister Hallam has told ...": a person named by title and surname
                    # (a side's official, folded by the title's rules), no actor of its own
                    title = titled[0].group()
                    aid = self.actor(word, "person", "person")
                    self.actors[aid].title = title
                    self.form(word, aid)
                    self.form(f"{title} {word}", aid)
                    self.last_names.setdefault(word, aid)
                    if title in STATE_TITLES:
                        self.state_titled = True
                    p = seen[0][0]
                    self.person_spans.append((p, p + len(word), aid, title, p))
                    continue
            self.actor(word, "unknown")
            self.form(word, self.by_name[word.lower()])

    def _spelled_org(self, run: str, start: int) -> bool:
        """An organisation's name with "and" inside whose acronym the text writes as a
        word of its own ("Gleemount Tanners and Coopers Organisation" and "GTCO", "The
        General and Transport Workers' Union (GTWU)"): one name, met whole (the run's
        cut at "and", or a title word opening it, would make two actors or none)."""
        words = run.split()
        skip = 0
        while words and words[0] in ("The", "A", "An"):
            skip += len(words[0]) + 1
            words = words[1:]
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) < 3 or _org_class([_unposs(w) if w.endswith(("'s", "\u2019s")) else w for w in words]) is None:
            return False
        acr = "".join(w[0] for w in caps)
        text = self.text
        i = text.find(acr)
        while i >= 0:
            j = i + len(acr)
            if not (i and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum()):
                break
            i = text.find(acr, j)
        else:
            return False
        name = " ".join(words)
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        aid = self.actor(name, _org_class(name.split()) or "other")
        self.form(name, aid)
        acr_after = ACRONYM_RE.match(text, start + skip + len(name))
        if acr_after:
            self.form(acr_after.group(1), aid)
        self.capwords.update(words)
        return True

    def _connected_forms(self) -> list[tuple[int, int]]:
        """Where the text writes a connected gazetteer name (see _CONNECTED_FORMS): each
        is met as its actor, and its span is kept from the capitalised runs."""
        spans: list[tuple[int, int]] = []
        text = self.text
        for m in _CONNECTED_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue   # (inside a longer word)
            self.gaz(m.group())
            spans.append(m.span())
        return spans

    def _defined_acronyms(self) -> None:
        """"The Harbour Competition Board (HCB)": an acronym in brackets right
        after a known name is that actor's, whichever writing of the name first made it
        (the bracketed one may come later, or the name may start with a gazetteer name:
        "United Nations Development Programme (UNDP)")."""
        text = self.text
        i = text.find("(")
        while i >= 0:
            m = _ACRONYM_IN.match(text, i)
            if m and m.group(1) not in self.form_to_actor:
                acr = m.group(1)
                words = text[max(0, i - 120):i].split()
                for n in range(min(len(words), 10), 0, -1):
                    cand = " ".join(words[-n:])
                    aid = self.form_to_actor.get(cand)
                    if aid is not None and cand[:1] == acr[:1] and self.actors[aid].cls not in ("person", "state"):
                        self.form(acr, aid)
                        break
            i = text.find("(", i + 1)

    def _initials(self) -> dict[str, list[int]]:
        """The initials of each organisation's capitalised words ("MVDF" for the "Marsh
        Valley Dockers Front"): an undefined acronym met as a lone word is the one
        organisation they spell."""
        initials: dict[str, list[int]] = {}
        for a in self.actors:
            if a.cls in ORG_CLASSES and " " in a.name:
                key = "".join(w[0] for w in a.name.replace("-", " ").split() if w[:1].isupper())
                initials.setdefault(key, []).append(a.id)
        return initials

    def _caps_heading(self, start: int, run: str) -> None:
        """A heading in capitals near the top: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC
        OF X" names the state issuing the document (its officials speak for it);
        "REMARKS BY FOREIGN MINISTER JANE ROE" names a titled speaker. Only names the
        text also writes in lower case count (a heading's other words are no names)."""
        m = _CAPS_STATE.search(run)
        if m:
            words = [w.capitalize() for w in m.group(1).split()]
            for n in (2, 1):
                core = " ".join(words[:n])
                # (a parliament's or ministry's own heading names its state though the text,
                # written from inside it, never does: "HOUSE OF ASSEMBLY OF THE REPUBLIC OF X")
                if len(words) >= n and (core in self.form_to_actor or re.search(rf"\b{re.escape(core)}\b", self.text)
                                        or n == len(words) == 1 and _CAPS_ISSUER.search(run)):
                    aid = self.gaz(core)
                    if aid is None:
                        aid = self.by_name.get(core.lower())
                        if aid is None or self.actors[aid].cls not in ("unknown", "state"):
                            aid = self.actor(core, "state")
                        self.actors[aid].cls, self.actors[aid].kind = "state", "state"
                        self.form(core, aid)
                    if _CAPS_ISSUER.search(run) and self.issuer is None:
                        self.issuer = aid
                    break
        m = _CAPS_PERSON.search(run)
        if m:
            title = m.group(1).title()
            first, last = (w.capitalize() for w in m.group(2).split())
            name = f"{first} {last}"
            if self.text.count(last.upper()) + self.text.count(last) < 2 or name.lower() in self.by_name:
                return
            aid = self.actor(name, "person", "person")
            self.actors[aid].title = title
            self.form(name, aid)
            self.last_names.setdefault(last, aid)
            if title in STATE_TITLES or _PORTFOLIO_TITLE_RE.fullmatch(title):
                self.state_titled = True
            pos = start + m.start(2)
            self.person_spans.append((pos, pos + len(name), aid, title, pos))

    def chunk(self, chunk: str, start: int, singles: dict[str, list[tuple[int, bool]]]) -> None:
        if chunk in self.settled:
            return   # met before and settled with no new actor: it would settle the same way
        lone = self.lone_words.get(chunk)
        if lone is not None and lone[1] not in self.form_to_actor:
            # met before as a lone proper word: nothing it depends on has changed (only
            # becoming a known form would), so it goes to singles again
            skip, word, acronym = lone
            start += skip
            singles.setdefault(word, []).append((start, False if acronym else _sentence_initial(self.text, start)))
            return
        raw = chunk
        head = _chunk_head(raw)   # (the text-free part of the rules, cached per chunk string)
        if head is None:
            self.settled.add(raw)
            return
        start += head.skip
        chunk = head.chunk
        if chunk in self.user or chunk in GAZETTEER:
            self.gaz(chunk)   # (gaz() finds it: the lookups first spare a call per chunk)
            self.settled.add(raw)
            return
        if chunk in self.form_to_actor:
            # a known form: gaz() is idempotent and forms are never removed while scanning
            self.settled.add(raw)
            return
        # "Israeli Prime Minister Dan X": a gazetteer word, a title, a name
        owner = None
        cut = 0
        for n, prefix in head.prefixes:
            if prefix in GAZETTEER or prefix in self.user:
                if _FORMER_BEFORE.search(self.text, max(0, start - 12), start):
                    break   # "former Gambian Foreign Minister X": a past job, not whom X speaks for
                if n == 1 and len(head.words) == 2 and _first_name_like(prefix) and head.words[1] not in ORG_CLASS \
                        and head.words[1] not in PLACE_WORDS:
                    break   # "Sofia Renholm": a first name that is also a capital, not Bulgaria's X
                owner = self.gaz(prefix)
                start += len(prefix) + 1
                cut = n
                break
        if owner is None and len(head.words) >= 4 and any(w in _TITLE_OPENERS for w in head.words[2:-1]):
            # "Bramley Care Group Chief Executive Marcus Pell", "Dockers Union General
            # Secretary X": an organisation's name, a title, a name (the person its)
            words = head.words
            for k in range(2, len(words) - 1):
                if words[k] in _TITLE_OPENERS and _org_class(list(words[:k])) is not None \
                        and (th := _TITLE_HEAD.match(" ".join(words[k:]) + " ")) is not None \
                        and 1 <= len(words) - k - len(th.group().split()) <= 3:
                    prefix = " ".join(words[:k])
                    self.chunk(prefix, start, singles)
                    owner = self.form_to_actor.get(prefix)
                    if owner is not None:
                        start += len(prefix) + 1
                        cut = k
                    break
        shape = _chunk_shape(raw, cut)
        words = shape.words
        if owner is not None and self.gaz(shape.joined) is not None:
            return   # "UN World Food Programme"
        title = shape.title
        if title:
            start += len(title) + 1
        weak = head.lead_title if shape.weak else ""   # a title kept for the person, but no affiliation rule of its own
        kind = shape.kind
        if kind == _LONE:
            self.lone_org_words.add(words[0])   # "Union president", "the Council": not a name
            if not head.prefixes:
                self.settled.add(raw)   # (one word: no owner cut, it would go the same way again)
            return
        if kind == _SETTLE:
            self.settled.add(raw)
            return   # a news outlet ("Brightwater Courier", "X Media Group") reports, it is no side
        if shape.particle_last is not None and shape.particle_last in self.last_names:
            self.form(chunk, self.last_names[shape.particle_last])   # "De Souza later said"
            return
        if kind == _SKIP:
            if not head.prefixes:
                self.settled.add(raw)   # (one word: no owner cut, it would go the same way again)
            return
        if kind == _STATE:
            # "Government of the Republic of X" is the state X (even when "Government" is
            # no organisation word of the lexicon)
            core = shape.core
            if self.gaz(core) is None:
                aid = self.actor(core, "state")
                self.form(core, aid)
            aid = self.by_name.get(core.lower())
            if aid is None:
                aid = self.form_to_actor.get(core)
            if aid is not None and self.actors[aid].cls == "person" and " " not in self.actors[aid].name:
                # "Mediator Sarquim says" in a standfirst, then "the State of Sarquim": a state
                # a title went before, no person
                self.actors[aid].cls = self.actors[aid].kind = "state"
                self.actors[aid].title = ""
            if aid is not None:
                self.form(chunk, aid)
                # "the government", "the presidency" later is this state
                self.actors[aid].descriptors.add(words[0].lower())
                self.actors[aid].descriptors.update(w.lower() for w in words if w in ("Government", "Presidency"))
            return
        if kind == _ORG:
            if owner is not None and len(words) == 1:
                return
            cls = shape.cls
            fresh = chunk.lower() not in self.by_name
            if len(words) > 2 and words[0] in ("Board", "Management") and words[1] == "of" \
                    and _org_class(list(words[2:])) in ("company", "union", "other"):
                # "the Board of Norvale Water Utility": the utility (its board speaks for it)
                aid = self.actor(" ".join(words[2:]), _org_class(list(words[2:])) or cls)
                self.form(" ".join(words[2:]), aid)
            else:
                aid = self.actor(chunk, cls)
            self.form(chunk, aid)
            if fresh and cls in ("authority", "bloc", "other") and (
                    _CREATED_BEFORE.search(self.text, max(0, start - 50), start)
                    or _CREATED_AFTER.match(self.text, start + len(chunk))):
                self.created.add(aid)   # "the deal would set up a Fisheries Commission"
            acr = ACRONYM_RE.match(self.text, start + len(chunk))
            if acr:
                self.form(acr.group(1), aid)
            return
        if kind == _PERSON:
            rest = shape.rest
            name = shape.name
            if not title and rest[-1] in _ROLE_HEADS:
                # "the Personal Envoy of the Secretary-General of the United Nations": a
                # role, no person's name; it names the actor written in its "of" clause
                # (so "The Personal Envoy welcomed ..." is that actor's)
                at = self.text.find(name + " of ")   # (this mention, or where the role is first written out)
                of = _ROLE_OF.match(self.text, at + len(name)) if at >= 0 else None
                owner = self._known_in(of.group(1), gazetteer=True) if of else None
                if owner is not None:
                    self.form(name, owner)
                return
            if len(rest) == 1:
                known = self.last_names.get(name)
                if known is not None:
                    self.form(name, known)
                    if title:
                        self.form(f"{title} {name}", known)
                    return
            if name in GAZETTEER:
                self.gaz(name)
                return
            if not title and len(rest) >= 3 and self.text.startswith(" (", start + len(name)):
                acr = ACRONYM_RE.match(self.text, start + len(name))
                if acr and acr.group(1) == "".join(w[0] for w in rest):
                    # "Cabin Crew United (CCU)": a name with its own initials after it is
                    # an organisation's (no person is written so), its acronym an alias
                    aid = self.actor(name, "other")
                    self.form(name, aid)
                    self.form(acr.group(1), aid)
                    return
            aid = self.actor(name, "person", "person") if name.lower() not in self.by_name else self.by_name[name.lower()]
            a = self.actors[aid]
            if a.cls != "person":
                return
            self.last_names.setdefault(rest[-1], aid)
            if title and not a.title:
                a.title = title
            elif weak and not a.title:
                a.title = weak
                self.form(f"{weak} {name}", aid)
            if title and (title in STATE_TITLES or _PORTFOLIO_TITLE_RE.fullmatch(title)):
                self.state_titled = True
            self.form(name, aid)
            if title:
                self.form(f"{title} {name}", aid)
            if owner is not None and a.parent is None:
                a.parent = owner
            self.person_spans.append((start, start + len(name), aid, title, start))
            return
        if kind == _SINGLE:
            word = words[0]
            if not head.prefixes and owner is None and not title:
                self.lone_words[raw] = (head.skip, word, shape.acronym)
            if shape.acronym:
                singles.setdefault(word, []).append((start, False))
                return
            singles.setdefault(word, []).append((start, _sentence_initial(self.text, start)))

    # -- pass 2: aliases derived from names
    def derive(self) -> None:
        text = self.text
        has_which = " which " in text   # (one search, not one per person)
        firsts: dict[str, list[int]] = {}
        for a in self.actors:
            parts = a.name.split()
            if a.cls == "person" and not a.title and len(parts) == 2 and parts[0] in self.single_runs \
                    and parts[1] not in self.single_runs and parts[0] not in STOP \
                    and not self._person_apposition(a.name) and not self._labelled_person(a.name):
                # "Skylark Genomics" ... "Skylark said": people go by their last name,
                # companies by their first word
                a.cls, a.kind = "company", "organisation"
                self.last_names.pop(parts[1], None)
            elif a.cls == "person" and not a.title and a.parent is None and (
                    a.name + "'s " in text or a.name + "\u2019s " in text) and re.search(
                    rf"\b{re.escape(a.name)}['\u2019]s\s+(?:{'|'.join(_ORG_OWNS)})\b", text):
                # "Kestrel Hydro's chief executive": a company, not a person
                a.cls, a.kind = "company", "organisation"
                self.last_names.pop(parts[-1], None)
            elif a.cls == "person" and not a.title and a.parent is None and has_which and (
                    a.name + ", which " in text or a.name + " which " in text):
                # "Metro Harlow Transit, which is owned by the city": no person ("who")
                a.cls, a.kind = "unknown", "organisation"
                self.last_names.pop(parts[-1], None)
        self._split_joined_names()
        self._first_names()
        for a in list(self.actors):
            if a.cls == "person":
                parts = a.name.split()
                last = parts[-1]
                if last not in self.form_to_actor and last not in STOP:
                    self.form(last, a.id)
                    if _ART_RE.match(last):
                        self.form(last[:1].upper() + last[1:], a.id)   # "Al-Ansari said"
            elif a.cls not in ("state", "unknown") and " " in a.name and a.name not in GAZETTEER \
                    and not a.name.endswith(" family"):   # ("the Vell family" is no "Vell": the firm's word)
                firsts.setdefault(a.name.split()[0], []).append(a.id)
        # invented countries: a demonym written next to a proper word ("Valdorian")
        candidates = [a for a in self.actors
                      if a.cls in ("unknown", "state") and a.name not in GAZETTEER and a.name not in self.user
                      and a.name not in PORTFOLIOS]
        for a in candidates:
            # "Ruritanian" met mid-sentence while "Ruritania" only starts sentences: the
            # actor is the country, its demonym an alias
            base = _demonym_base(a.name, self.capwords)
            if base and base.lower() not in self.by_name:
                demonym = a.name
                del self.by_name[demonym.lower()]
                a.name, a.cls, a.kind = base, "state", "state"
                a.words = frozenset({_word_key(base)})
                self.by_name[base.lower()] = a.id
                self.form(base, a.id)
                a.add_alias(demonym)
        statey_names: set[str] = set()
        if candidates and _statey_possible(text, [a.name for a in candidates]):
            # (the pattern is compiled per set of names: skipped when it cannot match)
            starts = _statey_starts(text, [a.name for a in candidates])
            # (matched without compiling the pattern, see namescan.statey_captures; the
            # compiled pattern only when the names or starts are not covered)
            key = frozenset(a.name for a in candidates)
            captured = statey_captures([a.name for a in candidates], text, starts) \
                if starts is not None and not _met_before("statey", key) else None
            if captured is not None:
                statey_names.update(captured)
            else:
                statey_re = _statey_re(frozenset(a.name for a in candidates))
                for m in (statey_re.finditer(text) if starts is None else _finditer_at(statey_re, text, starts)):
                    statey_names.add(m.group(1) or m.group(2) or m.group(3))
        for a in candidates:
            if a.cls == "merged":
                continue   # a demonym merged into its country just before
            name = a.name
            stems = {name, name[:-1]} if name[-1:] in "aeiouy" else {name}
            if name[-2:-1] in ("e", "o", "a") and name[-1:] == "n" and len(name) > 5:
                stems.add(name[:-2])   # "Korvalen" -> "Korvalese" (as "Lebanon" -> "Lebanese")
            if name[-1:] == "y":
                stems.add(name[:-1] + "i")   # "Tessaly" -> "Tessalian"
            demonyms = [s + suf for s in stems for suf in ("n", "an", "ian", "ese", "i", "ish")]
            found = [d for d in demonyms if d != name and (d in self.capwords or d + "s" in self.capwords)]
            statey = name in statey_names
            if found or statey:
                a.cls, a.kind = "state", "state"
                for d in found:
                    other = self.by_name.get(d.lower())
                    if other is not None and other != a.id and self.actors[other].cls in ("unknown", "state"):
                        self._merge(other, a.id)
                    self.form_to_actor[d] = a.id
                    self.form(d, a.id)
                    if d + "s" in self.capwords:
                        self.form(d + "s", a.id)

        if self.capitals:
            self._seats_of_government()   # (once the states are known)
        if self.state_titled and not any(a.cls == "state" for a in self.actors):
            # a finance minister but no state: the proper word the story names most
            # (at least three times) is the country ("Freedonia's debt", "Freedonia reached")
            best = max(((len(re.findall(rf"\b{re.escape(a.name)}\b", text)), a.id) for a in candidates
                        if a.cls == "unknown" and " " not in a.name and a.name in self.single_runs
                        and not any(o.cls in ("company", "union") and o.name.startswith(a.name + " ")
                                    for o in self.actors)),
                       default=(0, -1))
            if best[0] >= 3:
                self.actors[best[1]].cls = self.actors[best[1]].kind = "state"
        for word, ids in firsts.items():
            # "Marlowe" for "Marlowe Shipping Holdings" when only one name starts so, or when
            # only one of them is a company ("Brisk" is Brisk Air, not the "Brisk Pilots
            # Guild" named after it)
            if len(ids) > 1:
                companies = [i for i in ids if self.actors[i].cls == "company"]
                # ("Fennic" is the Fennic Customs Union, not the Fennic Tanners and
                # Farriers Federation named after its members' place)
                blocs = [i for i in ids if self.actors[i].cls == "bloc"]
                ids = companies if len(companies) == 1 else blocs if len(blocs) == 1 else ids
            if len(ids) != 1 or word in STOP or word in GAZETTEER or word in ORG_CLASS:
                continue
            single = self.by_name.get(word.lower())
            if single is not None and self.actors[single].cls == "state" and not (
                    self.actors[ids[0]].cls == "bloc" and word not in self.user
                    and self.actors[single].aliases == [] and self.actors[single].name == word):
                # "Valdoria" is the state, not the "Valdoria Red Relief Society"; but a
                # place word with no demonym that names a bloc ("the Fennic Customs Union",
                # "Fennic wants", "the Fennic side") is the bloc's short name
                continue
            if single is not None and self.actors[single].cls == "state":
                self.actors[single].cls = "unknown"
            known = self.form_to_actor.get(word)
            if known is not None and self.actors[known].cls == "state":
                continue   # "Korvian" is the state's demonym, not the "Korvian Metal Workers' Union"
            if single is not None and self.actors[single].cls == "unknown":
                self._merge(single, ids[0])
            elif word in self.single_runs:
                self.form(word, ids[0])
        # "the Front" for "Crimson Hills Front", "Local 212" for "X Workers Local 212":
        # a shorter organisation name that ends one (and only one) longer name
        tails: dict[str, list[int]] = {}
        for a in self.actors:
            if a.cls in ORG_CLASSES and " " in a.name:
                words = a.name.split()
                for k in range(1, len(words)):
                    tails.setdefault(" ".join(words[k:]).lower(), []).append(a.id)
        for a in list(self.actors):
            if a.cls not in ORG_CLASSES:
                continue
            ids = tails.get(a.name.lower(), [])
            if len(ids) == 1 and ids[0] != a.id:
                self._merge(a.id, ids[0])
        self._plural_names()
        if " led " in text or " chaired " in text or " headed " in text:
            self._bloc_leaders()
        for word in self.lone_org_words:
            ids = tails.get(word.lower(), [])
            if not ids:
                ids = [a.id for a in self.actors if a.cls in ORG_CLASSES and word in a.name.split()]
            if not ids:
                # "the Presidency" after "the Summit Presidency of the Republic of X"
                ids = [a.id for a in self.actors if a.cls == "state"
                       and any(word in al.split() for al in a.aliases if " " in al)]
            if len(ids) == 1:
                self.form(word, ids[0])

    def _seats_of_government(self) -> None:
        """"Brevia, whose capital is Kelmar" ... "the Brevian capital, Kelmar" ... "Kelmar
        rejected the offer": a capital introduced with its state speaks for that state
        (the seat of government as its metonym), it is no side of its own."""
        text = self.text
        for word in self.capitals:
            aid = self.by_name.get(word.lower())
            if aid is None or self.actors[aid].cls != "unknown":
                continue
            state = None
            i = text.find(word)
            while i >= 0 and state is None:
                j = i + len(word)
                if not (i and text[i - 1].isalnum()) and not text[j:j + 1].isalnum():
                    m = _CAPITAL_OF_BEFORE.search(text, max(0, i - 40), i)
                    n = _CAPITAL_OF_AFTER.match(text, j) if m is None else None
                    name = m.group("state") if m else (n.group("state") or n.group("state2")) if n else None
                    if name is None and text.endswith(("whose capital is ", "capital is "), 0, i):
                        k = text.rfind(",", max(0, i - 60), i)   # "Brevia, whose capital is Kelmar"
                        name = text[max(0, k - 40):k].split()[-1] if k > 0 else None
                    if name:
                        state = self.form_to_actor.get(_unposs(name))
                i = text.find(word, j)
            if state is not None and state != aid and self.actors[state].cls in ("state", "unknown"):
                # (what has a capital is a state: "Brevia, whose capital is Kelmar")
                self.actors[state].cls = self.actors[state].kind = "state"
                self._merge(aid, state)

    def _bloc_leaders(self) -> None:
        """"The Southern Industrial Group, a bloc of fast-growing economies led this year by
        Dornelia, said ...": a bare proper word (no state of the story's own: no demonym,
        no gazetteer name) chairing a bloc speaks for it, a second name of the bloc."""
        text = self.text
        found = []
        for verb in (" led ", " chaired ", " headed "):
            i = text.find(verb)
            while i >= 0:
                # (the pattern only near each verb: the bloc is named within 160 characters)
                m = _BLOC_LED_BY.search(text, max(0, i - 160), i + len(verb) + 40)
                if m:
                    found.append(m)
                i = text.find(verb, i + 1)
        for m in found:
            org = self.form_to_actor.get(_THE_LEAD.sub("", m.group("org")))
            who = self.by_name.get(m.group("who").lower())
            if org is None or who is None or org == who:
                continue
            if self.actors[org].cls in ORG_CLASSES and self.actors[who].cls == "unknown" \
                    and self.actors[who].name not in GAZETTEER and not self.actors[who].aliases:
                self._merge(who, org)

    def _plural_names(self) -> None:
        """"Social Democrat leader X" and "the Social Democrats"; "The Greens" and "the
        Green Alliance": a party's members in the plural name the party (one side, not a
        party per form). The plural merges into the name it is the plural of, or into the
        one organisation whose first word it pluralises."""
        by_name = {a.name: a for a in self.actors if a.cls not in ("merged", "state")}
        for a in list(by_name.values()):
            if not a.name.endswith("s") or a.cls == "merged" or a.name in GAZETTEER:
                continue
            base = by_name.get(a.name[:-1])
            if base is not None and base.cls != "merged" and (base.cls == "person") == (a.cls == "person"):
                # (the plural is the party's name: "the Social Democrats"; two "people"
                # named so are one party: no person goes by a name and its plural)
                if a.cls == "person":
                    a.cls, a.kind = "other", "organisation"
                    self.last_names.pop(a.name.split()[-1], None)
                    self.last_names.pop(base.name.split()[-1], None)
                self._merge(base.id, a.id)
                continue
            if a.cls == "person":
                continue
            if " " not in a.name and len(a.name) > 4:
                orgs = [o for o in by_name.values() if o is not a and o.cls in ORG_CLASSES and o.cls != "merged"
                        and " " in o.name and o.name.split()[0] == a.name[:-1]]
                if len(orgs) == 1:
                    self._merge(a.id, orgs[0].id)   # "The Greens" are the "Green Alliance"

    def _split_joined_names(self) -> None:
        """"Harlan Mobile and Quist Networks agree merger": two names joined by "and"
        (the first has no organisation word of its own, so the run kept them whole) when
        the text also names each by its first word alone ("Harlan said", "Quist's
        board"): each is an actor of its own, the joined form names neither."""
        for a in list(self.actors):
            if a.cls not in ORG_CLASSES or " and " not in a.name or a.name in GAZETTEER:
                continue
            left, right = a.name.split(" and ", 1)
            lw, rw = left.split(), right.split()
            if len(lw) < 2 or _org_class(lw) is not None or lw[0] not in self.single_runs \
                    or rw[0] not in self.single_runs or left.lower() in self.by_name:
                continue
            del self.by_name[a.name.lower()]
            if self.form_to_actor.get(a.name) == a.id:
                del self.form_to_actor[a.name]
            a.name, a.words, a.singulars = right, frozenset(_word_key(w) for w in rw), None
            a.aliases = [x for x in a.aliases if x != right]
            self.by_name.setdefault(right.lower(), a.id)
            self.form(right, a.id)
            other = self.actor(left, a.cls)
            self.form(left, other)

    def _labelled_person(self, name: str) -> bool:
        """Whether a transcript writes ``name`` as a person's: after a role label
        ("Presenter: Lorna Haskett", "Host: X") or its last name as a speaker's label
        ("HASKETT:") -- a first name alone is then a vocative ("Thanks, Lorna"), no firm."""
        text = self.text
        if name.split()[-1].upper() + ":" in text:
            return True
        i = text.find(name)
        return i > 0 and _ROLE_LABEL_BEFORE.search(text, max(0, i - 30), i) is not None

    def _person_apposition(self, name: str) -> bool:
        """Whether the text writes a person's role right after ``name`` ("Rory Marr, the
        union's general secretary"): a person, even when addressed by first name
        ("I have said to Rory") as a company goes by its first word."""
        text = self.text
        i = text.find(name + ",")
        while i >= 0:
            if _PERSON_APPOSITION.match(text, i + len(name), i + len(name) + 80):
                return True
            i = text.find(name + ",", i + 1)
        return False

    def _first_names(self) -> None:
        """A lone proper word that is the first name of one person of the story ("If
        Sela puts it on paper" after "Sela Dorn") is that person (an interview or a
        transcript calls people by first name), not an actor of its own."""
        firsts: dict[str, list[int]] = {}
        for a in self.actors:
            if a.cls == "person" and " " in a.name:
                firsts.setdefault(a.name.split()[0], []).append(a.id)
        for word, ids in firsts.items():
            other = self.by_name.get(word.lower())
            if len(ids) != 1 or other is None or self.actors[other].cls != "unknown" \
                    or self.actors[other].name != word:
                continue
            self._merge(other, ids[0])

    def _merge(self, src: int, dst: int) -> None:
        a, b = self.actors[src], self.actors[dst]
        for form in [a.name, *a.aliases]:
            self.form_to_actor[form] = dst
            b.add_alias(form)
        self.by_name[a.name.lower()] = dst
        a.cls = "merged"

    # -- pass 3: what each person speaks for
    def affiliate(self, table: ActorTable) -> None:
        self._state_bodies(table)
        if self.issuer is None and _ISSUED_BY.search(self.text, 0, 300):
            self._issued_by(table)
        self._units()
        later: dict[int, list[Mention]] | None = None   # each person's mentions (built on first need)
        for start, end, aid, title, _ in self.person_spans:
            a = self.actors[aid]
            if a.parent is not None:
                continue
            if not title and self.text[max(0, start - 8):start].endswith((" at ", " in ", " near ")) \
                    and not self.text.startswith(("'", "\u2019"), end) and self.text.count(a.name.split()[-1]) == 1:
                # "the crossing at Umm Tarrash would open": a place named once, no person
                # (not "in Jane Roe's view")
                a.cls = "merged"
                continue
            if not title and (_COMMENTATOR_RIGHT.match(self.text, end, end + 80)
                              or _may_end_in_commentator(self.text[max(0, start - 40):start])
                              and _COMMENTATOR_LEFT.search(self.text, max(0, start - 40), start)):
                # "X, an analyst at Y", "economist X": quoted for expertise, no side
                a.cls = "merged"
                continue
            self.guessed = False
            owner = self._owner_left(start, table, title)
            if self.guessed and owner is not None and self.text.startswith(",", end):
                # "Summit president X, Zelmark's minister of energy, said": the owner the
                # apposition writes, not the organisation a bare role was guessed to be
                written = self._owner_right(end, table)
                if written is not None:
                    owner = written
            head = title.split()[0] if title else ""
            if owner is None and head in self.form_to_actor and head not in TITLE_WORDS \
                    and self.actors[self.form_to_actor[head]].cls == "state":
                owner = self.form_to_actor[head]   # "Ruritanian Water Minister X"
            if owner is None:
                owner = self._owner_right(end, table)
            if owner is None:
                # the first mention may be a headline's ("An interview with X"), the
                # affiliation written at a later one ("X is the chief negotiator for Y")
                if later is None:
                    later = {}
                    for x in table.mentions:
                        if self.actors[x.actor].cls == "person":
                            later.setdefault(x.actor, []).append(x)
                for x in later.get(aid, ())[1:4]:
                    if x.start == start or x.end - x.start != len(a.name):
                        continue
                    # (cheap tests first: a role must end right before, or a comma or a
                    # copula follow, for an owner pattern to match)
                    if _may_end_in_role(self.text[max(0, x.start - 40):x.start]):
                        owner = self._owner_left(x.start, table, "")
                    if owner is None and (self.text.startswith(",", x.end) or self.text.startswith(_COPULAS, x.end)):
                        owner = self._owner_right(x.end, table)
                    if owner is not None:
                        break
            if owner is None and not title:
                m = _OWNERLESS_RIGHT.match(self.text, end, end + 80)
                if m:
                    # "X, the chief operating officer," / "X, its chief financial officer,":
                    # the organisation just named; "X, the labour minister," a state
                    owner = self._ownerless(m.group(), start, table)
            if owner is None and title:
                if title in ORG_TITLES and title not in OWN_TITLES:
                    owner = self._recent_org(start, table)
                elif title in STATE_TITLES or _PORTFOLIO_TITLE_RE.fullmatch(title):
                    # the nearest state of its sentence, else the first of the sentence
                    # before ("Brindal wants Pellor to halt X. Foreign Minister Y said" is
                    # Brindal's), else the nearest state named before
                    owner = self._sentence_state(start, table)
                    if owner is None:
                        owner = self._recent(start, table, {"state"})
                    if owner is None:
                        owner = self._state_of_story(start, table)
                    if owner is None:
                        owner = self._ministry_of(title)
                    if owner is None:
                        owner = self._plain_government()
                elif title in _HEAD_TITLES and not _FORMER_BEFORE.search(self.text, max(0, start - len(title) - 12),
                                                                         start - len(title)):
                    # "President X" with no affiliation: the only state of the story, or
                    # the one whose seat of government the story names ("the White House")
                    owner = self._state_of_story(start, table, seats=True)
            if owner is None and not title and a.title in _HEAD_TITLES and not _FORMER_BEFORE.search(
                    self.text, max(0, start - len(a.title) - 12), start - len(a.title) - 1):
                # "President X" (the title is a stop word, kept apart) with no affiliation
                owner = self._state_of_story(start, table, seats=True)
            if owner is None and not title and self._former_only(start, end):
                a.cls = "merged"   # "X, a former finance minister, said": a commentator now, no side
                continue
            if owner is not None and owner in self.led and self.led[owner] != aid \
                    and (title in _HEAD_TITLES or a.title in _HEAD_TITLES):
                owner = None   # the seat another leader's government sits in: not this leader's
            if owner is None:
                owner = self._leader_of(a, table)
            if owner is not None and self.top(owner, table) != aid:
                a.parent = owner
        self._ministries_of_ministers(table)

    def _issued_by(self, table: ActorTable) -> None:
        """"Press briefing by the Trade Ministry of Kelvar", "Statement by the Government of
        X" at the top: the state named there issues the document (its bare "Minister Y"
        and "the Government" are its own)."""
        for m in table.mentions:
            if m.start >= 300:
                break
            top = table.top(m.actor)
            if self.actors[top].cls == "state" and _ISSUED_BY.search(self.text, max(0, m.start - 80), m.start):
                self.issuer = top
                return

    def _leader_of(self, a: Actor, table: ActorTable) -> int | None:
        """A person the text names as the head of a government ("the Mirek government",
        "Mirek's government", "X and her government in Tarnholt", "Hollvik's office") speaks
        for a state: the one the seat names ("in Tarnholt"), else the story's only state
        (named once is enough), else "the government" of a story that names none."""
        if self.leaders is None:
            # (once for every person: the name before each government noun, found by
            # str.find, and the seat after it)
            self.leaders = {}
            text = self.text
            for noun in _LEADER_NOUNS:
                i = text.find(noun)
                while i >= 0:
                    m = _LEADER_LEFT.search(text, max(0, i - 50), i)
                    if m:
                        seat = _SEAT_AFTER.match(text, i + len(noun))
                        self.leaders.setdefault(m.group("who"), seat.group(1) if seat else "")
                    i = text.find(noun, i + 1)
        seat_name = self.leaders.get(a.name)
        if seat_name is None:
            seat_name = self.leaders.get(a.name.split()[-1])
        if seat_name is None:
            return None
        if seat_name:
            seat = self.form_to_actor.get(seat_name)
            if seat is not None and self.actors[seat].cls in ("state", "unknown") and seat not in self.led:
                self.actors[seat].cls = self.actors[seat].kind = "state"   # a seat of government
                self.led[seat] = a.id
                return seat
        states = {table.top(m.actor) for m in table.mentions if self.actors[table.top(m.actor)].cls == "state"}
        # (a state another leader's seat made is not this one's: two leaders, two sides)
        if len(states) == 1 and not states & self.led.keys():
            return next(iter(states))
        return self._plain_government() if not states else None

    def _former_only(self, start: int, end: int) -> bool:
        """Whether a person with no affiliation is introduced by a past job only ("X, a
        former finance minister,", "Former prime minister X"): they comment on the
        talks, they hold no side in them (unless the past job comes with a role in the
        talks: "former judge X, the mediator")."""
        text = self.text
        if "ormer " not in text[max(0, start - 40):end + 40]:
            return False   # (the cheap test: most people have no past job written)
        left = _FORMER_LEFT.search(text, max(0, start - 40), start)
        right = _FORMER_RIGHT.match(text, end, end + 60)
        if not left and not right:
            return False
        window = text[max(0, start - 60):end + 100].lower()
        return not any(w in window for w in _TALKS_ROLES)

    def _units(self) -> None:
        """"The Valebridge Branch said ...": a union's branch speaks for the union (the
        story's one other union), it is no side of its own."""
        units = [a for a in self.actors if a.cls == "union" and a.parent is None and (
            a.name.split()[-1] in _UNIT_WORDS or _LOCAL_UNIT.search(a.name))]
        if not units:
            return
        unions = [a for a in self.actors if a.cls == "union" and a.parent is None and a not in units]
        for a in units:
            # "SCWU Local 14": the union its first words name (or spell the initials of)
            lead = _LOCAL_UNIT.split(a.name)[0].strip() if _LOCAL_UNIT.search(a.name) else ""
            named = [u for u in unions if lead and (u.name == lead or lead in u.aliases or lead == "".join(
                w[0] for w in u.name.replace("-", " ").split() if w[:1].isupper()))]
            if len(named) == 1:
                a.parent = named[0].id
            elif len(unions) == 1 and not lead:
                a.parent = unions[0].id

    def _ministries_of_ministers(self, table: ActorTable) -> None:
        """"The Minister of Forestry and Land Resources, Hon. X" (X speaks for a state)
        and the "Ministry of Forestry and Land Resources" with no state of its own: the
        ministry is that state's."""
        for a in self.actors:
            if a.cls != "authority" or a.parent is not None or not a.name.startswith("Ministry "):
                continue
            role = "Minister" + a.name[len("Ministry"):]
            i = self.text.find(role)
            while i >= 0:
                people = [m for m in table.in_span(i + len(role), i + len(role) + 40)
                          if self.actors[m.actor].cls == "person"][:1]
                if people and self.actors[table.top(people[0].actor)].cls == "state":
                    a.parent = table.top(people[0].actor)
                    break
                i = self.text.find(role, i + 1)

    def _state_bodies(self, table: ActorTable) -> None:
        """A ministry, cabinet or embassy speaks for its state: "the Ruritanian Water
        Ministry", "Ruritania's Ministry of Information", "the Ministry of Finance of X",
        or, with no state written, the only state of the story."""
        bodies = [a for a in self.actors if a.cls == "authority" and a.parent is None
                  and (any(w in _STATE_BODIES for w in a.name.split()) or self._state_organ(a.name))]
        if not bodies:
            return
        first: dict[int, Mention] = {}
        for m in table.mentions:
            first.setdefault(m.actor, m)
        for a in bodies:
            owner = None
            words = a.name.split()
            for n in (2, 1):
                head = " ".join(words[:n])
                if len(words) > n and head in self.form_to_actor \
                        and self.actors[self.form_to_actor[head]].cls == "state":
                    owner = self.form_to_actor[head]   # "Ruritanian Water Ministry"
                    break
            m = first.get(a.id)
            if owner is None and m is not None:
                left = _POSS_OWNER_LEFT.search(self.text, max(0, m.start - 40), m.start)
                if left and left.group(1) in self.form_to_actor:
                    owner = self.form_to_actor[left.group(1)]   # "Ruritania's Water Ministry"
                    if self.actors[owner].cls == "unknown" and " " not in self.actors[owner].name \
                            and any(w in ("Ministry", "Cabinet", "Embassy") for w in words):
                        # "Sarquim's Ministry of Foreign Affairs": what has a ministry is a state
                        self.actors[owner].cls = self.actors[owner].kind = "state"
            if owner is None and words[-1] in self.form_to_actor:
                owner = self.form_to_actor[words[-1]]   # "Ministry of Finance of X"
            if owner is None and len(words) >= 2 and words[1] in _MINISTRY_NEXT and words[0] not in _MINISTRY_NEXT \
                    and words[0] not in STOP and words[0].isalpha() and words[0][:1].isupper() \
                    and words[0] not in ORG_CLASS and words[0] not in self.form_to_actor \
                    and words[0] not in _STATE_ORGAN_WORDS and words[0] not in PLACE_FIRSTS \
                    and words[0] not in _MINISTRY_NEXT \
                    and not words[0].endswith(("al", "ial")) and self.text.count(words[0]) >= 2:
                # "the Corvath Trade Ministry" (Corvath written again elsewhere): Corvath
                # is a state, the ministry and its minister speak for it (not for the
                # other state the story names most; "the Foreign Ministry" names none)
                owner = self.actor(words[0], "state")
                self.form(words[0], owner)
            if owner is None and m is not None:
                owner = self._state_of_story(m.start, table)
            if owner is None and m is not None and m.start < 600 and not _POSS_OWNER_LEFT.search(
                    self.text, max(0, m.start - 40), m.start):
                # "Press briefing by the Foreign Ministry Spokesperson" heading a page that
                # names two states: the ministry issues it, for the state it names first
                # (a release names its own state first, as with "the Government")
                owner = next((table.top(x.actor) for x in table.mentions
                              if self.actors[table.top(x.actor)].cls == "state"), None)
                if self.heading_state is None:
                    self.heading_state = owner
            if owner is not None and self.actors[owner].cls == "state" and owner != a.id:
                a.parent = owner

    def _state_organ(self, name: str) -> bool:
        """"Ombrel Council of State", "Parliament of Sarkoa": a state's own organ (its
        name, beside the state's, only organ words), which speaks for the state."""
        words = name.split()
        for state in (words[0], words[-1]):
            aid = self.form_to_actor.get(state)
            if aid is not None and self.actors[aid].cls == "state":
                rest = [w for w in words if w != state and w not in ("of", "the")]
                return bool(rest) and all(w in _STATE_ORGAN_WORDS for w in rest)
        return False

    def top(self, aid: int, table: ActorTable) -> int:
        return table.top(aid)

    def _resolve_phrase(self, phrase: str, pos: int, table: ActorTable, states: bool = False) -> int | None:
        """The actor an owner phrase names ("the union", "Acme's", "its"); with ``states``
        (the role is a state's: a minister, a delegation), "its"/"their" may be a state."""
        phrase = phrase.strip()
        if ". " in phrase:
            # "in Brussels. The Commission's negotiator": the owner pattern's capitalised
            # words (dots allowed, "U.S.") ran over a sentence end; the owner is after it
            pos += phrase.rfind(". ") + 2
            phrase = phrase[phrase.rfind(". ") + 2:]
        low = phrase.lower()
        if low in ("their", "its", "the"):
            # ("Serkand depends on the river. Its delegation, led by Foreign Minister X":
            # a minister's or a delegation's "its" may be the state just named)
            return self._recent_org(pos, table, _ORGS_OR_STATE if states and low != "the" else _ORGS)
        if low in ("his", "her"):
            return table.resolve_pronoun(low, pos)
        if low.startswith(("his ", "her ")):
            # "His party's negotiator, X": the party of the person "his" points back to
            person = table.resolve_pronoun(low[:3].strip(), pos)
            return table.top(person) if person is not None and table.top(person) != person else None
        if phrase.endswith(_POSS_ENDS) and _unposs(phrase) != phrase:
            # "head of the ICRC's delegation": the possessor
            return self._resolve_phrase(_unposs(phrase), pos, table)
        poss = _POSSESSOR.match(phrase)
        if poss:
            # "a spokesperson for Ruritania's foreign ministry": Ruritania
            return self._resolve_phrase(poss.group(1), pos, table)
        form = _THE_LEAD.sub("", phrase)
        if form in self.form_to_actor:
            return self.form_to_actor[form]
        m = _NOMINAL_PHRASE.fullmatch(low)
        if m and (m.group(1) in NOUN_CLASSES or phrase[:1].islower() or low.startswith("the ")):
            return _resolve_nominal(table, m.group(1), pos, self.text)
        # a capitalised name possibly with a title ("President Jane X")
        for f, aid in self.form_to_actor.items():
            if phrase.endswith(f) and len(f) > 2:
                return aid
        return None

    def _owner_left(self, start: int, table: ActorTable, title: str) -> int | None:
        left = self.text[max(0, start - 120):start]
        base = start - len(left)   # (the window is only ever cut at its end: offsets hold)
        left = _cut_honorific(left)   # "union chair Dr. X": the role is before the honorific
        if left.rstrip().endswith(_TITLE_ENDS):
            left = _TITLE_TAIL.sub("", left)   # (it cannot match unless a title's last word ends the window)
        # each pattern below is searched over the whole window (slow, it must end at its
        # end): a substring it cannot match without is tested first
        role_end = _may_end_in_role(left)   # POSS_ROLE, NOUN_ROLE and OWNERLESS_ROLE need it
        m = _OWNER_POSS_FORMER.search(left) if "former " in left else None
        if m and _THE_LEAD.sub("", m.group("owner")) in self.form_to_actor:
            # "The AU's chief mediator, former Kenyan foreign minister-turned-envoy X": the
            # past job is an aside, the role before it is X's
            return self.form_to_actor[_THE_LEAD.sub("", m.group("owner"))]
        if ("our " in left or "Our " in left) and _OUR_ROLE.search(left, max(0, len(left) - 90)):
            # "Our delegation was led by Deputy Minister X", "our chief negotiator, X": in a
            # ministry's statement or briefing, the issuing state's (not the state named last)
            home = self.issuer if self.issuer is not None else self.heading_state
            if home is not None:
                return home
        tail = left.rstrip(" ,")
        m = _OWNER_POSS_THIRD.search(left, max(0, len(left) - 80)) if tail.endswith(_THIRD_ROLES) else None
        if m and _THE_LEAD.sub("", m.group("owner")) in self.form_to_actor:
            # "The Arbitration Service's chief conciliator, X": the service's (a mediator is
            # no role of its own elsewhere: an independent one is a party)
            return self.form_to_actor[_THE_LEAD.sub("", m.group("owner"))]
        m = _OWNER_POSS_ROLE.search(left) if role_end and _may_hold_possessive_role(left) else None
        if m and (m.group("owner")[:1].isupper() or m.group("owner").lower().startswith("the ")
                  or m.group("owner").lower() in ("their", "its", "his", "her")
                  or m.group("owner").lower().startswith(("his ", "her "))):
            return self._resolve_phrase(m.group("owner"), base + m.start("owner"), table,
                                        states=_state_titled(title) or _STATE_ROLE.search(m.group()) is not None)
        m = _OWNER_POSS_DIRECT.search(left, max(0, len(left) - 50)) if left.endswith(("s ", "s\u00a0")) else None
        if m and m.group("owner") in self.form_to_actor:
            return self.form_to_actor[m.group("owner")]
        m = _OWNER_SPOKES_FOR.search(left) if left.rstrip().endswith(",") and (" of " in left or " for " in left) \
            else None
        if m:
            # "The UN envoy for X, Y", "the EU's special representative for X, Y": a body
            # written before the title employs Y; "for X" names the portfolio
            pre = _PRE_TITLE_OWNER.search(left, max(0, m.start() - 60), m.start()) \
                if m.start() and left[m.start() - 1].isspace() else None
            employer = self._known_in(pre.group("owner")) if pre else None
            if employer is not None:
                return employer
            owner = self._resolve_phrase(m.group("owner"), base + m.start("owner"), table)
            if owner is not None:
                return owner   # ("the Minister of Fisheries, X": a portfolio, no owner: go on)
        if left.rstrip().endswith("(") and _BRACKETED_MINISTER.search(left):
            # an official report's "The Minister for Trade (Ms X):": the state's minister
            owner = self._state_of_story(start, table)
            if owner is not None:
                return owner
        m = _OWNER_WHOSE.search(left) if "whose " in left else None
        if m:
            # "For the Legion, whose spokesman goes by the name Abu Qirran,": the Legion's
            owner = self._resolve_phrase(m.group("owner"), base + m.start("owner"), table)
            if owner is not None and self.actors[owner].cls != "person":
                return owner
        m = _OWNER_SPEAKING_FOR.search(left, max(0, len(left) - 110)) if left.rstrip().endswith(",") and (
            "behalf" in left or "peaking" in left or "epresenting" in left or "egotiating" in left
            or "cting for" in left or "nswering for" in left) else None
        if m:
            owner = self._resolve_phrase(m.group("owner"), base + m.start("owner"), table)
            if owner is not None and self.actors[owner].cls != "person":
                return owner   # "Speaking for the coalition at a later briefing, X said"
        m = _OWNER_DELEGATION_OF.search(left) if "delegation" in left else None
        if m and m.group("owner") in self.form_to_actor:
            return self.form_to_actor[m.group("owner")]   # "The delegation of the Republic of X, led by Y"
        m = _OWNER_DELEGATION.search(left) if "delegation" in left else None
        if m:
            return self._resolve_phrase(m.group("owner"), base + m.start("owner"), table, states=True)
        m = _ROSTER_OWNER.search(left) if left.rstrip(" \t").endswith(":") else None
        if m:
            # a roster line "- Republic of Arvenia: President Dana Holt": the side named
            # before the colon is the one the person speaks for
            owner = self._known_in(m.group("owner"))
            if owner is not None:
                return owner
        m = _OWNER_LED_BY.search(left, max(0, len(left) - 110)) if left.endswith(("by ", "by\u00a0")) else None
        if m:
            # "the Progressive Union, the largest party, led by X": X leads (speaks for) it
            owner = self._known_in(m.group("owner"))
            if owner is not None:
                return owner
        # (both end in a role: they start within its last _ROLE_REACH words unless the role
        # has an "of X" clause, which ends in a capitalised word)
        reach = _reach_start(left) if role_end else 0
        m = _OWNER_NOUN_ROLE.search(left, reach) if role_end else None
        if m and (m.group("owner").lower() in NOUN_CLASSES or m.group("owner") in self.form_to_actor):
            if _FORMER_BEFORE.search(left, max(0, m.start("owner") - 12), m.start("owner")):
                return None   # "former Kenyan foreign minister X": a past job, no owner now
            owner = self._resolve_phrase(m.group("owner"), base + m.start("owner"), table)
            if owner is None and m.group("owner").lower() in ("ministry", "government"):
                # "Ministry spokesperson X" with no ministry named: the state the
                # document is issued by, or the story's only state
                owner = self._state_of_story(start, table)
            return owner
        m = _NAMED_ROLE.search(left, reach) if role_end else None
        if m:
            # "a senior World Bank official, X", "the UNDP Resident Representative, X":
            # a known name in the words before the role
            owner = self._known_in(m.group("pre"))
            if owner is not None:
                return owner
        m = _OWNERLESS_ROLE.search(left, reach) if role_end else None
        if m and not title and "ormer " not in m.group() and "ex-" not in m.group():
            # ("Former prime minister X": a past job names no owner now)
            # "Its chief negotiator, X": "its" may be a state's (not with "a"/"the": "a
            # senior negotiator, X" is the organisation's just named)
            self.guessed = True   # (an owner guessed from the kind of role: a written one wins)
            return self._ownerless(m.group(), start, table,
                                   neutral_state=_ITS_ROLE.search(m.group()) is not None)
        return None

    def _plain_government(self) -> int | None:
        """"Energy Minister X said the government would not step in" in a story that
        names no state: X speaks for "the government", an actor of its own (so that "the
        government" later finds it too)."""
        if not any(a.cls == "state" for a in self.actors) and any(
                w in self.text for w in ("the government", "The government", "the province", "provincial government")):
            aid = self.actor("Government", "state", "state")
            self.actors[aid].descriptors.add("government")
            return aid
        return None

    def _ministry_of(self, title: str) -> int | None:
        """A minister when the story names no state: the ministry of the title's portfolio
        ("Health Minister X" and "the Health Ministry"), else the story's only ministry."""
        # (a ministry itself, not "the Ministry Press Office"; one its name gave a state,
        # "the Corvath Trade Ministry", counts as that state's)
        bodies = [a for a in self.actors if a.cls == "authority" and (
                      a.parent is None or self.actors[a.parent].cls == "state")
                  and any(w in ("Ministry", "Department") for w in a.name.split())
                  and (a.parent is None or a.name.split()[-1] in ("Ministry", "Department"))]
        portfolio = title.split()[0] if " " in title else ""
        fits = [a for a in bodies if portfolio and portfolio in a.name.split()]
        if len(fits) == 1:
            return fits[0].parent if fits[0].parent is not None else fits[0].id
        if len(bodies) == 1 and not fits:
            return bodies[0].parent if bodies[0].parent is not None else bodies[0].id
        named = [a for a in bodies if a.parent is not None]
        return named[0].parent if len(named) == 1 and not fits else None

    def _known_in(self, words: str, gazetteer: bool = False) -> int | None:
        """The actor of the longest known name among consecutive ``words`` (possessives
        cut), or None; with ``gazetteer``, a gazetteer name not met yet counts too."""
        toks = [_unposs(w) for w in words.split()]
        for n in range(len(toks), 0, -1):
            for i in range(len(toks) - n + 1):
                cand = " ".join(toks[i:i + n])
                aid = self.form_to_actor.get(cand)
                if aid is None and gazetteer and cand in GAZETTEER:
                    aid = self.gaz(cand)
                if aid is not None and self.actors[aid].cls != "person":
                    return aid
        return None

    def _ownerless(self, role: str, start: int, table: ActorTable, neutral_state: bool = False) -> int | None:
        """The owner of a role written without one, by the kind of role: "Its defence
        minister, X" after a state, "the regional education minister, X" a state (never
        the parents' council named before); a chief operating officer a company, a
        general secretary a union; else the organisation just named (with
        ``neutral_state``, for "its"/"their", a state too: "Its chief negotiator, X")."""
        body = _MEMBER_ROLE.search(role)
        if body is not None:
            # "Opposition councillor X", "a senior commissioner, X": a member of the story's
            # one council (commission, senate ...), not the residents' group named last
            word = next(g for g in body.groups() if g).lower()
            word = "senate" if word == "senat" else word
            bodies = {table.top(a.id) for a in self.actors if a.cls not in ("person", "merged", "generic")
                      and any(w.lower() == word for w in a.name.split())}
            if len(bodies) == 1:
                return bodies.pop()
        if _STATE_ROLE.search(role):
            owner = self._recent_org(start, table, frozenset({"state", "unknown"}), fallback=False)
            if owner is None:
                owner = self._state_of_story(start, table)
            # ("The education minister, X," in a story with no state: "the government")
            return owner if owner is not None else self._plain_government()
        for kind, classes in ((_CORPORATE_ROLE, frozenset({"company", "unknown"})), (_UNION_ROLE, frozenset({"union"}))):
            if kind.search(role):
                owner = self._recent_org(start, table, classes, fallback=False)
                if owner is not None:
                    return owner
                # ("the chief executive, X" far from any firm's name: the story's one firm,
                # not the union named last)
                only = [a.id for a in self.actors if a.cls == next(iter(classes - {"unknown"})) and a.parent is None]
                if len(only) == 1:
                    return only[0]
        if neutral_state:
            return self._recent_org(start, table, _ORGS_OR_STATE)
        return self._recent_org(start, table)

    def _owner_right(self, end: int, table: ActorTable) -> int | None:
        right = self.text[end:end + 160]
        if right.startswith(",") and right[1:4].strip()[:1].isdigit():
            age = _AGE.match(right)
            if age:
                end += age.end()
                right = self.text[end:end + 160]
                if right.startswith(","):
                    cop = _COPULA.match(right, 1)
                    if cop and right[1:].startswith(_COPULAS):
                        # "X, 52, is the authority's finance director"
                        owner = self._owner_right_of(", " + right[cop.end():], end + cop.end() - 2, table)
                        if owner is not None:
                            return owner
        if right.startswith(_COPULAS):
            # "X is the chief negotiator for the Y Federation" (a standfirst introducing
            # the one interviewed): the apposition's patterns after the verb
            cop = _COPULA.match(right)
            if cop:
                owner = self._owner_right_of(", " + right[cop.end():], end + cop.end() - 2, table)
                if owner is not None:
                    return owner
        return self._owner_right_of(right, end, table)

    def _owner_right_of(self, right: str, end: int, table: ActorTable) -> int | None:
        """The owner an apposition after a name gives ("X, the union's president", "X,
        chief negotiator for Y", "X, who leads Y"); ``right`` is the text from ``end``."""
        if right[:3].lstrip().startswith(("(", ",")):
            m = _OWNER_RIGHT_BRACKET.match(right) if right.lstrip().startswith("(") else (
                _OWNER_RIGHT_SPEAKING.match(right) if "behalf" in right[:40] or "peaking" in right[:20]
                or "egotiating" in right[:20] or "cting for" in right[:20] or "epresenting" in right[:20] else None)
            if m:
                # "X (of the interior ministry)", "X (Harwen Port Authority)", "X, speaking
                # on behalf of the union,": a known actor, no person ("X (left)" names none)
                owner = self._resolve_phrase(m.group("owner"), end + m.start("owner"), table)
                if owner is not None and self.actors[owner].cls != "person":
                    return owner
        m = _OWNER_RIGHT_MEMBER.match(right) if right[:40].find(" of ") > 0 else None
        if m:
            # "X, a member of the union's negotiating team,", "X, head of Carvia's delegation"
            owner = self._resolve_phrase(m.group("owner"), end + m.start("owner"), table)
            if owner is not None:
                return owner
        m = _OWNER_RIGHT_POSS.match(right)
        if m:
            return self._resolve_phrase(m.group("owner"), end + m.start("owner"), table)
        m = _OWNER_RIGHT_ROLE_OF.match(right)
        if m:
            return self._resolve_phrase(m.group("owner"), end + m.start("owner"), table)
        m = _OWNER_RIGHT_WHO.match(right)
        if m:
            return self._resolve_phrase(m.group("owner"), end + m.start("owner"), table)
        m = _OWNER_RIGHT_OF.match(right)
        if m:
            # "X of the Republic of Y and Deputy Director Z of ...": the longest known
            # name the words after "of" start with
            words = m.group("owner").split()
            for n in range(len(words), 0, -1):
                head = " ".join(words[:n])
                if head in self.form_to_actor:
                    return self._resolve_phrase(head, end + m.start("owner"), table)
        # "X, a Belsk government spokesman", "X, the Ruritanian foreign minister",
        # "X, who leads the Belsk delegation": a known name before the role
        m = _OWNER_RIGHT_NOUN_ROLE.match(right)
        if m and m.group("owner") in self.form_to_actor:
            return self.form_to_actor[m.group("owner")]
        # "X leads the Ruritanian delegation", "X, who heads Acme's team"
        m = _OWNER_RIGHT_LEADS.match(right)
        if m and m.group("nom"):
            # "X, who has led the federation's negotiating team", "Y, who chairs the
            # authority": the organisation the nominal names
            head = m.group("nom").split()[-1]
            if head in NOUN_CLASSES and head not in _STATE_NOUNS:
                return self._resolve_phrase(m.group("nom"), end + m.start("nom"), table)
        elif m:
            words = m.group("owner").split()
            for n in range(len(words), 0, -1):
                if " ".join(words[:n]) in self.form_to_actor:
                    return self.form_to_actor[" ".join(words[:n])]
        return None

    def _state_of_story(self, pos: int, table: ActorTable, seats: bool = False) -> int | None:
        """The state a state official with no written affiliation speaks for: the state
        issuing the document (a ministry's letterhead), else the only state of the
        story, else (for a head of state) the state whose seat the story names."""
        if self.issuer is not None:
            return self.issuer
        count: dict[int, int] = {}
        for m in table.mentions:
            top = table.top(m.actor)
            if self.actors[top].cls == "state":
                count[top] = count.get(top, 0) + 1
        states = set(count)
        if len(states) == 1 and max(count.values()) >= 3:
            # one state named more than in passing
            return next(iter(states))
        if seats:
            named = [self.by_name[name.lower()] for name, forms in _SEATS.items()
                     if name.lower() in self.by_name and any(f in self.text for f in forms)]
            if len(named) == 1 and named[0] in states:
                return named[0]
        return None

    def _recent(self, pos: int, table: ActorTable, classes: set[str]) -> int | None:
        for m in table.before(pos, 60):
            a = self.actors[m.actor]
            if a.cls in classes:
                if a.cls == "state" and self._venue(m):
                    continue   # "talks resumed in Vienna": a venue, not the minister's state
                return m.actor
        return None

    def _sentence_state(self, pos: int, table: ActorTable) -> int | None:
        """The state a bare state title at ``pos`` speaks for: the nearest named before it in
        its sentence, else the first (the subject) of the sentence before; venues skipped."""
        sents = self.doc.sentences
        if len(self._sent_starts) != len(sents):
            self._sent_starts = [s for s, _ in sents]
        idx = bisect.bisect_right(self._sent_starts, pos) - 1
        if idx < 0:
            return None
        here = [m for m in table.in_span(sents[idx][0], pos)
                if self.actors[m.actor].cls == "state" and not self._venue(m)]
        if here:
            return here[-1].actor
        if idx == 0:
            return None
        s, e = sents[idx - 1]
        before = [m for m in table.in_span(s, e) if self.actors[m.actor].cls == "state" and not self._venue(m)]
        return before[0].actor if before else None

    def _venue(self, m: Mention) -> bool:
        """A gazetteer state's capital after "in"/"at" ("a first session in Vienna"): the
        venue of the talks, no mention of the state a minister speaks for."""
        a = self.actors[m.actor]
        return m.end - m.start != len(a.name) and a.name in GAZETTEER \
            and self.text[m.start:m.end] not in _GAZ_DEMONYMS \
            and _VENUE_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None

    def _recent_org(self, pos: int, table: ActorTable,
                    orgs: frozenset[str] = frozenset({"union", "company", "armed", "bloc", "authority", "other",
                                                      "unknown"}),
                    fallback: bool = True) -> int | None:
        """The organisation a role without owner belongs to: an organisation named
        earlier in the same sentence, else the first one named in the sentences before."""
        sents = self.doc.sentences
        if len(self._sent_starts) != len(sents):
            self._sent_starts = [s for s, _ in sents]
        starts = self._sent_starts
        idx = bisect.bisect_right(starts, pos) - 1
        lo = sents[idx][0] if idx >= 0 else 0
        subject = self._subject_nominal(lo, pos, table, orgs)
        if subject is not None:
            return subject
        for m in table.in_span(lo, pos):
            if self.actors[m.actor].cls in orgs:
                return m.actor
        for back in range(idx - 1, max(-1, idx - 4), -1):
            s, e = sents[back]
            subject = self._subject_nominal(s, e, table, orgs)
            if subject is not None:
                return subject
            for m in table.in_span(s, e):
                if self.actors[m.actor].cls in orgs:
                    return m.actor
        return self._recent(pos, table, set(orgs)) if fallback else None

    def _subject_nominal(self, s: int, e: int, table: ActorTable, orgs: frozenset[str]) -> int | None:
        """A sentence opened by "The alliance ...", "The board, advised by X, ...": the
        organisation that nominal names is the sentence's subject, the one an ownerless
        role in or after it belongs to ("Its general secretary, X", "chairman X said"),
        rather than the first name written in it."""
        if not self.text.startswith(("The ", "Its ", "Their "), s):
            return None   # (the cheap test: only a sentence's first word opens it)
        m = _NOMINAL_RE.match(self.text, s, e)
        if m is None or m.group(1).strip():
            return None   # ("The new alliance": a qualified noun may be another one)
        head = m.group(2)
        if head not in NOUN_CLASSES or head in _STATE_NOUNS:
            return None
        aid = _resolve_nominal(table, head, s, self.text)
        if aid is None:
            return None
        aid = table.top(aid)
        return aid if self.actors[aid].cls in orgs else None


# a transcript's role label before a name ("Presenter: X", "**Host:** X")
_ROLE_LABEL_BEFORE = re.compile(r"(?i:presenter|host|anchor|interviewer|moderator|guest|chair|reporter|"
                                r"correspondent)s?\W{0,3}:\W{0,3}\s*$")
# what follows "X's " / "the X " / "X and her " for X to head a government
# a document's own heading naming who issues it: "Press briefing by the Trade Ministry of X"
_ISSUED_BY = re.compile(r"\b(?:[Bb]riefing|[Ss]tatement|[Rr]elease|[Rr]emarks|[Cc]ommuniqu\w+|[Dd]eclaration)\s+"
                        r"(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:(?:of|for)\s+(?:the\s+)?)?")
# "The X Group, a bloc of fast-growing economies led this year by Y,"
_BLOC_LED_BY = re.compile(r"(?P<org>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*)*)\**,\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:bloc|group|coalition|alliance|grouping|caucus)\b[^,.;]{0,60}?\s+"
                          r"(?:led|chaired|headed)\s+(?:[a-z]+\s+){0,2}?by\s+(?P<who>[A-Z][\w-]+)\b(?!\s+[A-Z])")
_LEADER_NOUNS = (" government", " administration", " cabinet", " office", " presidency")
_LEADER_LEFT = re.compile(r"(?<![\w-])(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['\u2019]s|\s+and\s+(?:his|her))?"
                          r"(?:\s+coalition)?$")
_SEAT_AFTER = re.compile(r"\b\s+in\s+([A-Z][\w-]+)")
_FORMER_LEFT = re.compile(r"\b[Ff]ormer\s+(?:[A-Za-z-]+\s+){0,3}$")
_FORMER_RIGHT = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,1}?(?:former|ex-)")
# roles in the talks themselves: a former official who holds one is a side or a broker
_TALKS_ROLES = ("mediat", "arbitrat", "envoy", "facilitat", "conciliat", "negotiat", "broker", "adviser to",
                "advisor to", "representing", "on behalf of")
_ITS_ROLE = re.compile(r"(?:^|\s)(?:Its|its|Their|their)\s")
_ORGS_OR_STATE = frozenset({"union", "company", "armed", "bloc", "authority", "other", "unknown", "state"})
_ORGS = _ORGS_OR_STATE - {"state"}


def _state_titled(title: str) -> bool:
    """A state official's title ("Foreign Minister", "Deputy Water Minister")."""
    return bool(title) and (title in STATE_TITLES or _PORTFOLIO_TITLE_RE.fullmatch(title) is not None)


def _has_demonym(word: str, capwords: set[str]) -> bool:
    """Whether the text writes a demonym of ``word`` ("Velmarian" for "Velmar"), the
    endings derive() reads a state's by."""
    if len(word) < 4 or not word.isalpha():
        return False
    stems = {word, word[:-1]} if word[-1:] in "aeiouy" else {word}
    return any(s + suf in capwords for s in stems for suf in ("n", "an", "ian", "ese", "i", "ish") if s + suf != word)


def _place_intro(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is introduced as a place there (see _PLACE_INTRO_*)."""
    before = text[max(0, start - 40):start]
    if any(n in before for n in _PLACE_NOUNS) and _PLACE_INTRO_BEFORE.search(before):
        return True
    return text.startswith(",", end) and _PLACE_INTRO_AFTER.match(text, end, end + 60) is not None


def _demonym_base(word: str, capwords: set[str]) -> str | None:
    """The country a demonym names, when the text writes it ("Ruritanian" -> "Ruritania")."""
    for suffix in ("ian", "ese", "ish", "an", "i", "n"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = word[:-len(suffix)]
            for base in (stem, stem + "a", stem + "ia", stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem + "y",
                         stem + "en", stem + "on"):
                if base != word and base in capwords:
                    return base
    return None


def _first_name_like(form: str) -> bool:
    """A gazetteer form that is no state's name nor demonym (a capital: "Sofia",
    "Victoria"), told by its stem: a demonym shares its state's first three letters."""
    entry = GAZETTEER.get(form)
    return entry is not None and entry[1] == "state" and form != entry[0] and form[:3] != entry[0][:3]


def _word_key(word: str) -> str:
    return _unposs(word).lower()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _fitting(table: ActorTable, head: str) -> tuple[frozenset[int], frozenset[int]]:
    """The actors "the HEAD" may name: (those whose name or descriptor holds the word,
    those of a compatible class). Computed once per head and document rather than
    tested mention by mention."""
    keys, allowed = _head_keys(head)
    by_word, by_class = [], []
    ministry = head.lower() in ("ministry", "ministries")
    for a in table.actors:
        if ministry:
            # "the environment ministry" is a ministry, never the "Kessel Basin Authority"
            # named before (nor, unnamed, its state: a ministry quoted alone mostly
            # reports facts and figures, no side's position)
            if a.cls == "authority" and ("Ministry" in a.name or "Ministries" in a.name):
                by_class.append(a.id)
                if a.parent is not None:
                    # "Sarquim's Ministry of Foreign Affairs ... The ministry's spokesman":
                    # a ministry folded into its state is met as that state
                    by_class.append(table.top(a.id))
        elif a.cls in allowed:
            by_class.append(a.id)
        if a.cls in ("person", "merged"):
            continue
        if a.singulars is None:
            a.singulars = frozenset(_singular(w) for w in a.words) | a.words
        if not keys.isdisjoint(a.singulars) or not keys.isdisjoint(a.descriptors):
            by_word.append(a.id)
    return frozenset(by_word), frozenset(by_class)


@lru_cache(maxsize=1024)
def _head_keys(head: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words "the HEAD" may match in a name (it and its singular) and the actor
    classes it may name (from the lexicon, so the same for every document)."""
    head = head.lower()
    classes = NOUN_CLASSES.get(head, set())
    allowed = set().union(*(COMPATIBLE.get(c, set()) for c in classes)) if classes else set()
    return frozenset({head, _singular(head)}), frozenset(allowed)


def _resolve_nominal(table: ActorTable, head: str, pos: int, text: str = "",
                     fitting: tuple[frozenset[int], frozenset[int]] | None = None) -> int | None:
    """The actor "the HEAD" refers to: one whose name holds the word, else one of a
    compatible class; the nearest earlier mention wins, else the next one.
    ``fitting`` is ``_fitting(table, head)`` when the caller has it cached. The table may
    be changing (parents set as owners are found), so the top actors are read live."""
    return _nearest_fitting(table, _LiveTops(table), {}, fitting if fitting is not None else _fitting(table, head),
                            pos, text)


class _LiveTops:
    """``tops[i]`` of ``_nearest_fitting`` read from the table when asked (it may change)."""

    __slots__ = ("table",)

    def __init__(self, table: ActorTable) -> None:
        self.table = table

    def __getitem__(self, i: int) -> int:
        actor = self.table.mentions[i].actor
        return actor if self.table.actors[actor].parent is None else self.table.top(actor)


def _nearest_fitting(table: ActorTable, tops: "list[int] | _LiveTops", preps: dict[int, bool],
                     fitting: tuple[frozenset[int], frozenset[int]], pos: int, text: str,
                     definite: bool = False) -> int | None:
    """The nearest mention (before ``pos``, else after it) of an actor in ``fitting``:
    ``tops[i]`` is ``table.top`` of mention i (a list when the table does not change),
    ``preps`` caches ``after_preposition`` per mention. A ``definite`` nominal ("the
    bloc") points back: an earlier actor of its class beats a later name holding the word."""
    by_word, by_class = fitting
    if not by_word and not by_class:
        return None
    mentions = table.mentions
    hi = bisect.bisect_left(table.starts, pos)
    # "the bloc" points back: an earlier mention of a fitting class is a better antecedent than
    # a later name holding the word ("The bloc has also asked ..." after the EU spoke: not the
    # group described as "a bloc of fast-growing economies" a paragraph further on); "its
    # largest shareholder" may introduce the one named next ("X, which holds 9.8%")
    backward = ((by_word, False), (by_class, True)) if definite else ((by_word, False),)
    for ids, by_cls in backward:
        if not ids:
            continue
        prep = by_cls and text
        for i in range(hi - 1, max(0, hi - 80) - 1, -1):
            aid = tops[i]
            if aid in ids and mentions[i].end <= pos:
                if prep:
                    after = preps.get(i)
                    if after is None:
                        after = preps[i] = table.after_preposition(mentions[i], text)
                    if after:
                        continue
                elif by_class and text:
                    near = _salient_in_paragraph(table, tops, preps, by_class, i, hi, pos, text)
                    if near is not None and table.actors[near].cls != table.actors[aid].cls:
                        return near
                return aid
    for ids, by_cls in ((by_word, False), (by_class, True)):
        if not ids:
            continue
        prep = by_cls and text
        if by_cls and not definite:
            # (the order before: by word back and forth, then by class back and forth)
            for i in range(hi - 1, max(0, hi - 80) - 1, -1):
                aid = tops[i]
                if aid in ids and mentions[i].end <= pos:
                    after = preps.get(i) if text else False
                    if after is None:
                        after = preps[i] = table.after_preposition(mentions[i], text)
                    if not after:
                        return aid
        for i in range(hi, min(len(mentions), hi + 40)):
            aid = tops[i]
            if aid in ids:
                if prep:
                    after = preps.get(i)
                    if after is None:
                        after = preps[i] = table.after_preposition(mentions[i], text)
                    if after:
                        continue
                return aid
    return None


_SENTENCE_ENDS = ".!?\"\u201d'\u2019"
_TIME_LEAD = re.compile(r"[\s*]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET))?[\s*:-]*")   # a live blog's "14:05 "


def _framed_state(table: ActorTable, tops: list[int], text: str, pos: int) -> int | None:
    """"In Aslovia, the opposition says the deal 'hands Merevia half a billion'. The
    government insists ...": a paragraph (or its sentence) opened by "In X," is set in state
    X, and "the government" there is X's (not the state named last, inside a quote)."""
    para = text.rfind("\n", 0, pos) + 1
    at = text.rfind("In ", para, pos)
    while at >= 0:
        before = text[max(para, at - 3):at].rstrip()
        if (at == para or text[at - 1].isspace()) and (
                not before or before[-1] in _SENTENCE_ENDS or _TIME_LEAD.fullmatch(text, para, at)):
            k = bisect.bisect_left(table.starts, at + 3)
            if k < len(table.mentions):
                x = table.mentions[k]
                if x.start == at + 3 and text.startswith(",", x.end) and table.actors[tops[k]].cls == "state":
                    return tops[k]
        at = text.rfind("In ", para, at)
    return None


def _salient_in_paragraph(table: ActorTable, tops: "list[int] | _LiveTops", preps: dict[int, bool],
                          by_class: frozenset[int], i: int, hi: int, pos: int, text: str) -> int | None:
    """"The board said ..." when the name holding "board" (mention ``i``, "clearance from
    the Fair Trading Board") was only an aside after a preposition in an earlier
    paragraph: an actor of a fitting class named in the nominal's own paragraph (not
    after a preposition) is the one meant (the company whose chair spoke just before), when
    it is of another class the noun may name (a company's board, not the regulator's: a
    second authority in the paragraph does not make "the board" another authority's)."""
    m = table.mentions[i]
    para = text.rfind("\n", m.end, pos)
    if para < 0:
        return None   # (the name is in this paragraph: it stays the nearest fit)
    after = preps.get(i)
    if after is None:
        after = preps[i] = table.after_preposition(m, text)
    if not after:
        return None
    for j in range(hi - 1, i, -1):
        x = table.mentions[j]
        if x.start < para:
            break
        if tops[j] in by_class and x.end <= pos:
            near = preps.get(j)
            if near is None:
                near = preps[j] = table.after_preposition(x, text)
            if not near:
                return tops[j]
    return None


_DESC_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(" + alternation(NOUN_CLASSES) + r")\b(?!['\u2019])")
_DESC_BEFORE = re.compile(r"\b(" + alternation(NOUN_CLASSES) + r")\s+$")
_NOUN_ENDS = tuple(sorted({n.split()[-1] for n in NOUN_CLASSES}))   # the last word of each noun


# the noun heads its phrase ("the country from which", "a small coastal state on the gulf,";
# not "the state rail operator")
_NP_HEAD_END = re.compile(r"\s*[,.;:)]|\s+(?:from|of|on|in|at|by|to|near|that|which|where|whose|with|and)\b")
# a member's role named after the body ("councillor" of a Council, "commissioner" of a Commission)
_MEMBER_ROLE = re.compile(r"\b(?i:(council)(?:l?or|\s+member)|(commission)er|(senat)or|(assembly)\s*(?:wo)?man)\b")
_COUNTRY_NOUNS = frozenset({"country", "state", "kingdom", "republic", "nation", "emirate", "monarchy"})


def _described_states(b: _Builder, table: ActorTable, text: str) -> None:
    """A proper word of no known class described as a country ("For Norrevia, the country
    from which many of the boats depart, ...", "Ostria, a small coastal state,") or paired
    with a state ("talks between Dravia and Tarsia") is a state: its foreign minister, named
    next, speaks for it (not for the state named before), a ministry's briefing may be its."""
    mentions = table.mentions
    for k, m in enumerate(mentions):
        a = b.actors[m.actor]
        if a.cls != "unknown" or " " in a.name:
            continue
        if text.startswith(",", m.end):
            d = _DESC_AFTER.match(text, m.end, m.end + 80)
            if d and d.group(1).lower() in _COUNTRY_NOUNS and _NP_HEAD_END.match(text, d.end(1)):
                a.cls = a.kind = "state"
            continue
        # "talks between Dravia and Tarsia" (Tarsia a state): the two sides are of a kind
        if text.startswith(" and ", m.end) and k + 1 < len(mentions) and mentions[k + 1].start == m.end + 5 \
                and b.actors[table.top(mentions[k + 1].actor)].cls == "state" \
                and text.endswith("between ", max(0, m.start - 8), m.start):
            a.cls = a.kind = "state"
        elif k >= 1 and text.endswith(" and ", max(0, m.start - 5), m.start) and mentions[k - 1].end == m.start - 5 \
                and b.actors[table.top(mentions[k - 1].actor)].cls == "state" \
                and text.endswith("between ", max(0, mentions[k - 1].start - 8), mentions[k - 1].start):
            a.cls = a.kind = "state"


def _descriptors(b: _Builder, table: ActorTable, text: str) -> None:
    """Common nouns written next to a name ("budget airline Skylark", "X, the
    bloc of ...") so that "the airline" later finds X."""
    for m in table.mentions:
        actor = b.actors[m.actor]
        if actor.cls in ("person", "merged"):
            continue
        # (_DESC_BEFORE needs a noun and spaces right before the name, _DESC_AFTER a comma
        # right after it: cheap string tests first)
        before = text[max(0, m.start - 30):m.start]
        d = _DESC_BEFORE.search(text, max(0, m.start - 30), m.start) \
            if before[-1:].isspace() and before.rstrip().endswith(_NOUN_ENDS) else None
        if d:
            actor.descriptors.add(d.group(1).lower())
        after = _DESC_AFTER.match(text, m.end, m.end + 80) if text.startswith(",", m.end) else None
        if after:
            actor.descriptors.add(after.group(1).lower())


@lru_cache(maxsize=512)
def _bigram_re(phrases: frozenset[str]) -> re.Pattern[str]:
    """The echo pattern of a set of name bigrams (cached per set)."""
    return re.compile(r"(?<![\w-])(" + flat_alternation(phrases) + r")\w*(?:\s+(?:states|nations|countries|rebels|workers))?(?![\w-])")


def _bigram_mentions(b: _Builder, text: str) -> list[Mention]:
    """Lower-case echoes of a long name ("tiny atoll nations" for the "Alliance of
    Tiny Atoll States", "harbour authority" for "X Metropolitan Harbour Authority")."""
    out: list[Mention] = []
    owners: dict[str, int] = {}
    heads: set[str] = set()
    for a in b.actors:
        if a.cls in ("person", "merged", "state", "unknown", "generic") or len(a.name.split()) < 3:
            continue
        words = [w for w in a.name.split() if w[:1].isupper() and w not in STOP]
        for w1, w2 in zip(words, words[1:]):
            if w1 in ORG_CLASS or not w1.isalpha() or not w2.rstrip("'\u2019").isalpha():
                continue
            phrase = f"{w1.lower()} {w2.lower().rstrip(chr(39))}"
            owners[phrase] = -1 if owners.get(phrase, a.id) != a.id else a.id
            if w2 == words[-1]:
                heads.add(phrase)   # "transit authority": the name's own head word
    owners = {k: v for k, v in owners.items() if v >= 0}
    if not owners:
        return out
    # (found without compiling a pattern per document, see namescan.echo_spans)
    spans = None if _met_before("echo", frozenset(owners)) else echo_spans(list(owners), text)
    if spans is None:
        pattern = _bigram_re(frozenset(owners))
        starts = _name_starts(text, owners)   # (matched only where a phrase's first word is: faster)
        spans = [(m.start(), m.end(), m.end(1))
                 for m in (pattern.finditer(text) if starts is None else _finditer_at(pattern, text, starts))]
    for begin, end, phrase_end in spans:
        key = _WS.sub(" ", text[begin:phrase_end]).replace("\u2019", "'")
        aid = owners.get(key)
        got = text[begin:end]
        if aid is None or (key not in heads and not _ECHO_TAIL.search(got)):
            continue   # "climate finance" alone is a topic, not "Climate Finance Watch"
        b.actors[aid].add_alias(got)
        out.append(Mention(begin, end, aid, "nominal"))
    return out


# "the envoy", "the minister": a person named earlier with that role
_ROLE_NOUNS = frozenset(r for r in _TITLES["titles"]["roles"]
                        if " " not in r and "-" not in r and r.islower() and r not in NOUN_CLASSES
                        and r not in GENERIC_NOUNS) - frozenset(   # too vague to point back to one person
    {"head", "leader", "official", "officials", "delegation", "executive", "boss", "owner", "deputy", "chief",
     "representative", "secretary", "director", "founder", "lawyer"})
_ROLE_REST = r"\s+(?:[a-z-]+\s+){0,2}?(" + alternation(_ROLE_NOUNS) + r")(?![\w-])"
_ROLE_NOMINAL_RE = re.compile(alternation(["The", "the"], AFTER_WORD_BOUNDARY) + _ROLE_REST)
_ROLE_BY_LEAD = (re.compile(r"The(?<!\w...)" + _ROLE_REST), re.compile(r"the(?<!\w...)" + _ROLE_REST))


def _role_mentions(b: _Builder, table: ActorTable, text: str, taken: list[Mention]) -> list[Mention]:
    """"The envoy also proposed ...": the nearest person named before with that role,
    by title ("Foreign Minister X") or apposition ("X, the UN's special envoy")."""
    if not any(a.cls == "person" for a in b.actors):
        return []
    spans = sorted((x.start, x.end) for x in taken)
    has: dict[tuple[int, str], bool] = {}
    out: list[Mention] = []
    # (no substring test per role noun first: when most are absent, those ~60 tests cost
    # more than the scan, which opens with a literal "the"/"The")
    for m in _by_openings(_ROLE_BY_LEAD, text):   # (= _ROLE_NOMINAL_RE.finditer(text))
        k = bisect.bisect_right(spans, (m.end(), 1 << 60)) - 1
        if k >= 0 and spans[k][1] > m.start() or table.in_span(m.start(), m.end()):
            continue   # already a mention ("the union president" is the union's)
        role = m.group(1)
        for prev in table.before(m.start(), 200):
            a = table.actors[prev.actor]
            if a.cls != "person":
                continue
            key = (a.id, role)
            if key not in has:
                has[key] = role in a.title.lower() or any(
                    # (the window stops before this "the minister": it is no evidence)
                    re.search(rf"\b{role}\b", text[max(0, x.start - 60):min(x.end + 90, m.start())])
                    for x in table.mentions if x.actor == a.id)
            if has[key]:
                out.append(Mention(m.start(), m.end(), a.id, "nominal"))
                break
    return out


_ECHO_TAIL = re.compile(r"\s(?:states|nations|countries|rebels|workers)$")
_BROKER_VERBS = ("mediated", "brokered", "chaired", "hosted", "facilitated", "overseen", "led")
_BROKER_RE = re.compile(alternation(_BROKER_VERBS, AFTER_WORD_BOUNDARY) + r"\s+by\s+")


def _brokers(table: ActorTable, text: str) -> list[int]:
    """Actors named as the broker of the talks ("talks mediated by X")."""
    out: list[int] = []
    # (tried only where a verb is written: a few str.find, cheaper than the engine's scan)
    for m in _finditer_at(_BROKER_RE, text, _literal_starts(text, _BROKER_VERBS, word_start=True)):
        if not _TALKS_BEFORE.search(text[max(0, m.start() - 90):m.start()]):
            continue
        named = table.in_span(m.end(), m.end() + 80)
        for k, cand in enumerate(named[:2]):
            # "mediated by Saudi Arabia and Turkey": both broker the talks
            if k == 1 and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[named[0].end:cand.start]):
                break
            if k == 0 and cand.start - m.end() >= 16:
                break
            aid = table.top(cand.actor)
            if aid not in out:
                out.append(aid)
    return out


_MET: dict[tuple[str, frozenset[str]], int] = {}
_COMPILE_AT = 3   # the sighting of a set of names from which its pattern is compiled


def _met_before(kind: str, key: frozenset[str]) -> bool:
    """Whether this set of names was met often enough (an article extracted again and
    again) that its compiled pattern (cached) is the cheaper way: a compile costs about
    as much as seven emulated matchings (namescan), so articles met once or twice never
    pay for one."""
    k = (kind, key)
    seen = _MET.get(k, 0) + 1
    if seen == 1 and len(_MET) > 8192:
        _MET.clear()   # (bounded: a long session forgets, and counts again)
    _MET[k] = seen
    return seen >= _COMPILE_AT


def _name_regex(forms: list[str]) -> re.Pattern[str]:
    return _name_regex_of(frozenset(forms))


@lru_cache(maxsize=512)
def _name_regex_of(forms: frozenset[str]) -> re.Pattern[str]:
    """The name pattern of a set of forms (cached: the same article, or its copy, gives the
    same forms; flat_alternation sorts them, so their order does not matter)."""
    if all(f[:1].isalnum() or f[:1] == "_" for f in forms):
        # grouped by first letter, the boundary after it: the engine skips to the (mostly
        # capital) first letters of the names instead of trying every name everywhere
        return re.compile(flat_alternation(forms, AFTER_NO_WORD_OR_HYPHEN) + r"(?:['\u2019]s?)?(?![\w-])")
    return re.compile(r"(?<![\w-])(?:" + flat_alternation(forms) + r")(?:['\u2019]s?)?(?![\w-])")


_OWN_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?i:my|our|its|their|his|her))\s+(?:own\s+)?$")
_SOURCE_NOUN_RE = re.compile(r"\b(?:[Aa]nalysts|[Ee]conomists|[Ee]xperts|[Rr]esearchers|[Ss]trategists|[Pp]ollsters)\b")


def _source_mentions(b: _Builder, text: str) -> list[Mention]:
    """"Economists at X estimate ..., though they cautioned ...": commentators quoted for
    an estimate are met as one actor that never becomes a party (so "they" finds them,
    not the farmers named before)."""
    out: list[Mention] = []
    aid = None
    present = [w for w in ("nalysts", "conomists", "xperts", "esearchers", "trategists", "ollsters") if w in text]
    if not present:
        return out   # (a substring test is much cheaper than the scan)
    # every match starts one character before one of the present word tails
    starts = [p - 1 for p in _literal_starts(text, present, 1)]
    for m in _finditer_at(_SOURCE_NOUN_RE, text, starts):
        if _OWN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue   # "my administration's economists estimate": the owner's own claim
        if aid is None:
            aid = b.actor("Analysts", "merged", "group")   # "merged": never a party
        out.append(Mention(m.start(), m.end(), aid, "generic"))
    return out


def _bid_roles(b: _Builder, table: ActorTable, text: str) -> None:
    """"A launched a bid for B": "the bidder" (suitor, acquirer, buyer) is A, "the
    target" is B (descriptors, so "the bidder's chief executive" is not the nearest
    company, often the target). The first such sentence decides."""
    i = text.find(", which ")
    while i >= 0:
        # "X, which holds 9.8% of the company": "its largest shareholder" is X (the
        # stake is matched first: most "which" clauses hold none)
        if _HOLDS_STAKE.match(text, i + 8, i + 60):
            for m in table.in_span(max(0, i - 80), i):
                if m.end == i:
                    b.actors[table.top(m.actor)].descriptors.update(("shareholder", "investor"))
        i = text.find(", which ", i + 8)
    starts = _literal_starts(text, _BID_FOR_LITERALS, word_start=True)
    if not starts:
        return   # (the cheap gate: no "bid/offer/approach/proposal for")
    for m in _finditer_at(_BID_FOR, text, starts):
        after = table.in_span(m.end(), m.end() + 40)[:1]
        if not after or after[0].start - m.end() > 30:
            continue
        target = table.top(after[0].actor)
        bidder = None
        for prev in table.before(m.start(), 12):
            if prev.start < m.start() - 200 or text.find(". ", prev.end, m.start()) >= 0:
                break   # (the same sentence only)
            aid = table.top(prev.actor)
            if aid != target and b.actors[aid].cls in ("company", "unknown", "other"):
                bidder = aid
        if bidder is None or b.actors[target].cls not in ("company", "unknown", "other"):
            continue
        b.actors[bidder].descriptors.update(("bidder", "suitor", "acquirer", "buyer"))
        b.actors[target].descriptors.add("target")
        return


_HOLDS_STAKE = re.compile(r"(?:holds|owns|controls|has)\s+(?:a\s+)?(?:(?:about|around|roughly|nearly|almost|some|just\s+over|"
                          r"more\s+than)\s+)?[\d.]+\s*(?:%|per\s*cent|percent)")
_BID_FOR_LITERALS = ("bid for ", "offer for ", "approach for ", "proposal for ")
_BID_FOR = re.compile(r"(?:bid|offer|approach|proposal) for\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?=[A-Z])")


def _drop_sources(b: _Builder, mentions: list[Mention], text: str) -> list[Mention]:
    """An actor named only as the source of a figure or an estimate ("analysts at X
    estimate", "data from X") is no side of the talks: it loses its mentions, so it
    holds no position and claims point to no one."""
    framed: dict[int, bool] = {}
    actors = b.actors
    advice = "advis" in text or "counsel" in text   # (the adviser frames need one: a cheap gate)
    for m in mentions:
        if not framed.get(m.actor, True):
            continue   # (one mention outside a source frame settles it: no search)
        a = actors[m.actor]
        if a.cls in ("state", "merged"):
            continue
        if m.end - m.start != len(a.name):
            form = text[m.start:m.end]
            if not (form.isupper() and form.isalpha() and len(form) > 1):
                continue   # (a short alias, "Korvel" in a dateline, says nothing of the frame)
            # an acronym ("the IAEA verifies", "The IAEA's Director General") is the actor
            # acting as itself: written outside a source frame, it is no mere source
        window = text[max(0, m.start - 40):m.start]
        # (_SOURCE_BEFORE needs spaces after at/from/by/with/of or "the" at the window's end)
        framed[m.actor] = window[-1:].isspace() and window.rstrip().endswith(_SOURCE_ENDS) \
            and (_SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                 or advice and _ADVISER_BEFORE.search(text, max(0, m.start - 40), m.start) is not None) \
            or advice and _ADVISER_AFTER.match(text, m.end, m.end + 60) is not None
    sources = {aid for aid, only in framed.items() if only}
    if not sources:
        return mentions
    # (this test was the gate of the loop above; the loop is cheaper, so it runs only
    # when the loop finds a source)
    if not advice and not any(w in text for w in ("nalyst", "conomist", "trategist", "esearcher", "xpert", "data",
                                                  "igures", "stimate", "urvey", "poll", "eport", "tud", "cholar",
                                                  "cientist", "cademic", "anker", "awyer")):
        return mentions
    for aid in sources:
        b.actors[aid].cls = "merged"   # dropped like a merged actor
    return [m for m in mentions if m.actor not in sources]


_FIGURE_IN = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b", re.I)


def keep_parties(parties: list[Party], table: ActorTable | None = None) -> list[Party]:
    """The parties proper, the sides and those who broker the talks:

    - an institution whose every position is a claim reporting a figure ("the health
      ministry said 56,000 people have been killed") is quoted as a source, not a side;
    - an actor quoted once, with a single claim or worry, is a passing mention ("the
      port's neighbours said trade had slowed"), not a side (a broker stays), when the
      story has sides that hold more (a one-line story keeps its one speaker).
    """
    brokers = {table.actors[b].name for b in table.brokers} if table is not None else set()
    # states and authorities (a regulator, a court) judge the talks even when quoted once
    judges = {a.name for a in table.actors if a.cls in ("state", "authority")} if table is not None else set()
    has_sides = sum(1 for p in parties if len(p.positions) >= 2) >= 2
    out = []
    for p in parties:
        if p.positions and p.name not in brokers:
            if p.kind not in ("state", "person") and all(
                    x.stance == "claim" and _FIGURE_IN.search(x.text) for x in p.positions):
                continue
            if has_sides and len(p.positions) == 1 and p.positions[0].stance in ("claim", "concern") \
                    and p.name not in judges:
                continue
        out.append(p)
    return out


# "X said it would not ...", "X says its offer stands": the name speaks of itself as "it"
_SELF_IT_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|added|insisted|insists|warned|"
                            r"stated|confirmed|announced|argued|maintained)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?"
                            r"(?:it|its)\s+(?!is\b|was\b|would\s+be\b)")


def _firms_taken_for_people(b: _Builder, text: str) -> None:
    """A firm whose name has no organisation word ("Brinemoor Terminals") reads like a
    person's; it is a firm when it speaks of itself as "it" twice, and people go by their
    last name, which it never does alone."""
    for a in b.actors:
        if a.cls != "person" or a.parent is not None or a.title or not 2 <= len(a.name.split()) <= 3:
            continue
        last = a.name.split()[-1]
        at, selves, alone = text.find(a.name), 0, False
        while at >= 0:
            selves += bool(_SELF_IT_AFTER.match(text, at + len(a.name)))
            at = text.find(a.name, at + len(a.name))
        if selves < 2:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text):
            if text[max(0, m.start() - len(a.name) + len(last)):m.end()] != a.name:
                alone = True
                break
        if not alone:
            a.cls, a.kind = "company", "organisation"


def find_parties(doc: Document) -> ActorTable:
    """Discover the actors of ``doc`` and every mention of them."""
    b = _Builder(doc)
    b.scan()
    b.derive()
    _firms_taken_for_people(b, doc.text)
    table = ActorTable(actors=b.actors, issuer=b.issuer)
    text = doc.text
    # name mentions: one alternation of every form met (gazetteer forms included)
    forms = list(b.form_to_actor)
    mentions: list[Mention] = []
    if forms:
        # (found without compiling a pattern per document: see namescan; the compiled
        # pattern only for forms it does not cover)
        key = frozenset(forms)
        spans = None if _met_before("names", key) else name_spans(forms, text)
        if spans is None:
            spans = [(m.start(), m.group()) for m in _name_regex(forms).finditer(text)]
        for begin, got in spans:
            form = _unposs(got) if got not in b.form_to_actor else got
            aid = b.form_to_actor.get(form)
            if aid is None:
                aid = b.form_to_actor.get(form.replace("\u2019", "'"))
            if aid is None:
                continue
            if b.actors[aid].cls == "state" and text.find("ormer", max(0, begin - 8), begin) >= 0 \
                    and _FORMER_BEFORE.search(text, max(0, begin - 12), begin):
                continue   # "former Gambian foreign minister X": a past job, no mention of the state
            mentions.append(Mention(begin, begin + len(form), aid, "name"))
    mentions = _drop_sources(b, mentions, text)
    table.mentions = mentions
    table.starts = [m.start for m in mentions]
    _bid_roles(b, table, text)
    _described_states(b, table, text)
    b.affiliate(table)
    _descriptors(b, table, text)
    # nominals ("the union", "the authority's") resolved against the names
    extra: list[Mention] = []
    fitting: dict[str, tuple[frozenset[int], frozenset[int]]] = {}   # the actors do not change here
    tops = [table.top(x.actor) for x in table.mentions]   # (nor the mentions and parents)
    preps: dict[int, bool] = {}
    home: int | None = None   # the state "the Government" names (found on first need)
    for m in _by_openings(_NOMINAL_BY_LEAD, text):   # (= _NOMINAL_RE.finditer(text))
        head = m.group(2)
        if head in CAPITALISED_NOUNS and text.startswith(" of ", m.end(2)):
            continue   # "the Government of the Kingdom of X" is a name, met as such
        if head in CAPITALISED_ORG_NOUNS:
            if text.startswith(" of ", m.end(2)) or m.group(1) or not m.group()[:3] in ("the", "The"):
                continue   # ("the Board of Trade", "the new Council": a name or a title, not a short form)
            if head not in fitting:
                by_word, by_class = _fitting(table, head.lower())
                # (by class only a company's organ: "the Organization" is no nearby regulator)
                fitting[head] = (by_word, by_class if "company" in NOUN_CLASSES[head.lower()] else frozenset())
            aid = _nearest_fitting(table, tops, preps, fitting[head], m.start(), text, definite=True)
            if aid is not None:
                table.actors[aid].add_alias(head)
                extra.append(Mention(m.start(), m.end(2), aid, "nominal"))
            continue
        aid = None
        if m.group().startswith(("'", "\u2019")):
            # "X's coalition", "X's board": the possessor's own body
            if head.split()[-1] not in POSSESSIVE_PARTS:
                continue
            owner = list(table.before(m.start() + 1, 2))
            if extra and extra[-1].end == m.start():
                aid = extra[-1].actor
            elif owner and owner[0].end == m.start():
                aid = table.top(owner[0].actor)
        if aid is None and text.startswith(" of ", m.end(2)) and head in _STATE_NOUNS:
            # "the government of X": X, though a mention after "of" is no antecedent
            after = m.end(2) + 4
            if text.startswith("the ", after):
                after += 4
            named = table.in_span(after, after + 60)[:1]
            if named and named[0].start == after and b.actors[table.top(named[0].actor)].cls == "state":
                aid = table.top(named[0].actor)
        if aid is None and head in CAPITALISED_NOUNS:
            # "the Government" capitalised is the document's own: the issuer, else the
            # state the text names first (a release names its own government first)
            if home is None:
                home = b.issuer if b.issuer is not None else next(
                    (t for t in tops if b.actors[t].cls == "state"), -1)
            aid = home if home >= 0 else None
        if aid is None and head in _STATE_NOUNS and m.group()[:3] in ("the", "The"):
            aid = _framed_state(table, tops, text, m.start())
        if aid is None:
            word = head.split()[-1]
            if word not in fitting:
                fitting[word] = _fitting(table, word)
            aid = _nearest_fitting(table, tops, preps, fitting[word], m.start(), text,
                                   definite=m.group()[:3] in ("the", "The"))
        if aid is not None:
            phrase = (m.group(1) + head).strip()
            table.actors[aid].add_alias(phrase)
            begin = m.start() if m.group()[:1].isalpha() else m.start(2) - len(m.group(1))
            extra.append(Mention(begin, m.end(2), aid, "nominal"))
    for m in _bigram_mentions(b, text):
        extra.append(m)
    extra.extend(_role_mentions(b, table, text, extra))
    extra.extend(_source_mentions(b, text))
    brokers = _brokers(table, text)
    table.brokers = brokers
    generics: dict[str, int] = {}
    covered = sorted((x.start, x.end) for x in extra)
    covered_starts = [c[0] for c in covered]
    words, starts = _generic_scan(text)
    # tried only at the starts, the whole pattern finds what the one reduced to the words
    # present finds (a word whose literal first word is absent cannot match; the trie's
    # order of the others is the same), and needs no compile per set of words
    pattern = _GENERIC_RE if _GENERIC_PLAIN and starts is not None else _generic_re_of(words)
    for m in (pattern.finditer(text) if starts is None else _finditer_at(pattern, text, starts)):
        phrase = m.group(1)
        k = bisect.bisect_right(covered_starts, m.start(1)) - 1
        if k >= 0 and covered[k][0] <= m.start(1) < covered[k][1]:
            continue
        if phrase.lower() in ("mediator", "mediators") and brokers:
            extra.append(Mention(m.start(1), m.end(1), brokers[-1], "nominal"))
            table.actors[brokers[-1]].add_alias(phrase)
            continue
        low = phrase.lower()
        same = [aid for name, aid in generics.items() if name.endswith(low) or low.endswith(name)]
        aid = same[0] if same else b.actor(phrase[:1].upper() + phrase[1:], "generic", "group")
        generics.setdefault(low, aid)
        b.actors[aid].add_alias(phrase)
        extra.append(Mention(m.start(1), m.end(1), aid, "generic"))
    for aid in b.created:
        # a body the deal creates is no party; "the commission" still points to it
        b.actors[aid].cls = "merged"
    table.actors = b.actors
    if extra:
        # by start, the longer first at the same start: two stable sorts with C keys give
        # the order of key=(start, -end) without a Python call per mention
        merged = mentions + extra
        merged.sort(key=_END, reverse=True)
        merged.sort(key=_START)
        table.mentions = merged
        table.starts = [m.start for m in table.mentions]
    return table
