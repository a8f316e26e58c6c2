"""Positions: what each party demands, rejects, accepts, supports, opposes, proposes,
vows, fears or claims, one item per claim, each with its source span.

Per sentence: find stance triggers (one alternation regex built from stances.toml),
then for each trigger its holder and its object:

- holder: the actor mention right before the verb (allowing auxiliaries, adverbs, a
  relative clause or apposition between), an inverted speaker ('..., said X'), the
  agent of a passive ('was rejected by X'), the X of 'according to X'; pronouns and
  "the union"-style nominals resolve to the nearest compatible actor; "we"/"I" inside
  a quote is the quote's speaker; a verb with no subject of its own shares the
  subject of the verb before it ("welcomed A but would not B");
- object: the words after the verb up to a clause boundary (or the next verb);
  lists of demands are split into one item each; "X unless/until Y" also gives Y as a
  demand; the complement of a reporting verb is a claim, unless it holds a stance verb
  of the same holder (then that stance is the position).

Negation flips a stance (stances.toml [negated]); "will not"/"would not" + verb is a
vow about that verb; hedges ("reportedly") set ``hedged``. Rules ids: "verb.CLASS",
"neg.CLASS", "modal.not", "passive.CLASS", "quote.said", "said.claim",
"according_to", "cond.demand", "quote.cont".

General grammar beyond the verb (stances.toml holds the word lists): a reported clause's
modal gives its stance ("said it would return to the table" vow, "must fall" demand,
[reported_modal]); "would X if ..." is a conditional offer; participle adjuncts ("opened
talks demanding A, B, and C", ", accepting ...") take the sentence subject; a repeated
preposition ("for A, for B and for C") and an Oxford comma split items; "X's position/view/
demand is ..." is X's ([possessed]); "X's directors rejected", "said the union's president,
Y" and "X, he said, ..." name X; "those requests were turned down by Y" takes the requests
just named; a reported clause held by another actor is that actor's, not the speaker's;
procedural lines of a speaker ([procedural]), questions and rumours in transcripts,
comparisons ("than it had sought") and particle verbs ("call off") give nothing. Rule ids
add "said.vow", "said.demand", "owned.CLASS", "modal.would_if".

Lists and transcripts: per-side lists under a heading that says what each side wants
([side_headings]); "set out N conditions:" lists are what the noun says; a labelled
speaker the parties pass left unaffiliated takes their side from the roster ("Speakers:
X, Chief Executive, Y") and their "we" statements are claims even outside answers; a
quote running over sentences keeps its speaker either way; a
speaker's "that request was refused" and "X said no" refuse what was just asked
("said.no"). Objects that stand before their verb ("everything we asked for", "the 6% it
offered last week, plus ...") give no item; "until" is a condition only after a refusal;
a side moving its figure ("raised its offer to X", [moves]) is a position, and so is "a
proposal by X to ..." / "a request from X for ..." whatever the sentence does with it.

Other kinds of page: a press briefing's title-case labels ("Roe:", askers "Q (Radio
X):"/"Question:") make a transcript; a spokesperson the parties pass left unaffiliated speaks
for the body on the line introducing them ("Spokesperson: X"), else the side the journalists'
yes/no questions ask about; a first-person-plural statement with no labels is the body at its
top; "The two Governments have agreed as follows: (a) ..." gives each side each item
([collective]); "X's demand for Y" ([possessive_nouns]) and "For X, the sticking point is Y"
([for_holder]) are X's; "suggested A, B and C" (noun phrases) are proposals.

News copy (session 6): a stance verb in a relative clause takes the noun phrase its pronoun
stands for ("a wider truce, which the front had sought"); "stopped short of rejecting X"
negates; "said it would put A, keep B, and invest C" is one vow per verb; "has made its
money conditional on X" and a conditional acceptance whose condition has another side act
("prepared to add X if the rebels first released Y") demand; "we need X to move" demands of
X; holders: "A senior Norvian diplomat", "Jane Roe, Norvia's special envoy, said", "For
the authority, chief executive X said" (X speaks for it from then on), "A spokesperson said
the Board had ...", "Varrow's interior minister rules out ... she said", "X raised its
claim for ...", and "X said A. It would strike unless B" (the speech runs on).

Which actors become parties: an actor is a party when it holds at least one position
other than an "according to" attribution (so a ministry quoted for a death toll is
not a party), or when it is named as the broker of the talks (mediated/brokered by).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from briefing.extract.actors import _PREP_BEFORE, MEDIA_WORDS, PRONOUNS, STOP as STOPWORDS, ActorTable
from briefing.extract.interviews import Interview, find_interview, role_before, role_span, role_word
from briefing.extract.transcripts import (Labels, caps_speaker, find_labels, house_procedure, speakers, turn_ends,
                                         unlabelled_question)
from briefing.extract.lexicons import load
from briefing.extract.text import (AFTER_NO_WORD_OR_HYPHEN, AFTER_WORD_BOUNDARY, OPEN_QUOTES, QUOTE_CHARS, alternation,
                                   clean_phrase, fold_case, inflect, quote_spans, trim)
from briefing.ingest.document import Document
from briefing.model import PARTY_KINDS, Party, Position, Source

# ---------------------------------------------------------------- lexicon, compiled once

_ST = load("stances")


def _trigger_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    irregular = _ST.get("irregular", {})
    for cls, verbs in _ST["verbs"].items():
        for verb in verbs:
            for form in irregular.get(verb) or inflect(verb):
                forms.setdefault(form.lower(), cls)
    for cls, phrases in _ST["phrases"].items():
        for phrase in phrases:
            forms[phrase.lower()] = cls
    # [moves]: "raised its offer to X", "lowered their demand to X", "dropped its objection to X"
    for cls, move in _ST.get("moves", {}).items():
        for verb in move["verbs"]:
            for owner in ("its", "their", "the"):
                for noun in move["nouns"]:
                    for form in irregular.get(verb) or inflect(verb):
                        forms.setdefault(f"{form} {owner} {noun} to".lower(), cls)
    # [conditional]: "has made its support conditional on X" (the link is the trigger; the
    # verb and its object before it are checked in _triggers, see _MADE_COND)
    for cls, cond in _ST.get("conditional", {}).items():
        for link in cond["links"]:
            forms.setdefault(link.lower(), cls)
    return forms


FORMS = _trigger_forms()
_COND = _ST.get("conditional", {})
_COND_LINKS = frozenset(link.lower() for c in _COND.values() for link in c["links"])
# "has made its money / further aid conditional on": the verb and what it makes hang (nouns
# of [conditional], or any two words after its/their/the)
_MADE_COND = re.compile(r"\b(?:" + "|".join(sorted({f for c in _COND.values() for v in c["verbs"]
                                                     for f in (_ST.get("irregular", {}).get(v) or inflect(v))}))
                        + r")\s+(?:(?:its|their|the|any|all|further|future)\s+)?(?:[\w-]+\s+){0,1}(?:"
                        + "|".join(sorted({n for c in _COND.values() for n in c["nouns"]})) + r")\s+$", re.I) \
    if _COND else re.compile(r"(?!)")
def _cased(words) -> list[str]:
    """Each phrase as written and with a capital first letter (sentence starts):
    cheaper than a case-insensitive regex."""
    out = []
    for w in words:
        out += [w, w[:1].upper() + w[1:]]
    return out


# the lookahead lets the engine reject most word starts before entering the trie (~10%)
TRIGGER_RE = re.compile(r"\b(?=[" + re.escape("".join(sorted({f[0] for f in _cased(FORMS)}))) + "])(?:"
                        + alternation(_cased(FORMS)) + r")(?![\w-])")
NEGATED: dict[str, str] = dict(_ST["negated"])
# (the boundaries sit after the first letter: see text.AFTER_WORD_BOUNDARY)
WILL_RE = re.compile(r"(w(?<![\w-].)ill|s(?<![\w-].)hall)\s+(?!not\b|never\b|be\b|have\b|also\s+be\b)(?:also\s+)?[a-z]{3,}\b")
WOULD_RE = re.compile(r"(w(?<![\w-].)ould)\s+(?!not\b|never\b)(?:also\s+|then\s+)?([a-z]{3,})\b")
_IF_WORDS = re.compile(r"\b(?:if|provided|as long as|in exchange for|in return for|on condition)\b")
_IF_PHRASES = ("if", "provided", "as long as", "in exchange for", "in return for", "on condition")   # (one is needed)
_IF_AFTER = re.compile(r"\s(?:if|provided|as long as|in exchange for|in return for|on condition)\s")
MODAL_RE = re.compile(alternation(_cased(_ST["modal_negation"]["forms"]), AFTER_WORD_BOUNDARY) + r"(?![\w-])")
HEDGE_RE = re.compile(alternation(_cased(_ST["hedges"]["words"]), AFTER_WORD_BOUNDARY) + r"(?![\w-])")


def _must_contain(phrases) -> tuple[str, ...]:
    """For a phrase list: one word of each phrase (its longest, lower case). A text whose
    lower-case form holds none of them cannot match the phrases' regex, so a sentence
    can skip the scan after a few substring tests (much cheaper than the regex)."""
    words = {max(re.split(r"[\s'\u2019]+", p.lower()), key=len) for p in phrases}
    # a word that holds another listed word adds no test ("cannot" holds "can")
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


MODAL_WORDS = _must_contain(_ST["modal_negation"]["forms"])
# ("said" first: the word most sentences with a hedge test hold, so the test stops early)
HEDGE_WORDS = tuple(sorted(_must_contain(_ST["hedges"]["words"]), key=lambda w: w != "said"))


def _holds_any(low: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in low:
            return True
    return False
# "said it would return to the table": the modal of a reported clause says the stance
_RM = _ST.get("reported_modal", {})
_RM_CLASS = {m: "vow" for m in _RM.get("vow", ())} | {m: "demand" for m in _RM.get("demand", ())}
_NOT_VOW = frozenset(_RM.get("not_vow", ()))
REPORTED_MODAL_RE = re.compile(
    r"(?P<subj>(?:it|he|she|they|we|I)|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?"
    r"|[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}|[\w'\u2019%-]+(?:\s+[\w'\u2019%-]+){0,4}?)"
    r"\s+(?:also\s+|still\s+|now\s+|then\s+)?"
    r"(?P<modal>" + alternation(sorted(_RM_CLASS, key=len, reverse=True)) + r")\s+"
    r"(?:also\s+|still\s+|now\s+|then\s+|only\s+|simply\s+)?(?P<neg>not\s+|never\s+)?[\"\u201c]?(?P<verb>[a-z]+)\b")
_RM_WORDS = _must_contain(_RM_CLASS)
_HOLDER_PEOPLE = re.compile(r"(?:(?:its|their|our|the)\s+)?(?:members|workers|staff|employees|negotiators|fighters|forces|"
                            r"troops|delegation|delegates|side)", re.I)
# a passive's patient that points back at what was just asked ("Those requests")
_ANAPHORIC_PATIENT = re.compile(r"(?:[Tt]hose|[Tt]hese|[Tt]he|[Bb]oth|[Aa]ll|[Ss]uch|[Tt]heir|[Ii]ts)\s+(?:two\s+|three\s+)?"
                                r"(?:requests?|demands?|proposals?|offers?|conditions?|ideas?|calls?|suggestions?)")
# the stance verb that heads an item's text ("asked for a fuel subsidy" -> "a fuel subsidy")
_VERB_HEAD = re.compile(r"^(?:[\w-]+\s+){1,2}?(?:(?:for|on|with)\s+)?(?=(?:a|an|the|that|its|their|to|\d)\b)")
# after an inverted reporting verb: "the federation's president, Jane Roe", "its founder,
# John Doe", "the company's chief negotiator" (up to the clause's end)
_INVERTED_NP = re.compile(r"(?P<det>(?:the|a|an)\s+)?(?P<owner>(?:its|their|his|her)\s+|(?:[A-Z][\w-]*\s+){0,3}?[\w-]+['\u2019]s?\s+)?"
                          r"(?:[\w-]+\s+){0,3}?[\w-]+(?P<of>\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,4})?"
                          r"(?:,\s+(?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*(?:\s+of\s+[A-Z][\w'\u2019-]*)?)?"
                          r"\b(?=\s*[,.;:]|\s*$|\s+(?:at|on|in|after|outside|during|told|who)\b)")
# "insisted that the break fee be doubled": a mandative verb + a subjunctive clause
_MANDATIVE = ("insist", "recommend", "suggest", "propose", "urge", "ask", "demand", "stress", "argue")
_SUBJUNCTIVE = re.compile(r"(?:(?:the|a|an|its|their|all|any|every|both|each|[A-Z][\w'\u2019-]*)\s+)"
                          r"(?:[\w'\u2019-]+\s+){0,4}?(?:not\s+)?be\s+[a-z]+(?:ed|en|wn|ut|id|pt|ld|de)\b")
# a subjunctive with a bare verb and its object: "insists that any deal include a safeguard"
# (a singular subject whose verb has no -s: "any deal include", "the company drop")
_MANDATIVE_BARE = ("insist", "demand", "urge", "ask", "propose", "recommend", "require")   # (not "argued that")
_SUBJUNCTIVE_BARE = re.compile(r"(?:any|every|each|the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                               # (the subject's last word is no plural: "the islands deserve" is no subjunctive)
                               r"[\w'\u2019-]*[a-rt-z\d'\u2019-]\s+"
                               r"(?!(?:is|was|has|does|did|will|would|can|could|should|must|may|might|shall|had|"
                               r"were|are|not|never|also|only|be|been)\b)[a-z]{3,}(?<!s)(?<!ed)(?<!ly)(?<!ing)\s+"
                               r"(?:the|a|an|its|their|all|any|every|no|up|\d)\b")
# "and that" + a subject: a second complement clause (not "and that gives me hope")
_COMPLEMENT_AFTER = re.compile(r"(?:the|a|an|it|he|she|they|we|I|its|their|his|her|this|these|those|there|no|any|all|"
                               r"both|some|[A-Z][\w'\u2019-]*)\s+(?!(?:is|was|gives|means|makes|says|shows|would|will)\b)")
_LEAD_ADVERB = re.compile(r",\s*(?:however|though|meanwhile|too|also|again|nonetheless|moreover|instead),?(?=\s)")
_FINITE_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|said|says|"
                           r"agreed|dropped|made|gave|took|won|lost|kept|sought|told|did|does|can|could|must)\b")
# a short noun phrase (no preposition, no relative) and a finite auxiliary: a clause
_NP_CLAUSE = re.compile(r"(?:the|its|their|this|these|those)\s+(?:(?!(?:that|which|who|to|of|for|on|in|with|and|or)\b)"
                        r"[\w'\u2019-]+\s+){1,3}?(?:does|do|did|is|are|was|were|has|have|had|will|would|can|cannot|"
                        r"could|must|should)\b")
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w'\u2019-]+\s+){0,3}$")
_DEAL_BEFORE = re.compile(r"\b(?:deal|agreement|accord|settlement|approval|consent)\s+$", re.I)
_TIME_ONLY = re.compile(r"(?:(?:last|this|next|on|in|at|by|since|earlier|later|early|late)\s+)?(?:week|month|year|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|spring|summer|autumn|winter|"
                        r"yesterday|today|earlier|later|before|afterwards|night|morning|evening|"
                        r"the (?:week|day|month|year)(?: before)?)(?:\s+(?:this|that|in)\s+\w+)?[.,;]?", re.I)
_NEG_PAREN = re.compile(r"(?:\b(?:not|never)|n['\u2019]t)\s*,\s*(?:however|though|in fact|yet|at least|for now|"
                        r"in principle|for its part|for their part)\s*,\s*$", re.I)
_GAP_NEG_PAREN = re.compile(r"\s*(?:\w+\s+)?(?:not|never|n['\u2019]t)\s*,\s*(?:however|though|in fact|yet|at least|for now|"
                            r"in principle|for its part|for their part)\s*,\s*$", re.I)
_THAT_SPLIT_AHEAD = re.compile(r"[,;]|\band that\b")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'\u2019-]+\s+){1,2}$", re.I)
_COND_OPEN = re.compile(r"(?:if|unless|once|when|until|should)\s", re.I)
_SHORT_LEAD = re.compile(r"[\s\"\u201c]*(?:[A-Z][A-Z .'\u2019-]{0,40}:\s+)?(?:[\w'\u2019-]+\s+){0,4}")
_NP_VERB = re.compile(r"\b(?:could|would|will|should|must|can|may|might|is|was|are|were|has|had|have|did|does|do|not|"
                      r"never|that|which|who|[a-z]+ed)\b")
_OWN_BODY = re.compile(r"\s+(?:government|company|union|side|team|party|country|group|board|delegation|administration|"
                       r"organi[sz]ation|movement|members|leadership|cabinet|ministry|negotiators|fund|firm|bank)\b")
_NO_SPLIT_TAIL = re.compile(r"\s(?:than|in exchange for|in return for|in return|on condition that)\s")
_NO_SPLIT_GATE = ("than", "exchange", "return", "condition")
_RUMOUR = re.compile(r"\b(?:reports?|rumou?rs?|suggestions?|speculation|claims)\s+that\b", re.I)
_ADVERBIAL_OBJECT = re.compile(r"(?:in|on|at|last|as|earlier|this|outright|flatly|yesterday|today)\b")
_OBJECT_RELATIVE = re.compile(r"(?:\bfrom|\bof|\bfor|\bto|,)\s+(?P<np>(?:the|a|an|its|their)\s+[^,;:]{1,60}?)\s+(?:that|which)\s+$")
# "For the authority, chief executive Jane Roe said": the person speaks for the body (see _for_side)
_FOR_SIDE = re.compile(r"[\s\"\u201c*_]*(?:\d{1,2}[:.]\d{2}[*_\s]+)?For\s+(?P<who>[^,;:.]{2,60}?),\s+"
                       r"(?:[\w'\u2019-]+\s+){0,4}")
_TRAILING_ADVERB = re.compile(r",\s*(?:however|though|too|for now|meanwhile|instead|nonetheless|yet|again)\s*[.;]?\s*$", re.I)
# a coordinated bare verb with an object after a modal ("would put A, keep B and invest C")
_SERIES_VERB = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?!(?:including|which|who|whose|where|while|when|with|without|"
                          r"from|for|to|in|into|on|at|by|up|down|more|less|about|around|roughly|almost|nearly|some|"
                          r"each|every|both|all|the|a|an|its|their|his|her|our|and|or|but|then|than|as|if|unless|so|"
                          r"not|only|even|plus|also|still|until|after|before|over|under|per|is|are|was|were|has|"
                          r"have|had|be|been|it|they|he|she|we|this|that|these|those|there)\b)"
                          r"([a-z]{3,})(?<!ing)(?<!ed)(?<!ly)(?<!s)\s+(?=(?:the|a|an|its|their|his|her|our|all|any|"
                          r"every|some|more|up to|at least|\d)\b|[A-Z$\u20ac\u00a3\d])")
# reporting verbs that take an object, never an inverted speaker ('"...," said X' but not
# "its president, Jane Roe, accused X of ...": X is accused, not speaking)
_NO_INVERSION = frozenset(f for v in ("accuse", "call", "describe", "deny", "believe", "estimate", "predict")
                          for f in inflect(v))
# an unnamed spokesperson opening the sentence ("A spokesperson said the Board had ..."; not
# "Officials said the rebels had ...": officials often report the other side)
_UNNAMED_SPEAKER = re.compile(r"[\s\"\u201c*_]*(?:\d{1,2}[:.]\d{2}[*_]*\s+)?(?:(?:An?|The)\s+(?:[a-z]+\s+)?"
                              r"(?:spokes(?:man|woman|person)|representative)|Spokespeople)"
                              r"(?:\s+(?:also|later|then|again|separately|earlier))?\s+")
_THAT_SPACE_OPT = re.compile(r"\s+(?:that\s+)?")
# a verb that restates the subject's own stance noun ("raised its claim for", "renewed its demand that")
_RENEWED_GAP = re.compile(r"\s+(?:(?:has|have|had|also|again|now|once again|formally|publicly)\s+)*(?:renew|repeat|raise|press|"
                          r"restate|reiterate|maintain|make|table|put forward|step up|stick to|stand by)(?:s|ed|d)?\s+")
_BUT_THAT = re.compile(r",?\s+but\s+that\s+", re.I)
# the one who is to act after "need" ("we need Arlan to move", "needs the company to put ...")
_NEED_OBJECT = re.compile(r"\s+(?:them|him|her|us|it|(?:the\s+|its\s+|their\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
                          r"|(?:the|its|their|our|both)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+[a-z]")
# a person's role after a possessive holder ("Varrow's interior minister rules out ...")
_PERSON_ROLE_AFTER = re.compile(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:minister|spokes(?:man|woman|person)|leader|"
                                r"negotiator|envoy|president|chair(?:man|woman)?|chief|secretary|director|executive|"
                                r"commander|ambassador|premier|governor|mayor)\b")
# a determiner, a superlative and up to two more words before a noun-verb ("the biggest car offer")
_DET_ADJ_NOUN = re.compile(r"(?:\b(?:the|its|their|our|his|her|this|that|any)|['\u2019]s)\s+(?:[a-z-]+est)\s+(?:[\w-]+\s+){0,2}$",
                           re.I)
_IF_COND = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:if|as long as|so long as)\s+(?!(?:necessary|needed|possible|"
                      r"any|so|not|at all|ever|only)\b)", re.I)
# a verb and its object after a condition's subject ("first released the 38 civilians", "raises its rate")
_ACTS_ON = re.compile(r"\s+(?:\w+ly\s+|first\s+|also\s+)?[a-z]{3,}\s+(?:the|a|an|its|their|all|any|every|some|no|\d)\b")
# a sentence that carries on the last speaker's reported speech: "It would strike unless ..."
_FREE_WOULD = re.compile(r"[\s*_]*(?:It|They|He|She)\s+(would)\s+(?:also\s+|then\s+|only\s+)?(?!(?:not|never|be|have)\b)"
                         r"([a-z]{3,})\b")
# "stopped short of rejecting": the stance verb after it is negated
_SHORT_OF = re.compile(r"\b(?:stop|stops|stopped|stopping)\s+short\s+of\s+$", re.I)
# a relative pronoun right before a holder ("..., which the front had sought"): see _relative_np
_REL_PRONOUN = re.compile(r",?\s+(?P<pron>which|that)\s+(?:the\s+)?$")
_REL_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "any", "every", "each", "another"})
_REL_PREPS = frozenset({"of", "for", "in", "on", "with", "from", "about", "over", "at", "by", "to"})
_REL_STOP = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does",
                       "do", "said", "says", "and", "or", "but", "than", "which", "that", "who", "whose", "when",
                       "while", "if", "because", "as", "not", "be", "been", "being", "so", "such", "it", "they"})
_THAT_NOUNS = frozenset({"hope", "hopes", "fear", "fears", "report", "reports", "claim", "claims", "assurance",
                         "assurances", "sign", "signs", "expectation", "expectations", "promise", "promises",
                         "suggestion", "suggestions", "rumour", "rumours", "warning", "warnings", "view", "belief",
                         "argument", "idea", "news", "fact", "point", "way", "extent", "time", "day", "year",
                         "moment", "reason", "message", "impression", "condition", "guarantee", "guarantees"})
# an object that says nothing of what was sought: ", saying ...", "as part of ...", "until ..."
_REL_LOOSE = re.compile(r"(?:until|since|throughout|ever since|all along|repeatedly|outright|so far|"
                        r"for (?:months|years|weeks|decades|days|some time|a long time))\b", re.I)
_MODAL_IN = re.compile(r"\b(?:would|will|could|should|must|shall|cannot|won't|wouldn't)\b|\bwill\b")
_IT_WOULD = re.compile(r"\s+(?:that\s+)?(?:it|this|they)\s+(?:would|will|could|might)\b")
_PAREN_SAID = re.compile(r",\s*(?:he|she|they|it|we|I)\s+$")
_MODAL_START = re.compile(r"(?:would|will|could|should|must|shall)\s", re.I)
# "call off the strike", "back down": a verb + particle that is no stance (stances.toml [particles])
PARTICLES: dict[str, tuple[str, ...]] = {
    form: tuple(parts) for verb, parts in _ST.get("particles", {}).items()
    for form in (_ST.get("irregular", {}).get(verb) or inflect(verb))}
_PARTICLE_AFTER = re.compile(r"\s+(?:(?:it|them|this|that)\s+)?([a-z]+)\b")   # "call off", "call it off"


# [collective]: "The two sides agreed", "Both governments welcomed", "The Ministers called for"
_COLL = _ST.get("collective", {})
_COLL_COUNTS: dict[str, int] = dict(_COLL.get("counts", {}))
_COLL_NOUNS = frozenset(n.lower() for n in _COLL.get("nouns", ()))
COLLECTIVE_RE = re.compile(
    r"\b(?:(?P<q>[Bb]oth|[Aa]ll)\s+(?:the\s+)?|[Tt]he\s+(?:(?P<n>" + "|".join(c for c in _COLL_COUNTS if c != "both")
    + r")\s+)?)(?:(?-i:[A-Z][a-z]+)\s+)?(?P<noun>" + alternation(sorted(_COLL.get("nouns", ()), key=len, reverse=True)).replace(" ", r"\s+")
    + r")\b(?![\w'\u2019-]|\s+(?:of|in|on|at|from|who|whose)\b)", re.I) if _COLL.get("nouns") else None
# one word of each collective noun: a sentence holding none skips the search
_COLL_WORDS = _must_contain(_COLL.get("nouns", ())) if _COLL.get("nouns") else ()
# what may stand before a collective subject in its sentence: nothing (a list number, a
# bullet), or a clause opener ("..., and both sides agreed", "said that the parties")
_COLLECTIVE_LEAD = re.compile(r"(?:^[\s\"\u201c]*(?:\(?\d{1,2}[.)]\s*|[-*\u2022]\s*)?(?:[A-Z][\w-]*,\s*)?|[,;:]\s+|"
                              r"\b(?:and|but|that|while|whereas|then|where)\s+)$")
_PLACE_PREP = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?$")
COLLECTIVE = "\x00sides"   # the word of a collective subject candidate (no pronoun has it)


_NOUN_VERB_HEADS = frozenset({"call", "calls", "appeal", "appeals", "push", "bid", "bids", "request", "requests"})


class _FormInfo:
    """What _triggers asks of a trigger's spelling, worked out once per spelling (the
    same tests on the lower-case form as before, done per match)."""
    __slots__ = ("cls", "det", "noun_too", "ing_word", "ing", "aux", "particles", "ed", "in_principle",
                 "by_passive", "bare_passive", "according", "cond_link")

    def __init__(self, raw: str) -> None:
        form = raw.lower()
        if " " in form or "\u2019" in form:
            form = _SPACE_RUN.sub(" ", form).replace("\u2019", "'")
        single = " " not in form
        past = form.endswith(("ed", "said", "told", "sought", "swore", "undertook"))
        self.cls = FORMS.get(form)
        # (a phrase whose verb is also a noun: "Arlan's call for a ceiling" is no verb)
        self.det = (single and not past and form != "wants") or form.split(" ", 1)[0] in _NOUN_VERB_HEADS
        self.noun_too = form in _NOUN_TOO
        self.ing = form.endswith("ing")
        self.aux = form.startswith(("is ", "are ", "was ", "were ", "has ", "have ", "had "))
        self.ing_word = self.ing and single
        self.particles = PARTICLES.get(form)
        self.ed = form.endswith("ed")
        self.in_principle = form == "in principle"
        self.by_passive = form.endswith(("ed", "n", "d"))
        self.bare_passive = form.endswith(("ed", "n", "d", "t")) and single
        self.according = form == "according to"
        self.cond_link = form in _COND_LINKS


# keyed by the matched text as written (a few hundred spellings in practice; capped,
# since odd white space inside a phrase makes new spellings)
_FORM_INFO: dict[str, _FormInfo] = {}


def _form_info(raw: str) -> _FormInfo:
    info = _FormInfo(raw)
    if len(_FORM_INFO) < 20000:
        _FORM_INFO[raw] = info
    return info


_VERB_RULE: dict[str, str] = {cls: f"verb.{cls}" for cls in set(FORMS.values())}
# NEG_BEFORE / _NEG_PAREN need one of these in the (folded) text
_NEG_GATE = ("not", "never", "n't", "n\u2019t", "longer", "neither", "nor")
# COND_RE needs "unless", "until", "only if", "provided" or "on condition that"
_COND_GATE = ("unless", "until", "only", "provided", "condition")
# every branch of THAT_SPLIT_RE holds "and"/"but" and one of "that"/a modal
_THAT_SPLIT_GATE = ("and", "but")
_THAT_SPLIT_GATE2 = ("that", "would", "will", "could", "should", "must")
# EMPTY_TAIL_RE: after white space, one of these words (or a closing mark, or nothing)
_EMPTY_TAIL_FIRST = ("reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers", "delegates",
                     "on", "in", "at", "after", "before", "during", "to", "outside", "last", "this", "from", "by",
                     "via", "when", "while", "told", "yesterday", "today", "late", "early", "earlier", "later",
                     "again", "also", "repeatedly", "afterwards", "afterward")
# PROCEDURAL_RE: after white space and opening quotes, a phrase opening with one of these
_PROCEDURAL_FIRST = tuple(sorted({p.split()[0].split("'")[0].lower() for p in _ST.get("procedural", {}).get("phrases", ())}))
# (a phrase opening with a quote or a sign would defeat that test: then no gate)
_PROCEDURAL_GATE = all(w.isalnum() for w in _PROCEDURAL_FIRST)


def _not_covered(forms, gate: tuple[str, ...]) -> tuple[str, ...]:
    """A needed word (as _must_contain) of each form that holds none of ``gate``'s words."""
    out = set()
    for f in forms:
        low = f.lower().replace("\u2019", "'")
        if not any(g.replace("\u2019", "'") in low for g in gate):
            out.add(max(re.split(r"[\s'\u2019]+", low), key=len))
    return tuple(sorted(out))


# MODAL_RE's forms hold a word of _NEG_GATE ("will not", "won't") or one of these ("refuse to")
_MODAL_NOT_NEG = _not_covered(_ST["modal_negation"]["forms"], _NEG_GATE)
# a speaker's own procedure ("I will make a short statement", closing remarks): no position
PROCEDURAL_RE = re.compile(r"[\s\"\u201c]*(?:" + alternation(_ST.get("procedural", {}).get("phrases", ())) + r")(?![\w-])",
                           re.I)
# "X's position is that ...", "Y's view is ...": the possessor holds what follows
# (the look-ahead names every first character of a match: the engine skips the other
# positions without trying the branches; the same matches, 1.5x faster. Likewise below.)
POSSESSED_RE = re.compile(
    r"(?=['\u2019IiTtHh])(['\u2019]s?|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\b)\s+(?:(?:main|stated|official|formal|opening|central|key|first|latest|public|own|long-standing|"
    r"basic|core|final|current)\s+)?(" + alternation(sorted(_ST.get("possessed", {}), key=len, reverse=True)) + r")"
    # (an aside may sit before the verb: "X's position, as it was put to us, is that ...")
    r"(?:\s*,[^,;.\"\u201c]{1,50},)?\s+(?:is|was|remains|has been|had been|has always been)\s+(?:still\s+|now\s+|simply\s+)?(?:that\s+)?")
POSSESSED: dict[str, str] = dict(_ST.get("possessed", {}))
POSSESSED_WORDS = _must_contain(POSSESSED) if POSSESSED else ()
_POSSESSED_VERBS = (" is ", " was ", " remains ", " been ")   # one of them follows the noun
PRONOUN_RE = re.compile(r"(?=[" + "".join(sorted({w[0] for w in _cased(PRONOUNS)})) + r"])\b(?:"
                        + alternation(_cased(PRONOUNS)) + r")(?![\w'\u2019-])")
SPEECH = "claim"
SPLITTABLE = {"demand", "reject", "accept", "support", "oppose", "propose", "vow", "concern"}

_ADV = (r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|shall|should|did|does|do|"
        r"also|still|now|then|always|repeatedly|again|already|reportedly|allegedly|meanwhile|officially|"
        r"publicly|privately|formally|firmly|strongly|quickly|swiftly|immediately|long|never|not|"
        r"n['\u2019]t|been|being|once|later|earlier|previously|initially|yesterday|today|so far|in turn|"
        r"in return|in response|on \w+|last \w+|this \w+|\w+ly|too|both|all|itself|themselves|,\s*who|,\s*which|"
        r"(?:stop|stops|stopped|stopping) short of|"
        r"(?:said|understood|believed|thought|reported|known) to|"
        r"however|instead|in a statement|in an? [\w-]+ [\w-]+|for (?:its|their|his|her) part|"
        r"\d+)")
GAP_RE = re.compile(
    # the actor's people, one or many, with a word of rank before them ("A senior Norvian
    # diplomat said", "the Norvian chief negotiator rejected", "Arlan government officials say")
    r"^\s*(?:(?:(?:senior|chief|top|lead|foreign|trade|finance|defence|defense|government|state|union|company|"
    r"deputy|special|military|health|energy|interior|labour|labor|economy)\s+)?"
    r"(?:officials?|negotiators?|diplomats?|forces|troops|authorities|leaders?|delegates?|ministers?|envoys?|"
    r"representatives?|ambassadors?|advis[eo]rs?|aides?|commanders?|lawyers?|"
    r"government|delegation|side|spokesman|spokeswoman|spokesperson|sources?|side's|officials'|team)\b)?"
    r"\s*(?:\([^)]*\)\s*)?(?:,\s*\d{1,3}\s*,\s*(?:(?:the|a|an)\b[^;]*?,\s*)?(?=$|\w))?"
    r"(?:,\s*(?:which|who|whose|led by|headed by|the|a|an|its|his|her|their|based|meanwhile|however|according to|"
    r"for (?:its|their|his|her) part|in a statement|too|also|on \w+|[\w-]+ [\w-]+ of)\b[^;]*?,\s*)?"
    r"(?:" + _ADV + r"\s*)*[\"\u201c]?$", re.I)
# GAP_RE's answer per gap: the same few gaps (" ", " has ", " also ") recur in every text
_GAP_OK: dict[str, bool] = {}


# the opening of an apposition after a name: "X, a bloc of ...", "X, the country's largest union, ..."
# (a lower-case word next: "X, the Committee of Y, said" names the head, the name speaks)
_APPOSITION_OPEN = re.compile(r"(?:a|an|the|one\s+of\s+the)\s+(?!(?:same|other)\b)[a-z]")


def _gap_ok(gap: str) -> bool:
    got = _GAP_OK.get(gap)
    if got is None:
        got = GAP_RE.match(gap) is not None
        if len(gap) <= 60:
            if len(_GAP_OK) >= 4096:
                _GAP_OK.clear()
            _GAP_OK[gap] = got
    return got


_GAP_POSSESSIVE_ROLE = re.compile(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:directors|board|negotiators?|leaders?|leadership|"
                                  r"committee|government|executive|spokes(?:man|woman|person)|members|chair(?:man|woman)?|"
                                  r"president|officials|ministers?|cabinet|team|lawyers|management|delegation|envoy|"
                                  # its documents: "the Committee's first counter-proposal offered 15%"
                                  r"(?:counter-?)?proposals?|(?:counter-?)?offers?|statement|letter|submission|"
                                  r"response|reply)\s+"
                                  r"(?:" + _ADV + r"\s*)*$")
# "Jane Roe, Norvia's special envoy, said": an apposition naming the body a person speaks for
_APPOSED_ROLE = re.compile(r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:envoy|negotiator|minister|secretary|spokes(?:man|woman|person)|"
                           r"president|chair(?:man|woman)?|chief|head|director|executive|partner|leader|deputy|adviser|"
                           r"advisor|official|representative|ambassador|commissioner|delegate|counsel|lawyer|commander)"
                           r"(?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s*(?:" + _ADV + r"\s*)*$")
DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|any|no|these|those|whose|of|"
                        r"every|each|such|'s|\u2019s)\s+(?:(?:first|final|best|latest|new|revised|initial|raised|"
                        r"sweetened|formal|earlier|key|main|previous|original|core|central|repeated|fresh|"
                        r"improved|last|second|opening|public|written|joint|official|formal|takeover|"
                        r"climate-related)\s+)?|\b(?:first|final|best|latest|new|revised|initial|raised|"
                        r"sweetened|formal|earlier|key|previous|improved|takeover)\s+)$", re.I)
# ("n't" ends a word, so no \b before it: "doesn't accept", "didn't reject")
NEG_BEFORE = re.compile(r"(?:\b(?:not|never|no longer|neither|nor|cannot)|n['\u2019]t)\s+(?:\w+ly\s+|yet\s+|even\s+)?$", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|has been|have been|had been)\s+(?:\w+ly\s+)?$", re.I)
BY_AFTER = re.compile(r"\s+by\s+")
TELL_SKIP = re.compile(r"^\s*(?:(?:reporters|journalists|me|us|him|her|them|lawmakers|parliament|the [\w-]+|"
                       r"a [\w-]+(?: [\w-]+)?|[A-Z][\w-]+)(?:\s+(?:in|on|at|last|this|after|outside|during)"
                       r"\b[^\"\u201c;]{0,60}?)?\s+)?(?:that\s+)?", re.I)
LEAD_RE = re.compile(r"^\s*(?:that\s+|,\s*|:\s*)", re.I)
# Clause boundaries that end an object (only where the first one starts matters: see _cut).
# Every boundary begins with one of ; : , " ” or a space, so the pattern opens with that
# character class and each branch checks, by a look-behind, which one it was: a pattern
# opening with a class lets the engine skip the letters between in one fast loop instead
# of trying a dozen branches at every position (2x faster; same match starts).
BOUNDARY_RE = re.compile(
    r"[;:,\s\"\u201d](?:(?<=;)|(?<=:)\s"
    r"|(?<=,)(?:\s*(?:which|who|whose|where|while|whereas|according to|saying|calling|arguing|accusing|adding|"
    r"referring|ruling|noting|describing|citing|warning|because|although|though|despite|even as|when|"
    r"speaking|a (?:move|claim|condition|step|plan|demand)|an (?:issue|offer|idea))\b"
    r"|\s+according to\s"
    # (", a source close to the talks said": the attribution after a comma, up to seven words)
    r"|[\"\u201d]?\s+(?:[\w'\u2019-]+\s+){0,7}(?:said|says|added|told|warned|insisted)\b"
    r"|[\"\u201d]\s"
    r"|\s+(?:and|but)\s+(?=(?:it|he|she|they|we|I|[A-Z][\w-]+)\s+(?:\w+\s+)?\w+))"
    # ("480 but not below, and a panel": a contrast inside one item of a list)
    r"|(?<=\s)(?:[\u2014\u2013]\s|--\s|(?:because|but(?!\s+not\s+(?:[\w-]+\s+){0,2}[\w-]+,)|while|whereas|although)\s|\s*according to\s)"
    r"|(?<=[\"\u201d]),\s)")
SPEECH_BOUNDARY_RE = re.compile(
    r"[;,\s\"\u201d](?:(?<=;)"
    r"|(?<=,)(?:\s*(?:though|although|even though|whereas|according to|saying|calling|arguing|accusing|adding|"
    r"referring|ruling|noting|describing|citing|speaking)\b|\s+according to\s"
    # ('..." the group, but its largest shareholder urged ...': a new clause, another subject)
    r"|\s+but\s+(?=(?:its|their|his|her|the)\s|(?-i:[A-Z]))"
    r"|[\"\u201d]?\s+(?:[\w'\u2019-]+\s+){0,5}(?:said|says|added|told|warned)\b)"
    r"|(?<=\s)(?:[\u2014\u2013]\s|\s*according to\s))", re.I)
# (THAT_SPLIT_RE, COND_RE: ",?\s+..." written as "[,\s]" then a look-behind for which one,
# as BOUNDARY_RE above: the same matches, found by skipping to commas and spaces)
THAT_SPLIT_RE = re.compile(r"[,\s](?:(?<=,)\s+(?:and|but)\s+that\s+|(?<=\s)\s*(?:and|but)\s+that\s+"
                           r"|(?<=,)\s+(?=(?:would|will)\s+(?!be\b)[a-z]+\b)"
                           r"|(?<=,)\s+and\s+(?=(?:it|he|she|they)\s+would\b)"
                           r"|(?<=\s)\s*and\s+(?=(?:would|will|could|should|must)\s))", re.I)
LIST_SPLIT_RE = re.compile(   # (the look-ahead: see POSSESSED_RE)
    r"(?=[,\s])(?:,\s*(?:and\s+|or\s+)?(?=(?:the|a|an|more|all|any|its|their|his|her|new|further|some|no|an|to|"
    r"greater|full|dedicated|protective|unrestricted|most|\d)\b|[$\u20ac\u00a3])"
    r"|\s+and\s+(?=(?:the|a|an|more|all|any|its|their|his|her|further|greater|new|full)\b)"
    r"|\s+and\s+(?=[A-Z][\w-]+['\u2019]s\b)"
    r"|,\s*(?:together with|along with|as well as|plus)\s+"
    # an Oxford comma: ", and two dozen counsellors" (a new clause is cut before: BOUNDARY_RE)
    r"|,\s*(?:and|or)\s+(?!(?:it|he|she|they|we|I|then|that|which|who|so|also|would|will)\b))")
# "asking for X and for Y": the verb's preposition repeated opens the next item
_PREP_REPEAT = {p: re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?=" + p + r"\s)")
                for p in ("for", "on", "against", "with", "about", "over")}   # ("to" is an infinitive's too)
# "until" is a condition only after a refusal ("will not disarm until the army leaves");
# otherwise a time ("stay until this is settled", "consult until July 29", "pressed
# until the final hours", "vowed to fight until ..."): see _cond
UNTIL_RE = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)until\s+", re.I)
COND_RE = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:but\s+)?(?:unless|only\s+if|provided(?!\s+(?:for|by|to|in|with|under|through|on)\b)(?:\s+that)?|on\s+condition\s+that)\s+", re.I)
EMPTY_TAIL_RE = re.compile(
    r"^\s*(?:(?:reporters|journalists|me|us|him|her|them|lawmakers|delegates)\b\s*)?(?:(?:on|in|at|after|before|during|to|outside|last|this|from|by|via|when|while|told|"
    r"yesterday|today|late|early|earlier|later|again|also|repeatedly|afterwards|afterward)\b"
    r"(?:(?!\bthat\s)[^\"\u201c\u201d])*?)?"   # "said yesterday that ...": a claim follows
    r"[.!?]?[\"\u201d]?\s*$", re.I)
# (a label in capitals may name its side in a parenthesis: "KARL ROE (Acme Health Trust):";
# not "Q (Radio X):", a briefing's title-case asker: see _WIDE_LABEL)
# or its role and side after commas ("KARL ROE, CHIEF EXECUTIVE, ACME PORTS:")
_CAPS_LABEL = (r"([A-Z][A-Z .'\u2019-]{0,40}|[A-Z][A-Z.'\u2019-][A-Z .'\u2019-]{0,40}\([^()\n]{1,60}\)|"
               r"[A-Z][A-Z.'\u2019-]+[ \t][A-Z .'\u2019-]{1,40}(?:,[ \t]*[A-Z][A-Z &.'\u2019-]{1,60}){1,2}|Q|A):\s")
SPEAKER_LABEL_RE = re.compile(r"^\s*" + _CAPS_LABEL, re.M)
_LABEL_AT = re.compile(_CAPS_LABEL)   # (SPEAKER_LABEL_RE after its ^\s*)
# a press-briefing transcript written in title case ("Roe:", "Lina Varo:") with its
# questions labelled "Q (Radio X):" / "Question:": used only when such a question label
# and a speaker label met twice are both there (see _labels)
_WIDE_LABEL = r"([A-Z][A-Z .'\u2019-]{0,40}|Q|A|Q[ \t]*\([^()\n]{1,60}\)|[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2}):\s"
SPEAKER_LABEL_WIDE_RE = re.compile(r"^\s*" + _WIDE_LABEL, re.M)
_LABEL_AT_WIDE = re.compile(_WIDE_LABEL)
_Q_LABEL = re.compile(r"Q[ \t]*\(|QUESTION\b|Question\b")
# the one who answers a briefing's questions: their side is the organisation named in their
# introduction ("Spokesperson: Jane Roe", "Ministry of Trade spokesperson Jane Roe")
_SPOKES_ROLE = re.compile(r"\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary|[Ss]peaker)\b")
# a journalist's yes/no question opening with the side it asks about ("Would the EU accept
# ...?", "Does X accept ...?", "Is the government ready ...?"): the speaker's side ("Has X
# accepted ...?", "Did X ...?" ask what another side did)
_ASKED_SIDE = re.compile(r"(?:Is|Are|Will|Would|Does|Do|Can|Could)\s+(?:the\s+)?(?=[A-Za-z])")


def _speaker_labels(text: str, at: re.Pattern[str] = _LABEL_AT) -> list[re.Match[str]]:
    """The labels ``SPEAKER_LABEL_RE.finditer(text)`` finds (as _LABEL_AT matches, same
    group 1, one per match), looked for only at the lines holding a colon: a label
    opens its line (after white space) and ends at the first colon, so each match is
    the first non-space character of a line that holds one. Scanning every line start
    of the text with the pattern cost more than the rest of a document's labels."""
    found = []
    seen = -1
    c = text.find(":")
    while c >= 0:
        line = text.rfind("\n", 0, c) + 1
        head = text[line:c]
        q = line + len(head) - len(head.lstrip())
        if q < c and q != seen:
            seen = q
            m = at.match(text, q)
            if m:
                found.append(m)
        c = text.find(":", c + 1)
    return found
MAX_WORDS = 26
_NEXT_VERB = re.compile(r"\s+(?:be\s+)?([a-z]+)")
# "X will not be exempt / be allowed to ...", "X will not receive / get ...": what is done
# to X is no vow of X's (but "we will not be intimidated" is the speaker's own)
_PATIENT_AFTER = re.compile(r"\s+be\s+[a-z]")
_PATIENT_VERBS = frozenset({"receive", "get", "obtain"})
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|[Ww]e)\s+$")
_INVERTED_END = re.compile(r"\s*(?:[,.;:]|$|of\b|who\b|for\b|in\b|on\b|after\b|at\b)")
_DISCOURSE = re.compile(r"\s+to\s+(?:thank|begin|start|be clear|be frank|be careful|be honest|be precise|be brief|"
                        r"say|stress|emphasi[sz]e|remind|add|"
                        r"note|make (?:it )?clear|welcome|congratulate|end|close|take)\b")
# a speaker's procedure, not a commitment: "I will speak briefly and take your questions"
_PROCEDURAL_WILL = re.compile(r"(?:will|shall)\s+(?:now\s+|then\s+)?(?:speak (?:briefly|first|now|to you)|answer|"
                              r"turn to|hand over to|try to answer|take (?:your |a few |some )?questions|"
                              r"say a few words)\b")
_UNDER_PLAN = re.compile(r"(?:Under|under|In|in)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:plan|draft|proposal|text|deal|offer|framework|agreement|terms|blueprint|scheme|roadmap|"
                         r"road map|package|formula|compromise)")
_PLAN_CLAUSE = re.compile(r";\s*(?:and\s+)?|,\s+and\s+(?=(?:the|a|an|its|their|all|both)\b|(?:[\w-]+\s+){1,3}"
                          r"(?:would|will|could|should|must|can|may)\b)")
_OWNED_NOUNS = {"proposal": "propose", "plan": "propose", "offer": "propose", "initiative": "propose",
                "bid": "propose", "demand": "demand", "request": "demand", "call": "demand"}
_DET_ONLY = re.compile(r"\s*(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+)?")
_OWNED_NOUN = re.compile(r"(?:['\u2019]s?)?\s+((?:[\w-]+\s+)?(" + "|".join(_OWNED_NOUNS) + r"))\s+(?:for|to|of|that)\s",
                         re.I)
_RELATIVE_GAP = re.compile(r",\s*(?:which|who)\b[^;]*?,\s*(?:" + _ADV + r"\s*)*$")
# "said yesterday that ...", "said on Monday that ...": the claim starts after "that"
_WHEN_THAT = re.compile(r"\s*(?:on|in|at|after|before|during|last|this|yesterday|today|late|early|earlier|later|"
                        r"again|also|repeatedly|publicly|privately|previously|afterwards)\b[^\"\u201c\u201d,;:]{0,50}?"
                        r"\s+that\s+", re.I)
# a reported claim that only points at words said elsewhere ("said so", "the same thing",
# "no more than that")
_ANAPHORIC = re.compile(r"(?:so|the same(?:\s+(?:thing|point|message))?|as much|likewise|no more(?:\s+than(?:\s+that)?)?|"
                        r"nothing (?:more|further|else))(?:\s+(?:publicly|privately|again|repeatedly|too|"
                        r"than that|today|yesterday|to (?:the|a|an|their|its|his|her|my|our)\s+[\w-]+|to (?:him|her|them|me|us)))?"
                        r"\s*(?:[,.;]|$)", re.I)
_THAT_WORD = re.compile(r"\bthat\b")
# every word of DET_BEFORE (a superset: "b" and "s" of \b and \s come along, harmless)
_DET_WORDS = frozenset(re.findall(r"[a-z][a-z-]*", DET_BEFORE.pattern))
_WORD_CHARS = frozenset("'\u2019-_")


def _may_follow_det(before: str) -> bool:
    """Whether DET_BEFORE can match ``before`` (which it must end): white space at the
    end, after a listed word or a possessive. A cheap test that spares most searches."""
    tail = before.rstrip()
    if len(tail) == len(before) or not tail:
        return False
    return _det_tail(tail)


_DET_SPLIT = re.compile(r"['\u2019_-]")


def _det_tail(tail: str) -> bool:
    """_may_follow_det for ``before`` that ends with white space, given it stripped."""
    token = tail.rsplit(None, 1)[-1]
    if token.isalnum():
        return token.lower() in _DET_WORDS   # (the usual case: a plain word)
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] in _WORD_CHARS):
        i -= 1
    last = tail[i:].lower()
    if last.endswith(("'s", "\u2019s")):
        return True
    # "climate-related" is listed whole; "-the" and "x'the" end with a listed word
    return any(part in _DET_WORDS for part in (last, *_DET_SPLIT.split(last)))


_NEG_WORDS = frozenset({"not", "never", "longer", "neither", "nor", "cannot"})
_NEG_FILLERS = ("yet", "even")
_AUX_WORDS = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _may_precede(before: str, words: frozenset[str], fillers: tuple[str, ...]) -> bool:
    """Whether ``before`` may end with one of ``words`` (or a word ending in n't), maybe
    followed by an -ly adverb or a filler, then white space: what NEG_BEFORE and
    PASSIVE_BEFORE need. A cheap test that spares most of their searches."""
    tail = before.rstrip()
    if len(tail) == len(before):
        return False
    return _precede_tail(tail, words, fillers)


def _precede_tail(tail: str, words: frozenset[str], fillers: tuple[str, ...]) -> bool:
    """_may_precede for ``before`` that ends with white space, given it stripped."""
    last, rest = _last_word(tail)
    if last in words or last.endswith(("n't", "n\u2019t")):
        return True
    if last.endswith("ly") or last in fillers:
        prev, _ = _last_word(rest.rstrip())
        return prev in words or prev.endswith(("n't", "n\u2019t"))
    return False


def _last_word(tail: str) -> tuple[str, str]:
    if not tail:
        return "", ""
    token = tail.rsplit(None, 1)[-1]
    if token.isalnum():
        # (the usual case: the scan below stops at the white space before the word)
        return token.lower(), tail[:len(tail) - len(token)]
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] in "_'\u2019"):
        i -= 1
    return tail[i:].lower(), tail[:i]


_AND_THAT = re.compile(r"(?=[,\s]),?\s+(?:and|but)\s+that\s+", re.I)   # (look-ahead: see POSSESSED_RE)
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_COMMA_GAP = re.compile(r"\s*,\s*")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
# verbs that are as often nouns, and what follows them when they are
_NOUN_TOO = frozenset({"dispute", "disputes"})
_NOUN_AFTER = re.compile(r"\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:over|between|with|about|on|in|has|have|had|is|are|was|were|"
                         r"will|would|could|can|may|might|settlement|resolution|mechanism|mechanisms|panel|body|"
                         r"process|and|or)\b")
_NO_COMMENT = re.compile(r"\s+to\s+(?:comment|elaborate|speculate|be (?:interviewed|named|identified|quoted)|"
                         r"give (?:details|a timetable)|say (?:more|further|how|when|whether|what|why)|"
                         r"discuss (?:details|the details|specifics)|confirm (?:or deny|the report|details))\b")
# "suggest" with a noun phrase object: a proposal (see _objects)
_SUGGEST_FORMS = frozenset(inflect("suggest"))
# "X's demand for Y", "X's insistence on Y" (stances.toml [possessive_nouns]); "For X, the
# sticking point is Y" ([for_holder]): see _possessive_noun
_POSS_NOUNS: dict[str, str] = dict(_ST.get("possessive_nouns", {}))
_CONTENT_WORD = re.compile(r"[a-z\d][\w%-]{3,}")
STOPWORDS_LOW = frozenset({"with", "from", "that", "this", "their", "they", "them", "which", "would", "will", "about",
                           "over", "into", "than", "more", "some", "such", "other", "been", "have", "were"})
_POSS_NOUN_WORDS = _must_contain(_POSS_NOUNS) if _POSS_NOUNS else ("\x00",)
_POSS_NOUN_RE = re.compile(r"(['\u2019]s?)\s+(?:(?:main|key|latest|central|core|long-standing|repeated|new|revised|"
                           r"final|renewed|public)\s+)?(" + alternation(sorted(_POSS_NOUNS, key=len, reverse=True))
                           + r")\s+(?:for|on|that|to|of)\s") if _POSS_NOUNS else re.compile(r"(?!)")
_FOR_HOLDER: dict[str, str] = dict(_ST.get("for_holder", {}))
_FOR_HOLDER_RE = re.compile(r"[\s\"\u201c]*For\s+(?P<who>[^,;:.]{2,60}?),\s+(?:the\s+)?(?:main\s+|key\s+|real\s+|biggest\s+)?"
                            r"(?P<noun>" + alternation(sorted(_FOR_HOLDER, key=len, reverse=True)).replace(" ", r"\s+")
                            + r")\s+(?:is|remains|was|has always been)\s+(?:still\s+)?") if _FOR_HOLDER else re.compile(r"(?!)")
_NP_START = re.compile(r"\s*(?:(?:a|an|the|its|their|his|her|our)\s|\d|[$\u20ac\u00a3])", re.I)
_NP_FINITE = re.compile(r"\s*(?:(?!(?:that|which|who)\b)[\w'\u2019$\u20ac\u00a3.,%-]+\s+){1,5}?(?:is|are|was|were|would|will|could|"
                        r"had|has|have|must|should|might|may|can|did|does|do)\b")
# the marker of a list item's line: a letter "(a)", a number "4.", a bullet
_MARKER_KIND = re.compile(r"[ \t]*(?:(?P<letter>\(?[a-z]\))|(?P<number>\d{1,2}[.)])|(?P<bullet>[-*\u2022\u2013]))")
_SERIES_MODAL = re.compile(r"(?:would|will)\s+(?!be\b|have\b|not\b|never\b)[a-z]{3,}\b")
# a first-person statement (see _author_setup): quotes removed, "we" counted
_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
_WE_WORD = re.compile(r"\b[Ww]e\b")
_WE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*(?:\d{1,2}[.)]\s+)?)We\s", re.M)
_HEDGE_TO = re.compile(r"\b(?:said|thought|understood|believed|reported|known|appears|appeared|seems|seemed)\s+to\s+$")
_HOPE_BEFORE = re.compile(r"\b(?:hope|hopes|hoped|hoping|expect|expects|expected|trust|means|meant)\s+(?:that\s+)?(?:the\s+)?$", re.I)
_NOUN_THAT = re.compile(r"\b(?:assurances?|guarantees?|hopes?|fears?|reports?|claims?|suggestions?|"
                        r"expectations?|promises?|rumou?rs?|signs?|that the plan says)\s+that\s+$")
# a participle adjunct: after a content word (no preposition, determiner or auxiliary),
# before an object
_ADJUNCT_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:before|after|by|for|of|in|on|at|to|from|with|without|while|about|"
                             r"against|into|over|under|through|since|upon|the|a|an|its|their|his|her|our|my|your|this|"
                             r"that|these|those|and|or|but|not|is|are|was|were|be|been|am|also|still|now)\s+$)"
                             r"[A-Za-z\d][\w'\u2019-]*\s+$", re.I)
_ADJUNCT_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|that|for|to|more|higher|better|at least|up to|"
                             r"assurances|guarantees)\b|\d|[$\u20ac\u00a3])")
_ING_OK = re.compile(r"(?:,\s*|\b(?:is|are|was|were|been|be|am|'s|'re|\u2019s|\u2019re|not|also|still|now)\s+)$")
# "X wants three things:" followed by bulleted, numbered or lettered lines
# items: a marker (-, *, 1., (a)) or, once ingest has dropped the markers, a line that
# starts in lower case or ends with ";"
_ITEM_LINE = (r"[ \t]*(?:(?:[-*\u2022\u2013]|\d{1,2}[.)]|\(?[a-z]\))[ \t]+[^\n]+|[a-z$\u20ac\u00a3\d][^\n]*"
              r"|[^\n]*;[ \t]*(?:and|or)?)")
_LIST_BLOCK_RE = re.compile(r"(?m)^([^\n]*\S)[ \t]*:[ \t]*\n(?:[ \t]*\n)*"
                            r"((?:" + _ITEM_LINE + r"\n?(?:[ \t]*\n)*){2,})")
_COLON_EOL = re.compile(r":[ \t]*\n")


def _list_blocks(text: str):
    """``_LIST_BLOCK_RE.finditer(text)``, tried only at the lines that end with a colon
    (a block's intro line must): the same matches, without running the pattern at
    every line of the article."""
    done = 0
    for c in _COLON_EOL.finditer(text):
        line = text.rfind("\n", 0, c.start()) + 1
        if line < done:
            continue   # inside the block just matched
        m = _LIST_BLOCK_RE.match(text, line)
        if m:
            yield m
            done = m.end()


_ITEM_RE = re.compile(r"(?m)^([ \t]*(?:(?:[-*\u2022\u2013]|\d{1,2}[.)]|\(?[a-z]\))[ \t]+)?)(\S[^\n]*?)[ \t]*"
                      r"(?:;|,|\.)?(?:[ \t]+(?:and|or))?[ \t]*$")
_LIST_STANCES = frozenset({"demand", "reject", "oppose", "concern", "vow"})
_LIST_NOUNS = {"demands": "demand", "conditions": "demand", "requests": "demand", "requirements": "demand",
               "proposals": "propose", "proposal": "propose", "offer": "propose", "terms": "demand",
               "priorities": "demand", "red lines": "reject", "objections": "oppose", "concerns": "concern"}


def _list_noun_class(word: str) -> str:
    """The stance of a list noun as matched (any case, any spacing): the match is
    case-insensitive, so "CONDİTIONS" or "Red  lines" must find their key too."""
    key = " ".join((fold_case(word) or word.lower()).split())
    return _LIST_NOUNS.get(key, "demand")


# a heading line saying what each side wants ([side_headings]): per-side lists follow
_SIDE_CUES = {" ".join(w.split()): cls for cls, words in _ST.get("side_headings", {}).items() for w in words}
_SIDE_STANCE = {fold_case(w): c for w, c in _SIDE_CUES.items()}
_SIDE_HEADING = re.compile(r"(?m)^[^\S\n]*(?=[A-Z])[^\n.!?:;]{0,60}?\b(" + alternation(sorted(_SIDE_CUES)).replace(" ", r"\s+")
                           + r")\b[^\n.!?:;]{0,40}\n") if _SIDE_CUES else re.compile(r"(?!)")
# a line that is only a name (a heading, maybe with a colon), blank lines around it
_SIDE_NAME_LINE = re.compile(r"(?:[^\S\n]*\n)*[^\S\n]*([A-Z][^\n.!?;:]{0,50}?)[^\S\n]*:?[^\S\n]*\n")
# an item: a bullet, or a line that starts in lower case or ends with ";"
_SIDE_ITEM_LINE = re.compile(r"(?:[^\S\n]*\n)*[^\S\n]*(?:(?:[-*\u2022\u2013]|\d{1,2}[.)])[^\S\n]+(?P<b>[^\n]*?)"
                             r"|(?P<p>[a-z$\u20ac\u00a3\d][^\n]*?|[^\n]*?(?=;[^\S\n]*(?:and|or)?[^\S\n]*\n)))"
                             r"[;,.]?(?:[^\S\n]+(?:and|or))?[^\S\n]*(?:\n|$)")
_AS_ADVERBIAL = re.compile(r"as\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its)\s")
# "say"/"tell": their complement must be a clause (see _no_clause)
_SAY_FORMS = frozenset(f for v in ("say", "tell") for f in _ST["irregular"][v])
# a quote, a figure, a past form or a possessive: enough of a clause to keep
_CLAUSE_SIGNS = re.compile(r"(?:^|\s)[\"\u201c]|\d|\w(?:ed|'s|\u2019s|n't|n\u2019t)\b")
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                           "must", "should", "shall", "did", "does", "do", "may", "might", "not", "never",
                           "no", "yes", "be", "been", "won't", "cannot", "remains", "remained", "rose", "fell",
                           "left", "got", "made", "took", "gave", "came", "went", "knew", "saw", "lost", "won",
                           "wants", "needs", "means", "holds", "stands", "goes", "comes", "makes", "takes"})
_QUOTE_CHAR = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
# verbs that only announce a list ("set out its conditions:", "listed three demands:")
_LIST_ANNOUNCERS = frozenset({"propose", "claim"})
# the list noun as the announcing verb's object, a few words on ("its", "four further")
_LIST_NOUN_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(" + "|".join(
    n for n, c in _LIST_NOUNS.items() if c in _LIST_STANCES and n != "terms") + r")\b", re.I)
_LIST_NOUN_IN = re.compile(r"\b(" + "|".join(_LIST_NOUNS) + r")\b", re.I)
# an object that announces the list after its colon: "three things", "the following
# conditions", "several demands" (not "nine of the seventeen people it holds")
_ANNOUNCES_LIST = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a number of|a series of|a set of|a list of|"
    r"these|the following|following|some|its|their|\d+)\s+(?:[\w-]+\s+){0,2}?(?:things|conditions|demands|points|"
    r"steps|measures|terms|changes|guarantees|priorities|requirements|issues|elements|proposals|commitments|"
    r"concessions|assurances|items|goals|objectives|red lines|requests|objections|concerns|ideas|options|"
    r"principles|areas|questions)\b|\bthe following\b|\bas follows\b", re.I)
_SEMI_ITEM = re.compile(r";\s*(?:and\s+|or\s+)?")
_LIST_NOUN_RE = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+)?(" + "|".join(_LIST_NOUNS) + r")\b", re.I)
_LEAD_PAREN = re.compile(r",\s*(?:according to|as|in|on|at|after|under|for now|once again|again|"
                         r"it said|they said|officials said)\b[^,;.]{0,80},")
_DOCUMENT_SUBJECT = re.compile(r"\b[Tt]he\s+(?:statement|letter|note|communiqu\u00e9|communique|document|"
                               r"release|submission|filing)\s+(?:also\s+)?$")
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|but|while)\s|\.\s")
_SPACES = re.compile(r"\s+")
_SPACE_RUN = re.compile(r"\s+")
_THAT = re.compile(r"\s+that\b(?!\s*[,.;:])")   # ("open to that, provided ...": a pronoun object)
_COMMA_END = re.compile(r",\s*$")
# a count attributed to a source ("3,000 killed, according to X") is a figure's source, not a position
_STATISTIC = re.compile(r"\d|\b(?:hundred|thousand|million|billion|dozen|dozens|hundreds|thousands)\b", re.I)
# an object that is only a stranded preposition, a pronoun after it, a duration or "as part
# of ...": what is wanted stands before the verb ("all we asked for", "asking for:",
# "a change the company had sought for more than a decade", "sought as part of the deal")
_GAP_OBJECT = re.compile(r"(?:(?:for|with|about|from)(?:\s+(?:it|them|this|that))?|for\s+(?:more\s+than\s+|over\s+|"
                         r"nearly\s+|almost\s+|about\s+|at\s+least\s+|some\s+)?(?:a|an|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|several|many|\d+)\s+(?:decades?|years?|months?|weeks?|days?|hours?)|"
                         r"as\s+part\s+of\s+[^,;]{0,60})[.,;:]?", re.I)
# right after the verb, a comma and a conjunction: the object was before ("all we wanted, but")
_NEXT_CLAUSE = re.compile(r"\s*,\s*(?:but|yet|and|or|so)\s")
# a noun phrase, an apposition between commas, then a finite verb: a new clause's subject
_APPOSED_SUBJECT = re.compile(r"(?:the|a|an|its|their|his|her|our)\s+[^,;.]{1,40},\s+[^,;.]{1,60},\s+(?:is|are|was|were|has|"
                              r"have|had|will|would|could|can|says|said|told|tells|adds|warns|[a-z]{3,}ed)\s")
# the object opens with a time clause: the thing is before the verb ("the 7% it put forward when ...")
_WHEN_GAP = re.compile(r"(?:when|while|after|before|since|as soon as)\s")
# "that request was", "which was", "it was": a passive whose patient was just named
_ANAPHORIC_BEFORE = re.compile(r"(?:\b(?:that|this|the|those|these)\s+(?:request|demand|proposal|offer|idea|plan|call)s?|"
                               r"\bwhich|\bit)\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?$", re.I)
_ANAPHORIC_TAIL = re.compile(r"(?:,\s*|\s)(?:and\s+|but\s+)?(?:that|this|those|these)\s+(?:requests?|demands?|proposals?|"
                            r"offers?|ideas?|calls?)$|,\s*which$", re.I)
_SAID_NO = re.compile(r"\s+no\b\s*(?:[.;!]|,\s*(?:and|but)\b|$)")
# a verb alone or with a pronoun: says nothing without its condition ("sign", "consider it")
_BARE_VERB = re.compile(r"[a-z]+(?:\s+(?:it|them|this|that|so))?")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?$", re.I)   # "is (also) said to"
# "will not X" with these verbs is a manner of speaking, no vow ("I will not speculate")
_NO_VOW_VERBS = frozenset({"be", "have", "say", "comment", "speculate", "elaborate"})
# "will say a few words", "said nothing more": the words themselves are no claim
_SAY_WORDS = re.compile(r"(?:a few words|a word|nothing|little|something|more)\b\s*(?:[,.;]|and\b|$)", re.I)
# "a proposal by X to ...", "an offer from X of ...": see _owned_by
_BY_OWNER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+)?(proposal|offer|plan|demand|request|bid)\s+(?:by|from)\s+")
_OWNED_REST = re.compile(r"\s+(to|for|of)\s+")
# (the sentence's own verb after "X's call for Y": "... drew criticism", "... has angered")
_MAIN_VERB_AFTER = re.compile(r"\s(?:was|were|is|are|has|had|have|would|will|remains|remained|could|may|might|can|must|"
                              r"should|drew|draws|sparked|sparks|prompted|prompts|triggered|angered|met|meets|won|wins|"
                              r"faced|faces|stalled|divided|divides|dominated|became|becomes|caused|causes|led|leads|"
                              r"left|frustrated|frustrates|irritated|delayed|complicated|threatened|threatens|upset|"
                              r"alarmed|surprised|puzzled|worried|worries|raised|raises)\b")
# a labelled speaker's statement in the first person plural is their side's claim ...
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# ... unless it speaks of the occasion ([statement_procedure]: "we will take your questions")
_FIRST_PERSON_PROCEDURE = re.compile(r"\b(?:" + alternation(_ST.get("statement_procedure", {}).get("words", ["(?!)"]))
                                     + r")\b", re.I)
_EMPTY_BODY = re.compile(r"(?i)(?:and|but|or|nor|then|so|also|the|a|an|to|of|by|on|in|that|this|which)(?:\s+(?:and|but|or|the|a|to))*")
# patterns used inside functions, compiled once (not looked up in re's cache per call)
_IT_AFTER = re.compile(r"(?:^|[.;:!?\"\u201c]\s*|,\s*(?:and|but)\s+|\b(?:and|but|that|while)\s+)$")
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where|whom)\b")
_WORD = re.compile(r"\S+")
ASKER_LABELS = frozenset(_ST["askers"]["labels"])
# "they" right before a verb (with its auxiliaries and adverbs): "They want", "they have also said"
_THEY_BEFORE = re.compile(r"\b[Tt]hey(?:\s+(?:have|had|would|will|do|did|does|also|still|now|only|just|are|were|can|"
                          r"could|should|must|may|might|cannot|never|not|always|really|all|both)|['\u2019](?:re|ve|ll|d))*"
                          r"\s+$")
_OWN_PLURAL = re.compile(r"\b[Oo]ur\s+(?:own\s+)?[a-z]+s\b")
_WE = re.compile(r"\b[Ww]e(?:['\u2019](?:ll|ve|re|d))?\b")
ANSWER_LABELS = frozenset(_ST["askers"]["answers"])   # "A:", "Answer:": the interviewee's
_ASKER_ROLE = re.compile(r"\b(?:" + alternation(_ST["askers"]["roles"]) + r"):?[ \t]+", re.I)
# a speaker's role in a roster, after "Name,": up to the next speaker (";"), line or stop
_ROSTER_ROLE = re.compile(r"[^\S\n]*[A-Za-z][^;\n.]{2,90}")
_NEUTRAL_ROLE = re.compile(r"\b(?:[Mm]ediator|[Ee]nvoy|[Ff]acilitator|[Mm]oderator|[Hh]ost|[Cc]hair of the talks|"
                           r"[Aa]rbitrator|[Oo]bserver|[Cc]orrespondent|[Rr]eporter|[Ee]ditor)\b")
# a role that speaks for a government (the story's only state)
_STATE_ROLE = re.compile(r"\b(?:Minister|Secretary of State|Secretary|Premier|President|Chancellor|Ambassador|"
                         r"Spokes(?:man|woman|person) for the [Gg]overnment|[Gg]overnment)\b")
_LABEL_TITLE = re.compile(r"^(?:THE|MR\.?|MS\.?|MRS\.?|DR\.?)\s+")
_THANKS = re.compile(r"(?i)thank|\(|\[")   # (and an editor's note: "(Laughter.)", "[The briefing moved on ...]")
_COND_WORD = re.compile(r"\b(?:if|unless|whether|when|once|until)\b", re.I)
_CLAUSE_PUNCT = re.compile(r"[,;.]")
_AGENT_GAP = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}", re.I)
_INVERTED_BEFORE = re.compile(r"[,\"\u201d]\s*$")
_WHICH_BEFORE = re.compile(r",\s*which\s+$")
_AND_BEFORE = re.compile(r"\band\s+$")
_LEAD_OK = re.compile(r"[\s\"\u201c]*(?:[A-Z][A-Z ,.'-]*\s[\u2014\u2013-]+\s*|[Tt]he\s+|[Aa]n?\s+|[Bb]ut\s+|[Ii]n\s+return,\s*|[Mm]eanwhile,\s*)?")
_CLAUSE_PUNCT2 = re.compile(r"[;:,]")
# (look-ahead: see POSSESSED_RE; under re.I no other letter matches these)
_COORDINATED = re.compile(r"(?=[,abnotABNOT])(?:,|\band\b|\bbut\b|\bor\b|\bthen\b|\bnor\b)\s*(?:" + _ADV + r"\s+)*$", re.I)
_SEMICOLON = re.compile(r"[;]")
_COMMA_SPACE = re.compile(r",\s*")
_THAT_SPACE = re.compile(r"\bthat\s+")
_OPEN_QUOTE = re.compile(r"[\"\u201c]")
_WHICH_VERB_BEFORE = re.compile(r",\s*which\s+\S+\s+(?:\w+\s+)?$")
_AGENT_TAIL = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?=(?:of|as|for|over)\s)")
_WHICH = re.compile(r",\s*which\b")
_AND_OR = re.compile(r"\b(?:and|or|together with|along with|as well as|plus)\b")
# a dateline before the clause: "LORSKA \u2014 ", "LORSKA, March 4 (Arnholm Wire) - "
_CAPS_LEAD = re.compile(r"\s*(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?"
                        r"(?:\s*\([^()\n]{1,60}\))?\s*[\u2014\u2013-]+\s*)?")


@dataclass(slots=True)
class Trigger:
    start: int          # absolute offsets in doc.text
    end: int
    cls: str
    form: str
    rule: str
    in_quote: bool = False
    negated: bool = False
    passive: bool = False
    modal: bool = False
    subject: int | None = None
    subject_start: int = -1
    inverted: bool = False
    according: bool = False
    shared: bool = False   # subject taken from the verb before
    will: bool = False     # "X will lower tariffs": a commitment, needs its own subject
    participle: bool = False  # ", tabled on Monday": needs a holder written right before it
    clausal: bool = False     # "agreed that ...": a clause, not a list of things
    co: tuple[int, ...] = ()  # other holders coordinated with the subject ("A and B agreed")
    adjunct: bool = False     # "opened talks demanding ...": a participle without a comma
    collective: bool = False  # held by every side ("The two sides agreed")


@dataclass
class _Found:
    actor: int
    stance: str
    text: str
    start: int
    end: int
    sentence: int
    rule: str
    hedged: bool = False


@dataclass
class _State:
    last_speaker: int | None = None
    last_speaker_sentence: int = -10
    transcript: dict[str, int] = field(default_factory=dict)   # label -> the actor it names
    labelled: bool = False   # the text is a transcript (speaker labels), named speakers or not
    recent: list[tuple[int, int]] = field(default_factory=list)   # (sentence, actor) of holders
    answering: bool = False     # inside a speaker's answer to a question (transcripts)
    asking: bool = False        # inside an interview's question (interviews.py)
    last_label: str = ""
    label_line: int = -1
    label_speaker: int | None = None
    askers: set[str] = field(default_factory=lambda: {"Q"})   # labels of those who ask
    open_quote: int | None = None   # the speaker of a quote left open at the last sentence's end


# ---------------------------------------------------------------- helpers

_first = itemgetter(0)
_start = attrgetter("start")


# matched spelling -> the pronoun word, or None for one that is never a holder ("him",
# a lower-case "i"); PRONOUN_RE matches a fixed set of spellings
_PRONOUN_USE: dict[str, str | None] = {}


def _pronoun_use(spelling: str) -> str | None:
    word = spelling.lower()
    use = None if (word == "i" and spelling != "I") or word in ("him", "them", "us", "me") else word
    _PRONOUN_USE[spelling] = use
    return use


def _outside_quotes(p: int) -> bool:
    """in_q of a sentence without quotes."""
    return False


def _candidates(table: ActorTable, text: str, s: int, e: int) -> list[tuple[int, int, int | None, str]]:
    """Subject candidates in a span: (start, end, actor or None, pronoun word or "")."""
    lo = bisect.bisect_left(table.starts, s)   # (table.in_span, inlined)
    hi = bisect.bisect_left(table.starts, e)
    out = [(m.start, m.end, m.actor, "") for m in table.mentions[lo:hi] if m.end <= e]
    starts = None
    pronouns = []
    for m in PRONOUN_RE.finditer(text, s, e):
        spelling = m.group()
        word = _PRONOUN_USE[spelling] if spelling in _PRONOUN_USE else _pronoun_use(spelling)
        if word is None:
            continue
        p = m.start()
        if out:
            if starts is None:
                starts = [c[0] for c in out]
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0 and out[k][0] <= p < out[k][1]:
                continue   # inside a name ("It" in a title), not a pronoun
        pronouns.append((p, m.end(), None, word))
    if pronouns:
        out += pronouns
        out.sort(key=_first)   # (the mentions come sorted by start, as table.starts)
    return out


def _resolve(table: ActorTable, cand: tuple[int, int, int | None, str], speaker: int | None,
             floor: int, text: str = "", recent: list[int] | None = None) -> int | None:
    start, _, actor, word = cand
    if actor is not None:
        return table.top(actor)
    kind = PRONOUNS.get(word)
    if kind == "speaker":
        return speaker
    if kind in ("thing", "plural") and recent and text and _IT_AFTER.search(text[max(0, start - 12):start]):
        # "it"/"they": the organisation that last held a position, if recent
        for aid in reversed(recent):
            if table.actors[aid].cls != "person":
                return aid
    got = table.resolve_pronoun(word, start, floor, text)
    return table.top(got) if got is not None else None


def _in_relative(text: str, s: int, pos: int) -> bool:
    """Whether ``pos`` sits inside a ", which/who ..." clause opened before it."""
    chunk = text[max(s, pos - 300):pos]
    cut = chunk.rfind(",")
    return cut >= 0 and bool(_RELATIVE_OPEN.match(chunk[cut:]))


def _cut(text: str, start: int, end: int, speech: bool) -> int:
    """End of the object starting at ``start``: the first clause boundary before ``end``."""
    end = min(end, start + 600)   # an object is short; a run-on "sentence" must stay linear
    m = (SPEECH_BOUNDARY_RE if speech else BOUNDARY_RE).search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return end


def _limit(text: str, start: int, end: int, words: int = MAX_WORDS) -> int:
    if len(text[start:end].split()) <= words:
        return end   # the usual case: short enough (str.split finds the same words as \S+)
    count = 0
    for m in _WORD.finditer(text[start:end]):
        count += 1
        if count > words:
            return start + m.start()
    return end


def _stance_verb_at(text: str, pos: int) -> bool:
    """Whether a stance verb starts at ``pos`` (not one with a particle that unmakes it:
    "call off")."""
    m = TRIGGER_RE.match(text, pos)
    if m is None:
        return False
    form = m.group().lower()
    if form[:4] == "need":
        return _NEED_OBJECT.match(text, m.end()) is not None   # ("would not need the agencies": no demand)
    if form in PARTICLES:
        p = _PARTICLE_AFTER.match(text, m.end())
        return not (p and p.group(1) in PARTICLES[form])
    return True


# ---------------------------------------------------------------- per sentence

class _Extractor:
    def __init__(self, doc: Document, table: ActorTable) -> None:
        self.doc = doc
        self.text = doc.text
        self.table = table
        self.found: list[_Found] = []
        self.state = _State()
        self.brokers: set[int] = set()
        self._starts = [a for a, _ in doc.sentences]
        self._idx = 0
        self.blocks: list = []
        self.log: list[Trigger] = []
        self._log_starts: list[int] = []
        self._holders: dict[int, tuple[int, str] | None] = {}
        self._block_starts: list[int] = []
        self._main: Trigger | None = None
        self._side_cache: dict[int, list[int]] = {}
        self._person_side: dict[int, int] = {}   # a person -> the body they speak for ("For the union, X said")
        self._role_holder: tuple[int, int, int] | None = None   # (sentence, offset, body) of "X's minister"
        self._list_co: dict[int, tuple[int, ...]] = {}   # a collective list's other sides
        # the text in lower case with the same offsets, for word gates (see _may_hold)
        self._low = fold_case(doc.text)
        self._label_re: re.Pattern[str] = SPEAKER_LABEL_RE
        self._titled = False   # labels in title case (transcripts.py)
        self._labels()
        self._interview: Interview | None = None
        self._interviewee: int | None = None
        self._interview_setup()
        self._author: int | None = None
        self._author_setup()

    def _labels(self) -> None:
        """Transcript speaker labels ("THE PREMIER: ...") -> the person they name."""
        text = self.text
        found = _speaker_labels(text)
        labels = {m.group(1).strip() for m in found}
        if len(labels) < 2 and ":" in text:
            # a briefing in title case: "Q (Radio X):" or "Question:" asks, "Roe:" answers
            wide = _speaker_labels(text, _LABEL_AT_WIDE)
            names = [m.group(1).strip() for m in wide]
            if any(n == "Q" or _Q_LABEL.match(n) for n in names) and any(
                    names.count(n) >= 2 for n in names if n not in ("Q", "A") and not _Q_LABEL.match(n)):
                found, labels = wide, set(names)
                self._label_re = SPEAKER_LABEL_WIDE_RE
        if len(labels) == 0 or len(found) < 2:
            titled = find_labels(text) if len(labels) == 0 else None
            if titled is not None:
                self._titled_labels(titled)
            return
        self.state.labelled = True
        # "Q (Radio X):" asks (all known before any speaker's side is looked for)
        self.state.askers.update(x for x in labels if x[:1] == "Q" and x[1:].lstrip()[:1] == "(")
        for label in sorted(labels):
            if ("(" in label or "," in label) and label not in self.state.askers:
                # "KARL ROE (Acme Health Trust):" names the person and their side (first:
                # "ROE:" is then that person)
                aid = caps_speaker(label, self.table, text, self._new_actor)
                if aid is not None:
                    self.state.transcript[label] = aid
        for label in sorted(labels):
            if label in self.state.askers or label in ("Q", "A") or len(label) < 3 or label in self.state.transcript:
                continue
            core = _LABEL_TITLE.sub("", label.upper()).strip()
            if core in ASKER_LABELS:
                self.state.askers.add(label)   # "HOST:", "MODERATOR:"
                continue
            aid = None
            person = None   # the person a bare last name names, if the actors hold one
            last = core.split()[-1].capitalize() if core.split() else ""
            bare = len(core.split()) == 1 and core == label.upper()
            asks = False
            for a in self.table.actors:
                # "FATHER X:" is the person whose last name is X
                # ("MR X:" too: the honorific was dropped, what is left is a last name)
                if a.cls != "person" or a.name.split()[-1].casefold() != last.casefold():
                    continue
                if self._introduced_as_asker(a.name):
                    asks = True   # "Host: Jane Roe" ... "ROE: Good morning."
                    break
                # a bare last name ("ROE:", "SMITH-JONES:", any case) only for someone who
                # speaks for a side: an unaffiliated mediator answering questions describes
                # the talks, those are no claims of theirs
                person = a.name
                if not bare or self.table.top(a.id) != a.id:
                    aid = a.id
                    a.add_alias(label)
                else:
                    side = self._roster_side(a.name)
                    if side is not None:
                        # "Speakers: Jane Roe, Chief Executive, Acme Mining": the roster
                        # gives the side the parties pass did not fold her into
                        aid = a.id
                        a.parent = side
                        a.add_alias(label)
                break
            if asks:
                self.state.askers.add(label)
                continue
            # the full name after the title somewhere in the text ("PREMIER JANE ROE")
            parts = core.split()
            if len(parts) >= 2:
                # "GOVERNOR ROE:" -> "GOVERNOR JANE ROE" in the headline
                # (the name's words start with a capital even though the title is matched
                # in any case: "X on the ferry" is no name)
                m = re.search(rf"\b{re.escape(' '.join(parts[:-1]))}[ \t]+((?:(?-i:[A-Z])[A-Za-z'\u2019-]+[ \t]+){{0,2}}"
                              rf"{re.escape(parts[-1])})\b", text, re.I)
            else:
                m = re.search(rf"\b{re.escape(core)}[ \t]+((?-i:[A-Z])[A-Za-z'\u2019-]+(?:[ \t]+(?-i:[A-Z])[A-Za-z'\u2019-]+){{1,2}})",
                              text, re.I)
            words = m.group(1).split() if m else []
            while words and words[-1].capitalize() in STOPWORDS:
                words.pop()
            if aid is None and len(words) >= 2:
                name = " ".join(w.capitalize() for w in words)
                for a in self.table.actors:
                    if a.cls == "person" and (a.name == name or a.name.split()[-1] == name.split()[-1]):
                        aid = a.id
                        break
                if aid is None:
                    aid = self._new_actor(name, "person")
                actor = self.table.actors[aid]
                title = " ".join(parts[:-1]) if len(parts) >= 2 else core
                actor.add_alias(f"{title.title()} {name}")
                actor.add_alias(label)
                actor.add_alias(core.title())
            if aid is None and len(parts) >= 3:
                aid = caps_speaker(label, self.table, text, self._new_actor)   # "MINISTER JANE ROE:"
            if (aid is None or (self.table.actors[aid].cls == "person" and self.table.top(aid) == aid)) \
                    and label.upper() not in ASKER_LABELS:
                # a briefing's spokesperson the parties pass left unaffiliated
                side = self._label_side(label, person)
                aid = side if side is not None else aid
            if aid is not None:
                self.state.transcript[label] = aid
                self._body_state(aid)

    def _body_state(self, aid: int) -> None:
        """A briefing's speaker who speaks for a ministry whose name names no state
        ("Foreign Ministry Spokesperson X"): the ministry is the state's the journalists'
        yes/no questions ask about ("Does X accept ...?", "Will X return to the table?"),
        not the state the story names most (often the other side)."""
        actors = self.table.actors
        body_id = actors[aid].parent if actors[aid].cls == "person" else aid
        if body_id is None:
            return
        body = actors[body_id]
        if body.cls != "authority" or "Ministry" not in body.name.split():
            return
        states = {f for x in actors if x.cls == "state" for f in (x.name, *x.aliases)}
        if any(w in states for w in body.name.split()):
            return   # "the Corvath Trade Ministry" is Corvath's
        side = self._asked_side()
        if side is not None and actors[side].cls in ("state", "unknown") and side != body_id:
            # (a lone proper word the questions ask about as a side, "Will Pellmark
            # return to the table?", is the ministry's state)
            actors[side].cls, actors[side].kind = "state", "state"
            body.parent = side

    def _titled_labels(self, found: Labels) -> None:
        """A transcript labelled in title case (transcripts.py: an official report's
        "The Minister for X (Mr Y):", "Mr Y:", "Madam Speaker:"): its labels, whom each
        speaks for, and those who ask or keep order."""
        self._label_re = found.pattern
        self._titled = True
        self.state.labelled = True
        sides, askers = speakers(found, self.table, self.text, self._new_actor)
        self.state.askers.update(askers)
        self.state.askers.update(x for x in found.labels if x.upper() in ASKER_LABELS)   # "Reporter:"
        for label, aid in sides.items():
            actor = self.table.actors[aid]
            if actor.cls == "person" and actor.parent is None:
                # a briefing's speaker the parties pass left unaffiliated ("Ms Jane Roe:"):
                # the side of their introduction's line or of the journalists' questions
                side = self._label_side(label, actor.name)
                if side is not None:
                    actor.parent = side
        self.state.transcript.update(sides)

    def _label_side(self, label: str, person: str | None) -> int | None:
        """The side of a labelled speaker who answers questions and is no known actor of
        their own: the organisation named on the line that introduces them as
        spokesperson ("Spokesperson: Jane Roe" -- else the story's only state), else the
        side the journalists' yes/no questions ask about ("Would the EU accept ...?"),
        when one is asked about more than any other."""
        text, table = self.text, self.table
        name = person or label.title()
        pos = text.find(name)
        if pos >= 0 and _NEUTRAL_ROLE.search(text, max(0, pos - 80), pos + len(name) + 80):
            return None   # a mediator or host: their answers describe the talks
        while pos >= 0:
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            b = len(text) if b < 0 else b
            if not self._label_re.match(text, a) and _SPOKES_ROLE.search(text, a, b):
                # (the body the story names most: "Speaker: X, General Secretary, HPG" is HPG's)
                sides = [table.top(c.actor) for c in table.in_span(a, b)]
                sides = [x for x in sides if table.actors[x].cls not in ("person", "merged", "generic")]
                if sides:
                    counts = {x: 0 for x in sides}
                    for m in table.mentions:
                        top = table.top(m.actor)
                        if top in counts:
                            counts[top] += 1
                    return max(sides, key=lambda x: counts[x])
                states = {x.id for x in table.actors if x.cls == "state" and x.parent is None}
                if len(states) == 1:
                    return states.pop()
                break
            pos = text.find(name, pos + 1)
        return self._asked_side()

    def _asked_side(self) -> int | None:
        """The side the journalists' yes/no questions ask about ("Would the EU accept
        ...?", "Does X accept ...?"), when one is asked about more than any other."""
        text, table = self.text, self.table
        asked: dict[int, int] = {}
        for m in self._label_re.finditer(text):
            if m.group(1).strip() not in self.state.askers:
                continue
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            for q in _ASKED_SIDE.finditer(text, m.end(), end):
                for c in table.in_span(q.end(), q.end() + 40)[:1]:
                    if c.start == q.end() and text.find("?", c.end, end) >= 0:
                        side = table.top(c.actor)
                        asked[side] = asked.get(side, 0) + 1
        ranked = sorted(asked.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _author_setup(self) -> None:
        """A statement written in the first person plural by one body (a movement's
        communique, a company's statement: "We accept the principle of ...", "We reject
        ..."), with no speaker labels: its "we" is the body named first at its top (the
        letterhead), when "we" opens at least two sentences and stands outside quotes at
        least four times."""
        if self.state.labelled or self._interview is not None:
            return
        low = self._low
        if low is None or low.count("we ") < 4:
            return   # (cheap: most news stories hold few)
        text = self.text
        bare = _QUOTED.sub(" ", text)
        if len(_WE_WORD.findall(bare)) < 4 or len(_WE_OPENS.findall(bare)) < 2 or "We, the " in bare:
            return   # ("We, the heads of delegation of 41 countries, ...": many authors)
        for m in self.table.in_span(0, min(len(text), 600)):
            aid = self.table.top(m.actor)
            if m.kind == "name" and self.table.actors[aid].cls not in ("person", "merged", "generic", "unknown"):
                self._author = aid
                return

    def _interview_setup(self) -> None:
        """A Q&A interview (interviews.py): the side its interviewee speaks for, from
        the first name span that is a person in the actor table (folded into their side,
        else read from their introduction, else the person). A commentator (an analyst)
        holds nothing, but their questions still ask."""
        iv = find_interview(self.doc) if not self._titled else None
        if iv is not None and iv.asked_by_label and self.state.labelled:
            # labelled questions and answers the speaker-label pass reads as a
            # transcript's ("Q (Radio X): ...", "Roe: ..."): it handles them, with
            # the sides of the answering labels it could not place ("Answer:" is the
            # interviewee's)
            if any(self._label_re.match(self.text, a) is None for a, _, _, _ in iv.turns):
                # the speaker-label pass met only the questions' labels ("MV: ...?", "Q:")
                # and cannot read the answers' ("Marr: ...", "A (Roe): ..."): the
                # interview's turns are read instead
                self.state.labelled = False
                self.state.transcript.clear()
            else:
                interviewee = self._interview_named(iv, False)
                for a, _, _, label in iv.turns:
                    if label not in self.state.transcript:
                        side = interviewee if label.upper() in ANSWER_LABELS else self._interview_speaker(label, a)
                        if side is not None:
                            self.state.transcript[label] = side
                iv = None
        if iv is None:
            if self.state.labelled:
                self._interview_labels()
            return
        self._interview = iv
        self._interviewee = self._interview_named(iv, not iv.turns)
        if iv.turns:
            # each labelled answer is its speaker's side's ("Roe: We want ..."; "Answer:"
            # is the interviewee's)
            self._turn_starts = [t[0] for t in iv.turns]
            self._turn_sides: dict[str, int | None] = {}
            for a, _, _, label in iv.turns:
                if label not in self._turn_sides:
                    self._turn_sides[label] = self._interviewee if label.upper() in ANSWER_LABELS \
                        else self._interview_speaker(label, a)

    def _interview_named(self, iv: Interview, fold: bool) -> int | None:
        """The side of the first name span that is a person in the actor table with a
        side (else the first person; a news outlet's name is none: "In an interview with
        the Harbour Ledger, Jane Roe, ..."), else the first organisation named ("The
        chief negotiator of the Y Union talks to ...")."""
        first = org = None
        for a, b in iv.names:
            # (an organisation's name may run on past the span: "Y Fishers' Federation")
            for m in self.table.in_span(a, b + 60):
                if m.end > b and m.start != a:
                    continue
                actor = self.table.actors[m.actor]
                if actor.cls == "merged":
                    return None   # a commentator the parties pass keeps out of the parties
                if actor.cls != "person":
                    top = self.table.actors[self.table.top(m.actor)]
                    if org is None and top.cls not in ("generic", "unknown", "merged"):
                        org = top.id
                    continue
                if actor.name.split()[-1] in MEDIA_WORDS:
                    continue
                side = self._interview_side(actor.id, fold)
                if side is not None:
                    return side
                if first is None:
                    first = actor.id
        return first if first is not None else org

    def _interview_side(self, aid: int, fold: bool = True) -> int | None:
        """The side a person speaks for: the one the parties pass folded them into, else
        the organisation of their introduction ("X, chief negotiator for the Y Union,
        talks to ...", "X is the Y's general secretary", "X leads the Y's team"; the
        person then folds into it when ``fold``), else None."""
        actor = self.table.actors[aid]
        side = self.table.top(aid)
        if side != aid:
            return side
        # the introduction's words after the name first ("X for the Y", "X, the Y's
        # chief negotiator"), then a roster's ("X, Chief Executive, Y"), then the role
        # before the name ("The Y's chief negotiator, X")
        found = self._interview_org(role_span(self.text, actor.name))
        if found is None:
            pos = self.text.find(actor.name + ",")
            after = pos + len(actor.name) + 1
            while 0 <= pos and after < len(self.text) and self.text[after] == " ":
                after += 1
            if pos >= 0 and any(m.start == after and self.table.actors[m.actor].cls == "person"
                                for m in self.table.in_span(after, after + 80)):
                return None   # "the Harbour Ledger, Jane Roe, the union's ...": another name, no role
            found = self._roster_side(actor.name)
        if found is None:
            span = role_before(self.text, actor.name)
            if span is not None:
                orgs = [c for c in self.table.in_span(*span)
                        if self.table.actors[self.table.top(c.actor)].cls not in ("person", "merged", "generic")]
                found = self._interview_org((orgs[-1].start, span[1]) if orgs else None)
        if found is not None and fold:
            actor.parent = found
        return found

    def _interview_speaker(self, label: str, pos: int) -> int | None:
        """The side a turn's label ("Roe:", "Jane Roe:", "ROE:") answers for: the speaker-
        label pass's, else the person the label names (by their last name) folded into
        their introduction's side, else the person; None for a commentator or a label
        that names nobody."""
        if label in self.state.transcript:
            return self.table.top(self.state.transcript[label])
        words = _LABEL_TITLE.sub("", label.upper()).split()
        if not words:
            return None
        last = words[-1].casefold()
        for a in self.table.actors:
            if a.name.split()[-1].casefold() == last:
                if a.cls == "merged":
                    return None   # a commentator the parties pass keeps out of the parties
                if a.cls != "person":
                    return self.table.top(a.id)   # (a name the parties pass took for another kind)
                side = self._interview_side(a.id, fold=False)
                return a.id if side is None else side
        for m in self.table.in_span(pos, pos + len(label)):
            return self.table.top(m.actor)   # "Union:": an organisation answers
        return None

    def _interview_addressed(self, question: int) -> int | None:
        """Who answers the question starting at ``question``: the one it addresses by name
        ("Ms Sandvik, can the company pay 8%?" -- with two interviewees, each answers for
        their own side), else the interviewee."""
        for q, a, b in self._interview.addressed:
            if q == question:
                for m in self.table.in_span(a, b + 40):
                    actor = self.table.actors[m.actor]
                    if m.start == a and actor.cls == "person":
                        side = self._interview_side(actor.id, fold=False)
                        return actor.id if side is None else side
                break
        return self._interviewee

    def _interview_they(self, produced: list[_Found], s: int) -> None:
        """An interviewee's "They want a cut of 30%" is the other side's demand: a
        position of the answering side whose verb follows "they" goes to the organisation
        that last held a position or was asked about (not the answering side), else to
        the first other organisation the introduction names; not when "our members" (any
        "our" plural) in the sentence or the one before are who "they" are."""
        side = self.state.label_speaker
        other = None
        # (the sentence before too: "Our members are angry. They want 8%.")
        k = bisect.bisect_right(self._starts, s) - 2
        lo = self._starts[k] if k >= 0 else s
        for f in produced:
            they = _THEY_BEFORE.search(self.text, max(s, f.start - 40), f.start)
            if f.actor != side or they is None or _OWN_PLURAL.search(self.text, lo, they.start()):
                continue   # (not the answering side's, or "they" are "our members")
            if other is None:
                other = next((a for _, a in reversed(self.state.recent) if a != side
                              and self.table.actors[a].cls not in ("person", "generic", "merged")),
                             None) or self._interview_other(side)
                if other is None:
                    return
            f.actor = other

    def _interview_other(self, side: int | None) -> int | None:
        """The first organisation the introduction of an interview names that is not
        ``side`` (the other side of the talks)."""
        end = self._interview.questions[0][0] if self._interview.questions else 0
        for m in self.table.in_span(0, end):
            a = self.table.top(m.actor)
            if a != side and self.table.actors[a].cls not in ("person", "generic", "merged", "unknown"):
                return a
        return None

    def _interview_org(self, span: tuple[int, int] | None) -> int | None:
        """The first organisation named in ``span`` (not a role word the parties pass
        kept as an "unknown": "Executive")."""
        for c in self.table.in_span(*span) if span else ():
            org = self.table.actors[self.table.top(c.actor)]
            if org.cls not in ("person", "merged", "generic") and org.name[:1].isupper() \
                    and not (org.cls == "unknown" and role_word(org.name)):
                return org.id
        return None

    def _interview_labels(self) -> None:
        """A transcript's speaker label the speaker-label pass left without a side (a bare
        surname, "ROE:", of someone no roster places) is the side of the person's
        introduction ("Jane Roe is the chief negotiator for the Y Union")."""
        labels = {m.group(1).strip() for m in _speaker_labels(self.text)}
        for label in labels:
            if label in self.state.askers or len(label) < 3:
                continue
            if label in self.state.transcript:
                # "JANE ROE:" names a person who speaks for no side in the table: her
                # introduction may give one ("Jane Roe is the chief negotiator for ...")
                aid = self.state.transcript[label]
                if self.table.actors[aid].cls == "person" and self.table.top(aid) == aid:
                    side = self._interview_side(aid, fold=False)
                    if side is not None:
                        self.state.transcript[label] = side
                continue
            core = _LABEL_TITLE.sub("", label.upper()).split()
            if not core:
                continue
            for a in self.table.actors:
                if a.cls == "person" and a.name.split()[-1].casefold() == core[-1].casefold():
                    # (not folded: the label's mention at each answer would then be
                    # the "they" of the answer, which is the other side)
                    side = self._interview_side(a.id, fold=False)
                    if side is not None:
                        self.state.transcript[label] = side
                        a.add_alias(label)
                    break

    def _interview_at(self, s: int) -> None:
        """In an interview, a question paragraph is the interviewer's (no position) and
        every sentence after the first question outside one is the interviewee's answer
        (their "we"/"I"), as an answering labelled speaker in a transcript."""
        questions = self._interview.questions
        k = bisect.bisect_right(questions, (s, len(self.text))) - 1
        if k < 0:
            return   # the introduction: nobody answers yet
        state = self.state
        turns = self._interview.turns
        if turns:
            state.asking = s < questions[k][1]
            j = bisect.bisect_right(self._turn_starts, s) - 1
            state.answering = not state.asking and j >= 0 and s < turns[j][1] and turns[j][0] > questions[k][0]
            state.label_speaker = self._turn_sides[turns[j][3]] if state.answering else None
            return
        if s >= self._interview.end:
            # the story after the answers: nobody's answer
            state.asking = state.answering = False
            state.label_speaker = None
            return
        state.asking = s < questions[k][1]
        state.answering = not state.asking
        state.label_speaker = None if state.asking else self._interview_addressed(questions[k][0])

    def _roster_side(self, name: str) -> int | None:
        """The side a labelled speaker speaks for, read from their introduction
        ("Jane Roe, Chief Executive, Acme Mining"; "Jane Roe, Minister of Mines" in a
        story with one state): the first organisation named in the apposition after
        the name, else the only state when the role is a government one. None for a
        mediator or envoy (their answers describe the talks) or when nothing fits."""
        text = self.text
        pos = text.find(name + ",")
        if pos < 0:
            return None
        m = _ROSTER_ROLE.match(text, pos + len(name) + 1)
        if m is None or _NEUTRAL_ROLE.search(m.group()):
            return None
        for c in self.table.in_span(m.start(), m.end()):
            actor = self.table.actors[self.table.top(c.actor)]
            # (an "unknown" is often a role word the parties pass kept: "Executive")
            if actor.cls not in ("person", "merged", "generic", "unknown") and actor.name[:1].isupper():
                return actor.id
        if _STATE_ROLE.search(m.group()):
            states = {a.id for a in self.table.actors if a.cls == "state" and a.parent is None}
            if len(states) == 1:
                return states.pop()
        return None

    def _introduced_as_asker(self, name: str) -> bool:
        """Whether the text introduces ``name`` as the one who asks ("Host: Jane Roe",
        "moderator Jane Roe")."""
        text = self.text
        pos = text.find(name)
        while pos >= 0:
            end = text.find("\n", pos)
            # (not the host's question to them: "PRESENTER: Jane Roe, will you ...?")
            asked = text[pos + len(name):len(text) if end < 0 else end].rstrip().endswith("?")
            for m in _ASKER_ROLE.finditer(text, max(0, pos - 24), pos):
                if m.end() == pos and not asked:
                    return True
            pos = text.find(name, pos + 1)
        return False

    def _new_actor(self, name: str, cls: str) -> int:
        from briefing.extract.actors import KIND_OF_CLASS, Actor
        a = Actor(id=len(self.table.actors), name=name, cls=cls, kind=KIND_OF_CLASS.get(cls, "other"),
                  words=frozenset(w.lower() for w in name.split()))
        self.table.actors.append(a)
        return a.id

    def run(self) -> None:
        text = self.text
        self.blocks = [(m.start(1), m.end(1), [(i.start(2), i.end(2)) for i in _ITEM_RE.finditer(m.group(2))], m.start(2))
                       for m in _list_blocks(text)]
        self.blocks = [(a, b, [(off + x, off + y) for x, y in items], off) for a, b, items, off in self.blocks]
        if _SIDE_HEADING.search(text):
            self.blocks = sorted(self.blocks + self._side_blocks(), key=_first)
        self._block_starts = [items[0][0] if items else a for a, _, items, _ in self.blocks]
        self.log: list[Trigger] = []
        for idx, (s, e) in enumerate(self.doc.sentences):
            self._label_at(s)
            self.sentence(idx, s, e)
        self._lists()
        self.brokers.update(self.table.brokers)

    def _label_at(self, s: int) -> None:
        """Track the transcript label of the line a sentence sits on."""
        if self._interview is not None:
            self._interview_at(s)
            return
        if not self.state.labelled:
            if self._author is not None:
                self.state.label_speaker = self._author   # a statement in the first person
            return
        line_start = self.text.rfind("\n", 0, s) + 1
        m = self._label_re.match(self.text, line_start)
        if m is None and self._titled and line_start != self.state.label_line \
                and unlabelled_question(self.text, line_start, self._label_re):
            # a question between title-case turns ("**Is a deal close?**" and a labelled
            # answer): asked, no one's
            self.state.label_line = line_start
            self.state.last_label, self.state.label_speaker, self.state.answering = "Q", None, False
            return
        if m is None and line_start != self.state.label_line and turn_ends(self.text, line_start):
            # "[Ends]", "Note from X Transcripts: ...": no speaker's words from here on
            self.state.label_line = line_start
            self.state.label_speaker, self.state.answering = None, False
            return
        if not m or m.start(1) > s or line_start == self.state.label_line:
            return
        self.state.label_line = line_start
        label = m.group(1).strip()
        askers = self.state.askers
        self.state.answering = label not in askers and self.state.last_label in askers
        self.state.last_label = label
        speaker = None if label in askers else self.state.transcript.get(label)
        # a titled speaker speaks for the actor they belong to (a minister for the state)
        self.state.label_speaker = self.table.top(speaker) if speaker is not None else None

    def sentence(self, idx: int, s: int, e: int) -> None:
        self._idx = idx
        text = self.text
        sent = text[s:e]
        if "\n" in text[e:e + 3] and sent.rstrip()[-1:] not in ".!?\"\u201d'):;," and "\n" not in sent:
            return   # a headline or heading: it repeats the story below
        if self.state.asking:
            self._question(idx, s, e)   # an interviewer's question: no position of the interviewee's
            return
        qspans = [(s + a, s + b) for a, b in quote_spans(sent) if len(sent[a:b].split()) >= 4]
        if qspans:
            qstarts = [a for a, _ in qspans]

            def in_q(p: int) -> bool:
                k = bisect.bisect_right(qstarts, p) - 1
                return k >= 0 and p < qspans[k][1]
        else:
            in_q = _outside_quotes
        if self.state.labelled:
            # (a question is no claim even when no speaker label names a known actor)
            line_start = text.rfind("\n", 0, s) + 1
            m = self._label_re.match(text, line_start)
            if m and m.group(1).strip() in self.state.askers and m.start(1) <= s:
                self._question(idx, max(s, m.end()), e)
                return
        if self._procedural(s, e):
            return   # "I will make a short statement": the speaker's procedure, no position
        low = sent.lower()
        triggers = self._triggers(s, e, in_q, low)
        owned = self._possessed(idx, s, e, low)
        if " by " in low or " from " in low:
            self._owned_by(idx, s, e)
        if (("'s " in low or "\u2019s " in low) and _holds_any(low, _POSS_NOUN_WORDS)) or low.lstrip().startswith("for "):
            self._possessive_noun(idx, s, e)
        if owned:
            # "X's position is that ...": the clause is X's, whatever verbs it holds
            triggers = [t for t in triggers if not any(a <= t.start < b for a, b in owned)]
        if not triggers and not qspans:
            self._answer(idx, s, e, [], False)
            return
        cands = _candidates(self.table, text, s, e)
        # (a collective holds only a list's intro line: see _subject)
        if COLLECTIVE_RE is not None and self.blocks and _holds_any(low, _COLL_WORDS) \
                and any(a < e and s < b for a, b, items, _ in self.blocks if items):
            extra = self._collectives(s, e, cands)
            if extra:
                cands = sorted(cands + extra, key=_first)
        hedged = _holds_any(low, HEDGE_WORDS) and bool(HEDGE_RE.search(sent))
        # outside quotes first: they tell who speaks the quotes
        speaker = None
        outside = [t for t in triggers if not t.in_quote]
        prev: Trigger | None = None
        self._main = None
        for t in outside:
            self._subject(t, cands, s, e, prev, qspans, None)
            if t.subject is not None:
                prev = t
                if self._main is None and not t.passive and not t.according:
                    self._main = t
            if t.cls == SPEECH and t.subject is not None and speaker is None:
                speaker = t.subject
        starts_with_quote = sent.lstrip()[:1] in QUOTE_CHARS
        if speaker is None and qspans and starts_with_quote and not outside \
                and self.state.last_speaker_sentence >= idx - 2:
            speaker = self.state.last_speaker
        label = self.state.label_speaker
        if speaker is None and label is not None and not qspans:
            speaker = label
        # a quote left open by the sentence before runs on into this one ('"We are not
        # selling. We are asking for a fair share," she said.' -- its second sentence)
        open_by = self.state.open_quote
        self.state.open_quote = None
        if speaker is None and open_by is not None and qspans and qspans[0][0] == s and not outside:
            speaker = open_by
        prev = None
        qcands = [c for c in cands if in_q(c[0])] if any(t.in_quote for t in triggers) else []
        for t in triggers:
            if not t.in_quote:
                continue
            self._subject(t, qcands, s, e, prev, qspans, speaker, quote=True)
            if t.subject is not None and speaker is not None and t.subject != speaker:
                t.subject = None   # the speaker describing someone else ("they want...")
            if t.subject is not None:
                prev = t
        # outside triggers may also use a label speaker's "I"/"we"
        if label is not None:
            for t in outside:
                if t.subject is None:
                    self._subject(t, cands, s, e, None, qspans, label)
        for t in triggers:
            if t.subject is not None:
                self.log.append(t)
                self._log_starts.append(t.start)
        if self.blocks:
            triggers = [t for t in triggers if not self._in_item(t.start)]
        produced = self._objects(idx, s, e, triggers, qspans, hedged)
        if hedged:
            # a hedge word marks only the clause it sits in
            for f in produced:
                clause_start = max(s, f.start - 200)
                for m in _CLAUSE_CUT.finditer(text, clause_start, f.start):
                    clause_start = m.end()
                f.hedged = bool(HEDGE_RE.search(text, clause_start, min(f.end, clause_start + 600)))
        # a quote with no stance of its speaker: the quote itself is the claim
        # (one quote over two sentences is one claim: the second half of a quote whose first
        # half is already the speaker's claim adds none)
        continued = bool(qspans) and not starts_with_quote and not text[s:qspans[0][0]].strip() \
            and any(f.actor == speaker and f.sentence == idx - 1 and f.rule.startswith("quote.")
                    for f in self.found[-6:])
        if qspans and speaker is not None and not continued and not any(
                f.actor == speaker and f.sentence == idx and f.rule != "said.claim" for f in produced):
            if not any(f.actor == speaker and f.sentence == idx for f in produced) or \
                    all(f.rule == "said.claim" and not in_q(f.start) for f in produced if f.actor == speaker):
                for a, b in qspans:
                    a, b = trim(text, a, b)
                    if b - a > 12 and not any(f.actor == speaker and f.start <= a < f.end for f in produced):
                        b2 = _limit(text, a, b)
                        self.found.append(_Found(speaker, "claim", clean_phrase(text[a:b2]), a, b2, idx,
                                                 "quote.said" if outside else "quote.cont", hedged))
                        break
        if speaker is not None and outside and not starts_with_quote and idx > 0:
            self._quote_opened_before(idx, s, speaker, hedged)
        if speaker is not None and qspans and qspans[-1][1] >= e - 1 and text[qspans[-1][0] - 1:qspans[-1][0]] in OPEN_QUOTES:
            self.state.open_quote = speaker   # its last quote is still open at the end
        # "Its director told me the same thing": another holder speaks, not the speaker's claim
        # (_answer looks at the holders only when answering a question)
        self._answer(idx, s, e, produced, hedged,
                     self.state.answering and any(t.subject is not None and t.subject != label for t in triggers))
        if speaker is not None:
            self.state.last_speaker = speaker
            self.state.last_speaker_sentence = idx
        elif any(t.cls == SPEECH and t.subject is None and not t.in_quote for t in triggers):
            self.state.last_speaker = None   # '"...," the official said': not an actor
        for t in triggers:
            if t.subject is not None and not t.shared:
                self.state.recent.append((idx, t.subject))
        del self.state.recent[:-8]

    def _cond(self, a: int, b: int) -> re.Match[str] | None:
        """The condition opening in text[a:b] ("unless ...", "only if ...", "until ..."
        after a refusal: a negated modal in the 80 characters before it), or None."""
        if not self._may_hold(a, b, _COND_GATE):
            return None
        text = self.text
        cond = COND_RE.search(text, a, b)
        until = UNTIL_RE.search(text, a, cond.start() if cond else b)
        if until and MODAL_RE.search(text, max(0, a - 80), until.start()):
            return until
        return cond

    def _quote_opened_before(self, idx: int, s: int, speaker: int, hedged: bool) -> None:
        """'"No soldier will cross. That has not changed," he said.': the quote opened a
        sentence or two before the one that names its speaker; a sentence of it that gave
        no position is the speaker's claim."""
        text = self.text
        q = _QUOTE_CHAR.search(text, s, self.doc.sentences[idx][1])
        if q is None or q.start() == s or text[q.start() - 1].isspace():
            return   # no quote closes in this sentence
        for j in range(idx - 1, max(-1, idx - 3), -1):
            a, b = self.doc.sentences[j]
            sent = text[a:b]
            if len(_QUOTE_CHAR.findall(sent)) != 1:
                return   # a quote of its own, or none: not one quote running on
            if sent.lstrip()[:1] in QUOTE_CHARS:
                break   # the quote opens here
        else:
            return
        done = {f.sentence for f in self.found[-12:]}
        for k in range(j, idx):
            if k in done:
                continue
            a, b = trim(text, *self.doc.sentences[k])
            while a < b and text[a] in QUOTE_CHARS:
                a += 1
            a, b = trim(text, a, b)
            if len(text[a:b].split()) >= 4:
                b = _limit(text, a, b)
                self.found.append(_Found(speaker, "claim", clean_phrase(text[a:b]), a, b, k, "quote.said", hedged))

    def _procedural(self, s: int, e: int) -> bool:
        """A short sentence that opens with the speaker's procedure (stances.toml
        [procedural]): a transcript's "I will be brief", "Thank you", closing lines."""
        text = self.text
        a = s
        if self.state.labelled:
            lab = self._label_re.match(text, text.rfind("\n", 0, s) + 1)
            if lab and lab.end() > a:
                a = lab.end()
            if house_procedure(text, a, e):
                return True   # "With permission, Mr Speaker, I will make a statement on ..."
        low = self._low
        if low is not None and _PROCEDURAL_GATE:
            # (PROCEDURAL_RE: optional white space and quotes, then a listed phrase)
            k = a
            while k < e and (text[k].isspace() or text[k] in "\"\u201c"):
                k += 1
            if not low.startswith(_PROCEDURAL_FIRST, k, e):
                return False
        return bool(PROCEDURAL_RE.match(text, a, e)) and len(text[a:e].split()) <= 14

    def _possessed(self, idx: int, s: int, e: int, low: str) -> list[tuple[int, int]]:
        """"X's position is that ...", "their view is ...", "the union's demand is ...":
        the possessor holds the clause (stances.toml [possessed]). Returns the spans taken."""
        text = self.text
        if not POSSESSED or not _holds_any(low, _POSSESSED_VERBS) or not _holds_any(low, POSSESSED_WORDS):
            return []
        spans = []
        for m in POSSESSED_RE.finditer(text, s, e):
            holder = None
            if m.group(1)[:1] in "'\u2019":
                owner = [x for x in self.table.in_span(max(s, m.start() - 80), m.start() + 1) if x.end == m.start()]
                if owner:
                    holder = self.table.top(owner[-1].actor)
            else:
                recent = [a for i, a in self.state.recent if i >= idx - 2]
                holder = _resolve(self.table, (m.start(), m.end(1), None, m.group(1).lower()),
                                  self.state.label_speaker, max(0, s - 2000), text, recent)
            if holder is None:
                continue
            a = m.end()
            if text[a:a + 1] in QUOTE_CHARS:
                continue   # "X's offer was 'a trap'": someone's verdict on it, not X's stance
            b = _cut(text, a, e, True)
            rel = _RELATIVE_OPEN.search(text, a, b)
            if rel:
                b = rel.start()   # "was 6% over three years, which the union called ...": its own clause
            a, b = trim(text, a, b)
            if len(text[a:b].split()) < 2:
                continue
            stance = POSSESSED[_SPACES.sub(" ", m.group(2)).lower()]
            t = Trigger(m.start(2), m.end(2), stance, m.group(2), f"owned.{stance}", subject=holder)
            before = len(self.found)
            if stance == SPEECH:
                produced: list[_Found] = []
                self._emit_claim(idx, t, a, b, False, produced)
                for f in produced:
                    f.rule = f.rule.replace("said.", "owned.")
                self.found.extend(produced)
            else:
                b = _limit(text, a, b)
                self.found.append(_Found(holder, stance, clean_phrase(text[a:b]), a, b, idx, t.rule))
            if len(self.found) > before:
                spans.append((m.start(), b))
                self.state.recent.append((idx, holder))
        return spans

    def _question(self, idx: int, s: int, e: int) -> None:
        """A journalist's question in a transcript may report a party's words ("Q: The
        union said yesterday that ..."): those count, held by an actor named in the
        question itself (no pronouns, quotes or speaker labels: the asker is no party).
        The organisations it names are the ones its answer's "they" may refer to ("The
        authority says ... ?" -- "They want a cut of 30%")."""
        for m in self.table.in_span(s, e):
            side = self.table.top(m.actor)
            if self.table.actors[side].cls not in ("person", "generic", "unknown"):
                self.state.recent.append((idx, side))
        if self.text[s:e].rstrip().endswith("?") or _RUMOUR.search(self.text, s, e):
            return   # "Has the government accepted the outline?", "There are reports that ...": asked
        triggers = [t for t in self._triggers(s, e, lambda p: False) if not t.will]
        if not triggers:
            return
        cands = [c for c in _candidates(self.table, self.text, s, e) if c[2] is not None]
        prev: Trigger | None = None
        self._main = None
        for t in triggers:
            self._subject(t, cands, s, e, prev, [], None)
            if t.subject is not None:
                prev = t
        self._objects(idx, s, e, [t for t in triggers if t.subject is not None], [], False)

    def _side_blocks(self) -> list:
        """Per-side lists under a heading that says what each side wants:

            What each side wants
            Tessaly
            a corridor to the sea;
            ...
            Korvalen
            ...

        A line that is only an actor's name, followed by item lines, holds those items
        with the heading's stance ([side_headings]); the section ends at the first line
        that is neither."""
        text = self.text
        out = []
        for h in _SIDE_HEADING.finditer(text):
            stance = _SIDE_STANCE.get(" ".join(fold_case(h.group(1)).split()), "demand")
            pos = h.end()
            while True:
                line = _SIDE_NAME_LINE.match(text, pos)
                if not line:
                    break
                a, b = line.start(1), line.end(1)
                names = [m for m in self.table.in_span(a, b) if m.start == a and m.end == b]
                if not names:
                    break
                items = []
                pos = line.end()
                for it in _SIDE_ITEM_LINE.finditer(text, pos):
                    if it.start() != pos:
                        break
                    g = "b" if it.start("b") >= 0 else "p"
                    if it.end(g) - it.start(g) < 3:
                        break
                    items.append((it.start(g), it.end(g)))
                    pos = it.end()
                if not items:
                    break
                self._holders[a] = (self.table.top(names[0].actor), stance)
                out.append((a, b, items, a))
        return out

    def _in_item(self, pos: int) -> bool:
        k = bisect.bisect_right(self._block_starts, pos) - 1
        if k < 0:
            return False
        a, _, items, _ = self.blocks[k]
        if not items[0][0] <= pos < items[-1][1]:
            return False
        holder = self._holder_of(a)
        return holder is not None and holder[1] in _LIST_STANCES

    def _intro_at(self, pos: int) -> bool:
        """Whether ``pos`` sits on the intro line of a colon list."""
        for a, b, items, _ in self.blocks:
            if a <= pos < b:
                return bool(items)
            if a > pos:
                break
        return False

    def _same_marker_items(self, intro_start: int) -> None:
        """Keep a list's items while they carry the first item's kind of marker ("(a)" to
        "(e)"; a numbered paragraph after them is no item of the list)."""
        text = self.text
        for k, (a, b, items, off) in enumerate(self.blocks):
            if a != intro_start or not items:
                continue
            kept, kind = [], None
            for x, y in items:
                marker = _MARKER_KIND.match(text, text.rfind("\n", 0, x) + 1)
                mk = marker.lastgroup if marker else None
                if kind is None:
                    kind = mk
                if mk != kind:
                    break
                kept.append((x, y))
            self.blocks[k] = (a, b, kept, off)

    def _holder_of(self, intro_start: int) -> tuple[int, str] | None:
        """Who holds a colon list, and with which stance: the last stance verb of the
        line before the colon, or "X's demands/conditions/proposals are:"."""
        if intro_start in self._holders:
            return self._holders[intro_start]
        for a, b, items, _ in self.blocks:
            if a != intro_start:
                continue
            best = None
            lo = bisect.bisect_left(self._log_starts, a)
            for t in self.log[lo:]:
                if t.start >= b:
                    break
                if t.subject is not None:
                    best = (t.subject, t.cls)
                    if t.collective and t.cls in ("accept", "vow"):
                        # "The two Governments have agreed as follows:": each side commits
                        best = (t.subject, "vow")
                        self._list_co[intro_start] = t.co
                        self._same_marker_items(intro_start)
                    if t.cls in _LIST_ANNOUNCERS:
                        # "set out four further conditions for any deal:": the items are
                        # what the list noun says (demands), not the announcing verb's
                        n = _LIST_NOUN_AFTER.match(self.text, t.end, b)
                        if n:
                            best = (t.subject, _list_noun_class(n.group(1)))
                    break
            if best is None:
                m = _LIST_NOUN_RE.search(self.text, a, b)
                if m:
                    owner = [x for x in self.table.in_span(a, m.start() + 1) if x.end == m.start()]
                    if owner:
                        best = (self.table.top(owner[-1].actor), _list_noun_class(m.group(1)))
            if self.log and self.log[-1].start >= b:
                self._holders[intro_start] = best   # the intro has been read: cache
            return best
        return None

    def _lists(self) -> None:
        """Emit one position per item of a colon list whose intro names a holder."""
        text = self.text
        for a, b, items, _ in self.blocks:
            holder = self._holder_of(a)
            if holder is None:
                continue
            actor, stance = holder
            if stance not in _LIST_STANCES:
                continue   # the points of a proposal or offer are its terms, not positions
            emitted = len(self.found)
            co = self._list_co.get(a, ())
            own: list[int] = []
            for x, y in items:
                x, y = trim(text, x, y)
                if y - x < 3:
                    continue
                if co:
                    # a collective's list (see _same_marker_items): each item up to its first
                    # sentence's end; an item naming its own side ("Ostrelia will reduce ...") is
                    # that side's sentence, read as such
                    own = [self.table.top(m.actor) for m in self.table.in_span(x, x + 60)[:1]
                           if _DET_ONLY.fullmatch(text, x, m.start) and self.table.top(m.actor) in (actor, *co)]
                    k = bisect.bisect_right(self._starts, x) - 1
                    if k >= 0:
                        y = min(y, self.doc.sentences[k][1])
                y2 = _limit(text, x, y, 24)
                sent = bisect.bisect_right(self._starts, x) - 1
                if sent < 0 or not (self.doc.sentences[sent][0] <= x and y2 <= self.doc.sentences[sent][1]):
                    continue
                for aid in ((own[0],) if co and own else (actor, *co)):
                    self.found.append(_Found(aid, stance, clean_phrase(text[x:y2]), x, y2, sent, f"list.{stance}"))
            if len(self.found) > emitted:
                # the intro only announces the items ("set out four conditions for a deal:")
                self.found = [f for f in self.found if not (
                    a <= f.start < b and (f.actor == actor or f.actor in self._list_co.get(a, ()))
                    and f.rule.startswith("verb.")
                    and (_LIST_NOUN_AFTER.match(" " + f.text) or _ANNOUNCES_LIST.search(f.text)))]

    def _answer(self, idx: int, s: int, e: int, produced: list[_Found], hedged: bool,
                held_by_other: bool = False) -> None:
        """In a transcript, an answer to a question is the speaker's claim even
        without a stance verb."""
        if produced and self._interview is not None and self.state.answering and self.state.label_speaker is not None:
            self._interview_they(produced, s)   # "They want ...": the other side's
        text = self.text
        label = self.state.label_speaker
        if label is not None and label == self._author and _QUOTE_CHAR.search(text, s, e):
            return   # a first-person statement quoting someone else: not the author's words
        if label is not None and not self.state.answering and not produced and not held_by_other \
                and _FIRST_PERSON.search(text, s, e) and not _FIRST_PERSON_PROCEDURE.search(text, s, e) \
                and not (self.found and self.found[-1].sentence == idx):
            pass   # a speaker's own statement in the first person ("We did not give away our copper")
        elif not self.state.answering or label is None or produced or held_by_other or (
                self.found and self.found[-1].sentence == idx):
            return   # a sentence that already gives someone's position is not the speaker's claim
        a, b = trim(text, s, e)
        line_start = text.rfind("\n", 0, s) + 1
        lab = self._label_re.match(text, line_start)
        if lab and lab.end() > a:
            a = lab.end()
        if self._interview is not None and self._interview.turns:
            # an interview's turn label in any case ("Roe: ..."): not part of the claim
            j = bisect.bisect_right(self._turn_starts, s) - 1
            if j >= 0 and a < self._interview.turns[j][2]:
                a = self._interview.turns[j][2]
        body = text[a:b]
        if self._interview is not None and 4 <= len(body.split()) < 6 and _WE.search(body) \
                and not _THANKS.match(body):
            # an interviewee's short answer in the first person says what the side does
            # ("Then we walk out.", "We'll go to the talks.")
            self.found.append(_Found(label, "claim", clean_phrase(body), a, b, idx, "answer.claim", hedged))
            return
        # (under six words an answer leans on the question or the sentence before:
        # "That was the compromise", "I understand the anger", "The licence forbids it")
        if len(body.split()) >= 6 and not body.isupper() and not _THANKS.match(body) and not body.endswith("]"):
            b2 = _limit(text, a, b)
            self.found.append(_Found(label, "claim", clean_phrase(text[a:b2]), a, b2, idx, "answer.claim", hedged))

    def _may_hold(self, a: int, b: int, words: tuple[str, ...]) -> bool:
        """Whether ``text[a:b]`` holds one of ``words`` (lower case) in any case, as the
        case-insensitive patterns see it: False only when a pattern that needs one of
        them cannot match there."""
        low = self._low
        if low is None:
            return True
        for w in words:
            if low.find(w, a, b) >= 0:
                return True
        return False

    def _may_be_empty_tail(self, start: int, e: int) -> bool:
        """Whether EMPTY_TAIL_RE may match ``text[start:e]`` (as the caller cuts it): after
        white space it needs one of its words, a closing mark or the end."""
        low = self._low
        if e - start >= 300:
            return False   # (the caller tries "x" * 300: no match)
        if low is None:
            return True
        text = self.text
        k = start
        while k < e and text[k].isspace():
            k += 1
        return k == e or text[k] in ".!?\"\u201d" or low.startswith(_EMPTY_TAIL_FIRST, k, e)

    # -- triggers
    def _triggers(self, s: int, e: int, in_q, low: str | None = None) -> list[Trigger]:
        text = self.text
        out: list[Trigger] = []
        ends: set[int] | None = None   # mention ends, computed when first needed
        # NEG_BEFORE and _NEG_PAREN need a negation word in the sentence ("not", ...);
        # most sentences hold none, and then neither search is tried (the folded
        # text finds every spelling the case-insensitive patterns accept)
        if low is None:
            low = text[s:e].lower()
        negation = self._may_hold(s, e, _NEG_GATE)
        infos = _FORM_INFO
        for m in TRIGGER_RE.finditer(text, s, e):
            raw = m.group()
            info = infos.get(raw)
            if info is None:
                info = _form_info(raw)
            cls = info.cls
            if cls is None:
                continue
            start = m.start()
            end = m.end()
            before = text[max(s, start - 30):start]
            tail = before.rstrip()
            # (the look-behind tests below need white space at the end of ``before``)
            spaced = len(tail) != len(before) and tail != ""
            # "stopped short of rejecting X": a negated stance of the subject of "stopped"
            short = before.endswith("short of ") and raw.split(" ", 1)[0].endswith("ing") \
                and _SHORT_OF.search(before) is not None
            if info.det and spaced and not short and _det_tail(tail) and DET_BEFORE.search(before):
                continue   # a noun ("the offer", "its support"), not a verb
            if info.det and spaced and "est " in before and _DET_ADJ_NOUN.search(text, max(s, start - 60), start):
                continue   # "put the biggest car offer on the table": a noun after its superlative
            if info.noun_too and _NOUN_AFTER.match(text, end):
                continue   # "the border dispute over ...", "trade disputes.": a noun
            adjunct = False
            if info.ing_word and not short and not _ING_OK.search(before):
                # "opened talks demanding A, B and C": a participle adjunct after a noun,
                # followed by its object (not "signalling equipment", "before releasing")
                if not (_ADJUNCT_BEFORE.search(before) and _ADJUNCT_OBJECT.match(text, end)):
                    continue
                adjunct = True
            if cls == SPEECH and text.startswith(" to ", end) and spaced and _BE_BEFORE.search(before):
                continue   # "is said to have offered": a hedge on the verb after it, no speech
            if cls == SPEECH and before.endswith(" to ") and not info.according and spaced \
                    and not _HEDGE_TO.search(before):
                continue   # "has until May to announce ...", "is expected to say": nothing said yet
            if cls == SPEECH and "what" in before and _WHAT_BEFORE.search(before):
                continue   # "what they call X": naming, not a claim
            if info.particles is not None:
                p = _PARTICLE_AFTER.match(text, end)
                if p and p.group(1) in info.particles:
                    continue   # "would call off the strike": no claim
            if info.cond_link:
                made = _MADE_COND.search(text, max(s, start - 60), start)
                if made is None:
                    continue   # "the deal is conditional on approval": nobody's demand
                start = made.start()   # "made its money conditional on": the verb's subject holds it
                before = text[max(s, start - 30):start]
                tail = before.rstrip()
                spaced = len(tail) != len(before) and tail != ""
            participle = info.ed and tail.endswith(",") and not BY_AFTER.match(text, end)
            if participle:
                if ends is None:
                    ends = {x.end for x in self.table.in_span(s, e)}
                participle = not any(0 <= start - x <= 3 for x in ends)
            if "than" in before and _THAN_BEFORE.search(before):
                continue   # "a smaller write-off than it had sought": a comparison, no stance
            if info.in_principle and _DEAL_BEFORE.search(before):
                continue   # "reached a deal in principle": a kind of deal, not an acceptance
            if cls == "reject" and _NO_COMMENT.match(text, end):
                continue   # "declined to comment", "refused to elaborate": no position at all
            if cls == "demand" and _DISCOURSE.match(text, end):
                continue   # "I want to thank ...", "I want to be clear": speech manners, not demands
            if raw[:4].lower() == "need" and not (raw[4:5] in ("", "s", "e") and _NEED_OBJECT.match(text, end)):
                continue   # "need" demands only of another who is to act ("we need X to move"), not
                #            "we need to talk", "the needs of", "needed time"
            t = Trigger(start, end, cls, raw, _VERB_RULE[cls], in_quote=in_q(start))
            # "the offer, tabled on Monday, ...": a participle unless a holder stands before it
            t.participle = participle
            if short or (negation and ((spaced and _precede_tail(tail, _NEG_WORDS, _NEG_FILLERS) and NEG_BEFORE.search(before))
                                       or (before.endswith(", ") and _NEG_PAREN.search(before)))):
                # ("does not, however, accept")
                t.negated = True
                t.cls = NEGATED.get(cls, cls)
                t.rule = f"neg.{t.cls}"
            if info.by_passive and BY_AFTER.match(text, end):
                t.passive = True
                t.rule = f"passive.{t.cls}"
            elif info.bare_passive and spaced and _precede_tail(tail, _AUX_WORDS, ()) and PASSIVE_BEFORE.search(before):
                if not (self.state.label_speaker is not None and t.cls in ("reject", "accept")
                        and _ANAPHORIC_BEFORE.search(before)):
                    continue   # a passive with no agent: nobody holds it
                t.passive = True   # (a transcript speaker's "that request was refused": see _subject)
                t.rule = f"passive.{t.cls}"
            if info.ing and not info.aux and _COMMA_END.search(before):
                # (not "X, which ..., is demanding": the auxiliary makes it a finite verb)
                t.shared = True   # ", saying ...": the subject of the main clause
            if adjunct:
                t.shared = t.adjunct = True
            if info.according:
                t.according = True
                t.rule = "according_to"
            out.append(t)
        n_verbs = len(out)
        spans: list[tuple[int, int]] = []

        def covered(pos: int) -> bool:
            if not spans:
                spans.extend((t.start, t.end) for t in out[:n_verbs])
            k = bisect.bisect_right(spans, (pos, 1 << 60)) - 1
            return k >= 0 and pos < spans[k][1]

        # (a form of MODAL_RE holds a negation word of _NEG_GATE or one of _MODAL_NOT_NEG)
        modal_gate = (negation or _holds_any(low, _MODAL_NOT_NEG)) and _holds_any(low, MODAL_WORDS)
        for m in (MODAL_RE.finditer(text, s, e) if modal_gate else ()):
            nxt = _stance_verb_at(text, m.end() + 1) if m.end() + 1 < e else False
            if nxt or covered(m.start()):
                continue  # "will not accept" is the negated trigger itself
            clause = text[max(s, m.start() - 300):m.start()]
            clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:]
            if _COND_WORD.search(clause):
                continue   # "if they still cannot settle": a condition, not a vow
            verb = _NEXT_VERB.match(text, m.end(), e)
            if not verb or verb.group(1) in _NO_VOW_VERBS:
                continue
            if (_PATIENT_AFTER.match(text, m.end(), e) or verb.group(1) in _PATIENT_VERBS) \
                    and not _FIRST_PERSON_BEFORE.search(text, max(s, m.start() - 12), m.start()):
                continue   # "X will not be exempt", "X will not receive a tax holiday": done to X, no vow of X's
            cls = "vow" if not m.group().lower().startswith(("could", "can", "must")) else "claim"
            out.append(Trigger(m.start(), m.end(), cls, m.group(), "modal.not", in_quote=in_q(m.start()),
                               modal=True))
        if "would" in low[:24] and self.state.last_speaker_sentence == self._idx - 1 and not self.state.labelled:
            # 'X said the offer was unacceptable. It would strike on Monday unless ...': the
            # speaker's reported speech runs on into a sentence of its own
            m = _FREE_WOULD.match(text, s, e)
            if m and m.group(2) not in _NOT_VOW and not _stance_verb_at(text, m.start(2)):
                out.append(Trigger(m.start(1), m.end(1), "vow", m.group(1), "said.vow", in_quote=in_q(m.start(1)),
                                   modal=True, will=True))
        for m in (WILL_RE.finditer(text, s, e) if "will" in low or "shall" in low else ()):
            if covered(m.start()) or _PROCEDURAL_WILL.match(text, m.start()):
                continue
            out.append(Trigger(m.start(), m.start() + len(m.group(1)), "vow", m.group(1), "modal.will",
                               in_quote=in_q(m.start()), modal=True, will=True))
        if "would" in low and _holds_any(low, _IF_PHRASES) and _IF_WORDS.search(low) and not _UNDER_PLAN.match(text, s + len(text[s:e]) - len(text[s:e].lstrip())):
            # (not "Under the plan, X would ...": what a plan says is a term)
            # "would call off the strike if ...": a conditional offer of its subject
            for m in WOULD_RE.finditer(text, s, e):
                if covered(m.start()) or m.group(2) in _NOT_VOW or _stance_verb_at(text, m.start(2)):
                    continue   # ("would accept X if ...": the stance verb says it)
                clause = _CLAUSE_CUT.search(text, m.end(), e)
                if not _IF_AFTER.search(text, m.end(), clause.start() if clause else e):
                    continue
                out.append(Trigger(m.start(), m.start() + len(m.group(1)), "propose", m.group(1), "modal.would_if",
                                   in_quote=in_q(m.start()), modal=True, will=True))
        if len(out) > n_verbs:
            out.sort(key=_start)   # (the verbs came in order)
        # drop triggers nested in another ("has committed to" vs "committed")
        kept: list[Trigger] = []
        for t in out:
            if kept and t.start < kept[-1].end:
                continue
            if kept and t.form.lower() == "in principle" and t.start - kept[-1].end < 40 \
                    and not _CLAUSE_PUNCT.search(text, kept[-1].end, t.start):
                continue   # "accept it in principle": an adverb of the verb before
            kept.append(t)
        return kept

    # -- who holds it
    def _subject(self, t: Trigger, cands, s: int, e: int, prev: Trigger | None, qspans,
                 speaker: int | None, quote: bool = False) -> None:
        text = self.text
        table = self.table
        floor = max(0, s - 2000)
        if t.according or t.passive:
            after = BY_AFTER.match(text, t.end) if t.passive else _SPACES.match(text, t.end)
            pos = after.end() if after else t.end
            for c in cands[bisect.bisect_left(cands, (pos,)):]:
                if c[0] > pos + 40:
                    break
                if pos <= c[0] <= pos + 40 and not _CLAUSE_PUNCT.search(text[pos:c[0]]):
                    gap = text[pos:c[0]]
                    if _AGENT_GAP.fullmatch(gap) or not gap.strip():
                        t.subject = _resolve(table, c, speaker, floor, text)
                        t.subject_start = c[0]
                        return
            if t.passive and not t.according and self.state.label_speaker is not None and not t.in_quote \
                    and t.cls in ("reject", "accept") and _ANAPHORIC_BEFORE.search(text, max(s, t.start - 40), t.start):
                # a transcript speaker's "that request was refused": their side refused it
                t.subject = self.state.label_speaker
                return
            if t.passive and not t.according:
                t.passive = False
                t.rule = f"verb.{t.cls}"
            return
        if t.cls == SPEECH or t.cls == "concern":
            # inverted: '"...," said X' / '..., X said.'
            m = _SPACES.match(text, t.end, e)
            pos = m.end() if m else t.end
            inverted_ok = _INVERTED_BEFORE.search(text, max(s, t.start - 4), t.start) \
                and t.form.lower() not in _NO_INVERSION   # (no look-behind: as on a slice)
            k = bisect.bisect_left(cands, (pos,)) if inverted_ok else len(cands)
            for c in cands[k:k + 1]:
                if c[0] == pos and c[3] == "" and _INVERTED_END.match(text, c[1], e):
                    t.subject = _resolve(table, c, speaker, floor, text)
                    t.subject_start = c[0]
                    t.inverted = True
                    return
            if t.cls == SPEECH and text.startswith(",", t.end):
                # "The board, he said, had not changed its view": the board holds the claim
                pm = _PAREN_SAID.search(text, max(s, t.start - 12), t.start)
                if pm:
                    own = [c for c in cands if c[1] <= pm.start() and c[2] is not None
                           and not text[c[1]:pm.start()].strip()]
                    if own and _SHORT_LEAD.fullmatch(text, s, own[-1][0]):
                        t.subject = table.top(own[-1][2])
                        t.subject_start = own[-1][0]
                        return
            if inverted_ok:
                got = self._inverted_np(cands, pos, e, speaker, floor)
                if got is not None:
                    t.subject, t.subject_start = got
                    t.inverted = True
                    return
        if t.shared:
            # ", saying ...": the holder of the main clause, not an agent met on the way
            main = self._main if self._main is not None else prev
            if main is not None and main.subject is not None:
                t.subject = main.subject
                t.co = main.co
                return
            if not (t.adjunct or t.form.lower().endswith("ing")):
                return
            t.adjunct = True   # "X reached a deal, accepting ...": the subject of the sentence
        best = None
        # (a participle adjunct's holder is the sentence's subject, not the object before it)
        for c in () if t.adjunct else reversed(cands[:bisect.bisect_left(cands, (t.start,))]):
            if c[1] > t.start:
                continue
            if t.start - c[1] > 400:
                break   # a holder is written near its verb (and long sentences stay linear)
            if prev is not None and c[0] < prev.end and not (
                    c[1] <= prev.start and _in_relative(text, s, prev.start) and _RELATIVE_GAP.match(text, c[1], t.start)):
                break   # (but "X, which has argued that ..., called ...": the verb after the clause is X's)
            gap = text[c[1]:t.start]
            if "," in gap and _in_relative(text, s, c[0]):
                continue
            if c[3] and _WHICH_BEFORE.search(text, max(s, c[0] - 10), c[0]):
                # ", which it rejects": "it" is what the sentence is about
                first = next((x for x in cands if x[3] == "" and x[0] < c[0]), None)
                if first is not None and first[2] is not None:
                    t.subject = table.top(first[2])
                    t.subject_start = c[0]
                    return
            if gap[:1] == "," and c[3] == "" and text[max(s, c[0] - 2):c[0]] != ", ":
                head = self._apposition_head(cands, c, s)
                if head is not None:
                    best = head   # "X, a bloc of ... led this year by Y, said": X said it
                    break
            appositive = gap.strip() == "," and c[3] == ""
            if not appositive and gap[:1] == "," and c[3] == "" and _gap_ok(gap[1:]) \
                    and text[max(s, c[0] - 2):c[0]] == ", " and self._closes_apposition(c, s):
                # "The union's leader, Jane Roe, has rejected ...": the name closes an apposition
                appositive = True
            if appositive or _gap_ok(gap) or (gap.endswith(", ") and _GAP_NEG_PAREN.match(gap)) \
                    or (c[3] == "" and gap[:1] in "'\u2019" and _GAP_POSSESSIVE_ROLE.match(gap)) \
                    or (c[3] == "" and gap[:1] in "'\u2019" and "," in gap and text[max(s, c[0] - 2):c[0]] == ", "
                        and _APPOSED_ROLE.match(gap)) \
                    or (t.form[:4].lower() in ("its ", "thei") and _RENEWED_GAP.fullmatch(gap)):
                # ("X raised its claim for ...", "X renewed its demand that ...": the subject's own)
                # ("Jane Roe, Norvia's special envoy, said": the possessor she speaks for)
                # ("Acme's directors rejected ...": the possessor's people)
                if c[3] and PRONOUNS.get(c[3]) not in ("speaker",) and c[3] in ("his", "her", "its", "their", "our", "my"):
                    if prev is not None and prev.cls == SPEECH and prev.subject is not None \
                            and _OWN_BODY.match(text, c[1]):
                        # "X said his government accepted ...": the speaker's side
                        t.subject = prev.subject
                        t.subject_start = c[0]
                        return
                    continue
                best = c
                break
        if best is None and t.cls == SPEECH and _DOCUMENT_SUBJECT.search(text, max(s, t.start - 40), t.start):
            # "the statement said": the last holder who spoke, if recent
            if self.state.last_speaker is not None and self.state.last_speaker_sentence >= self._idx - 2:
                t.subject = self.state.last_speaker
                t.subject_start = t.start
            return
        if best is None and prev is None and t.cls == SPEECH and not quote and t.start - s < 60 \
                and _UNNAMED_SPEAKER.fullmatch(text, s, t.start):
            # "A spokesperson said the Board had ...": an unnamed spokesperson speaks for the
            # body the reported clause opens with
            m = _THAT_SPACE_OPT.match(text, t.end)
            pos = m.end() if m else t.end
            k = bisect.bisect_left(cands, (pos,))
            c = cands[k] if k < len(cands) else None
            if c is not None and c[2] is not None and c[0] - pos <= 4 and _DET_ONLY.fullmatch(text, pos, c[0]):
                actor = table.top(c[2])
                if table.actors[actor].cls != "person":
                    t.subject = actor
                    t.subject_start = s
                    return
        if t.participle and best is None:
            return
        if best is not None and t.modal and _NOUN_THAT.search(text, max(s, best[0] - 40), best[0]):
            return   # "assurances that X will not ...": what the plan says, not X's vow
        if best is not None and t.modal and _HOPE_BEFORE.search(text, max(s, best[0] - 20), best[0]):
            return   # "We hope X will not reduce ...": the speaker's wish, no vow of X's
        if t.will and best is None:
            if prev is not None and prev.will and prev.subject is not None and _AND_BEFORE.search(text[max(s, t.start - 8):t.start]):
                t.subject = prev.subject
                t.shared = True
            return
        if best is None and prev is None:
            # the first actor of the sentence, when it opens the sentence
            for c in cands:
                if c[1] > t.start:
                    break
                ls = max(s, text.rfind("\n", s, c[0]) + 1) if t.adjunct else s   # (a heading line glued on)
                lead = text[ls:c[0]] if c[0] - ls < 200 else "x"
                if _LEAD_OK.fullmatch(lead):
                    between = text[c[1]:t.start]
                    if t.adjunct:
                        between = between.rstrip().rstrip(",")   # "X reached a deal, accepting ..."
                    if not _CLAUSE_PUNCT2.search(between) and len(between.split()) <= (30 if t.adjunct else 20) \
                            and (t.adjunct or not t.shared) \
                            and not (t.start - c[1] > 40 and _THAT_WORD.search(between)):
                        # (not across "I can tell you that the two sides have agreed": the
                        # reported clause has a subject of its own)
                        best = c
                break
        if best is not None and best[3][:1] == "\x00":
            # "The two sides agreed": every side holds it
            # (only when it opens a list: "The two Governments have agreed as follows:" --
            # a collective's stance in a sentence is left to nobody, as the gold style wants)
            sides = self._sides(int(best[3][len(COLLECTIVE):] or 0)) if self._intro_at(t.start) else None
            if sides and not quote:
                t.subject, t.co, t.subject_start = sides[0], tuple(sides[1:]), best[0]
                t.collective = True
            return
        if best is not None and best[3] and prev is not None and prev.subject is not None and (
                prev.cls == SPEECH or not any(c[2] is not None and prev.end <= c[0] < best[0]
                                              and not text.startswith(_POSSESSIVE, c[1]) for c in cands)):
            # "X said it would ...": the pronoun is the speaker when it can be; likewise
            # "X disputes Y's figures; it says ...": no other actor named since X's verb
            # (a possessive only qualifies the object)
            want = PRONOUNS.get(best[3])
            is_person = table.actors[prev.subject].cls == "person"
            if (want == "person") == is_person or want == "speaker":
                t.subject = prev.subject
                t.subject_start = best[0]
                return
        if best is not None and quote and best[3] and PRONOUNS.get(best[3]) != "speaker":
            return   # "nobody gets what they asked for": in a quote, "they"/"he" is not the speaker
        if best is not None:
            # (only a pronoun asks _resolve for the recent holders)
            recent = [a for i, a in self.state.recent if i >= self._idx - 2] if best[2] is None else None
            actor = _resolve(table, best, speaker, floor, text, recent)
            if actor is not None and not quote and (self._person_side or best[2] is not None):
                actor = self._for_side(actor, best, s, floor)
            if self._role_holder is not None and best[2] is None:
                actor = self._role_pronoun(best, actor)
            elif best[2] is not None and best[3] == "" and text.startswith(_POSSESSIVE, best[1]) \
                    and _PERSON_ROLE_AFTER.match(text, best[1]):
                # "Varrow's interior minister rules out ...": a role with no name, the
                # "she" of what follows
                self._role_holder = (self._idx, best[1], table.top(best[2]))
            if actor is not None:
                t.subject = actor
                t.subject_start = best[0]
                if best[2] is not None and not quote:
                    t.co, first = self._conjuncts(cands, best, actor)
                    if t.co:
                        t.subject_start = first
                return
        if prev is not None and prev.subject is not None:
            between = text[prev.end:t.start]
            coordinated = _COORDINATED.search(text[max(s, t.start - 60):t.start])
            if coordinated and not _SEMICOLON.search(between):
                main = self._main
                if prev.collective and main is not None and main is not prev and main.subject is not None \
                        and main.cls == SPEECH:
                    prev = main   # "X said both sides had agreed to A and called for B": X calls
                t.subject = prev.subject
                t.co = prev.co
                t.subject_start = -1
                t.shared = True

    def _for_side(self, actor: int, best, s: int, floor: int) -> int:
        """A person who speaks "For the authority, chief executive X said ...": the body
        the sentence opens with is their side, there and for the rest of the article ("He
        said ..."), whatever side the parties pass gave them."""
        table = self.table
        raw = best[2]
        if raw is None:
            raw = table.resolve_pronoun(best[3], best[0], floor, self.text)
            if raw is None:
                return actor
        if table.actors[raw].cls != "person":
            return actor
        side = self._person_side.get(raw)
        if side is not None or best[2] is None:
            return actor if side is None else side
        text = self.text
        if "For" not in text[s:s + 24]:
            return actor   # (the cheap test)
        m = _FOR_SIDE.match(text, s, best[0])
        if m is None or m.end() != best[0]:
            return actor
        holder = [x for x in table.in_span(m.start("who"), m.end("who")) if x.end == m.end("who")]
        if not holder:
            return actor
        side = table.top(holder[-1].actor)
        if table.actors[side].cls == "person" or side == raw:
            return actor
        self._person_side[raw] = side
        return side

    def _role_pronoun(self, cand, actor: int | None) -> int | None:
        """'Varrow's interior minister rules out X. "...," she said': "he"/"she" is the role
        just named for its body (this sentence or the one before), unless a person was
        named since."""
        idx, pos, role_actor = self._role_holder
        if cand[3] not in ("he", "she") or idx < self._idx - 1 or pos >= cand[0]:
            return actor
        if any(self.table.actors[m.actor].cls == "person" for m in self.table.in_span(pos, cand[0])):
            return actor
        return role_actor

    def _collectives(self, s: int, e: int, cands) -> list[tuple[int, int, None, str]]:
        """Collective subjects in a sentence ("The two sides", "Both governments", "The
        Ministers") that open their clause and name no actor themselves, as subject
        candidates whose word is COLLECTIVE + the number of sides ("" for any)."""
        text = self.text
        out = []
        for m in COLLECTIVE_RE.finditer(text, s, e):
            a, b = m.span()
            lead = text[s:a] if a - s <= 80 else "x" + text[a - 80:a]
            if not (_COLLECTIVE_LEAD.search(lead) or FORMS.get(lead.rsplit(None, 1)[-1].lower() if lead.strip() else "")
                    == SPEECH):
                continue   # "officials on both sides said"
            inside = [c for c in cands if a <= c[0] < b]
            if any(c[2] is None or self.table.actors[c[2]].name.lower() not in _COLL_NOUNS for c in inside):
                continue   # "the Norvian leaders" (an actor's)
            for c in inside:
                cands.remove(c)   # ("The two Governments": no actor named "Governments")
            q = (m.group("q") or "").lower()
            n = _COLL_COUNTS.get(q) or _COLL_COUNTS.get((m.group("n") or "").lower()) or ""
            out.append((a, b, None, f"{COLLECTIVE}{n}"))
        return out

    def _sides(self, n: int) -> list[int]:
        """The sides of the story for a collective subject: the actors (no person, broker
        or unnamed group) mentioned at least twice, most mentioned first; ``n`` of them
        when the collective says how many ("the two sides"), else all (at most six);
        none when the story has fewer."""
        got = self._side_cache.get(n)
        if got is not None:
            return got
        table, text = self.table, self.text
        brokers = {table.top(b) for b in table.brokers}
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        for m in table.mentions:
            aid = table.top(m.actor)
            if aid in brokers or table.actors[aid].cls in ("person", "merged", "generic") \
                    or table.actors[aid].name.lower() in _COLL_NOUNS \
                    or _PLACE_PREP.search(text, max(0, m.start - 10), m.start):
                continue   # (a place: "met in Harbo")
            counts[aid] = counts.get(aid, 0) + 1
            first.setdefault(aid, m.start)
        ranked = [a for a in sorted(counts, key=lambda a: (-counts[a], first[a])) if counts[a] >= 2]
        states = [a for a in ranked if table.actors[a].cls == "state"]
        if len(states) >= max(n, 2):
            ranked = states   # (two states and the UN that chairs their commission: the states)
        sides = (ranked[:n] if len(ranked) >= n else []) if n else (ranked[:6] if len(ranked) >= 2 else [])
        self._side_cache[n] = sides
        return sides

    def _apposition_head(self, cands, c, s: int):
        """The organisation ``c`` is written inside an apposition of ("The Southern Group, a
        bloc of fast-growing economies led this year by Dornelia, said ..."): the candidate
        right before the apposition's opening ", a/an/the", when no comma comes between."""
        text = self.text
        comma = text.rfind(", ", s, c[0])
        if comma < 0 or not _APPOSITION_OPEN.match(text, comma + 2):
            return None
        k = bisect.bisect_left(cands, (comma,)) - 1
        head = cands[k] if k >= 0 else None
        if head is None or head[1] != comma or head[3] or head[2] is None \
                or self.table.actors[self.table.top(head[2])].cls in ("person", "generic"):
            return None
        return head

    def _closes_apposition(self, c, s: int) -> bool:
        """Whether the mention ``c`` is a person named in apposition to their role at the
        sentence's start ("The union's leader, Jane Roe," / "Its envoy, X,"): the words
        before its comma are a short noun phrase with no verb."""
        if c[2] is None or self.table.actors[c[2]].cls != "person":
            return False
        head = self.text[s:c[0] - 2]
        return 0 < len(head.split()) <= 8 and not _NP_VERB.search(head) and not TRIGGER_RE.search(head)

    def _inverted_np(self, cands, pos: int, e: int, speaker: int | None, floor: int) -> tuple[int, int] | None:
        """The speaker of '"...," said the union's president, Jane Roe' / 'said its founder,
        X': a noun phrase after the verb whose head is a title; its holder is the
        possessor ("the union's", "its") or the person named in apposition."""
        text = self.text
        np = _INVERTED_NP.match(text, pos, e)
        if np is None or _NP_VERB.search(np.group()) or TRIGGER_RE.search(np.group()) or not (
                np.group("owner") or np.group("of") or "," in np.group()):
            return None   # a title with its owner or its name, not a clause ("the agency could not")
        inside = [c for c in cands[bisect.bisect_left(cands, (pos,)):] if c[0] < np.end()]
        named = [c for c in inside if c[3] == "" and c[2] is not None]
        if named and np.group("owner") and np.group("owner").split()[0].lower() in PRONOUNS:
            return self.table.top(named[0][2]), named[0][0]   # "its founder, X": X names it
        if np.group("of") and not np.group("owner"):
            # "the chair of the Coalition, X": the body the title belongs to
            own = [c for c in inside if c[3] == "" and c[2] is not None and np.start("of") <= c[0] < np.end("of")]
            if own:
                return self.table.top(own[0][2]), own[0][0]
        if np.group("owner"):
            # the possessor ("the federation's", "its"): a named one, or the pronoun's referent
            own = [c for c in inside if c[0] < pos + len(np.group("det") or "") + len(np.group("owner")) + 1]
            if own:
                recent = [a for i, a in self.state.recent if i >= self._idx - 2]
                got = _resolve(self.table, own[0], speaker, floor, text, recent)
                if got is not None:
                    return got, own[0][0]
        if named:
            return self.table.top(named[0][2]), named[0][0]
        return None

    def _conjuncts(self, cands, best, actor: int) -> tuple[tuple[int, ...], int]:
        """Actors coordinated with the holder ("A and B agreed", "A, B and C said"):
        their ids (other than ``actor``) and where the first conjunct starts. Not
        after a preposition ("talks between A and B ...") nor for possessives."""
        text = self.text
        k = cands.index(best)
        found = []
        cur, seen_and = best, False
        while k > 0:
            k -= 1
            c = cands[k]
            if c[2] is None or c[1] > cur[0] or text.startswith(_POSSESSIVE, c[1]):
                break
            gap = text[c[1]:cur[0]]
            if _AND_GAP.fullmatch(gap) and not seen_and:
                seen_and = True
            elif not (seen_and and _COMMA_GAP.fullmatch(gap)):
                break
            found.append(c)
            cur = c
        if not found or _PREP_BEFORE.search(text, max(0, cur[0] - 12), cur[0]):
            return (), -1
        ids = []
        for c in reversed(found):
            aid = self.table.top(c[2])
            if aid != actor and aid not in ids:
                ids.append(aid)
        return tuple(ids), cur[0]

    # -- what it says
    def _objects(self, idx: int, s: int, e: int, triggers: list[Trigger], qspans, hedged: bool) -> list[_Found]:
        text = self.text
        produced: list[_Found] = []
        consumed: set[int] = set()
        # the next trigger that has a holder, for each trigger (one backward pass)
        following: list[Trigger | None] = [None] * len(triggers)
        seen_next: Trigger | None = None
        for k in range(len(triggers) - 1, -1, -1):
            following[k] = seen_next
            if triggers[k].subject is not None:
                seen_next = triggers[k]
        co: tuple[int, ...] = ()   # co-holders of the trigger whose items start at ``mark``
        mark = 0
        for i, t in enumerate(triggers):
            self._share(produced, mark, co)
            co, mark = t.co, len(produced)
            if t.subject is None or id(t) in consumed:
                continue
            nxt = following[i]
            limit = e
            if nxt is not None and not (t.cls == SPEECH and nxt.subject != t.subject):
                limit = nxt.subject_start if t.end < nxt.subject_start < nxt.start else nxt.start
            start = t.end
            speech = t.cls == SPEECH and not t.modal
            if t.passive or (t.according and text[max(s, t.start - 3):t.start].strip() != ""):
                self._patient(idx, s, e, t, hedged, produced)
                continue
            if t.according:
                # "According to X, CLAIM"
                m = _COMMA_SPACE.search(text[t.end:e])
                if not m:
                    continue
                a = t.end + m.end()
                b = _cut(text, a, e, True)
                a, b = trim(text, a, b)
                if b - a > 8 and not _STATISTIC.search(text[a:b]):
                    produced.append(_Found(t.subject, "claim", clean_phrase(text[a:_limit(text, a, b)]), a,
                                           _limit(text, a, b), idx, t.rule, hedged))
                continue
            if speech and t.shared and t.form.lower().endswith("ing") and _IT_WOULD.match(text, t.end) and any(
                    f.actor == t.subject and f.stance not in (SPEECH, "concern") and f.sentence == idx for f in produced):
                continue   # "rejected X, saying it would ...": what X would do, the stance's reason
            if speech and _SAID_NO.match(text, t.end, e):
                # "we asked for A, and the ministry said no": a refusal of what was asked
                told = [f for f in [*self.found, *produced] if f.sentence >= idx - 1
                        and f.stance in ("demand", "propose") and f.actor != t.subject]
                if told:
                    last = max(f.sentence for f in told)
                    for f in told:
                        if f.sentence == last:
                            produced.append(_Found(t.subject, "reject", f"said no: {_VERB_HEAD.sub('', f.text)}",
                                                   t.start, t.end + 3, idx, "said.no", hedged))
                continue
            if speech:
                raw_tail = text[start:e] if e - start < 300 else "x" * 300
                if t.inverted or (self._may_be_empty_tail(start, e) and EMPTY_TAIL_RE.match(raw_tail)) \
                        or not raw_tail.strip():
                    # the claim is what came before: the quote, or the clause
                    a, b = self._before(s, t, quoted=qspans)
                    if b - a > 8 and not (qspans and any(qa <= a < qb for qa, qb in qspans)):
                        b2 = _limit(text, a, b)
                        produced.append(_Found(t.subject, "claim", clean_phrase(text[a:b2]), a, b2, idx,
                                               "said.claim", hedged))
                    continue
                if t.form.lower().startswith(("tel", "told")):
                    m = _THAT_SPACE.search(text[start:min(limit, start + 90)])
                    if m and not _OPEN_QUOTE.search(text[start:start + m.start()]):
                        start += m.end()
                    else:
                        m = TELL_SKIP.match(text[start:limit])
                        if m:
                            start += m.end()
                # (_WHEN_THAT ends with "that")
                m = (_WHEN_THAT.match(text, start, limit) if self._may_hold(start, limit, ("that",)) else None) \
                    or LEAD_RE.match(text[start:limit])
                if m:
                    start += m.end() - (start if m.re is _WHEN_THAT else 0)
                if t.form.lower() in _SUGGEST_FORMS and (m is None or m.re is not _WHEN_THAT) \
                        and _NP_START.match(text, start, limit) and not _NP_FINITE.match(text, start, limit):
                    # "suggested a seven-year period, a drought protocol and a panel": a noun
                    # phrase object, no clause: what is suggested is proposed, item by item
                    t.cls, t.rule = "propose", "verb.propose"
                    a, b = trim(text, start, _cut(text, start, limit, False))
                    if b > a:
                        self._emit(idx, t, text[t.start:t.end], a, b, hedged, produced)
                    continue
                end = _cut(text, start, limit, True)
                if nxt is not None and nxt.subject == t.subject and nxt.start < e and not nxt.in_quote \
                        and (nxt.subject_start >= start or nxt.shared):
                    # "X said it would reject ...": the inner stance is the position
                    end = min(end, nxt.subject_start if nxt.subject_start >= start else nxt.start)
                    if len(text[start:end].split()) <= 2 or _COND_OPEN.match(text, start):
                        # "said it was prepared to A, but that its offer was B": B is said too
                        # (a stance's object ends at "but"; the clause after it is the claim's)
                        more = _BUT_THAT.search(text, nxt.end, e) if "but that" in self._low[nxt.end:e] else None
                        if more:
                            a, b = trim(text, more.end(), _cut(text, more.end(), e, True))
                            if len(text[a:b].split()) >= 2:
                                self._emit_claim(idx, t, a, b, hedged, produced)
                        continue   # ("said that if X, they will Y": the condition is Y's)
                if nxt is not None and nxt.subject is not None and nxt.subject != t.subject and not nxt.in_quote \
                        and nxt.start < end and 0 <= nxt.subject_start - start <= 4 \
                        and not _THAT_SPLIT_AHEAD.search(text, start, nxt.start):
                    # "I would note that the government did not reject the outline": the
                    # reported clause is the government's position, not the speaker's claim
                    continue
                for a, b in self._split_that(start, end):
                    a, b = trim(text, a, b)
                    if len(text[a:b].split()) < 2:
                        continue
                    self._emit_claim(idx, t, a, b, hedged, produced)
                continue
            # stance verbs: verb + object, split into items
            # (_LEAD_PAREN and _LEAD_ADVERB open with a comma)
            paren = _LEAD_PAREN.match(text, start, e) if text.startswith(",", start) else None
            if paren:
                start = paren.end()   # "has offered, according to a document, a phased increase"
            lead = _LEAD_ADVERB.match(text, start, e) if text.startswith(",", start) else None
            that = _THAT.match(text, lead.end() if lead else start, e)
            if that:
                start = that.end()   # ("warned, however, that ...")
            t.clausal = bool(that)
            colon = text.find(": ", start, min(e, start + 300))
            inner = []
            if colon >= 0:
                for x in triggers[i + 1:]:
                    if x.start >= colon:
                        break
                    inner.append(x)
            if colon >= 0 and len(text[colon:e].split()) >= 3 and not any(
                    x.subject not in (None, t.subject) for x in inner) and _ANNOUNCES_LIST.search(text, start, colon):
                # "wants three things before it will sign ...: A, B and C" (but not "will
                # release nine of the people it holds: the four ...": that is no list)
                noun = _LIST_NOUN_IN.search(text, start, colon)
                listed = False
                if noun and t.cls in ("propose", "claim") and not t.negated:
                    # "set out three conditions: ..." -- the list noun says the stance
                    t.cls = _list_noun_class(noun.group(1))
                    t.rule = f"list.{t.cls}"
                    listed = True
                start, limit = colon + 2, e
                consumed.update(id(x) for x in inner)
                if ";" in text[start:e] or listed:
                    # items separated by semicolons (they may hold commas): one object each
                    last = start
                    cuts = [(m.start(), m.end()) for m in _SEMI_ITEM.finditer(text, start, e)] + [(e, e)]
                    for k, (ca, cb) in enumerate(cuts):
                        a, b = trim(text, last, _cut(text, last, ca, False))
                        if b > a:
                            self._emit(idx, t, "" if listed else text[t.start:t.end], a, b, hedged, produced,
                                       None, with_verb=k == 0 and not listed)
                        last = cb
                    continue
            end = _cut(text, start, limit, False)
            a, b = trim(text, start, end)
            # (_TIME_ONLY spans at most six words)
            if t.subject_start > s and not t.modal and not t.shared and (
                    b <= a or _ADVERBIAL_OBJECT.match(text, a) or _REL_LOOSE.match(text, a, b)
                    or (len(text[a:b].split()) <= 6 and _TIME_ONLY.fullmatch(text, a, b))
                    or _GAP_OBJECT.fullmatch(text, a, b) or _NEXT_CLAUSE.match(text, t.end, max(b, t.end))
                    or _WHEN_GAP.match(text, a, b)):
                # "a wider truce, which the front had sought", "the plan that the rebels have
                # always rejected": the object is the noun phrase the relative pronoun stands for
                # (", which its members proposed": _antecedent, below, takes the whole list)
                na = None if _WHICH_VERB_BEFORE.search(text, max(s, t.start - 30), t.start) else self._relative_np(s, t)
                if na is not None:
                    self._emit(idx, t, "", na[0], na[1], hedged, produced, with_verb=False)
                    continue
            if b > a and len(text[a:b].split()) <= 6 and _TIME_ONLY.fullmatch(text, a, b):
                continue   # "the 6% it offered last week": the object is before the verb
            if b > a and (_GAP_OBJECT.fullmatch(text, a, b) or _NEXT_CLAUSE.match(text, t.end, b)
                          or _WHEN_GAP.match(text, a, b) or self._time_then_comma(a, b)):
                continue   # "everything we asked for", "a change it had sought for a decade",
                #            "not everything we wanted, but ...", "the 7% it put forward when
                #            talks opened", "the 6% it offered last week, plus ..."
            if b > a and t.subject_start > s and _ADVERBIAL_OBJECT.match(text, a) \
                    and _OBJECT_RELATIVE.search(text, max(s, t.subject_start - 80), t.subject_start):
                # "the €28 a share that X's directors rejected in April as ...": the thing
                # rejected is the noun before "that"
                rel = _OBJECT_RELATIVE.search(text, max(s, t.subject_start - 80), t.subject_start)
                na = rel.start("np")
                self._emit(idx, t, "", na, b, hedged, produced, with_verb=False)
                continue
            if b <= a:
                # ", which it rejects": the clause the relative pronoun stands for
                if _WHICH_VERB_BEFORE.search(text[max(s, t.start - 30):t.start]):
                    a, b = self._antecedent(s, t)
                if b <= a:
                    continue
            verb = text[t.start:t.end]
            if t.negated:
                neg = NEG_BEFORE.search(text[max(s, t.start - 30):t.start]) \
                    or _SHORT_OF.search(text, max(s, t.start - 30), t.start)
                v0 = t.start - len(neg.group()) if neg else t.start
                while neg and v0 > s and text[v0 - 1].isalpha():
                    v0 -= 1   # "doesn't accept", not "n't accept"
                verb = text[v0:t.end] if neg else "not " + verb
            # a condition may sit past the clause boundary ("..., but only if ...")
            cond = self._cond(start, min(limit, start + 600))
            self._emit(idx, t, verb, a, b, hedged, produced, cond)
        self._share(produced, mark, co)
        # "X did A, according to X": the stance already says it
        if any(f.rule == "according_to" for f in produced):   # (else the filter keeps them all)
            stance_holders = {g.actor for g in produced if g.rule != "according_to"}
            produced = [f for f in produced if not (f.rule == "according_to" and f.actor in stance_holders)]
        self.found.extend(produced)
        return produced

    @staticmethod
    def _share(produced: list[_Found], mark: int, co: tuple[int, ...]) -> None:
        """The items found since ``mark`` are held by each co-holder too ("A and B agreed")."""
        if co:
            mine = produced[mark:]
            for aid in co:
                produced.extend(_Found(aid, f.stance, f.text, f.start, f.end, f.sentence, f.rule, f.hedged)
                                for f in mine)

    def _emit_claim(self, idx: int, t: Trigger, a: int, b: int, hedged: bool, produced: list[_Found]) -> None:
        """A reported claim, with its condition as a demand ("will close unless ...")."""
        text = self.text
        cond = self._cond(a, b)
        main_end = cond.start() if cond else b
        ma, mb = trim(text, a, main_end)
        if _ANAPHORIC.match(text, ma, mb):
            return   # "has said so publicly", "told me the same thing": what, is said elsewhere
        if len(text[ma:mb].split()) >= 2:
            if t.form.lower() in _SAY_FORMS and (_no_clause(text[ma:mb]) or _AS_ADVERBIAL.match(text, ma, mb)
                                                 or _SAY_WORDS.match(text, ma, mb)):
                return   # "told an industry conference", "said many things", "said as she
                #          left": no clause said
            full = mb
            mb = _limit(text, ma, mb)
            stance, ma2 = self._reported_modal(t, ma, mb)
            # "said it would put A, keep B, and invest C": one commitment per verb
            for pa, pb in self._series(ma2, full) if stance == "vow" else ((ma2, mb),):
                pb = _limit(text, pa, pb)
                produced.append(_Found(t.subject, stance, clean_phrase(text[pa:pb]), pa, pb, idx,
                                       f"said.{stance}", hedged))
        if cond:
            ca, cb = trim(text, cond.end(), b)
            if len(text[ca:cb].split()) >= 2:
                cb = _limit(text, ca, cb, 20)
                produced.append(_Found(t.subject, "demand", clean_phrase(text[ca:cb]), ca, cb, idx,
                                       "cond.demand", hedged))

    def _series(self, a: int, b: int) -> list[tuple[int, int]]:
        """A commitment's span split before each coordinated bare verb that takes an object
        ("would put A, keep B's factories open, and invest C"): the modal governs them all."""
        text = self.text
        if text.count(",", a, b) + text.count(" and ", a, b) == 0:
            return [(a, b)]
        out = []
        last = a
        for m in _SERIES_VERB.finditer(text, a, b):
            if m.start() > last:
                out.append(trim(text, last, m.start()))
            last = m.start(1)
        out.append(trim(text, last, b))
        return [(x, y) for x, y in out if y > x]

    def _reported_modal(self, t: Trigger, a: int, b: int) -> tuple[str, int]:
        """The stance of a reported clause told by its modal, and where its text starts:
        "said it would return to the table" -> vow "would return to the table" (the
        holder's own commitment), "said debt must fall below 70%" -> demand (whoever
        the subject). Otherwise a claim, whole."""
        text = self.text
        form = t.form.lower()
        if form.startswith(_MANDATIVE) and (_SUBJUNCTIVE.match(text, a, b) or (
                form.startswith(_MANDATIVE_BARE) and _SUBJUNCTIVE_BARE.match(text, a, b))):
            return "demand", a   # "insisted that the fee be doubled", "... that any deal include X": a demand
        if not _holds_any(text[a:min(b, a + 120)].lower(), _RM_WORDS):
            return "claim", a
        if _SERIES_MODAL.match(text, a, b) and a > 0 and text[a - 2:a].strip() == ",":
            return "vow", a   # "would keep A, would invest B": the series' next commitment
        m = REPORTED_MODAL_RE.match(text, a, b)
        if m is None:
            return "claim", a
        stance = _RM_CLASS.get(_SPACES.sub(" ", m.group("modal")).lower())
        if stance == "demand":
            return "demand", a
        verb = m.group("verb")
        if stance != "vow" or m.group("neg") or verb in _NOT_VOW:
            return "claim", a
        subj = m.group("subj")
        if PRONOUNS.get(subj.lower()) is None and not _HOLDER_PEOPLE.fullmatch(subj):
            # (the holder's own people may commit it: "members would walk out")
            # a named subject: the holder's own name or a nominal pointing at it
            mention = [x for x in self.table.in_span(a, m.end("subj")) if x.start == a or x.end == m.end("subj")]
            if not mention or self.table.top(mention[-1].actor) != t.subject:
                return "claim", a
        return "vow", m.start("modal")

    def _patient(self, idx: int, s: int, e: int, t: Trigger, hedged: bool, produced: list[_Found]) -> None:
        """Passive or trailing "according to": the thing acted on comes before the verb."""
        text = self.text
        a, b = self._before(s, t)
        if t.according and b <= a:
            a, b = t.subject_start, e
        if b <= a:
            return
        body = clean_phrase(text[a:b])
        if t.according:
            if not _STATISTIC.search(body):
                produced.append(_Found(t.subject, "claim", body, a, b, idx, t.rule, hedged))
            return
        if t.cls in ("propose", "demand") and _UNDER_PLAN.fullmatch(body):
            # "Under the draft put forward by X, A would ..., and B would ...": what the
            # plan says is what X proposes, one item per clause
            comma = text.find(",", t.end, e)
            if comma >= 0:
                last = comma + 1
                for m in [*_PLAN_CLAUSE.finditer(text, last, e), None]:
                    ca, cb = trim(text, last, _cut(text, last, m.start() if m else e, False))
                    if len(text[ca:cb].split()) >= 3:
                        cb = _limit(text, ca, cb)
                        produced.append(_Found(t.subject, t.cls, clean_phrase(text[ca:cb]), ca, cb, idx,
                                               f"under.{t.cls}", hedged))
                    last = m.end() if m else e
                return
        self._owned_stance(idx, a, b, hedged, produced)
        # what follows the agent belongs to it too ("accused by X of laying mines")
        tail_end = b
        m = _AGENT_TAIL.match(text[t.end:e])
        extra = ""
        if m and any(x.start < t.end + m.end() < x.end for x in self.table.in_span(t.end, t.end + m.end() + 1)):
            m = None   # "by the Port Authority of X": the "of" is inside the agent's name
        if m:
            ta = t.end + m.end()
            tb = _cut(text, ta, e, False)
            ta, tb = trim(text, ta, tb)
            if tb > ta:
                extra = " " + clean_phrase(text[ta:tb])
                tail_end = tb
        if _ANAPHORIC_PATIENT.fullmatch(body) or _ANAPHORIC_TAIL.search(body):
            # (also "X asked for A, and that request was refused": the clause's last words)
            # "Those requests were turned down by Y": the requests named just before
            told = [f for f in [*self.found, *produced] if f.sentence >= idx - 2
                    and f.stance in ("demand", "propose") and f.actor != t.subject]
            if told:
                last = max(f.sentence for f in told)
                for f in told:
                    if f.sentence == last:
                        produced.append(_Found(t.subject, t.cls, f"{t.form.lower()}: {_VERB_HEAD.sub('', f.text)}",
                                               a, max(b, tail_end), idx, t.rule, hedged))
                return
        label = f"{t.form.lower()}: {body}{extra}"
        produced.append(_Found(t.subject, t.cls, label, a, max(b, tail_end), idx, t.rule, hedged))

    def _owned_by(self, idx: int, s: int, e: int) -> None:
        """"A proposal by the airline to fly long-haul routes with two pilots ...", "an
        offer from X of Y": the noun's owner holds what follows it, whatever the
        sentence's verb does with it (was withdrawn, was rejected, is on the table)."""
        text = self.text
        for m in _BY_OWNER.finditer(text, s, e):
            for x in self.table.in_span(m.end(), min(e, m.end() + 80))[:1]:
                if not _DET_ONLY.fullmatch(text, m.end(), x.start):
                    break
                rest = _OWNED_REST.match(text, x.end, e)
                if rest is None:
                    break
                a = rest.start(1) if rest.group(1) == "to" else rest.end()   # ("to fly ...", "of/for Y": Y)
                b = _cut(text, rest.end(), e, False)
                verb = _MAIN_VERB_AFTER.search(text, rest.end(), b)
                if verb:
                    b = verb.start()   # "... was withdrawn": the sentence's own verb
                a, b = trim(text, a, b)
                if len(text[a:b].split()) >= 3:
                    b = _limit(text, a, b)
                    stance = _OWNED_NOUNS[m.group(1).lower()]
                    self.found.append(_Found(self.table.top(x.actor), stance, clean_phrase(text[a:b]), a, b, idx,
                                             f"owned.{stance}"))

    def _possessive_noun(self, idx: int, s: int, e: int) -> None:
        """"the movement's demand for a referendum", "X's insistence on a balanced budget",
        "For X, the sticking point is Y": the possessor holds what its stance noun
        governs, whatever the sentence's verb does with it (stances.toml [possessive_nouns],
        [for_holder])."""
        text = self.text
        for m in _POSS_NOUN_RE.finditer(text, s, e):
            owner = [x for x in self.table.in_span(max(s, m.start() - 80), m.start() + 1) if x.end == m.start()]
            if not owner:
                continue
            a = m.start(2)
            b = _cut(text, m.end(), e, False)
            verb = _MAIN_VERB_AFTER.search(text, m.end(), b)
            if verb:
                b = verb.start()   # "... has been a sticking point": the sentence's own verb
            a, b = trim(text, a, b)
            actor = self.table.top(owner[-1].actor)
            lead = max(s, owner[-1].start - 40)
            if any(_DET_ONLY.fullmatch(text, v.end(), owner[-1].start) for v in TRIGGER_RE.finditer(text, lead, owner[-1].start)):
                continue   # "rejected the federation's call for ...", "open to the EU's request": the
                #            verb's holder acts on a demand stated elsewhere
            if len(text[m.end():b].split()) >= 1 and not self._said_before(actor, text[m.end():b]):
                b = _limit(text, a, b)
                stance = _POSS_NOUNS[m.group(2).lower()]
                self.found.append(_Found(actor, stance, clean_phrase(text[a:b]), a, b, idx, f"owned.{stance}"))
        m = _FOR_HOLDER_RE.match(text, s, e)
        if m:
            holder = [x for x in self.table.in_span(m.start("who"), m.end("who")) if x.end == m.end("who")]
            if holder:
                a, b = trim(text, m.end(), _cut(text, m.end(), e, False))
                if len(text[a:b].split()) >= 2:
                    b = _limit(text, a, b)
                    stance = _FOR_HOLDER[_SPACES.sub(" ", m.group("noun")).lower()]
                    self.found.append(_Found(self.table.top(holder[-1].actor), stance, clean_phrase(text[a:b]), a, b,
                                             idx, f"owned.{stance}"))

    def _said_before(self, actor: int, words: str) -> bool:
        """Whether an earlier item of ``actor`` holds every content word of ``words`` ("the
        federation's call for a safeguard" after its demand for that safeguard)."""
        content = [w for w in _CONTENT_WORD.findall(words.lower()) if w not in STOPWORDS_LOW]
        if not content:
            return True
        for f in self.found:
            if f.actor == actor:
                low = f.text.lower()
                if all(w in low for w in content):
                    return True
        return False

    def _owned_stance(self, idx: int, a: int, b: int, hedged: bool, produced: list[_Found]) -> None:
        """"A Freedonian proposal for X was rejected by ...": the proposal is its owner's
        position too (a name, demonym or possessive before the stance noun)."""
        text = self.text
        for m in self.table.in_span(a, b)[:1]:
            if not _DET_ONLY.fullmatch(text, a, m.start):
                return
            noun = _OWNED_NOUN.match(text, m.end, b)
            if noun is None:
                return
            ba, bb = trim(text, noun.start(1), b)
            if len(text[noun.end():bb].split()) >= 2:
                stance = _OWNED_NOUNS[noun.group(2).lower()]
                produced.append(_Found(self.table.top(m.actor), stance, clean_phrase(text[ba:bb]), ba, bb, idx,
                                       f"owned.{stance}", hedged))

    def _relative_np(self, s: int, t: Trigger) -> tuple[int, int] | None:
        """For a stance verb in a relative clause whose pronoun is its object ("the truce,
        which the front had sought", "the plan that the rebels rejected"): the span of the
        noun phrase the pronoun stands for, or None. The phrase opens with a determiner or
        a possessor and holds no verb; a noun that takes a "that" clause ("the hope that")
        has no relative."""
        text = self.text
        p = t.subject_start
        window = text[max(s, p - 16):p]
        if "which" not in window and "that" not in window:
            return None   # (the cheap test: most holders follow no relative pronoun)
        rel = _REL_PRONOUN.search(text, max(s, p - 16), p)
        if rel is None:
            return None
        end = rel.start()
        lo = max(s, end - 120)
        words = list(_WORD.finditer(text, lo, end))
        det = None
        first = max(0, len(words) - 9)   # the first word of the noun phrase's clause
        for k in range(len(words) - 1, first - 1, -1):
            tok = words[k].group()
            if (k == 0 and words[k].start() == lo and lo > s) or tok[-1:] in ",;:.!?)" or _QUOTE_CHAR.search(tok):
                first = k + 1   # (a word cut by the window)
                break
            low = tok.lower()
            if low in _REL_STOP or ((low in FORMS or low.endswith(("ed", "ing"))) and not (
                    k and ((w := words[k - 1].group().lower()) in _REL_DETS or w in _REL_PREPS or w.endswith(_POSSESSIVE)))):
                first = k + 1   # a verb ("refused an inquiry, which ..."), not an adjective ("a guaranteed right")
                break
            if low in _REL_DETS or low.endswith(_POSSESSIVE):
                det = k
        # the phrase opens its clause, or follows the verb's preposition ("agree to a truce, which")
        if det is None or not (det == first or (det == first + 1 and words[first].group().lower() in _REL_PREPS)):
            return None
        head = words[-1].group().lower()
        if rel.group("pron") == "that" and head in _THAT_NOUNS:
            return None   # "the hope that X would accept": a complement, no relative
        return words[det].start(), end

    def _antecedent(self, s: int, t: Trigger) -> tuple[int, int]:
        """For "..., which it rejects": the clause before ", which"."""
        text = self.text
        m = None
        s = max(s, t.start - 400)
        for m in _WHICH.finditer(text[s:t.start]):
            pass
        if m is None:
            return 0, 0
        end = s + m.start()
        # the whole clause before ", which", at most its last twelve words, after its
        # own stance verb if it has one ("welcomes A and B, which its members proposed")
        comma = text.rfind(",", s, end)
        s = comma + 1 if comma >= 0 else s
        for v in TRIGGER_RE.finditer(text, s, end):
            s = v.end()
        a, b = trim(text, s, end)
        words = list(_WORD.finditer(text[a:b]))
        if len(words) > 12:
            a = a + words[-12].start()
        return a, b

    def _emit(self, idx: int, t: Trigger, verb: str, a: int, b: int, hedged: bool, produced: list[_Found],
              cond=None, with_verb: bool = True) -> None:
        text = self.text
        parts: list[tuple[int, int, str]] = []
        prep_word = text[a:a + 8].split(" ", 1)[0].lower() if " " not in t.form else ""
        if prep_word not in _PREP_REPEAT:
            prep_word = ""
        if cond is None or cond.start() < a:
            cond = self._cond(a, b)
        if cond is None and t.cls == "accept" and not t.negated and not self.state.labelled and self._interview is None \
                and (" if " in text[a:b] or " long as " in text[a:b]):
            # "prepared to add X if the rebels first released Y": a conditional acceptance
            # demands its condition (not "would walk out if ...": a threat's trigger); news
            # copy only (transcripts and interviews keep their answers whole)
            cond = _IF_COND.search(text, a, b)
            if cond is not None and not self._other_acts(t, cond.end(), b):
                cond = None
        main_end = min(cond.start(), b) if cond else b
        if t.cls in SPLITTABLE and not t.modal and not t.clausal:
            pieces = []
            last = a
            # (not inside "than ..." / "in exchange for A and B": that phrase's own list)
            tail = _NO_SPLIT_TAIL.search(text, a, main_end) \
                if self._may_hold(a, main_end, _NO_SPLIT_GATE) else None   # (it needs one of them)
            splits = list(LIST_SPLIT_RE.finditer(text, a, tail.start() if tail else main_end))
            if splits and not any(_AND_OR.search(m.group()) for m in splits):
                splits = []   # "A, the B": an apposition, not a list
            # (the preposition ends the verb's form, or opens its object: "asked for X")
            pw = t.form.lower().rsplit(" ", 1)[-1] if " " in t.form else text[a:a + 8].split(" ", 1)[0].lower()
            prep = _PREP_REPEAT.get(pw)
            if prep is not None:
                repeated = list(prep.finditer(text, a, main_end))
                more = [m for m in repeated if not any(x.start() <= m.start() < x.end() for x in splits)]
                if repeated:   # "for A, for B and for C": the bare commas too
                    more += [m for m in _COMMA_GAP.finditer(text, a, main_end)
                             if text.startswith(pw + " ", m.end())
                             and not any(x.start() <= m.start() < x.end() for x in splits + more)]
                if more:
                    splits = sorted(splits + more, key=lambda m: m.start())
            for m in splits:
                if self._clause_at(m.end()):
                    main_end = m.start()   # "agreed to A and the union dropped B": a new clause
                    break
                pieces.append((last, m.start()))
                last = m.end()
            pieces.append((last, main_end))
            ends_that = t.form.lower().endswith("that")
            for pa, pb in pieces:
                # (_AND_THAT needs "that")
                for m in (() if ends_that or not self._may_hold(pa, pb, ("that",))
                          else _AND_THAT.finditer(text, pa, pb)):
                    if _COMPLEMENT_AFTER.match(text, m.end()):
                        continue      # "warned that A and that the board would B": two clauses
                    pb = m.start()   # "did not reject X, and that gives me hope": a new clause
                    break             # (but "agreed that A, and that B" is two clauses agreed)
                for qa, qb in self._split_that(pa, pb):
                    qa, qb = trim(text, qa, qb)
                    if qb > qa:
                        parts.append((qa, qb, t.cls))
        else:
            for qa, qb in self._split_that(a, main_end):
                pa, pb = trim(text, qa, qb)
                if pb > pa:
                    parts.append((pa, pb, t.cls))
        if cond:
            ca, cb = trim(text, cond.end(), _cut(text, cond.end(), self._sent_end(cond.end()), False))
            # "provided that A and that B": two conditions
            for qa, qb in (self._split_that(ca, cb) if len(text[ca:cb].split()) >= 2 else ()):
                qa, qb = trim(text, qa, qb)
                if len(text[qa:qb].split()) >= 2:
                    parts.append((qa, qb, "cond"))
        verb_text = clean_phrase(verb) if parts else ""
        for n, (pa, pb, cls) in enumerate(parts):
            pb = _limit(text, pa, pb, 20)
            if text.find(",", max(pa, pb - 16), pb) >= 0:
                adv = _TRAILING_ADVERB.search(text, pa, pb)
                if adv:
                    pb = adv.start()   # "rejecting a longer timetable, however": the adverb is no part of it
            body = clean_phrase(text[pa:pb])
            if not body or (_EMPTY_BODY.fullmatch(body) and not (
                    cond and cls != "cond" and body.lower() in ("that", "this", "it") and verb_text)):
                continue   # (but "open to that, provided ...": the stance, then its conditions)
            if t.rule == "modal.would_if" and cls != "cond" and _BARE_VERB.fullmatch(body):
                continue   # "would sign only if X", "would consider it if X": the condition says it all
            if cls == "cond":
                produced.append(_Found(t.subject, "demand", body, pa, pb, idx, "cond.demand", hedged))
                continue
            vtext = verb_text
            if n and t.modal and _MODAL_START.match(body):
                vtext = ""   # "would not A, and would give B": B has its own modal
            label = f"{vtext} {body}" if vtext else body
            qa, qb = pa, pb
            if n and prep_word and vtext and not body.lower().startswith(prep_word + " "):
                label = f"{vtext} {prep_word} {body}"   # "asked for A and B": "asked for B"
            elif (head := body.split(" ", 1)[0].lower()) in _PREP_REPEAT and vtext.lower().endswith(" " + head):
                label = f"{vtext} {body.split(' ', 1)[1]}" if " " in body else label   # not "calls for for B"
            if n == 0 and with_verb:
                qa = min(pa, t.start - (len(verb) - len(text[t.start:t.end])))
                qb = max(pb, t.end)
            produced.append(_Found(t.subject, cls, label, qa, qb, idx, t.rule, hedged))

    def _other_acts(self, t: Trigger, a: int, b: int) -> bool:
        """Whether the clause at ``a`` has another side act on something: its subject a
        named actor other than the holder, a verb, then an object ("if the rebels first
        released the 38 civilians"; not "if Vantelle means it", "if the figures show")."""
        ms = [x for x in self.table.in_span(a, min(b, a + 60)) if x.start <= a + 4]
        if not ms or not _DET_ONLY.fullmatch(self.text, a, ms[0].start):
            return False
        actor = self.table.top(ms[0].actor)
        if actor == t.subject or self.table.actors[actor].cls == "person":
            return False
        return _ACTS_ON.match(self.text, ms[0].end, b) is not None

    def _time_then_comma(self, a: int, b: int) -> bool:
        """Whether the object is only a time and a comma ("offered last week, plus ...",
        "floated this morning, with ..."): what was offered stands before the verb."""
        m = _TIME_ONLY.match(self.text, a, b)
        return m is not None and m.end() > a and m.group().endswith(",")

    def _clause_at(self, pos: int) -> bool:
        """Whether an actor as the subject of a finite verb starts at ``pos`` ("the union
        dropped ...", "Varden has ..."): a new clause, not a list item."""
        text = self.text
        for x in self.table.in_span(pos, pos + 80)[:1]:
            if _DET_ONLY.fullmatch(text, pos, x.start) and _FINITE_AFTER.match(text, x.end):
                return True
        # "and the mine's operator, the London-listed X, is running out of time"
        # "..., and the scientific advice does not require that": a noun phrase and its verb
        return _APPOSED_SUBJECT.match(text, pos, pos + 160) is not None \
            or _NP_CLAUSE.match(text, pos, pos + 120) is not None

    def _sent_end(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.doc.sentences[i][1]:
            return self.doc.sentences[i][1]
        return pos

    def _split_that(self, a: int, b: int) -> list[tuple[int, int]]:
        """A reported clause split at "..., and that ...": one claim each."""
        if not (self._may_hold(a, b, _THAT_SPLIT_GATE) and self._may_hold(a, b, _THAT_SPLIT_GATE2)):
            return [(a, b)]
        out = []
        last = a
        for m in THAT_SPLIT_RE.finditer(self.text, a, b):
            if "that" not in m.group() and not _MODAL_IN.search(self.text, max(0, last - 16 if last == a else last),
                                                                m.start()):
                continue   # "the cap was too low and would cost jobs": one claim ("it would A and would B": two)
            out.append((last, m.start()))
            last = m.end()
        out.append((last, b))
        return out

    def _before(self, s: int, t: Trigger, quoted=None) -> tuple[int, int]:
        """The clause before a post-posed attribution or a passive verb."""
        text = self.text
        if quoted:
            for qa, qb in quoted:
                if qb <= t.start:
                    a, b = trim(text, qa, qb)
                    return a, b
        end = t.subject_start if (t.inverted is False and 0 <= t.subject_start < t.start) else t.start
        reduced = False
        if t.passive:
            s = max(s, t.start - 400)
            m = PASSIVE_BEFORE.search(text[s:t.start])
            end = s + m.start() if m else t.start
            reduced = m is None
        s = max(s, end - 400)
        chunk = text[s:end]
        # start after the last strong boundary before it
        cut = max(chunk.rfind("; "), chunk.rfind(": "))
        start = s + cut + 2 if cut >= 0 else s
        m = _CAPS_LEAD.match(text[start:end])
        if m:
            start += m.end()
        a, b = trim(text, start, end)
        if t.passive:
            # only the last few words: the thing rejected
            words = list(_WORD.finditer(text[a:b]))
            if reduced:
                # "..., as the Front rejected the proposal backed by X": with no "was" the
                # participle qualifies the noun phrase just before it, so the thing
                # backed starts at that phrase's determiner ("the release of the men")
                np_words = list(_NP_WORD.finditer(text, a, b))
                first = _reduced_object_start(np_words) if np_words else 0
                opener = np_words[first].start() if np_words else a
                if first and text[opener - 1] not in _APPOSITION_MARKS \
                        and not np_words[first - 1].group().endswith(",") \
                        and np_words[first - 1].group().lower() not in _NP_PREPOSITIONS:
                    a = opener
                elif len(words) > 14:
                    # "X\u2014a plan widely rejected by Y": an apposition names the thing
                    # before it, so keep the words that lead up to it
                    a = a + words[-14].start()
            elif len(words) > 14:
                a = a + words[-14].start()
        return a, b


_NP_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this",
                             "that", "these", "those"})
_NP_LINKS = frozenset({"of", "for", "on", "to", "over", "from"})
# "Under the compromise put forward by X, ...": the phrase is the frame of what follows
_NP_PREPOSITIONS = frozenset({"under", "in", "with", "within", "by", "through", "via", "per",
                              "after", "before", "despite", "against", "at", "into", "upon"})
_APPOSITION_MARKS = frozenset("\u2013\u2014(")
_NP_WORD = re.compile(r"[^\s\u2013\u2014]+")   # a dash joins no words: "population\u2014a plan"


def _no_clause(span: str) -> bool:
    """Whether a short complement of "say"/"tell" is no clause: up to six words with
    no quote, no figure and no finite-looking verb ("many things", "an industry
    conference", "little in public"); "it was not enough", "prices rose" are clauses."""
    words = span.split()
    if len(words) > 6 or _CLAUSE_SIGNS.search(span):
        return False
    return not any(w.lower().strip(",.;:") in _FINITE_WORDS for w in words)


def _reduced_object_start(words: list[re.Match[str]]) -> int:
    """Index of the word that opens the noun phrase ending the words: its last determiner,
    reaching back over "of"/"for" links ("the release of the men"); with no determiner
    among the last eight words, the last fourteen words (as for any passive)."""
    lowered = [w.group().lower() for w in words]
    last = next((i for i in range(len(words) - 1, max(-1, len(words) - 9), -1)
                 if lowered[i] in _NP_DETERMINERS), None)
    if last is None:
        return max(0, len(words) - 14)
    while last >= 2 and lowered[last - 1] in _NP_LINKS:
        earlier = next((i for i in range(last - 2, max(-1, last - 6), -1)
                        if lowered[i] in _NP_DETERMINERS), None)
        if earlier is None:
            break
        last = earlier
    return last


# a claim that only reports a toll: a number and what befell the people counted
_TOLL_NUMBER = re.compile(r"\d|\b(?:dozens?|hundreds?|thousands?|millions?)\b", re.I)
_TOLL_WORD = re.compile(r"\b(?:killed|dead|died|deaths|wounded|injured|displaced|missing|fled|homeless"
                        r"|casualties|detained|arrested)\b", re.I)


def _reports_toll(f: "_Found") -> bool:
    """Whether a claim only reports a toll ("more than 56,000 people have been killed since
    the war began"): a body quoted for it is a source, not a side."""
    return f.stance == "claim" and bool(_TOLL_WORD.search(f.text)) and bool(_TOLL_NUMBER.search(f.text))


def find_positions(doc: Document, actors: ActorTable) -> list[Party]:
    """Positions of every actor; the actors that hold one become the parties."""
    ex = _Extractor(doc, actors)
    ex.run()
    table = ex.table
    by_actor: dict[int, list[_Found]] = {}
    seen: set[tuple[int, str]] = set()
    for f in ex.found:
        key = (f.actor, f.text.lower())
        if key in seen or not f.text:
            continue
        seen.add(key)
        by_actor.setdefault(f.actor, []).append(f)
    children: dict[int, list] = {}
    for other in table.actors:
        if other.parent is not None and other.cls != "merged":
            top = table.top(other.id)
            if top != other.id:
                children.setdefault(top, []).append(other)
    parties: list[Party] = []
    for aid, items in by_actor.items():
        actor = table.actors[aid]
        if aid not in ex.brokers and all(f.rule == "according_to" or _reports_toll(f) for f in items):
            continue   # a body quoted only for a toll or a count ("X's Health Ministry said N were killed")
        if actor.cls == "merged" or actor.name.lower() in _COLL_NOUNS:
            continue   # ("Governments" of "Both Governments reaffirm": a collective, no actor)
        positions = [Position(stance=f.stance, text=f.text, rule=f.rule, hedged=f.hedged,
                              source=Source(doc.id, f.sentence, f.start, f.end, doc.text[f.start:f.end]))
                     for f in sorted(items, key=lambda f: f.start)]
        aliases = list(actor.aliases)
        for other in children.get(aid, ()):
            for form in [other.name, *other.aliases]:
                if form not in aliases and form != actor.name:
                    aliases.append(form)
        kind = actor.kind if actor.kind in PARTY_KINDS else "other"
        parties.append(Party(name=actor.name, aliases=aliases, kind=kind, positions=positions))
    for aid in ex.brokers:
        if aid not in by_actor:
            actor = table.actors[aid]
            parties.append(Party(name=actor.name, aliases=list(actor.aliases),
                                 kind=actor.kind if actor.kind in PARTY_KINDS else "other"))
    parties.sort(key=lambda p: -len(p.positions))
    return parties
