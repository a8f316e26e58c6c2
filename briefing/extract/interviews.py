"""Q&A interviews: find the question paragraphs and who answers them.

An interview article alternates the interviewer's questions (whole paragraphs,
bold, italic or headings in the source, ending with "?", put as a request: "Tell
us about the offer.", or opened by "Q:" / "Interviewer:" / the outlet's name)
with the answers of one person introduced at the top ("We spoke to the union's
chief negotiator, Jane Roe", "Jane Roe, the union's general secretary, talks to
...", "Jane Roe has led the union since 2021. ... We spoke to her", "Interview
with Jane Roe"). The answers are in the first person and often carry no label, so
positions.py needs to know which paragraphs ask and whose "we" the others are;
the answers end at the story's own closing paragraph.

When the answers are labelled with the one who answers ("Roe: ...", "ROE: ..."
after unlabelled questions), several interviewees may answer, each for their own
side: the :class:`Interview` then lists the turns and their labels.

``find_interview(doc)`` returns an :class:`Interview` or None. It is strict on
purpose: a news story with a rhetorical question, a live blog, an explainer, or
a broadcast transcript whose questions and answers carry capitals labels
("HOST:" / "ROE:", handled by the speaker labels) is not one. ``role_span`` reads
whom a person speaks for from their introduction. The cue words are data
(stances.toml [interview] and [askers]).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.extract.lexicons import load
from briefing.extract.text import alternation
from briefing.ingest.document import Document

_IV = load("stances")["interview"]
# the labels of those who ask ("Q:", "Interviewer:", "Host:"), in capitals
_ASKERS = frozenset(load("stances")["askers"]["labels"])
_ANSWERS = frozenset(load("stances")["askers"]["answers"])   # "A:", "Answer:": the interviewee's
MIN_QUESTIONS = int(_IV["min_questions"])
_MAX_QUESTION_WORDS = int(_IV["max_question_words"])
# "We spoke to X", "Interview with X": the name follows the cue
_NAME_AFTER = re.compile(r"(?:\b(?:[Ww]e|I)\s+(?:have\s+|had\s+)?(?:" + alternation(_IV["verbs"]) + r")|\b(?:"
                         + alternation(_IV["nouns"]) + r"))(?!\w)", re.I)
# "X, the union's general secretary, talks to ...": the name is the sentence's subject
# (not a news conference: "X spoke to reporters")
_NAME_BEFORE = re.compile(r"\b(?:" + alternation(_IV["subject_verbs"]) + r")\b(?!\s+(?:the\s+|state\s+)?(?:"
                          + alternation(_IV["not_the_interviewer"]) + r")\b)", re.I)
# a person's name: two to four capitalised words, a particle allowed between them
# (accented capitals of Latin-1 too: "Émile Roux", "José Ramos"; a word in capitals is no name)
_CAP_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]*[^\W\d_A-Z\u00c0-\u00de]"
_NAME = re.compile(r"\b" + _CAP_WORD + r"(?:[ \t]+(?:(?:van|von|de|der|da|di|du|del|al|el|bin|la|le)[ \t]+)?"
                   + _CAP_WORD + r"){1,3}")
# "Ms Roe, the company says ...": a question that addresses the interviewee
# a question opening with the full name of the one it asks ("Jane Roe, your union ...?")
_ADDRESSED_NAME = re.compile(r"(" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r"){1,2}),[ \t]")
# (a role between two commas: "Jane Roe, the union's chair, said ...", not "Jane Roe, the
# union says you are stalling")
_APPOSITION = re.compile(r",[ \t]+(?:(?:the|a|an|its|his|her|their|[\d])\b[^,.?!\n]{0,60},|who\b|whose\b|which\b)",
                         re.I)
_ADDRESS = re.compile(r"(?:" + alternation(_IV["address"]) + r")\.?[ \t]+(" + _CAP_WORD + r")(?=,)")
# a paragraph opened by a speaker label ("ROE:", "Q:", "A:")
_LABEL = re.compile(r"([A-Z][A-Z .'\u2019-]{0,40}|Q|A):\s")
# a paragraph opened by a turn's label in any case ("Roe:", "Jane Roe:", "Interviewer:",
# "ROE:"): up to four capitalised words and a colon
# (a full name may carry its role after a comma: "Jane Roe, union negotiator:", "Jane Roe,
# the union's negotiator:"; group 1 is the name: see _turn)
_TURN = re.compile(r"([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})(,[ \t]+[a-z][^,:\n]{1,50}?)?[ \t]*:[ \t]+")


_NAME_WORDS = r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}"
# other ways to label a turn: "A (Roe): ...", "ROE \u2014 We want ...", and a paragraph
# that is only the name ("**Roe**" above the answer)
_ANSWER_OF = re.compile(r"A(?:nswer)?[ \t]*\((" + _NAME_WORDS + r")\)[ \t]*:[ \t]+")
_DASH_TURN = re.compile(r"(" + _NAME_WORDS + r")[ \t]+(?:\u2014|\u2013|--?)[ \t]+(?=\S)")
_NAME_ALONE = re.compile(r"(" + _NAME_WORDS + r")[ \t]*$")


class _Turn:
    """A turn's label found without a colon after it (group(1), span(1), end() as a
    match of _TURN)."""

    __slots__ = ("label", "a", "b", "stop", "loose")

    def __init__(self, label: str, a: int, b: int, stop: int, loose: bool) -> None:
        self.label, self.a, self.b, self.stop, self.loose = label, a, b, stop, loose

    def group(self, _: int) -> str:
        return self.label

    def span(self, _: int) -> tuple[int, int]:
        return self.a, self.b

    def end(self) -> int:
        return self.stop


def _turn(text: str, a: int, b: int | None = None) -> re.Match[str] | _Turn | None:
    """A turn's label at ``a`` (a role after a comma only after a full name: "However,
    the union said: ..." is no label); "A (Roe):"; a loose one (a dash after the name,
    or the paragraph text[a:b] only a name) counts when used twice (see _loose_once)."""
    end = len(text) if b is None else b
    m = _TURN.match(text, a, end)
    if m is not None:
        return None if m.group(2) is not None and " " not in m.group(1) else m
    if not text[a:a + 1].isupper():
        return None
    m = _ANSWER_OF.match(text, a, end)
    if m is not None:
        return _Turn(m.group(1), m.start(1), m.end(1), m.end(), False)
    m = _DASH_TURN.match(text, a, end)
    if m is not None:
        return _Turn(m.group(1), m.start(1), m.end(1), m.end(), True)
    if b is not None:
        m = _NAME_ALONE.match(text, a, b)
        if m is not None:
            return _Turn(m.group(1), m.start(1), m.end(1), b, True)
    return None


def _loose_once(turns: list, counts: Counter[str]) -> list:
    """The turns without the loose labels used once (a heading, a dash in a sentence)."""
    return [None if isinstance(m, _Turn) and m.loose and counts[m.group(1)] < 2 else m for m in turns]
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
# a quotation: an explainer's answer quotes its speakers' "we", an interview's answer is it
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_TIMED = re.compile(r"\d{1,2}[:.]\d\d\b")
# "Tell us about the offer.", "Q: Explain the dispute." ([interview] imperatives)
_IMPERATIVE = re.compile(r"(?:" + alternation(_IV["imperatives"]) + r")\b")
_IMPERATIVE_FIRST = tuple({w.split()[0] for w in _IV["imperatives"]})
_MAX_REQUEST_WORDS = 30
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[Hh]e|[Ss]he)\s")
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them)\b")
# a subject that is a publication's journalist ("The Courier's Anna Pell spoke to ...")
_POSSESSED_NAME = re.compile(r"['\u2019]s[ \t]+" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD + r")+[ \t]*$")
_HEADLINE_NAME = re.compile(r"\s*(" + _NAME.pattern + r")(?:\s*:|\s+on\s)")
# the editor's note closing an interview ("This interview has been edited for length")
_NOTE = re.compile(r"\b(?:" + alternation(_IV["notes"]) + r")\b", re.I)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
# after a person's name: the clause that may say whom they speak for ("X, the chief
# negotiator for the Y Union, ...", "X is the Y's general secretary.", "X leads the Y's team")
_ROLE_AFTER = re.compile(r"(?:[ \t]*,|[ \t]+(" + alternation(_IV["copulas"]) + r")|[ \t]+("
                         + alternation(_IV["role_verbs"]) + r"))[ \t]+([^.;:?!\n]{3,160})")
_ROLE_NOUN = re.compile(r"\b(?:" + alternation(_IV["role_nouns"] + [v for v in _IV["role_verbs"] if v != "for"])
                        + r")\b", re.I)
_NEUTRAL_ROLE = re.compile(r"\b(?:" + alternation(_IV["neutral_roles"]) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Interview:
    """Where the interviewer asks, and where the interviewee may be named."""

    questions: list[tuple[int, int]]   # [start, end) of each question (or editor's note) paragraph
    names: list[tuple[int, int]]       # spans that may name the interviewee, best first
    end: int = 1 << 62                 # where the answers end (a news paragraph after the last one)
    # turns labelled with the one who answers ("Roe: We want ...", "ROE: ..." after an
    # unlabelled question): (paragraph start, paragraph end, answer start, label), the
    # label's paragraph and the unlabelled first-person paragraphs that continue it
    turns: list[tuple[int, int, int, str]] = field(default_factory=list)
    asked_by_label: bool = False       # the questions are labelled too ("Interviewer: ...")
    # questions that address one interviewee by name ("Ms Roe, ...?", "Jane Roe, ...?"):
    # (question start, name start, name end); that one answers it
    addressed: list[tuple[int, int, int]] = field(default_factory=list)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of the blank-line separated paragraphs, trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _is_question(text: str, a: int, b: int) -> bool:
    """A short paragraph that ends with a question mark (a closing quote may follow),
    not a live blog's timed entry ("10:15 Will the ferries run?"), or that asks as a
    request ("Tell us about the offer.", after a label: "Q: Describe the clause.")."""
    end = text[a:b].rstrip("\"'\u201d\u2019*")
    if end.endswith("?"):
        return len(text[a:b].split()) <= _MAX_QUESTION_WORDS and not _TIMED.match(text, a, b)
    lab = _turn(text, a, b)
    k = lab.end() if lab is not None else a
    # (the first word before the pattern: most paragraphs open with none of them)
    return text.startswith(_IMPERATIVE_FIRST, k, b) and _IMPERATIVE.match(text, k, b) is not None \
        and len(text[a:b].split()) <= _MAX_REQUEST_WORDS


def _names_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Capitalised runs of two or more words in text[a:b] that may be a person's name
    (a run ending in a possessive names an owner: "the Ostreni Republic's minister")."""
    out = []
    for m in _NAME.finditer(text, a, b):
        run = m.group()
        if run.endswith(("'s", "\u2019s")):
            continue
        out.append((m.start(), m.end()))
    return out


def _sentence_end(text: str, pos: int, end: int) -> int:
    """The end of the sentence running at ``pos`` (a stop or a line break, not the
    stop of an initial: "J. Roe"), at most 160 characters on and not after ``end``."""
    stop = min(end, pos + 160)
    for k in range(pos, stop):
        if text[k] in ".\n" and not text[k - 1].isupper():
            return k
    return stop


def _introduced(text: str, end: int) -> list[tuple[int, int]]:
    """Name spans the introduction (text[:end]) gives for the one interviewed."""
    out: list[tuple[int, int]] = []
    for m in _NAME_AFTER.finditer(text, 0, end):
        if _PRONOUN_OBJECT.match(text, m.end()):
            # "Jane Roe has led the union since 2021. ... We spoke to her on Friday":
            # the names of the paragraph before the cue
            out += _names_in(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        else:
            out += _names_in(text, m.end(), _sentence_end(text, m.end(), end))
    for m in _NAME_BEFORE.finditer(text, 0, end):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        if _PRONOUN_SUBJECT.match(text, start, m.start()):
            # "X is the union's chief negotiator. ... She spoke to ...": the paragraph before
            out += _names_in(text, text.rfind("\n", 0, start) + 1, start)
        elif _POSSESSED_NAME.search(text, start, m.start()):
            # "The Courier's Anna Pell spoke to the two negotiators, X and Y": the
            # publication's journalist asks, the ones after the verb answer
            out += _names_in(text, m.end(), _sentence_end(text, m.end(), end))
        else:
            out += _names_in(text, start, m.start())
    # the headline: "Jane Roe: 'We will not ...'", "Jane Roe on the port talks"
    head = _HEADLINE_NAME.match(text, 0, min(end, text.find("\n") % (len(text) + 1)))
    if head:
        out += _names_in(text, head.start(1), head.end(1))
    return out


def find_interview(doc: Document) -> Interview | None:
    """The interview layout of ``doc``, or None when it is not a Q&A interview."""
    text = doc.text
    if text.count("?") < 2:
        return None   # (the cheap gate: most articles ask fewer questions; two questions
        # suffice when each is answered by labelled turns: see _turn_interview)
    paras = _paragraphs(text)
    labels = [_LABEL.match(text, a) for a, _ in paras]
    # turn labels: with a colon, a dash after the name, or alone on their line
    turns = [_turn(text, a, b) for a, b in paras]
    counts = Counter(m.group(1) for m in turns if m is not None)
    turns = _loose_once(turns, counts)
    counts = Counter(m.group(1) for m in turns if m is not None)
    # (a label used once is a note: "EDITOR'S NOTE: ...", "Photo: ...")
    if any(n >= 2 and label not in ("Q", "A") for label, n in counts.items()):
        askers = _askers(text, paras, turns, counts)
        found = _turn_interview(text, paras, turns, counts, askers)
        if found is not _ASKERS_ONLY:
            return found
        # only the questions are labelled ("Interviewer: ...?", "Ledger: ...?"), the
        # answers are not: the label asks like "Q:"
        labels = [_Q_LIKE if m is not None and m.group(1) in askers else labels[i]
                  for i, m in enumerate(turns)]
    questions: list[tuple[int, int]] = []
    answered = 0
    for i, (a, b) in enumerate(paras):
        lab = labels[i]
        if lab is not None and lab.group(1) == "A":
            continue
        if not ((lab is not None and lab.group(1) == "Q") or _is_question(text, a, b)):
            continue
        if i + 1 >= len(paras) or _is_question(text, *paras[i + 1]):
            continue   # two questions running: a list of questions, not an exchange
        questions.append((a, b))
        # the answer: up to the next question, in the first person
        j = i + 1
        while j < len(paras) and not _is_question(text, *paras[j]) and not (
                labels[j] is not None and labels[j].group(1) == "Q"):
            if _FIRST_PERSON.search(_QUOTED.sub("", text[paras[j][0]:paras[j][1]])):
                answered += 1
                break
            j += 1
    if len(questions) < MIN_QUESTIONS or answered * 2 < len(questions):
        return None
    first = questions[0][0]
    names = _introduced(text, first)
    addressed = []
    for a, b in questions:
        found = [(m.start(1), m.end(1)) for m in _ADDRESS.finditer(text, a, b)]
        names += found
        full = _ADDRESSED_NAME.match(text, a, b)
        if full is not None:
            found.append(full.span(1))
        # "Ms Quorrel, ...?", "Ilse Quorrel, would you ...?": she answers (not an apposition:
        # "Jane Roe, the union's chair, said ...", and the question speaks to "you")
        found = [(x, y) for x, y in found if not _APPOSITION.match(text, y, b)]
        if found and _SECOND_PERSON.search(text, found[0][1], b):
            addressed.append((a, *found[0]))
    if not names:
        return None   # no one introduced: questions in a column, not an interview
    asked = set(questions)
    more = []
    for i, (a, b) in enumerate(paras):
        if a <= first or (a, b) in asked or len(text[a:b].split()) > _MAX_QUESTION_WORDS:
            continue
        if _NOTE.search(text, a, b):
            more.append((a, b))   # the editor's note after the answers
        elif labels[i] is None and i + 1 < len(paras) and (paras[i + 1][0], paras[i + 1][1]) not in asked:
            # a question put as a statement ("You have said the harbour is not
            # negotiable."): to "you", with no "I"/"we" of an answer, before an answer
            plain = _QUOTED.sub("", text[a:b])
            if _SECOND_PERSON.search(plain) and not _FIRST_PERSON.search(plain):
                more.append((a, b))
    return Interview(sorted(questions + more), names, _answers_end(text, paras, questions[-1]),
                     addressed=addressed)


def _answers_end(text: str, paras: list[tuple[int, int]], last: tuple[int, int]) -> int:
    """Where the last answer ends: at the first paragraph after its first one with no
    "I"/"we" outside quotes (the story's own closing paragraph: "The authority said
    in a statement that ...", a photo caption) that no such paragraph follows (that
    would answer it: a question put as a statement), else the end of the text."""
    k = paras.index(last) + 2
    own = [bool(_FIRST_PERSON.search(_QUOTED.sub("", text[a:b]))) for a, b in paras[k:]] + [False]
    for i, (a, _) in enumerate(paras[k:]):
        if not own[i] and not own[i + 1]:
            return a
    return len(text)


def role_span(text: str, name: str) -> tuple[int, int] | None:
    """The span after ``name`` (a person's) that says whom they speak for, at the first
    mention that has one: an apposition or a copula holding a role noun ("X, the chief
    negotiator for the Y Union", "X is the Y's general secretary") or a verb that says
    it ("X leads the Y's negotiating team", "X for the union"). None for a neutral role
    (a mediator, an analyst: they speak for nobody) or when no mention has one."""
    pos = text.find(name)
    while pos >= 0:
        m = _ROLE_AFTER.match(text, pos + len(name))
        if m is not None and not (m.group(1) is None and m.group(2) is None and text[m.start(3)].isupper()
                                  and not _ROLE_NOUN.match(text, m.start(3))):
            # (after a comma, another name is no role: "the Harbour Ledger, Jane Roe, ...")
            a, b = m.span(3)
            if _NEUTRAL_ROLE.search(text, a, b):
                return None
            if m.group(2) is not None or _ROLE_NOUN.search(text, a, b):
                return a, b
        pos = text.find(name, pos + len(name))
    return None


class _QLabel:
    """Stands for a "Q:" label match (group(1) == "Q")."""

    @staticmethod
    def group(_: int) -> str:
        return "Q"


_Q_LIKE = _QLabel()
_ASKERS_ONLY = Interview([], [])   # _turn_interview: only askers' labels, the answers unlabelled


def _askers(text: str, paras: list[tuple[int, int]], turns: list[re.Match[str] | None],
            counts: Counter[str]) -> set[str]:
    """The labels of those who ask: the known ones ("Interviewer:", "Q:") and those whose
    turns are mostly questions (the publication's: "Courier: ...?")."""
    asked: Counter[str] = Counter()
    for (a, b), m in zip(paras, turns):
        if m is not None and _is_question(text, a, b):
            asked[m.group(1)] += 1
    return {label for label, n in counts.items() if label.upper() in _ASKERS or asked[label] * 2 > n}


def _turn_interview(text: str, paras: list[tuple[int, int]], turns: list[re.Match[str] | None],
                    counts: Counter[str], askers: set[str]) -> Interview | None:
    """An interview whose answers are labelled with the one who answers ("Roe: We want
    ...", several interviewees each with their own label), the askers' labels (see
    _askers) asking; with none, the questions are the unlabelled question paragraphs
    between the turns. None when the speaker-label pass handles it (labels in capitals
    with an asker among them: a broadcast transcript) or nobody asks; _ASKERS_ONLY when
    only the askers' labels are there (the answers unlabelled)."""
    # (a label used once before the questions is a heading: "TRANSCRIPT: ...", "Speakers: ...";
    # one that names nobody the text speaks of is a rubric: "Update: ...", "Analysis: ...")
    low = text.casefold()
    answerers = {label for label, n in counts.items() if label not in askers and n >= 2 and (
        label.upper() in _ANSWERS or low.count(label.split()[-1].casefold()) > n)}
    if not answerers and askers:
        return _ASKERS_ONLY
    if not answerers or (askers and all(label.isupper() for label in askers | answerers)):
        return None
    questions: list[tuple[int, int]] = []
    found: list[tuple[int, int, int, str]] = []
    current = None
    for (a, b), m in zip(paras, turns):
        label = m.group(1) if m is not None else None
        if label in askers or (label is None and not askers and _is_question(text, a, b)):
            questions.append((a, b))
            current = None
        elif not questions:
            continue   # the introduction
        elif label is not None:
            current = label
            found.append((a, b, m.end(), label))
        elif current is not None and _FIRST_PERSON.search(_QUOTED.sub("", text[a:b])):
            found.append((a, b, a, current))   # the answer's next paragraph
        else:
            current = None   # the story's own paragraph ("X said in a statement ...")
    if len(questions) < 2 or not found:
        return None
    first_label: dict[str, tuple[int, int]] = {}
    for (a, _), m in zip(paras, turns):
        if m is not None and m.group(1) in answerers and m.group(1) not in first_label:
            first_label[m.group(1)] = m.span(1)
    return Interview(questions, list(first_label.values()) + _introduced(text, questions[0][0]),
                     turns=found, asked_by_label=bool(askers))


def role_word(name: str) -> bool:
    """Whether ``name`` holds a role word ("Executive", "Chief Negotiator"): no side."""
    return _ROLE_NOUN.search(name) is not None


# the end of a role written before a name: "the Y Union's chief negotiator, " /
# "chief negotiator for the Y, " (then the name)
_ROLE_BEFORE = re.compile(r"\b(?:" + alternation(_IV["role_nouns"]) + r")(?:[ \t]+(?:of|for|at)[ \t]+[^,.;:\n]{2,80})?"
                          r"[ \t]*,?[ \t]*$", re.I)


def role_before(text: str, name: str) -> tuple[int, int] | None:
    """The span before ``name`` (a person's) that gives their role, at the first mention
    that has one: "The Y Union's chief negotiator, Jane Roe, ..." (from the sentence's
    start to the name). None for a neutral role or when no mention has one."""
    pos = text.find(name)
    while pos >= 0:
        start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
        m = _ROLE_BEFORE.search(text, max(start, pos - 160), pos)
        if m is not None:
            if _NEUTRAL_ROLE.search(text, start, pos):
                return None
            return start, pos
        pos = text.find(name, pos + len(name))
    return None
