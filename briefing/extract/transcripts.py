"""Transcripts whose speaker labels are written in title case, as a parliament's
official report writes them:

    The Minister for Transport (Mr Odran Pelk): With permission, Mr Speaker, ...
    Dame Hilde Varrow (Crale North) (Con): Will the Minister ...?
    Mr Pelk: We will not reopen the agreement.
    Mr Speaker: Order.
    Hon. Members: Hear, hear!
    The Prime Minister: ...

The capitals labels ("THE PREMIER:", "ROE:") and a briefing's "Q (Radio X):" are
read by positions.py; this module finds the others. A label opens its line and ends
at a colon: capitalised words (small words such as "for"/"of" between them), up to
two parentheses (the name, a constituency, a party) and a role after a comma ("Jane
Roe, union negotiator:"). A text is such a transcript when at least three lines
open with one and at least two of those are plainly labels (an honorific, a
parenthesis, "The <office>", the chair or the house), so that a news story's
"Update:" or "Analysis:" never makes one.

``find_labels(text)`` returns the labels (a compiled pattern of the labels met, same
group 1 as positions.SPEAKER_LABEL_RE) or None; ``speakers(...)`` says whom each
label speaks for: the chair and the house nobody (they ask or keep order), an office
of the government ("the Minister for X", "The Prime Minister") the house's state,
a named person the side they were folded into, a member with no side asks (their
questions may report another side's words, their own are no position).
The cue words are data (transcripts.toml).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from briefing.extract.actors import ActorTable
from briefing.extract.lexicons import load
from briefing.extract.text import alternation

_LX = load("transcripts")["labels"]
_HONORIFICS = tuple(sorted(_LX["honorifics"], key=len, reverse=True))
_CHAIRS = frozenset(_LX["chairs"])
_MEMBERS = frozenset(m.casefold() for m in _LX["members"])
_GOVERNMENT = re.compile(r"\b(?:" + alternation(_LX["government"]) + r")\b")
_NOT_GOVERNMENT = re.compile(r"\b(?:" + alternation(_LX["not_government"]) + r")\b")
_CAP = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*"
_SMALL = r"(?:" + alternation(_LX["connectors"]) + r")"
# a label: capitalised words (small words between), up to two parentheses, a role after
# a comma; then the colon and white space (or the line's end: the turn on the next line)
_LABEL = re.compile(r"(" + _CAP + r"(?:[ \t]+(?:" + _SMALL + r"[ \t]+)*" + _CAP + r")*"
                    r"(?:[ \t]*\([^()\n]{1,60}\)){0,2}(?:,[ \t]+[A-Za-z][^,:()\n]{1,60})?)[ \t]*:(?=\s|$)")
_PARENS = re.compile(r"\(([^()\n]{1,60})\)")
_HONORIFIC = re.compile(r"(?:" + alternation(list(_HONORIFICS)) + r")(?=[ \t])")
MAX_LABEL = 120
# an oral question's number before the label ("3. Mr Jan Roe (Northfield) (Lab):", "Q4. ...")
_NUMBER = re.compile(r"Q?\d{1,3}\.?[ \t]+(?:\[\d+\][ \t]+)?")


@dataclass(frozen=True, slots=True)
class Label:
    """One label as written, and what it says of its speaker."""

    text: str            # the label (group 1 of the pattern)
    name: str            # the person it names, honorific dropped ("Odran Pelk", "Pelk"), or ""
    role: str            # the office it names ("Minister for Transport", "union negotiator"), or ""
    parens: tuple[str, ...]   # constituency, party ("Crale North", "Con")
    kind: str            # "chair", "members", "person", "office"
    plain: bool          # plainly a label (honorific, parenthesis, an office, chair, house)


@dataclass(frozen=True, slots=True)
class Labels:
    pattern: re.Pattern[str]     # ^ white space, (label), colon: as positions.SPEAKER_LABEL_RE
    labels: dict[str, Label]
    first: int                   # where the first label line starts


_END = load("transcripts")["ends"]
_END_WORD = re.compile(r"\b(?:" + alternation(_END["words"]) + r")\b", re.I)
_NOTE = re.compile(r"(?:(?:" + alternation(_END["notes"]) + r")\b[^:.\n]{0,40}:|(?:" + alternation(_END["credits"])
                   + r")\b)", re.I)


def turn_ends(text: str, line: int) -> bool:
    """Whether the line at ``line`` (one no label opens) closes the turns: "[Ends]",
    "(The briefing ended at 11:34.)" (a whole line in brackets with an end word), or
    a transcriber's or editor's note ("Note from X: ...")."""
    first = text[line:line + 1]
    if first in "[(" and first:
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        body = text[line:end].rstrip()
        return body[-1:] in ")]" and _END_WORD.search(text, line, end) is not None
    return first.isalpha() and _NOTE.match(text, line) is not None


_PROC = load("transcripts")["procedure"]
_VOCATIVES = re.compile(r"(?:(?:" + alternation(_PROC["vocatives"]) + r"),[ \t]*)+", re.I)
_STATEMENTS = re.compile(r"(?:" + alternation(_PROC["statements"]) + r")\b", re.I)


def house_procedure(text: str, a: int, e: int) -> bool:
    """Whether the sentence text[a:e] (after its label) is a house's procedure: "With
    permission, Mr Speaker, I will make a statement on ...", "I beg to move ..."."""
    while a < e and text[a] in " \t":
        a += 1
    if text[a:a + 1] not in "WwMmIiPp":
        return False   # (the cheap test: the first letter of a vocative or a statement)
    v = _VOCATIVES.match(text, a, e)
    return _STATEMENTS.match(text, v.end() if v is not None else a, e) is not None


def unlabelled_question(text: str, line: int, labels: re.Pattern[str]) -> bool:
    """Whether the line at ``line`` (one no label opens) is a question put between the
    turns: short, ending with "?" (an interview's bold question, "**Is a deal close?**"),
    and a labelled turn answers it (not a speaker's own rhetorical question in a turn of
    several paragraphs)."""
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    body = text[line:end].rstrip().rstrip("*_\"'\u201d\u2019")
    if not body.endswith("?") or len(body.split()) > 40:
        return False
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return labels.match(text, text.rfind("\n", 0, nxt) + 1) is not None


def _strip_honorific(words: str) -> tuple[str, bool]:
    m = _HONORIFIC.match(words)
    if m is None:
        return words, False
    return words[m.end():].strip(), True


def parse_label(label: str) -> Label:
    """What a label says: its person's name, office, parentheses and kind."""
    parens = tuple(p.strip() for p in _PARENS.findall(label))
    head = _PARENS.sub("", label).strip()
    role = ""
    if "," in head:
        head, role = (x.strip() for x in head.split(",", 1))
    plain = bool(parens)
    bare, honoured = _strip_honorific(head)
    core = bare[4:] if bare.startswith("The ") else bare
    if head.casefold() in _MEMBERS or core.casefold() in _MEMBERS:
        return Label(label, "", "", parens, "members", True)
    if core in _CHAIRS:
        return Label(label, "", core, parens, "chair", True)
    name = ""
    if head.startswith("The "):
        role = head[4:]
        plain = True
        for p in parens:
            person, honoured_p = _strip_honorific(p)
            if honoured_p:
                name = person
                break
    elif honoured:
        name = bare
        plain = True
    else:
        name = head
    if name and not role and _GOVERNMENT.search(name):
        # "Minister Jane Roe", "Prime Minister Roe": an office before the name
        words = name.split()
        k = next((i for i, w in enumerate(words) if w[:1].isupper() and not _GOVERNMENT.fullmatch(
            " ".join(words[:i + 1])) and not _GOVERNMENT.search(w)), len(words))
        role, name = " ".join(words[:k]), " ".join(words[k:])
    return Label(label, name, role, parens, "person" if name else "office", plain)


def _key(label: Label) -> str:
    return label.name.split()[-1] if label.name else label.role


def find_labels(text: str) -> Labels | None:
    """The title-case speaker labels of ``text``, or None when it is no such transcript.
    Only the lines holding a colon are looked at (each is matched once, at its first
    non-space character)."""
    if text.count(":") < 3:
        return None
    found: list[tuple[int, str]] = []
    seen = -1
    c = text.find(":")
    while c >= 0:
        line = text.rfind("\n", 0, c) + 1
        q = line
        while q < c and text[q] in " \t":
            q += 1
        if q != seen and c - q <= MAX_LABEL:
            seen = q
            n = _NUMBER.match(text, q, c)
            m = _LABEL.match(text, n.end() if n is not None else q)
            if m is not None and m.end(1) <= c:
                found.append((line, m.group(1).strip()))
        c = text.find(":", c + 1)
    if len(found) < 3:
        return None
    parsed = {t: parse_label(t) for _, t in found}
    counts = Counter(t for _, t in found)
    keys = Counter(_key(parsed[t]) for t in counts)
    uses = Counter(_key(parsed[t]) for _, t in found)
    ok = {t for t, lab in parsed.items() if lab.plain or counts[t] >= 2 or keys[_key(lab)] >= 2}
    lines = [(a, t) for a, t in found if t in ok]
    if len(lines) < 3 or len({t for _, t in lines}) < 2 or sum(parsed[t].plain for _, t in lines) < 2:
        return None
    if not any(uses[_key(parsed[t])] >= 2 for t in ok):
        return None   # nobody speaks twice: a list of headed paragraphs, not turns
    alts = "|".join(re.escape(t) for t in sorted(ok, key=len, reverse=True))
    pattern = re.compile(r"^[ \t]*(?:" + _NUMBER.pattern + r")?(" + alts + r")[ \t]*:(?=\s|$)", re.M)
    return Labels(pattern, {t: parsed[t] for t in ok}, lines[0][0])


# a state named as the other party of the house's agreement ("the agreement with the
# Kingdom of X", "between this Government and X")
_COUNTERPART = re.compile(r"(?:\bwith|\bGovernment and)[ \t]+(?:the[ \t]+)?$")


def _home(table: ActorTable, text: str) -> int | None:
    """The state whose house this is: the one "the Government" names (actors.py: the
    issuer of the report's heading, else the state the text names first), unless the
    text names it as the other party ("the agreement with X"); then the state named most
    that it never names so, else the state named most."""
    if table.issuer is not None:
        return table.top(table.issuer)
    gov = None
    counts: Counter[int] = Counter()
    other: set[int] = set()
    for m in table.mentions:
        top = table.top(m.actor)
        if table.actors[top].cls != "state":
            continue
        if m.kind == "nominal":
            if gov is None and text.startswith("Government", m.end - 10) and m.end - m.start >= 10:
                gov = top
            continue
        counts[top] += 1
        if _COUNTERPART.search(text, max(0, m.start - 24), m.start):
            other.add(top)
    if gov is not None and gov not in other:
        return gov
    own = [(n, aid) for aid, n in counts.items() if aid not in other]
    return max(own)[1] if own else None


def caps_speaker(label: str, table: ActorTable, text: str, new_actor: Callable[[str, str], int]) -> int | None:
    """The actor a capitals label with an office before the name speaks for
    ("MINISTER JANE ROE:", "PRIME MINISTER ANNA KELD:"), or with its side in a
    parenthesis ("KARL ROE (Acme Health Trust):"): the person (made when the text names
    them only in the labels), folded into the side the parenthesis names, else into the
    house's or issuer's state when the office is the government's and the document names
    its own state (a heading in capitals, "the Government"); None when the label holds
    no full name with an office or a side."""
    paren = label.find("(")
    comma = label.find(",")
    head = label[:paren] if paren >= 0 else label[:comma] if comma >= 0 else label
    lab = parse_label(" ".join(w.capitalize() for w in head.split()))
    side = _paren_side(label, table, text) if paren >= 0 else None
    if comma >= 0 and paren < 0:
        # "KARL ROE, CHIEF EXECUTIVE, ACME PORTS": the last part names the side
        side = _named_side(label[label.rfind(",") + 1:].strip(), table, new_actor)
    if (not lab.role and side is None) or len(lab.name.split()) < 2:
        return None
    person = _person(table, lab.name)
    if person is None:
        person = new_actor(lab.name, "person")
        table.actors[person].title = lab.role
    table.actors[person].add_alias(label)
    if side is not None and table.top(person) == person:
        table.actors[person].parent = side
    if table.top(person) != person or not _GOVERNMENT.search(lab.role) or _NOT_GOVERNMENT.search(lab.role):
        return table.top(person)
    home = table.issuer if table.issuer is not None else next(
        (m.actor for m in table.mentions if m.kind == "nominal" and text.startswith("Government", m.end - 10)), None)
    if home is not None and table.actors[table.top(home)].cls == "state":
        table.actors[person].parent = table.top(home)
    return table.top(person)


def _named_side(caps: str, table: ActorTable, new_actor: Callable[[str, str], int]) -> int | None:
    """The actor a capitals label's last part names ("ACME PORTS", "BUS DRIVERS' UNION"):
    the one of that name, else one made when its words say an organisation."""
    from briefing.extract.actors import _org_class   # (the organisation words of the parties pass)

    words = [w.capitalize() if w[:1].isalpha() else w for w in caps.split()]
    name = " ".join(words)
    for a in table.actors:
        if a.cls not in ("person", "merged", "generic") and (a.name.casefold() == name.casefold()
                                                              or name.casefold() in (x.casefold() for x in a.aliases)):
            return table.top(a.id)
    cls = _org_class(words)
    return new_actor(name, cls) if cls is not None else None


def _paren_side(label: str, table: ActorTable, text: str) -> int | None:
    """The side a label's parenthesis names ("(Acme Health Trust)"): the first actor
    mentioned in it where the label opens a line, not a person."""
    at = text.find(label)
    while at >= 0 and not (at == 0 or text[at - 1] in "\n \t"):
        at = text.find(label, at + 1)
    if at < 0:
        return None
    a = at + label.find("(")
    for m in table.in_span(a, at + len(label)):
        top = table.top(m.actor)
        if table.actors[top].cls not in ("person", "merged", "generic", "unknown"):
            return top
    return None


def _repoint_government(table: ActorTable, text: str, home: int) -> None:
    """"the Government", "this Government" (capitalised) mean ``home``."""
    for m in table.mentions:
        if m.kind == "nominal" and text.startswith("Government", m.end - 10) and m.end - m.start >= 10:
            old = table.actors[m.actor]
            m.actor = home
            for form in [a for a in old.aliases if a.endswith("Government")]:
                table.actors[home].add_alias(form)
                old.aliases.remove(form)


def _person(table: ActorTable, name: str) -> int | None:
    """The person actor ``name`` (a full name or a last name) names."""
    last = name.split()[-1].casefold()
    best = None
    for a in table.actors:
        if a.cls != "person":
            continue
        if a.name == name or name in a.aliases:
            return a.id
        if best is None and a.name.split()[-1].casefold() == last:
            best = a.id
    return best


def _party_of(table: ActorTable, parens: tuple[str, ...]) -> int | None:
    """The political party a member's last parenthesis names ("(Lab)" -> the actor
    named "Labour ...", "(PP)" -> "Progress Party"), when the text names it."""
    if not parens:
        return None
    abbr = parens[-1].replace(".", "").strip()
    if not abbr or len(abbr) > 12 or " " in abbr:
        return None
    for a in table.actors:
        if a.cls in ("person", "merged", "generic") or a.parent is not None:
            continue
        for form in [a.name, *a.aliases]:
            words = form.split()
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if form.casefold().startswith(abbr.casefold()) or (len(abbr) >= 2 and abbr.isupper() and initials == abbr):
                return a.id
    return None


def speakers(labels: Labels, table: ActorTable, text: str,
             new_actor: Callable[[str, str], int]) -> tuple[dict[str, int], set[str]]:
    """Whom each label speaks for (label -> actor) and the labels that ask or keep order
    (the chair, the house, a member who speaks for no side)."""
    sides: dict[str, int] = {}
    askers: set[str] = set()
    home: int | None = None
    home_done = False
    by_person: dict[int, int | None] = {}
    by_role: dict[str, int] = {}
    for a in table.actors:
        if a.name.casefold() in _MEMBERS or _strip_honorific(a.name)[0] in _CHAIRS:
            a.cls = "merged"   # "Honourable Members will recall ...": the house is no party
    house = any(lab.kind in ("chair", "members") or len(lab.parens) >= 2 for lab in labels.labels.values())
    order = sorted(labels.labels.values(), key=lambda lab: (not lab.role, not lab.parens, -len(lab.text)))
    for lab in order:
        if lab.kind in ("chair", "members"):
            askers.add(lab.text)
            continue
        person = _person(table, lab.name) if lab.name else None
        if person is None and lab.name and len(lab.name.split()) >= 2:
            person = new_actor(lab.name, "person")
        if person is not None:
            table.actors[person].add_alias(lab.text)
        side: int | None = None
        office = bool(lab.role) and _GOVERNMENT.search(lab.role) is not None and not _NOT_GOVERNMENT.search(lab.role)
        if person is not None and person in by_person:
            side = by_person[person]
        elif lab.role and lab.role in by_role:
            side = by_role[lab.role]
        elif office:
            # (before any fold of the parties pass: a minister of the house is its state's,
            # not the other party's the story names most)
            if not home_done:
                home, home_done = _home(table, text), True
                if home is None:
                    # the house's state is not named (or only as a word of another name):
                    # "the Government" is an actor of its own, not the other party
                    home = new_actor("Government", "state")
                    _repoint_government(table, text, home)
            side = home
            if person is not None and table.actors[table.top(person)].cls == "state":
                table.actors[person].parent = None   # (re-folded below)
        elif person is not None and table.top(person) != person:
            side = table.top(person)
        else:
            # "Jane Roe (Acme Ports):" names her side; in a house ("Mr Speaker:", "Dame Ann
            # Poll (Northfield) (Con):") a parenthesis is a seat, the last one a party
            side = _paren_side(lab.text, table, text) if len(lab.parens) == 1 and not house else None
            if side is None:
                side = _party_of(table, lab.parens)
        if person is not None:
            if side is not None and table.top(person) == person and side != person:
                table.actors[person].parent = side
            by_person[person] = side
        if lab.role and side is not None:
            by_role.setdefault(lab.role, side)
        if side is None:
            if person is not None and house and lab.plain and (lab.parens or lab.name != lab.text):
                askers.add(lab.text)   # a member of the house with no side: asks
            elif person is not None:
                sides[lab.text] = person
        else:
            sides[lab.text] = side
    return sides, askers
