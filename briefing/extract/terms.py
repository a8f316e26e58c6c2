"""Terms: what the proposal, plan, draft, deal or offer on the table contains.

``find_terms(doc)`` reads each sentence once and looks for a *content region*, the
part of the sentence that states what the proposal holds:

- ``term.under``   "Under the plan, X would ...", "In the first phase, X will ..."
- ``term.offer``   "an offer of X", "offered (Y) an X", "has offered, according to Z, X";
                   a counter-offer: "X was ready / willing to exchange ...", "offered to
                   fund ...", "X could withdraw ..., provided Y ..." (both halves), "the
                   envoy proposed that ..."; "a deal (in principle) to restructure $N ...";
                   in prose: "countered with A, B and C" (an enumeration that ends the
                   sentence is all offered), "had offered 6%, plus B", hedged ("is said to
                   have offered", "is understood to be offering", "X said Y had offered"),
                   "tabled a 5% pay offer", "its offer, a 5% rise, was ...", "put X on the
                   table", "raised its offer to N", "said it would offer (Y) X"; a
                   conditional offer "would call off the strike if A and B" / "has offered
                   to lift X if ..." (the offer and its conditions; not "would suspend talks
                   if": a threat); a spokesperson's "What we have put on the table is X",
                   "On offer is X"; "launched a bid, offering N a share"; a price in the
                   offer's noun phrase ("rejected a 390 pence-a-share cash offer", "a bid
                   worth 62 dollars a share"); "says it can guarantee N"; "We are open to
                   concessions: A, and B"; "It is 4% plus B" right after an offer (restated)
- ``term.verb``    "the draft proposes / calls for / includes / gives (Y) X", "it also
                   calls on X"; "demands", "asks" only with the proposal noun as subject
                   ("the draft resolution demands X"); a columnist's hedge between them ("It
                   is understood to propose A, B and C", "the draft reportedly gives X")
- ``term.ordinal`` a proposal named, then its items one sentence each: "It has two
                   elements. First, A. Second, B." / "The first is A. The second is B."
- ``term.would``   "the plan ... would X", "a deal that would X" (no attribution verb)
- ``term.pledge``  "X pledged to A, to B and to C"          (commitments attached to an offer)
- ``term.vow``     "X said it would hire 250 nurses"        (a provision verb; not
                   "accept", not a threat with "if" / "unless")
- ``term.agreed``  "both sides agreed to A and to B" (not "agreed to study the plan");
                   any party's "agreed to" in the agreement's own text or right after a term
- ``term.return``  "In return, Y ..." right after a term sentence
- ``term.cont``    the next sentence goes on with a provision ("Both sides would ...",
                   "Either side may suspend ..."), at most three in a row; a sentence about
                   the proposal that yields no term keeps the context open: "It would unfold
                   in two phases.", "the two sides agreed on the first phase", a proposal put
                   on the table or an accord reached ("X presented a draft plan", "A and B
                   signed an accord", "A draft, seen by X, ...", "The plan was sent to ..."),
                   a question about it ("Q: What is on the table?"), an interjection
                   ("BROOK: Certainly."); not a previous agreement
- ``term.genre``   in the agreement's own text (a joint statement, a communique):
                   every "X will / shall ..." clause, and what its signatories do in the
                   first person or present tense ("We launch X", "The EU commits EUR N")
- ``term.list``    the items of a list announced by "... proposing that:" / "the terms
                   are as follows:" / "X's demands are:" (marked items of one kind:
                   "(a)".."(d)" end at a "5." paragraph; Markdown bullets arrive as short
                   one-sentence paragraphs), or inside a sentence after a colon that
                   follows its noun ("set out three conditions for X: A; B; and C", not
                   "wants three things before it signs a deal: ...")

A region ends before commentary (", but ...", ", the envoy said", the end of a quote and
its speaker, ", we hope"); a colon list after its object only details it. The region is
then split into one term per item: at "; " (an item after a semicolon is always a
term), at the commas of an enumeration (", and" / ", or", or " and " before a verb), at
", with" / ", together with" / ", provided" and ", monitored by", before "in exchange for"
/ "in return for" (each side of a swap), and at " and " before a modal, a verb, a
determiner, a new head ("and assurances"), a named subject with its verb ("and B lift
its blockade") or a second content verb; a trailing relative clause or comment ("and
that is the key") is dropped, asides ("beginning with", "including") stay attached, and
a trailing ", where ..." or ", according to ..." is cut. Each term gets a category from
weighted cue words (``terms.toml``; cue words inside capitalised names do not count).

A transcript's speaker label ("CORL (mediator): ...") is no part of the sentence, and a
question gives no term. A lead that sums up terms detailed later ("a deal that would raise
pay by 8%" ... "Pay would rise by 8% over two years") gives way to the detail: a term whose
figures all appear, with a content word in common, in a term of a later sentence is
dropped, and so is one without figures whose content words (by stem) all appear in a longer
term of a later sentence ("the release of hostages" ... "X would release 33 hostages").

The source of a term is the whole sentence it was read from (``start``/``end`` span
the quote). One scan of the document finds the trigger words, so sentences without
any are skipped.

A list of what one side wants ("X is asking for:", "What each side wants" with a side's name
over its bullets) gives the issues on the table while the article describes no deal's
contents; once it does (the under/verb/would/cont/genre rules), such lists are positions.
The history of the talks gives no term: an opening offer ("When talks started, X offered
10%", "X had initially proposed ...", "... two years ago", "Back then, X offered ..."), a
sentence opening with an earlier year ("In 2014, the two parties agreed to ..."; not with a
modal: "In 2027, tariffs will fall"), an offer dated after its verb ("the 350 pence offered on
Oct. 12"), an item's pluperfect aside ("The Committee had asked for ..."), and an offer the
next sentences say was superseded ("The figure was later raised to 164"); a pluperfect
sentence after a term keeps the context open. What the offer is worth is a figure, not a
term ("the offer values X at $2bn"); a bare figure that repeats an earlier term's ("We have
put 5% on the table") is no term of its own; a columnist's own plan ("Here is my own plan:")
and view ("I suspect the deal will be signed") are not on the table.
The proposal's own present tense with a figure states a provision ("The licence runs for 25
years", "The new contract raises pay by 19%", "an arrangement that restores inspections").

An interview's answer to a question about the offer ("What exactly is X offering?") states
it in a verbless list after the speaker's label ("Tull: Well, a 6% rise over two years,
plus a one-off payment of 500."). A pay-deal report names a part of the deal as the subject
("The heart of the deal is pay.", "Its main feature is a 12% rise") and goes on with its
provisions ("Nurses will receive ...", "Spending on X is to be cut by half"); "The offer is
worth 8% over three years and includes B" states both (a percentage, not a price).
Also read (session 6): a takeover's conditions ("The bid is conditional on A, B, and C") and
undertakings ("would put N into A, keep B and invest C"); a third party's recommendation ("The
arbitrator recommends A, B and C"); a table headed "Commitment offered" / "Remedy" (each row's
first cell); a clause a side accepts or rejects ("the clause which demands A", "the principle
of B"); "put a proposal to both sides - A, B, C"; "Both sides signed off on A and on B"; the
deal's present tense with its figure near its terms ("the duty falls to 8 per cent", "It also
scraps A"); "In return, X receives A" near the proposal's name. Not read: a verdict ("What is
on the table is not perfect", "a fair agreement that protects X"), what the deal costs or is
for ("would end a war"), a premium or an earlier price, a generic maxim ("A treaty that ...").

A party's own demand is a position, not a term: attributed sentences ("X said",
"X demands") only yield terms through the explicit triggers above; a party's own
arrangements ("contingency plans include"), a previous agreement ("Under the old
contract"), negated content ("does not include") and a continuation that only states a
step of the process ("Talks will resume on Monday") give no term.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.extract.lexicons import load
from briefing.extract.numbers import ANCHOR_WORDS, lower_keeping_offsets, share_scan
from briefing.extract.wordtrie import WordScan, bounded_words, trie_pattern
from briefing.ingest.document import Document
from briefing.model import TERM_CATEGORIES, Source, Term

# precompiled patterns used in the hot paths below
_WORD = re.compile(r"[A-Za-z'\u2019-]+")
_WORDS = re.compile(r"[A-Za-z'\u2019-]+")
# ", the government would free 120 detainees": a second provision with its own subject and modal
_CLAUSE_MODAL_RE = re.compile(r"(?:the|its|their|each|both|all|[A-Z][\w'\u2019-]*)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                              r"(?:would|will|shall)\s")
_PREDICATE_RE = re.compile(r"(?:will|would|shall|must|may|can|could|should)\s+(?:(?:also|then|not|now)\s+)?[a-z]+\b")
_QUANTIFIER_APPOSITIVE_RE = re.compile(r"(?i:all|both|each|some|most|many|none|several)\s+(?:[\w-]+\s+){0,4}?of\s+(?:them|these|those|which)\b")
_SERIAL_AND = re.compile(r",\s+(?:and|or)\s")
_LAST_AND_DET = re.compile(r"\s(and|or)\s+(?:the|a|an)\s")
_WITH_PLUS = re.compile(r"(?:(?:together|along)\s+with|as\s+well\s+as|with(?!\s+(?:a|an|the)\s+(?:target|aim|goal"
                        r"|view|deadline)\b)|plus|of\s+which)\s")  # (", with a target of N": an attribute)
_PASSIVE_BY = re.compile(r"(?:[a-z]+ed|paid\s+for)\s+by\s")  # ("paid for by a fund of N")
_AND_OR = re.compile(r"\s(?:and|or)\s+")
_HYPOTHETICAL = re.compile(r"\b(?:any|no|every)\s+(?:[\w-]+\s+)?$")
_WORD_RUN = re.compile(r"\w+")


_LEX = load("terms")


def _alt(words) -> str:
    """An alternation of the words, as a trie (see wordtrie)."""
    return trie_pattern(words)


def _inflect(verbs) -> set[str]:
    """Base verbs plus their -s, -ed, -ing forms (approximate, enough for matching)."""
    out: set[str] = set()
    for v in verbs:
        out.add(v)
        if v.endswith("e"):
            out.update({v + "s", v + "d", v[:-1] + "ing"})
        elif v.endswith("y") and v[-2:-1] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied", v + "ing"})
        else:
            out.update({v + "s", v + "es", v + "ed", v + "ing", v + v[-1] + "ed", v + v[-1] + "ing"})
    return out


_NOUN = _alt(_LEX["nouns"]["proposal"])
_NOUN_RE = re.compile(rf"\b(?:{_NOUN})\b")
_PAST_RE = re.compile(rf"\b(?i:{_alt(_LEX['nouns']['past_modifiers'])})\s")
_NEGATED_VERB_RE = re.compile(r"\b(?:not|never|no longer|neither|nor)\s+(?:[a-z]+\s+)?$")
_OWN_PLAN_RE = re.compile(rf"\b(?:{_alt(_LEX['nouns']['not_proposal_modifiers'])})\s+$")
_TRIG = _LEX["triggers"]
_CONTENT_VERB_RE = re.compile(rf"\b(?:{_alt(_TRIG['content_verbs'] + _TRIG['close_verbs'])})\b")
_GIVE_VERBS = frozenset(_TRIG["give_verbs"])
_ACTION_VERBS = frozenset(_TRIG["action_verbs"])
_CLOSE_GAP = re.compile(r"\s+(?:(?!and\b|but\b|or\b|which\b|that\b|who\b)[a-z-]+\s+){0,2}")
_SAID_RE = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
_CLOSE_VERBS = frozenset(_TRIG["close_verbs"]) - frozenset(_TRIG["content_verbs"])
_INTRO_RE = re.compile(
    rf"^(?i:{_alt(_TRIG['intro_words'])})\s+(?:(?i:the|its|his|her|their|this|that|a|an|our)\s+"
    rf"|[A-Z][\w.&-]*(?:['\u2019]s)?\s+)?(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN})"
    # "Under the accord signed in Korin,"
    r"(?:\s+(?:signed|agreed|reached|announced|unveiled|presented|proposed|drafted|brokered"
    r"|tabled|seen|released|put forward)\b[^,]{0,60})?"
    # "Under the terms of the deal,"
    rf"(?:\s+of\s+(?i:the|this|that|its|their|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN}))?\s*,\s*")
assert _INTRO_RE.pattern.endswith(r"\s*,\s*")
_INTRO_NOCOMMA_RE = re.compile(_INTRO_RE.pattern[:-len(r"\s*,\s*")]
                               + r"\s+(?=(?:[\w'\u2019-]+\s+){1,5}?(?:would|will|shall)\s)")
_WHICH_NOUN_WOULD_RE = re.compile(rf",\s+which\s+(?:the|its|their|this)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_NOUN})"
                                  r"\s+would\s+(?:also\s+)?([a-z]+)\b")
_UNDER_WHICH_RE = re.compile(rf"\b(?:{_NOUN})\b[^.;:]{{0,40}}?\s(?:under|in|by)\s+which\s+"
                             r"(?=(?:[\w'\u2019-]+\s+){1,5}?(?:would|will|shall|may)\s)")
_SET_BEFORE = re.compile(r"\b(?:set|sets|impose|imposes|imposed|agree|agreed|agrees|raise|lower|tighten"
                         r"|ease|review|fix|fixes|on)\s+(?:[a-z-]+\s+)?$")
_TRAIL_RE = re.compile(
    rf",\s+(?:under|according to|as set out in)\s+(the|its|this|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUN})"
    r"(?:\s+(?:seen|obtained)\s+by\s+[^,;.]{2,40})?\s*[.!]?$")  # (", according to a leaked draft")
_UNDER_MID_RE = re.compile(rf"\sunder\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUN})\b(?=\s*(?:[,.;]|$))")
# "Under the plan, drawn up by X, ..." / "Under the deal, which X brokered, ...": the
# aside before the provision is skipped
_ASIDE_RE = re.compile(r"^(?:[a-z]+(?:ed|en|wn)\s+(?:by|overnight|on|in|last)\b[^,]*|which\s[^,;:]{3,200}"
                       r"|according\s+to\s[^,;:]{3,80}),\s*")  # ("Under the deal, according to X, ...")
_OFFER_OF_RE = re.compile(r"\b(?:offer|offers|proposal)\s+of\s+")
# "has offered, according to a document seen by X, a phased increase": the aside is skipped
# ("launched a hostile bid for X, offering 410 pence a share in cash": a participle after
# the comma gives what is offered)
_WOULD_ACCEPT_RE = re.compile(r"\b(?:could|would|might|will\s+only|only)\s+(?:\w+\s+)?(?:support|accept|back|consider"
                              r"|welcome|recommend|entertain|sell\s+for|settle\s+for)\s+(?:an?|any)\s+"
                              r"(?:[\w-]+\s+){0,2}$")
_OFFERED_RE = re.compile(rf"\b(?:offered|offers|(?:is|are|was|were|be|been|['\u2019]re|['\u2019]s)\s+offering"
                         r"|(?<=, )offering)"
                         rf"(?:\s*,\s*[^,;:]{{3,100}}?,)?\s+"
                         rf"(?!(?:(?:their|its|his|her|our|full)\s+)?(?:{_alt(_TRIG['offer_stop'])})\b)"
                         # ("the 350 pence offered on Oct. 12", "was offered in 2024 too": a
                         # date after the verb, what was offered came before it)
                         rf"(?!(?:in|on|at|by|since|before|after|during)\s+(?:\d|(?:early|late|mid)\b"
                         rf"|(?:{_alt(_TRIG['month_words'])})\b))")
_STANCE_BEFORE_RE = re.compile(r"\b(not|never|remained|remains|remain|stay|stays|stayed|is|are|was"
                               r"|were|be|been|am|['\u2019]re|['\u2019]s)\s+(?:[a-z]+ly\s+)?[\"\u201c]?$")
_PLEDGE_RE = re.compile(rf"\b(?:{_alt(_TRIG['pledge'])})\s+")
# ("The two sides have also agreed, under our good offices, to allow ...": the aside skipped)
# ("The two blocs did agree on Tuesday to extend ...": the emphatic form too)
_AGREED_RE = re.compile(r"\b(?:agreed|did\s+agree)(?:\s+(?:early\s+|late\s+)?(?:on|in)\s+\w+|\s*,\s*[^,;:]{3,60},)?"
                        r"\s+to\s+([a-z]+)")
# "the two countries have now agreed the line along 260 km", "the two sides settled on 11
# hours": what the sides agreed, with its figure (a joint subject only)
_AGREED_NP_RE = re.compile(r"\b(?:agreed(?:\s+on)?|settled\s+(?:instead\s+|finally\s+|eventually\s+)?on)"
                           r"\s+(?!to\b|that\b|with\b|in\b|not\b)(?=\S)")
_JOINT = tuple(_TRIG["joint_subject"])
# "a fishing accord." / "the deal on Tuesday,": a proposal named, nothing of its content
_BARE_DEAL_RE = re.compile(rf"(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_NOUN})"
                           r"(?:\s+(?:on|in|last|this)\s+\w+)?\s*(?:[.,;]|$)")
_IT_VERB_RE = re.compile(r"(?:It|This|The\s+(?:settlement|deal|agreement|offer|plan|package|proposal|accord|contract))"
                         r"\s+(?:also\s+|further\s+)?([a-z]+s)\s+(?=\S)")
_COMMITS_TO_RE = re.compile(r"\s+(?:the\s+|both\s+|all\s+|each\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?to\s"
                            # (a noun phrase after "to": not "commit X to provide N", the clause's own)
                            r"(?=(?:a|an|the|its|their|no|new|\d)\b)")
_CLAUSE_OF_RE = re.compile(
    r"\bthe\s+(?:clause|provision|article|paragraph|section|point)\s+(?:which|that)\s+(?:would\s+)?"
    r"(?:demands?|provides?\s+for|calls?\s+for|requires?|sets?\s+out|foresees?|stipulates?|obliges?)\s+"
    r"|\bthe\s+(?:clause|provision|article|paragraph|section)\s+(?:requiring|demanding|providing\s+for"
    r"|calling\s+for|on)\s+"
    r"|\b(?:accept|accepts|accepted|endorse|endorses|endorsed|welcome|welcomes|welcomed|support|supports"
    r"|agree\s+to|agreed\s+to)\s+(?:in\s+full\s+)?the\s+principle\s+of\s+")
# "This is a fair agreement that protects public services": a speaker's verdict on the deal
_VERDICT_NOUN_RE = re.compile(r"\b(?:is|was|are|were|be)\s+(?:not\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
_WORTH_PCT_NP_RE = re.compile(r"\b(?:offer|deal|package|settlement|agreement)\s+worth\s+"
                              r"((?:about\s+|around\s+|some\s+)?\d[\d.]*\s?(?:%|per\s+cent|percent))")
_IF_AGREED_TO_RE = re.compile(r"\b(?:only\s+)?if\s+(?:the\s+|its\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+"
                              r"(?:agreed|agrees|accepted|accepts|signed\s+up)\s+(?:to\s+)?")
_IF_AGREED_RE = re.compile(r"\b(?:if|unless|provided|providing|once|until)\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){0,3}$")
_REST_OF_FUND_RE = re.compile(r"the\s+(?:rest|remainder|balance)\s+(?:is|are|comes|come|to\s+come)\b")
_END_THE_WAR_RE = re.compile(r"\s*(?:also\s+)?end\s+(?:a|an|the|its|their|this|that|years\s+of|decades\s+of)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:war|wars|conflict|fighting|insurgency|dispute|strike|strikes|standoff|stand-off"
                             r"|crisis|stalemate|rebellion|violence|hostilities|lockout|walkout)\b")
_GENERIC_SUBJECT_RE = re.compile(rf"^[\"\u201c\s]*(?:a|an)\s+(?:[\w-]+\s+)?(?:{_NOUN})\s+(?:that|which)\s+$")
_SIGNED_OFF_RE = re.compile(r"\bsigned\s+off\s+on\s+(?=\S)")
_AGREED_ON_RE = re.compile(r"\bagreed\s+on\s+(?:the|a|an)\s")
_READY_RE = re.compile(rf"\b(?:{_alt(_TRIG['ready_words'])})\s+([a-z]+)\b"
                       # "It is prepared, according to a paper seen by X, to let ...": an aside
                       r"|\b(?:ready|willing|prepared)\s*,\s*[^,;:]{3,100}?,\s+to\s+([a-z]+)\b")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+$")
# "could withdraw in stages ..., provided Y": a conditional offer (and its condition)
_PROVISO_RE = re.compile(
    rf"\b(?:could|would|will|can|might)\s+(?:(?:also|only|then)\s+)?(?!not\b|never\b|be\b|have\b)"
    rf"[a-z]+\b[^.;:]{{0,160}}?,\s+(?:{_alt(_TRIG['proviso_words'])})\b")
# ("did propose, at last, that ...": a short aside before "that")
_PROPOSED_RE = re.compile(rf"\b(?:{_alt(_TRIG['propose_verbs'])})(?:\s*,\s*[^,;:]{{3,40}}?,(?=\s+that\s)"
                          # ("has proposed, in a side paper, a bridging figure of 25")
                          r"|\s*,\s*(?:in|at|on|during)\s[^,;:]{3,40}?,)?"
                          r"\s+(?:(?:is|was)\s+that\s+|that\s+)?(?=[a-z])")
# "the proposed truce", "its proposed zone": an adjective, no proposal being made
# (and "The new timetable was proposed because ...": a passive, its subject is the proposal)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|his|her|was|were|is|are|been|being)\s+$")
_PROVISO_AFTER = re.compile(rf"(?:{_alt(_TRIG['proviso_words'])})\b")
_READY_CUT_RE = re.compile(r",(?!\d{3})|[;:]|\s(?:but|if|unless|because|while|although)\s"
                           r"|\s(?:in a bid|in an attempt|in order|so as)\s")
_PROCESS = frozenset(_TRIG["process_verbs"])
_RETURN_RE = re.compile(rf"^(?i:{_alt(_TRIG['return_intros'])})\s*,\s*")
_MODALS = frozenset(_TRIG["modals"])
# (bounded_words: the same matches as \b(?:would|will|shall)\b, ~2x faster to search)
_MODAL_RE = re.compile(bounded_words(_TRIG["modals"]))
_NOUN_WOULD_RE = re.compile(rf"\b(?:{_NOUN})\b[^.;:]{{0,90}}?\b(?:would|will)\s+(?:also\s+)?(?:have\s+)?")
_REPORTING_RE = re.compile(rf"\b(?:{_alt(_TRIG['reporting'])})\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
_GENRE = [g.lower() for g in _TRIG["genre_titles"]]
_GENRE_STRONG = [g.lower() for g in _TRIG["genre_titles_strong"]]
_TOPIC_RE = re.compile(rf"^(?:The|This|That|Its|Their|Our)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN})"
                       # ("The tentative agreement, reached after a 10-day strike, raises pay by 18%")
                       r"(?P<aside>\s*,\s*(?:reached|signed|struck|agreed|tabled|announced|unveiled|approved)\b[^,;:]{3,60}?,)?"
                       r"\s+(?:also\s+)?[a-z]+s\b")
# "The offer, which values X at $2bn, represents a premium of 38%": the proposal as the
# subject, an aside after it: what it is worth, no term, but the next "would" is its provision
# "The heart of the deal is pay.", "The centrepiece of the offer is a 9% rise": a part of
# the proposal as the subject: what it is (with a figure) is a term, else the context opens
_PART_OF_RE = re.compile(rf"^(?:The|Its|Their)\s+"
                         # (not "The total cost of the agreement is estimated at N": a figure)
                         r"(?!(?:(?:total|overall|full|annual|estimated)\s+)?(?:cost|costs|value|price|bill|worth"
                         r"|size|budget|signing|timing|fate|future|text|details)\b)"
                         rf"(?:[\w-]+\s+){{1,2}}?of\s+(?:the|this|that|its|their|our)\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN})\s+(?:is|are|was|were|lies|lie)\s+")
# "The offer is worth 8% over three years (and includes B)": a pay offer's percentage is
# what is offered (not "The bid is worth $2bn": what a bid is worth is a figure)
_WORTH_PCT_RE = re.compile(rf"^(?:[a-z]+,\s+)?(?:the|this|that|its|their|our|his|her|[a-z-]+['\u2019]s?)\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
                           rf"(?:{_NOUN})(?:\s*,\s*[^,;:]{{3,60}}?,)?\s+(?:is|was|would\s+be|will\s+be)\s+worth\s+(?:about\s+|around\s+|some\s+)?"
                           r"(?=\d[\d.]*\s?(?:%|per\s+cent|percent)|[a-z]+\s+(?:per\s+cent|percent))")
# "Its main feature is a 12% rise": a part of the proposal just named, by its pronoun
_ITS_PART_RE = re.compile(r"^(?:Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:feature|features|element|elements|part|parts"
                          r"|plank|planks|provision|provisions|component|components|centrepiece|centerpiece"
                          r"|core|heart|highlight|highlights|key|main"
                          # a column weighing the deal: "Its first flaw is the six-month pause"
                          r"|flaw|problem|weakness|strength|merit|virtue|concession|gain)\s+(?:is|are|was|were)\s+")
_PRESENT_CHANGE_RE = re.compile(r"\b(?:falls|rises|drops|climbs|increases|decreases|doubles|goes\s+up|goes\s+down"
                                r"|is\s+(?:cut|raised|capped|set|fixed|lowered|reduced))\s+"
                                # ("rises from a quarter to just under a third")
                                r"(?:from\s+[^,;:.]{1,30}?\s+)?(?:to|by|at)\s+"
                                r"(?:about\s+|around\s+|some\s+|just\s+(?:under|over)\s+|almost\s+|nearly\s+)?"
                                r"(?:[$\u00a3\u20ac]?\d|(?:a|one|two|three)\s+(?:quarter|third|half|fifth|tenth)"
                                r"|half\b|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)")
_WE_RE = re.compile(r"\b(?:I|we|We)\b")  # (a minister's "our share rises to a third" is the deal's)
# "That is down from the 70 licences it sought, and every vessel will carry a tracker": the
# provision after a comment on the term before
_AND_CLAUSE_MODAL_RE = re.compile(r",\s+and\s+((?:every|each|all|both|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                                  r"(?:will|would|shall)\s+(?!not\b|be\s+(?:laid|presented|put|submitted)\b)[a-z]+)")
# ("Inflation rises to 6% next year, economists say": a forecast, not the deal)
_THEY_SAY_RE = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,4}?(?:say|says|said|predict|predicts|forecast|forecasts"
                          r"|expect|expects|estimate|estimates|reckon|reckons)\b")
_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+(?:the|this|that|its|their|our|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}$")
_WHICH_AFTER_NOUN_RE = re.compile(r"\s*,\s*which\s+(?:also\s+)?")
_MAIN_VERB_AFTER_RE = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|could|may|might|must|should"
                                 r"|can|did|does|do|won|faces|faced|goes|went|comes|came|needs|needed|remains"
                                 r"|remained)\b")
_TOPIC_ASIDE_RE = re.compile(rf"^(?:The|This|That|Its|Their|Our)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN})\s*,\s*"
                             r"(?:which|worth|valued|valuing)\b")  # (not "The deal, signed on Tuesday, is between ...")
_PHASE_INTRO_RE = re.compile(
    rf"^(?i:in|during)\s+(?i:the|this|that|its|their|a)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:{_alt(_TRIG['phase_nouns'])})\s*,\s*(?=(?:\S+\s+){{0,6}}?(?:would|will|shall)\s)"
    # "In the first, about $6bn of frozen funds would be released": the stage named before
    r"|^(?i:in)\s+(?i:the)\s+(?:first|second|third|fourth|final|last)\s*,\s*(?=(?:\S+\s+){1,12}?(?:would|will|shall)\s)")
_LIST_INTRO_RE = re.compile(
    rf"(?i)\b(?:{_alt(_TRIG['list_intro'] + _TRIG['list_nouns'])}|{_NOUN})\b")
# "... set out three conditions for a deal: A; B; and C": a noun, then the colon
# (the noun heads the phrase before the colon: "A wants three things before it will sign
# a deal: ..." lists what A wants, a position, not the deal)
_INLINE_INTRO_RE = re.compile(
    rf"\b(?:{_alt(_TRIG['list_nouns'])}|{_NOUN})\b"
    r"(?:\s+(?:for|of|on|to|from|in|with|by)\b[^:;\"\u201c\u201d]{0,80})?:\s+"
    # "What is on the table: A, B and C", "On offer: A and B"
    r"|\b(?:on\s+the\s+table|on\s+offer)\s*:\s+")
# a proposal put on the table, then a dash and its items ("put a paper to both sides on
# Monday - A, B, C"): a mediator's paper counts here
_DASH_INTRO_RE = re.compile(
    rf"\b(?:{_alt(_TRIG['introduce_verbs'])})\s+(?:a|an|its|their|his|her|a\s+new|a\s+revised|a\s+fresh)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_NOUN}|paper)\b[^-\u2014\u2013,;:.]{{0,60}}?\s(?:-|--|\u2014|\u2013)\s+")
_DASH_RE = re.compile(r"\s(?:-|--)\s|\s?[\u2014\u2013]\s?")
_MY_PLAN_RE = re.compile(r"\bmy\s+(?:own\s+)?[a-z]?")
_SUBORDINATE_RE = re.compile(r"\b(?:before|after|until|unless|if|when|once|because|since)\s")
_ENUMERATION_RE = re.compile(r";|,\s+(?:and|or)\s|,[^,;.]+\s(?:and|or)\s")
# after a noun and its colon, two items are enough: "a final offer: a 7% raise and a bonus"
_PAIR_RE = re.compile(r"\s(?:and|or)\s+(?:a|an|the)\s")
# the end of an offer's object: a clause break (not "$1,500", not ", together with X"),
# or a verb that starts the commentary
_OFFER_CUT_RE = re.compile(
    r",(?!\d{3})(?!\s+(?:together\s+with|along\s+with|with|as\s+well\s+as|plus|up\s+from|down\s+from"
    r"|conditional\s+on|provided|providing|on\s+condition)\s)|[;:]|\s(?:was|were|is|are|has|have|had|would|will|could|represented|represents|remains|"
    r"came|comes|followed|follows|valued|made|to stop|in a bid|in an attempt|in a last|in an effort"
    r"|and (?:insisted|said|argued|warned|added|says|insists|urged|urges|called|calls|told|vowed)"
    # ("dismissed an offer of 740p as “opportunistic”": the speaker's verdict)
    r"|as(?=\s[\"\u201c])"
    r"|to (?:end|avert|settle|resolve|head off|break)|on (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday))\b")
# "offered A, B and C": the commas of an enumeration that ends the sentence are no cut
_LIST_REST_RE = re.compile(r"(?:[^,;:]|,\d){1,100}(?:,\s+(?:[^,;:]|,\d){1,100}){0,8},?\s+(?:and|or)\s+"
                           r"(?:[^,;:]|,\d){1,160}?[.!]?\s*")  # (",\d": "£1,000" is one number)
_CLAUSE_WORD_RE = re.compile(r"\b(?:which|who|whom|that|was|were|is|are|has|have|had|would|will|could"
                             r"|said|says|before|after|when|while|but)\b")
# "is said to have offered", "said it had offered": a hedge or the speaker's own offer
_HEDGED_OFFER_RE = re.compile(
    r"(?:\b(?:is|are|was|were|has been|had been)\s+(?:said|reported|understood|believed|thought"
    r"|known|alleged)\s+to\s+(?:have\s+)?"
    r"|\b(?:said|says|announced|confirmed|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|we"
    r"|(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?:had|has|have)\s+(?:now\s+|already\s+|also\s+)?)$")
_DOC_BEFORE_RE = re.compile(rf"\b(?:{_NOUN}|document|documents|paper)\s+$")
_DOC_VERBS = frozenset(("says", "said", "stated"))


def _text_speaks(lb: str) -> bool:
    """Whether every reporting verb of the sentence has the proposal itself as its subject
    ("..., the draft says") or is a passive hedge ("where the group is believed to hold
    most of the captives"): then no party speaks."""
    for m in _REPORTING_RE.finditer(lb):
        if m.group() in _HEDGE_PARTICIPLES and _PASSIVE_HEDGE_RE.match(lb, m.end()) \
                and lb.endswith((" is ", " are ", " was ", " were ", " been "), 0, m.start()):
            continue
        if m.group() not in _DOC_VERBS or not _DOC_BEFORE_RE.search(lb, max(0, m.start() - 30),
                                                                     m.start()):
            return False
    return True


_HEDGE_PARTICIPLES = frozenset(("said", "believed", "thought", "feared", "expected"))
_PASSIVE_HEDGE_RE = re.compile(r"\s+to\s")



_SPEAKER_LABEL_RE = re.compile(r"(?:Q|A|[A-Z][A-Za-z.'\u2019-]*(?:\s+[A-Z][A-Za-z.'\u2019-]*){0,3})"
                               r"(?:\s+\([^()]{1,40}\))?:\s+(?=[A-Z])")
# "Ferrovia's latest offer, a 5% rise over two years, was rejected", "The offer, worth 5%, ..."
_OFFER_APPOSITIVE_RE = re.compile(
    r"\b(?:offer|offers|bid|counteroffer|counterproposal|package)\s*(,|\s\u2014|\u2014|\s\u2013|\s--)\s*"
    r"((?:a|an|worth)\s+[^,;:\u2014\u2013]{2,100}?)\s*(?:,|\u2014|\u2013|--)")
# "Let me say clearly what it contains.", "Here is what the deal provides:": a sentence
# that only announces the content of the proposal just named
_ANNOUNCES_CONTENT_RE = re.compile(r"\bwhat\s+(?:it|(?:the|this|that)\s+[a-z-]+)\s+(?:(?:also|actually)\s+)?"
                                   r"(?:contains|includes|provides|provides for|says|sets out|covers|means)\s*[.:!]?\s*$")
# "What we have put on the table is a staged cut in duties", "What is on offer is ...",
# "What the ministry is proposing is ...": a spokesperson's pseudo-cleft names the offer
_WHAT_OFFER_RE = re.compile(
    r"what(?:['\u2019]s\s+|\s+(?:(?:we|they|he|she|it|(?:the|our|their|its)\s+[\w'\u2019-]+)\s+)?"
    r"(?:(?:have|has|had|are|is|were|was)\s+(?:now\s+|also\s+)?)?)"
    r"(?:put\s+on\s+the\s+table|on\s+the\s+table|on\s+offer|put\s+forward|tabled|offered|offering"
    r"|proposed|proposing|propose|offer)\s+(?:now\s+)?(?:is|are|was|were)\s+(?:that\s+)?(?=\S)"
    r"(?![a-z]+\s*(?:[.,;:!?]|$))"  # (not "What's on the table is fair.")
    # (not "... is not perfect", "is far from enough", "is better than nothing": a verdict)
    r"(?!(?:not|hardly|far|nothing|no|too|very|quite|rather|more|less|better|worse|still|clearly"
    r"|certainly|probably|unlikely|likely)\b)")
_ON_OFFER_IS_RE = re.compile(r"on\s+(?:offer|the\s+table)(?:\s*,\s*[^,;:]{2,40},)?\s+(?:now\s+)?(?:is|are)\s+"
                             r"(?=a\b|an\b|the\b|\d|[$\u00a3\u20ac])"
                             # ("is a deal that hands X ...": the deal's own verb says what it holds)
                             rf"(?!(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_NOUN})\b)")
# "It has two parts. First, A. Second, B.": a proposal just named, then its
# items one sentence each, each after its ordinal
_ORDINAL_RE = re.compile(r"(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly"
                         r"|Finally|Lastly)\s*(?:,|:|\u2014|\u2013|--)\s*"
                         # "The first is a pay rise of 6%. The second is ..."
                         r"|The\s+(?:first|second|third|fourth|fifth|last|final)(?:\s+(?:part|element|point"
                         r"|pillar|component|plank|strand|one|item))?\s+(?:is|would\s+be|will\s+be)\s+")
_PARTS_RE = re.compile(r"(?:it|this|the\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:also\s+)?(?:has|contains|consists\s+of"
                       r"|comprises|is\s+built\s+(?:around|on)|rests\s+on)\s+[\w-]+\s+(?:main\s+|key\s+|core\s+)?"
                       r"(?:elements|parts|points|pillars|components|stages|phases|provisions|chapters"
                       r"|sections|planks|strands"
                       # a column: "The deal has three flaws." (then "Its first flaw is X")
                       r"|flaws|problems|weaknesses|strengths|merits|virtues|concessions|gains)\s*[.:]?\s*$")
# "Our final offer is ...", "The company's new proposal is ...": the offer named, then what it is
_OFFER_IS_RE = re.compile(r"(?:the|this|that|its|their|our|his|her|my|[a-z-]+['\u2019]s?)\s+(?:[\w'\u2019-]+\s+){0,5}?"
                          r"(?:offer|proposal|counteroffer|counter-offer|counterproposal|bid|package)"
                          # ("The board's offer, made on Friday, is a 5% pay rise ...": an aside)
                          r"(?:\s*,\s*[^,;:]{3,60}?,)?\s+is\s+"
                          r"(?=a\b|an\b|\d|[$\u00a3\u20ac]"
                          # ("The EU's offer, as described by X, is relief in three stages")
                          r"|(?:[a-z-]+\s+){1,2}(?:in|of|for|on)\s+(?:\d|a\b|an\b|two|three|four|five|stages|phases))")
_ON_THE_TABLE_RE = re.compile(r"\b(?:put|puts|putting|placed|laid)\s+((?:a|an|its|their)\s+[^,;:]{3,120}?"
                              r"|[$\u00a3\u20ac]?\d[^,;:]{0,120}?)"  # ("We have put 5% on the table")
                              r"\s+on\s+the\s+table\b")
# "a sweetened 390 pence-a-share cash offer", "the 6% offer": an offer named with its price
# ("the 812p offer is final": a definite reference to an offer named before, no new term)
_PRICED_OFFER_RE = re.compile(r"\b(?:a|an|its|their|his|her)\s+(?:[\w'\u2019.,$\u00a3\u20ac%-]+\s+){0,4}?"
                              r"(?:offer|bid|counteroffer|counter-offer)\b")
_PRICE_WORD_RE = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|p\b|pence|cents?\b|per\s+cent|percent)"
                            r"|\d[\s-](?:a|per)[\s-]share")
# "a bid worth 62 dollars a share", "an offer of 410p per share": the price after the noun
_PRICED_AFTER_RE = re.compile(r"\b(?:offer|bid)\s+(?:worth|of|at)\s+((?:about\s+|around\s+|some\s+|roughly\s+)?"
                              r"[$\u00a3\u20ac]?\d[\d.,]*[^,;:.]{0,25}?\s(?:a|per)\s+share)\b")
_FIRST_OFFER_RE = re.compile(r"\b(?:first|initial|original|opening|rejected|lower)\b")
_UNLESS_BEFORE = re.compile(r"\b(?:unless|if|until|when|once)\s[^,;]*$")
_COUNTER_RE = re.compile(rf"\b(?:{_alt(_TRIG['counter_verbs'])})\s+"
                         rf"(?!(?:(?:their|its|his|her|our)\s+)?(?:{_alt(_TRIG['offer_stop'])})\b)")
# "X presented a draft proposal", "A and B signed a fishing accord": a proposal now in context
_INTRODUCED_RE = re.compile(
    rf"\b(?:{_alt(_TRIG['introduce_verbs'])})\s+(?:(?:on|to)\s+[\w-]+\s+|[\w-]+\s+(?:[\w-]+\s+)?(?=(?:a|an|its|their)\s))?"
    rf"((?:a|an|the|its|their|his|her|our|a\s+new|fresh)\s+(?:[\w$\u00a3\u20ac%.,'-]+\s+){{0,3}}?(?:{_NOUN}))\b"
    rf"|\b(?:{_NOUN})\s*,?\s+(?:{_alt(_TRIG['introduce_participles'])})\s+(?:by|on|in|at|to|last|this|overnight)\b"
    # "A draft proposal from the ministry was sent to the unions on Monday"
    rf"|\b(?:{_NOUN})\b[^.,;:]{{0,60}}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:{_alt(_TRIG['introduce_participles'])})\b")
# "tabled a 5% pay offer": the amount in the noun phrase is what is offered (not "a 20-point plan")
_NP_AMOUNT_RE = re.compile(r"[$\u00a3\u20ac%]|\d(?![\d,.]*-(?:point|page|step|member|nation|party|year-old))")
# "raised its offer for X to 410 pence a share": the new figure
_RAISED_WORDS = ("raised", "improved", "increased", "sweetened", "lifted", "upped", "revised")
_RAISED_RE = re.compile(
    rf"\b(?:{_alt(_RAISED_WORDS)})\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:offer|bid|proposal|pay offer)\b[^,;.]{0,60}?\sto\s+(?=[$\u00a3\u20ac\d])")
_CONDITIONAL_RE = re.compile(
    rf"\b(?:{_alt(_TRIG['conditional_openers'])})\s+(?:(?:also|then|only|immediately)\s+)?({_alt(_TRIG['conditional_verbs'])})\b"
    rf"(?!\s+(?:(?:the|its|their|all)\s+)?(?:{_alt(_TRIG['conditional_stop'])})\b)"
    r"[^.;:]{0,160}?\s(if|once|as soon as)\s")
# "Either side may suspend the accord": "may" states a provision with such a subject
_MAY_SUBJECT_RE = re.compile(r"^(?:Either|Each|Any|Both|Neither|The\s+(?:parties|signatories|two\s+sides"
                             r"|members))\b[^.;:]{0,50}?\bmay\s+(?!not\b|be\b|have\b)")

# any word that some rule of _region needs (checked on the lower-cased sentence)
# the trigger words of every rule, each with the kinds of rule it can start; one scan of
# the document says which rules a sentence can need at all
# (and "put" with a sum right after it: "said it would put 60 million pounds into the
# pension scheme"; not "would put the offer to members", a step)
_VOW_BASE = (set(_LEX["split"]["verbs"]) - (set(_TRIG["process_verbs"]) - {"keep"})
             - set(_TRIG["vow_not_verbs"])) | {"put"}
# rules whose region may be a bare enumeration of things ("offered A, B and C", "is
# conditional on A, B, and C")
_LISTING_RULES = frozenset(("term.offer", "term.verb", "term.list"))
# "The offer is conditional on A and expires on June 15", "The draft calls for A and is
# backed by B": a second predicate of the proposal, no part of its content
_SECOND_PREDICATE_RE = re.compile(r",?\s+and\s+(?:also\s+)?(?:expires|lapses|represents|remains|is|was"
                                  r"|has\s+been|had\s+been)\b")
# ("said the group would give its answer to the proposal by Thursday": a step, no term)
_ANSWER_OBJECT_RE = re.compile(r"\s+(?:its|their|his|her|our|a|an)\s+(?:formal\s+|final\s+|written\s+|full\s+)?"
                               r"(?:answer|response|reply|verdict|decision|view|opinion|assessment)\b")
_NEXT_VERB_RE = re.compile(r"\s*(?:and\s+)?(?:also\s+)?([a-z]+)\s")
_SUM_NEXT_RE = re.compile(r"\s+(?:about\s+|some\s+|around\s+|an\s+extra\s+|a\s+further\s+)?[$\u00a3\u20ac]?\d")
_TRIGGER_KINDS: dict[str, set[str]] = {}
for _kind, _words in (("noun", _LEX["nouns"]["proposal"]),
                      ("verb", _TRIG["content_verbs"]), ("close", _TRIG["close_verbs"]),
                      ("pledge", _TRIG["pledge"]), ("return", _TRIG["return_intros"]),
                      ("offer", ["offer", "offered", "offers", "offering", "proposal"]),
                      ("agreed", ["agreed", "settled", "did agree", "signed off"]),
                      # a party's counter-offer, its conditions, a mediator's proposal
                      ("proviso", ["provided", "providing", "condition that", "long as"]),
                      ("ready", ["ready", "willing", "prepared", "offered", "offers", "offering",
                                 "readiness", "willingness"]),
                      ("proposed", ["proposed", "proposes", "proposing", "propose", "put forward"]),
                      ("counter", _TRIG["counter_verbs"]),
                      ("table", ["on the table"]),
                      ("open", ["open to"]),
                      ("recommend", _TRIG["recommend_verbs"] + ["should"]),
                      # "We reject the clause which demands A", "accept the principle of B"
                      ("clause", ["the clause", "the provision", "the principle of", "the article",
                                  "the paragraph", "the section"]),
                      # "The transit fee is set at $1.90": the deal's present tense (_PRESENT_CHANGE_RE)
                      ("change", ["is set at", "is capped at", "is fixed at", "is cut to", "is raised to",
                                  "rises to", "falls to", "drops to", "rises from", "falls from"]),
                      ("hedge", _TRIG["hedge_words"]),
                      ("intro", _TRIG["introduce_verbs"] + _TRIG["introduce_participles"]),
                      ("cond", [f"{modal} {verb}" for verb in _TRIG["conditional_verbs"]
                                for modal in _TRIG["conditional_openers"]]),
                      # "X said it would hire ...": the modal and a commitment verb
                      ("vow", [f"{modal}{also} {verb}" for verb in _VOW_BASE
                               for modal in ("would", "will") for also in ("", " also")]),
                      # "X says it can guarantee 300 tonnes a day": what a side
                      # can give, with its figure
                      ("can", [f"{modal} {verb}" for verb in _TRIG["capability_verbs"]
                               for modal in ("can", "could")])):
    for _w in _words:
        _TRIGGER_KINDS.setdefault(_w.lower(), set()).add(_kind)
# a phrase found by the scan hides the words inside it ("offered to suspend" is also "offered")
for _w in list(_TRIGGER_KINDS):
    _parts = _w.split()
    for _n in range(1, len(_parts)):
        _TRIGGER_KINDS[_w] |= _TRIGGER_KINDS.get(" ".join(_parts[:_n]), set())
# The same scan also finds the number words of numbers.find_numbers and hands their
# places to it for the same text: the engine runs figures right after terms, which then
# does not scan the article again. Adding single words to the trie changes no trigger
# match: a trigger matched at a word start is kept (the longest match wins) and no match
# can start inside a word. A number word inside a longer matched string (none today) is
# found from the string's own words: ``_SCANNED_INFO`` gives, for each string the scan
# may match, its trigger kinds (None for a number word) and the offsets of the number
# words in it.
_SCANNED = set(_TRIGGER_KINDS) | ANCHOR_WORDS
_ANY_TRIGGER = WordScan(_SCANNED)  # (\b(?:<the words>)\b, scanned faster)
_SCANNED_INFO: dict[str, tuple[set[str] | None, tuple[int, ...]]] = {
    w: (_TRIGGER_KINDS.get(w),
        tuple(m.start() for m in re.finditer(r"\w+", w) if m.group() in ANCHOR_WORDS))
    for w in _SCANNED}
# "a deal that gives X", "it also calls for X"; not "..., and that gives me hope" (a
# demonstrative: a comment on what came before)
_PRONOUN_BEFORE = re.compile(r"(?:^|,\s*|\b(?:which|that)\s+)it\s+(?:also\s+)?$"
                             r"|(?<!\band )(?<!, )\b(?:which|that)\s+(?:also\s+)?$")
_FIRST_PERSON_OBJECT = re.compile(r"\s*(?:me|us|my|our)\b")
# "It is said to suggest a ten-year transition", "the draft reportedly gives X the
# finance ministry": a hedge between the proposal (or "it") and its content verb
_HEDGED_CONTENT_RE = re.compile(
    rf"(?:^|,\s*|\b(?:which|that)\s+)(?:it|(?:the|this|that|its|their|a|an)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_NOUN}))"
    r"\s+(?:also\s+)?(?:(?:is|are|was|were)\s+(?:also\s+)?(?:said|understood|believed|reported|thought|known)"
    r"\s+to|reportedly|apparently)\s+(?:also\s+)?"
    rf"({_alt(_TRIG['hedged_content_verbs'])})\b")
_HEDGED_GIVE = frozenset(_TRIG["hedged_give_verbs"])


_SPLIT = _LEX["split"]
_VERBS = _inflect(_SPLIT["verbs"])
_AND_HEADS = frozenset(_SPLIT["and_heads"])
_AND_DETS = frozenset(_SPLIT["and_determiners"])
_CONDITIONS_RE = re.compile(rf"^(?i:and\s+|or\s+)?(?i:{_alt(_SPLIT['conditions'])})\b")
_ATTACH_RE = re.compile(rf"^(?i:{_alt(_SPLIT['attach'])})\b")
# a relative clause, or a comment on what came before ("and that is the key")
_RELATIVE_RE = re.compile(r"(?:which|where|who|whom|whose)\b|(?:(?:frankly|honestly|clearly|quite\s+simply)\s+)?"
                          r"(?:that|this|it)(?:\s+(?:is|was|would be"
                          r"|will be|has been|gives|makes|means)|['\u2019]s)\b")
# a piece that is the reporter's source or the party's own stance, not what is offered
_COMMENT_PIECE_RE = re.compile(r"(?:according\s+to|citing|saying|arguing|claiming|insisting|adding"
                               r"|wants|says|said|insists|insisted|argues|argued"
                               # "412p a share, a premium of 34% to the share price": what the
                               # price is worth, a figure
                               r"|a\s+premium\s+of|a\s+discount\s+of)\b")
# a piece that only says when, at what price or how much it is thought to cost: it
# stays with the term before it ("during the dry season, from 1 June to 30 September,",
# "20% of the costs, currently estimated at $18 million a year,")
_ADJUNCT_RE = re.compile(r"(?:from|until|between|during)\s|at\s+(?:a|an|the)\s"
                         r"|(?:[a-z]+ly\s+)?(?:estimated|valued|put|worth|expected)\s+(?:at|to)\s")
_PARTICIPLE_RE = re.compile(r"^[a-z]+(?:ed|en|wn)\s+(?:by|from|in|at|with|on)\b")
_LEAD_RE = re.compile(r"^(?:(?:and|or|with|also|but|then|plus|of\s+which|together\s+with|along\s+with"
                      r"|as\s+well\s+as|in\s+(?:exchange|return)\s+for"
                      # "... by June and was prepared to review the rest": a second offer
                      r"|(?:is|was|are|were)\s+(?:also\s+)?(?:prepared|ready|willing)\s+to)\s+)+", re.I)
_PLUS_RE = re.compile(r"(?<=[\w%)])\s(?=plus\s+(?:a|an|the|\d|[$\u00a3\u20ac]))")
# base verbs (and modals) that may follow an aside inside a clause
_BARE_VERBS = frozenset(_LEX["split"]["verbs"]) | frozenset(_TRIG["modals"]) | {"should", "must", "could", "may"}
_COLON_CLAUSE_RE = re.compile(r"(?:it|they|each|every|both|the\s+[a-z-]+)\s+(?:will\s+|would\s+|must\s+|shall\s+)?"
                              r"(?:pays|pay|gets|get|receives|receive|keeps|keep|covers|cover|takes|take|gives|give"
                              r"|owes|loses|lose|bears|bear)\b")
_ASIDE_NEXT = _BARE_VERBS | {"to", "which"}  # (", which will meet twice a year": the head's clause)
_DURING_WHICH_RE = re.compile(r",\s+(?:during|in|after|within|over)\s+which\s+"
                              r"(?=(?:the|its|their|both|each|all|[A-Z][\w'\u2019-]*)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                              r"(?:would|will|shall)\s)")
_SWAP_RE = re.compile(r"in\s+(?:exchange|return)\s+for\s")  # (a literal prefix: a fast scan)
_COUNTER_KINDS = frozenset(("proviso", "ready", "proposed"))
# a third party's recommendation: "recommends A, B and C" (not "recommends that", "recommends
# shareholders accept", "recommends the offer": no content); "says (that) X should A": A
_RECOMMEND_RE = re.compile(
    rf"\b(?:{_alt(_TRIG['recommend_verbs'])})\s+(?!that\b|(?:the|its|this|their)\s+(?:[\w-]+\s+)?(?:{_NOUN})\b"
    r"|(?:shareholders|investors|members|workers|staff|employees|it|them)\b)"
    r"|\b(?:says|said|adds|added|argues|argued|concludes|concluded|finds|found)\s+(?:that\s+)?"
    r"(?:the\s+|its\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+should\s+(?:also\s+)?([a-z]+)\b")
_BROKER_RE = re.compile(rf"\b(?:{_alt(_TRIG['broker_nouns'])})\b")
# ... "X should A" only from a ruling's author (an envoy's "should" is a position)
_RULING_RE = re.compile(r"\b(?:arbitrator|arbitrator['\u2019]s|report|panel|tribunal|review|award|adjudicator"
                        r"|inquiry|ruling)\b")
# "X said it would hire 250 nurses": case-sensitive (a capitalised name may be the subject);
# tried on the sentences where the trigger scan found "would/will <commitment verb>"
_SAID_WOULD_RE = re.compile(
    r"\b(?:said|says|announced|added|confirmed|wrote|writes|stated)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?"
    rf"(?:(?:{_alt(_TRIG['vow_subjects'])})\s+|(?:the\s+)?(?:[A-Z][\w'\u2019&-]*\s+){{1,3}})"
    r"(?:would|will)\s+(?:also\s+)?([a-z]+)\b")
_SAID_CAN_RE = re.compile(_SAID_WOULD_RE.pattern.replace("(?:would|will)", "(?:can|could)"))
assert _SAID_CAN_RE.pattern != _SAID_WOULD_RE.pattern
# "The deal raises pay by 8%" / "The licence runs for 25 years": present-tense provision
# verbs after the proposal noun (with a figure after them); the second kind keeps its subject
_TOPIC_WHOLE = frozenset(_TRIG["topic_duration_verbs"])
_TOPIC_VERBS = frozenset(v for v in _inflect(_SPLIT["verbs"]) if v.endswith("s")) \
    - frozenset(_TRIG["topic_not_verbs"]) | _TOPIC_WHOLE
_VOW_VERBS = frozenset(_VERBS - (_PROCESS - {"keep"}) - set(_TRIG["vow_not_verbs"]) | {"put"})
_TO_BE_RE = re.compile(r"\s(?:is|are)\s+to\s+be\s+(?:[a-z]+(?:ed|en|wn)|cut|set|put|paid|kept|held|built"
                       r"|spent|sold|made|shut|split|sent|laid|left|brought|bought|met|lent)\b")
# "We will also allow up to 18 snap inspections a year": a side reading out its own part
# of the deal (a provision verb after the modal, and a figure)
_WE_MODAL_RE = re.compile(r"\bwe\s+(?:will|shall)\s+(?:also\s+)?([a-z]+)\b")


def _own_provision(lb: str) -> bool:
    m = _WE_MODAL_RE.search(lb)
    return bool(m) and m.group(1) in _VOW_VERBS and not _ING_NEXT_RE.match(lb, m.end()) \
        and bool(_AMOUNT_RE.search(lb, m.end()))


_NOUN_THAT_RE = re.compile(rf"\b(?:{_NOUN})\s+that\s+([a-z]+s)\b")
# "will meet twice a year to review compliance": a standing body's duty, no step of the talks
_FREQUENCY_RE = re.compile(r"\s(?:twice|every|each|regularly|annually|monthly|weekly|quarterly"
                           r"|once\s+a|at\s+least\s+once)\b")


def _process_piece(low: str) -> bool:
    """A piece that is a step of the process ("the ministry will consult X before ...")."""
    step = _MODAL_VERB_RE.match(low, low.find(" will ") + 1) if " will " in low[:50] else None
    return bool(step) and step.group(1) in _PROCESS_STEP and not _FREQUENCY_RE.search(low)


_WILL_RE = re.compile(r"\b(?:will|shall|may)\b")
# a short term with no figure whose object is a bare pronoun: not a term on its own
_PRONOUN_TERM_RE = re.compile(r"(?:[a-z]+ ){1,4}(?:it|them)")
_ING_NEXT_RE = re.compile(r"\s+[a-z]+ing\b")
_WOULD_SAID_RE = re.compile(
    r"(?:The\s+|the\s+)?(?:[A-Z][\w'\u2019&.-]*\s+){1,4}(?:[a-z]+s\s+)?(?:would|will)\s+(?:also\s+)?([a-z]+)\b"
    r"[^;:\"\u201c\u201d]{3,200}?"  # ("Coldbrook shareholders would receive N, X said")
    r"(,\s+(?:he|she|they|it|(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})\s+(?:said|says|added)\s*[.!]?\s*)$")
_STEP_AFTER_RE = re.compile(rf"be\s+(?:{_alt(_TRIG['process_participles'])})\b")
_THREAT_RE = re.compile(r"\b(?:if|unless|otherwise|should)\b")
_SPEAKER_WILL_RE = re.compile(r"(?:The|Our)\s+(?:[A-Z][a-z]+\s+)?(?:Government|government|company|Company|ministry"
                              r"|Ministry|council|Council|board|Board|union|Union)\s+will\s+(?:also\s+)?([a-z]+)\b")
_BUT_WOULD_RE = re.compile(r",\s+but\s+(?:it\s+|they\s+|he\s+|she\s+)?(?:would|will)\s+(?:also\s+)?([a-z]+)\b")
# ", would invest B", ", and will not sell C": a parallel commitment of the same subject
_NEXT_MODAL_RE = re.compile(r"\s*(?:and\s+)?(?:would|will)\s+(?:also\s+|not\s+)?[a-z]+")
_MODAL_VERB_RE = re.compile(r"\b(?:would|will|shall)\s+(?:(?:also|then|now|first)\s+)?([a-z]+)"
                            r"(?:\s+([a-z]+))?")
_PROCESS_STEP = frozenset(_TRIG["process_after_modal"])
_PROCESS_PARTICIPLES = frozenset(_TRIG["process_participles"])
# "The vote will take place ..." is the process; "The releases will take place in two
# stages" says how a provision is carried out
_PROCESS_SUBJECT_RE = re.compile(rf"\b(?:{_alt(_TRIG['process_subjects'])})\b")
_JOINT_OPENERS = ("both ", "the two ", "the parties ", "the three ")
_NOUN_VERBS = frozenset(_TRIG["noun_verb_words"])
# (and a possessive: "the union's call for a 10% rise", "the EU's offers")
_NOUN_VERB_BEFORE = re.compile(rf"(?:\b(?:{_alt(_TRIG['noun_verb_before'])})|\w['\u2019]s?)\s+$")
_NO_DEAL_BEFORE = re.compile(r"\b(?:no|not|never|without|any)\s+(?:[\w-]+\s+)?$")
_DEAL_TO_RE = re.compile(rf"to\s+({_alt(_TRIG['deal_to_verbs'])})\b")
_DEAL_NOUN_BEFORE = re.compile(
    rf"\b(?:{_NOUN})\b(?:\s+in\s+principle)?(?:\s+(?:with|between)\s+[^,;.]{{3,80}}?)?\s+$")
_GENRE_VERB_RE = re.compile(rf"\b(?:{_alt(_TRIG['genre_verbs'])})\b\s*")
# the verb's subject: "we", or a name / "the parties" at the start of its clause
_GENRE_SUBJECT_RE = re.compile(r"(?:\(?[a-z0-9]{1,2}[.)]\s+)?(?:we|[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3})"
                               r"\s+(?:also\s+|hereby\s+|jointly\s+)?")
# content verbs that state a proposal's contents only with a definite subject ("the offer
# comes with a pledge"), not a general one ("an EU agreement comes with high standards")
_DEFINITE_ONLY_VERBS = frozenset(("comes with", "would come with", "is accompanied by"))
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|every|no)\s+(?:[\w-]+\s+){0,2}$")
_NO_KINDS: frozenset[str] = frozenset()
_CLEFT_KINDS = frozenset(("table", "offer", "ready", "proposed", "intro", "noun"))
# a question with one of these is about the proposal: its answer may state the terms
_QUESTION_KINDS = frozenset(("table", "offer", "proposed", "noun"))
_CLOSE_ONLY = {"close"}
_INTRO_ONLY = frozenset(("intro",))
_COLON_ONLY = frozenset(("colon",))
_CAPABILITY_VERBS = frozenset(_TRIG["capability_verbs"])
# "Your company has offered 4%." ... "It is 4% plus a loyalty payment of 1,500": the
# offer restated with what comes with it
_RESTATE_OPENERS = ("it is ", "it's ", "it\u2019s ", "that is ", "that's ", "this is ")
_RESTATE_ONLY = frozenset(("restate",))
_RESTATE_RE = re.compile(r"(?:it|that|this)(?:\s+is|['\u2019]s)\s+(?:also\s+|actually\s+)?(?=[$\u00a3\u20ac]?\d[\d.,]*\s?%?\s+plus\b"
                         r"|[$\u00a3\u20ac]?\d[\d.,]*\s?%?,\s)")
# "open to the EU's request on tariffs", "open to their proposal": the other side's ask, a stance
_OTHERS_ASK_RE = re.compile(r"(?:[\w-]+\s+){0,3}?(?:[\w-]+['\u2019]s?\s|(?:request|requests|demand|demands"
                            r"|proposal|proposals|suggestion|suggestions|call|calls|plan|plans)\b)")
# "We are open to concessions: A and B", "it remains open to a shorter week": a side's
# offer (not "open to talks / discussing it / that": the process, or a word on it)
_OPEN_TO_RE = re.compile(rf"\b(?:am|are|is|was|were|be|remain|remains|remained|stays?)\s+(?:also\s+|however\s+|now\s+"
                         rf"|still\s+|fully\s+)*open\s+to\s+(?!(?:{_alt(_TRIG['open_to_stop'])})\b|[a-z]+ing\b)")
_HEDGE_ONLY = {"hedge"}  # ("reportedly" alone: the hedge rule needs a proposal or a term before)
_VOW_ONLY = {"vow"}  # ("would hire" needs a speaker: "X said it would hire")

_CUE_WEIGHTS: dict[str, list[tuple[str, float]]] = {}
for _cat in TERM_CATEGORIES:
    for _word, _weight in _LEX["categories"].get(_cat, {}).items():
        _CUE_WEIGHTS.setdefault(_word.lower(), []).append((_cat, float(_weight)))
# "\b" before the lookahead: only word starts are tried (about 5x faster on long terms)
# ("(?![\w-])": "free-to-air" holds no cue "free")
_CUE_SCAN = re.compile(
    r"\b(?=((?:" + _alt([w for w in _CUE_WEIGHTS if w[0].isalnum()]) + r")(?![\w-])))")
# the same cues found from the non-word character before them (a class: re skips to it
# in C), with the text's first word tried apart: the same starts and cues as _CUE_SCAN
_CUE_AFTER = re.compile(r"[^\w]" + _CUE_SCAN.pattern[2:])
_CUE_FIRST = re.compile(_CUE_SCAN.pattern[2:])
# symbol cues ("$", "%") are counted with str.count: a regex branch for them would be
# tried at every character, not only at word starts
_CUE_SYMBOLS = [(w, _CUE_WEIGHTS[w]) for w in _CUE_WEIGHTS if not w[0].isalnum()]
_ALL_CUES_RE = re.compile(r"(?<!\w)(?:" + _alt(
    [w for c in _LEX["categories"].values() for w in c if w[0].isalnum()]) + r")|[$\u00a3\u20ac%\d]")


def categorise(text: str) -> str:
    """The category whose cue words weigh most in ``text`` ("other" when none).

    One pass: a lookahead alternation of every cue finds, at each word start, the
    longest cue there; the weights of each category are summed.
    """
    scores: dict[str, float] = {}
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    first = _CUE_FIRST.match(low)
    found = [first] if first else []
    found += _CUE_AFTER.finditer(low)
    for m in found:
        if m.start(1) > 0 and text[m.start(1)].isupper():
            continue  # inside a name ("Minister of Trade", "the Aid Alliance"): no cue
        for cat, weight in _CUE_WEIGHTS[m.group(1)]:
            scores[cat] = scores.get(cat, 0.0) + weight
    for symbol, weights in _CUE_SYMBOLS:
        n = text.count(symbol)
        if n:
            for cat, weight in weights:
                scores[cat] = scores.get(cat, 0.0) + weight * n
    if not scores:
        return "other"
    best, best_score = "other", 0.0
    for cat in TERM_CATEGORIES:  # ties: the order of TERM_CATEGORIES
        if scores.get(cat, 0.0) > best_score:
            best, best_score = cat, scores[cat]
    return best


# ---------------------------------------------------------------- splitting
def _first_word(piece: str) -> str:
    m = _WORD.match(piece)
    return m.group(0).lower() if m else ""


def _and_splits(seg: str) -> bool:
    """Whether the text after " and " starts a new term."""
    words = _WORDS.findall(seg[:60])
    if not words:
        return False
    w0 = words[0].lower()
    if w0 in _MODALS or w0 in _AND_HEADS or w0 in _AND_DETS or w0 == "that":
        return True
    if w0 in ("is", "was", "are", "were") and len(words) > 2 and (
            words[1].lower() in _READY_ADJ or (words[1].lower() == "also" and words[2].lower() in _READY_ADJ)):
        return True  # "convert 90 posts by May and was prepared to review the rest"
    if _CONTENT_VERB_RE.match(seg[:30].lower()):
        return True  # "values X at $2bn and includes a promise to ...": a second content verb
    if w0 == "to" and len(words) > 1 and (words[1].lower() in _VERBS or (
            words[1].islower() and words[1] not in _OBJECT_OPENERS and words[1] not in _AND_DETS)):
        return True  # "to keep the plant open and to retrain 400 workers"
    if w0 in _VERBS and not w0.endswith("ing") and w0 not in ("set", "end", "cut", "free"):
        return True
    if w0 in ("free", "set", "end", "cut") and len(words) > 1 and words[1].lower() in ("the", "a", "an", "all", "up"):
        return True
    if w0 == "the" and len(words) > 2 and words[2].lower() == "of" \
            and words[1].lower().endswith(_ACTION_NOUN_ENDINGS):
        return True  # "a ceasefire of 30 days and the release of 50 prisoners": a second action
    if len(words) > 1 and words[1].lower() in _MODALS and w0 not in _NOT_SUBJECT \
            and "," not in seg[:seg.find(words[1])]:  # (not "by land, sea and air, shall ...")
        return True  # "and bondholders would take a haircut": a bare subject with its modal
    # "and the government would release": a new subject with its own modal
    if w0 in ("the", "its", "their", "both", "each", "all", "either", "neither") or words[0][0].isupper():
        comma = seg.find(",", 0, 60)
        if comma > 0:  # ("and its brewery, would invest X": the modal after the comma is not its)
            words = _WORDS.findall(seg[:comma]) or words
        for k, w in enumerate(words[1:5], 1):
            if w.lower() in _MODALS or (w == "may" and w0 in ("either", "each", "both")):
                return True  # (and "and either side may suspend ...")
            if w in ("is", "are") and k + 1 < len(words) and _PARTICIPLE_WORD_RE.fullmatch(words[k + 1]):
                return True  # "X is written into the contract and the cap is set at 24%"
    if w0 == "the" and len(words) > 2 and words[1][0].isupper():
        m = _NAMED_VERB_RE.match(seg)
        if m and m.group(1) in _VERBS:
            return True  # "Dravia released 80 fighters and the Front freed 40 soldiers"
    return _named_clause(words)


# a passive participle after "is" / "are" (the present tense of a deal's provision)
_PARTICIPLE_WORD_RE = re.compile(r"[a-z]+(?:ed|en|wn)|set|cut|put|kept|held|paid|made|left|met|capped")


# a clause whose own verb is negated in the present or past ("the advice does not require
# that"): what is not so, no provision (a provision's negation takes a modal: "would not")
_DOES_NOT_RE = re.compile(r"(?:[\w'\u2019-]+\s+){1,5}?(?:does|do|did)\s+not\b")
_CAP_WORD_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z'\u2019-]+$")
_BARE_INFINITIVE_RE = re.compile(r"\bto\s+[a-z]+$")


def _counted_pair(text: str, a: int, pos: int, after: int, b: int) -> bool:
    """"release thirty-seven soldiers and four civilian aid workers": two counted groups,
    one term each (not "between 5 and 10 days": a plural noun must end the first)."""
    if not _COUNT_AFTER_RE.match(text, after, min(b, after + 60)):
        return False
    if _COUNT_BEFORE_RE.search(text, max(a, pos - 60), pos):
        return True
    # "a 5% rise this year and 200 new nursing posts": an amount, then a counted group (not
    # "between 5 and 10 days", "5% and 6%": the first ends with its number)
    return bool(_FIGURE_NP_BEFORE_RE.search(text, max(a, pos - 60), pos))


# an amount with its noun before " and ": "a 5% rise this year", "a $500 bonus"
_FIGURE_NP_BEFORE_RE = re.compile(r"(?:a|an)\s+(?:[$\u00a3\u20ac]\d[\d.,]*|\d[\d.,]*\s?%)\s+[a-z-]+(?:\s+[a-z-]+){0,3}$")


# "and the Front freed 40 soldiers": a named subject, a provision verb, a count or object
_NAMED_VERB_RE = re.compile(r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+([a-z]+)\s+"
                            r"(?=\d|(?:the|its|their|all|a|an|some)\s)")


def _named_clause(words: list[str]) -> bool:
    """"B lift its blockade": a named subject, its verb and an object (a new provision)."""
    return len(words) > 2 and words[0][0].isupper() and words[1].lower() in _VERBS \
        and words[2].lower() in _OBJECT_OPENERS


_READY_ADJ = frozenset(("prepared", "ready", "willing"))
_ACTION_NOUN_ENDINGS = ("ion", "ment", "ing", "release", "return", "removal", "end", "lifting",
                        "withdrawal", "exchange", "transfer", "handover", "closure", "disarmament")
_NOT_SUBJECT = frozenset(("it", "that", "this", "which", "who", "what", "there", "then", "so"))
_OBJECT_OPENERS = frozenset(("the", "its", "their", "all", "a", "an", "his", "her", "some"))


_PUNCT = re.compile("[,;()\\[\\]\u201c\u201d\"]")


def _top_level_commas(text: str, a: int, b: int) -> list[int]:
    """Comma/semicolon positions in text[a:b] that are not inside quotes or brackets."""
    out, depth, quote = [], 0, False
    # only the punctuation is visited (a regex scan, not a Python loop over every character)
    for m in _PUNCT.finditer(text, a, b):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "\u201c\u201d\"":
            quote = ch == "\u201c" or (ch == '"' and not quote)
            if ch == "\u201d":
                quote = False
        elif depth == 0 and not quote:
            i = m.start()
            if not (ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit()
                    and text[i + 1].isdigit()):
                out.append(i)
    return out


def _back_space(text: str, i: int, start: int) -> int:
    """``i`` moved back over the white space before it (not before ``start``)."""
    while i > start and text[i - 1].isspace():
        i -= 1
    return i


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _looks_like_term(piece: str) -> bool:
    low = piece.lower()
    w0 = _first_word(piece)
    if low.startswith("free of "):
        return False  # "a 20% stake, free of charge,": an aside, not the verb "free"
    if _MODAL_RE.search(low) or w0 in _VERBS or w0 in _AND_DETS or w0 in _AND_HEADS \
            or _CONTENT_VERB_RE.match(low[:30]):
        return True
    if piece[:1].isupper() and w0 not in _AND_DETS and w0 not in _OBJECT_OPENERS \
            and w0 not in _ROLE_DETERMINERS:  # ("The leaders agreed to A and to B": a clause)
        # "Ambassador X", "the Minister's deputy, Y": an appositive name, unless it says
        # what is offered ("Acme at $2 billion") or has its own verb
        # ("Seven per cent over three years, plus B": an amount in words opens a sentence;
        # "with UN peacekeepers staying on until ...": a named subject doing a provision)
        return _named_clause(_WORDS.findall(piece[:60])) or bool(_AMOUNT_RE.search(low)) \
            or (w0 in _NUMBER_WORDS and len(piece.split()) >= 2) \
            or (bool(_NAMED_DOING_RE.match(piece)) and bool(_ALL_CUES_RE.search(low)))
    if w0 in ("to", "the", "its", "their", "a", "an") and len(piece.split()) >= 3:
        return True
    if (w0 in _NUMBER_WORDS or w0 in _LIST_OPENERS) and len(piece.split()) >= 2:
        return True  # "a raise, two extra rest days and a bonus", "better sick pay"
    return bool(_ALL_CUES_RE.search(low))


_AMOUNT_RE = re.compile(r"[$\u00a3\u20ac%]|\d")
_NAMED_DOING_RE = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+ing\s+(?:on|in|out|until|at|for|to)\b")
_ROLE_DETERMINERS = frozenset(("both", "each", "either", "neither", "this", "these", "those", "our"))
_BARE_AMOUNT_RE = re.compile(r"[$\u00a3\u20ac]\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*\s?%")
_NUMBER_WORDS = frozenset(load("numbers")["words"]) - {"one", "zero"}
# "including an immediate increase of 8%": a part with a figure (its currency in group 1,
# its "%" or time unit in group 2)
_INCLUDED_AMOUNT_RE = re.compile(
    r"including\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?of\s+(?:about\s+|up\s+to\s+)?"
    rf"(?:([$\u00a3\u20ac])|(?:\d[\d.,]*|(?i:{_alt(sorted(_NUMBER_WORDS))}))\s?(%|year|month|week|day))")


def _included_part(text: str, a: int, c: int, after: str) -> bool:
    """", including an increase of 8%" after a piece with its own figure of the same
    kind (a currency, "%", or years / months / weeks / days)."""
    m = _INCLUDED_AMOUNT_RE.match(after)
    return bool(m) and text.find(m.group(1) or m.group(2), a, c) >= 0


# a count and its plural noun (up to two words between): "37 soldiers", "thirty-seven
# soldiers", "four civilian aid workers"
_NUMBER_WORD_RE = re.compile(rf"\b(?:{_alt(sorted(_NUMBER_WORDS))})\b")  # ("a six-week closure")
_COUNT = rf"(?:\d[\d,]*|(?i:(?:[a-z]+-)?(?:{_alt(sorted(_NUMBER_WORDS))})))"
_COUNT_AFTER_RE = re.compile(rf"{_COUNT}\s+(?:[A-Za-z-]+\s+){{0,2}}?[a-z-]+s\b")
_COUNT_BEFORE_RE = re.compile(rf"(?<![\w-]){_COUNT}\s+(?:[A-Za-z-]+\s+){{0,2}}?[a-z-]+s$")
_LIST_OPENERS = frozenset(_SPLIT["list_openers"])


# "keep the brand, would invest $90m and would not sell any pubs": a piece that opens with
# its modal (or with the verb of a commitment) is a predicate of its own, parallel to the next
_BARE_MODAL_RE = re.compile(r"(?:would|will)\s+(?:also\s+|not\s+)?[a-z]+")


def _predicate_piece(piece: str) -> bool:
    """A piece that is itself a predicate: it opens with a modal or a provision verb."""
    w0 = _first_word(piece)
    return w0 in _MODALS or (w0 in _VERBS and not w0.endswith(("ing", "ed")))


def split_region(text: str, a: int, b: int, listed: bool = False) -> list[tuple[int, int]]:
    """Cut text[a:b] into one span per term (``listed``: the region is known to be an
    enumeration of things offered, "A, B and C", whatever its words)."""
    # trim
    while a < b and text[a] in " \t\n,;:":
        a += 1
    while b > a and text[b - 1] in " \t\n.,;:!?\"\u201d)":
        if text[b - 1] == ")" and "(" in text[a:b]:
            break
        if (text[b - 1] == "\u201d" and "\u201c" in text[a:b]) or (
                text[b - 1] == '"' and text.count('"', a, b) % 2 == 0):
            break  # the closing quote of 'exchange "all for all"' stays
        b -= 1
    if b - a < 3 and not _BARE_AMOUNT_RE.fullmatch(text, a, b):  # ("6%" is an offer)
        return []
    commas = _top_level_commas(text, a, b)
    region = text[a:b]
    semicolons = [c for c in commas if text[c] == ";"]
    if semicolons:
        commas = semicolons  # "A, with X; B; and C": the commas are inside the items
    is_list = bool(_SERIAL_AND.search(region)) or bool(semicolons) or (listed and bool(commas))
    last_and, last_and_pos = None, -1
    if commas and not is_list:
        # "A, B and the C": an enumeration without the serial comma
        last_and = _LAST_AND_DET.search(text[commas[-1]:b])
        if last_and:
            is_list = True
    if listed and commas and not semicolons and not _SERIAL_AND.search(region):
        # "A, B and paid training": the last " and " closes the enumeration
        last = None
        for last in _AND_OR.finditer(text, commas[-1], b):
            pass
        if last:
            last_and = last
            last_and_pos = last.start()
    cuts: list[tuple[int, int]] = []  # (cut position, resume position)
    aside_end = -1  # the comma closing a ", with X as an observer," aside
    for k, c in enumerate(commas):
        resume = _skip_space(text, c + 1, b)
        after = text[resume:min(b, resume + 60)]
        if c == aside_end:
            continue
        if (after.startswith("with ") or _PASSIVE_BY.match(after)) and k + 1 < len(commas) \
                and text[commas[k + 1]] == "," \
                and _first_word(text[commas[k + 1] + 1:commas[k + 1] + 30].lstrip()) in _ASIDE_NEXT:
            # "a joint commission, with the IAEA as an observer, meet monthly", "a Facility,
            # hosted by the World Bank, to mobilise $80 billion": an aside inside the clause,
            # which goes on after it
            aside_end = commas[k + 1]
            continue
        if after.startswith("including ") and _included_part(text, a, c, after):
            # "raises pay by 19% over four years, including an immediate increase of 8%":
            # a part with its own figure of the same kind is a term of its own
            cuts.append((c, resume + 10))
        elif after.startswith("among them ") and _COUNT_AFTER_RE.match(after, 11) \
                and _AMOUNT_RE.search(text, a, c):
            # "300 members, among them 40 military observers,": a counted part of its own
            cuts.append((c, resume + 11))
        elif is_list or text[c] == ";" or _WITH_PLUS.match(after) or _PROVISO_AFTER.match(after) \
                or (after[:1] == "w" and _BARE_MODAL_RE.match(after)) \
                or (_CLAUSE_MODAL_RE.match(after) and _MODAL_RE.search(text, a, c)) \
                or (_PASSIVE_BY.match(after) and _ALL_CUES_RE.search(after[:40].lower())):
            cuts.append((c, resume))
    # " and " before a new provision (inside the comma pieces)
    cut_at = {c for c, _ in cuts}
    next_comma = 0
    # "committed to recruiting 1,200 nurses and to a safe-staffing rule": the region is the
    # object of "to"; a second "to" after " and " is a second object
    after_to = text.endswith(("to ", "on "), max(0, a - 3), a)
    second = "to " if text.endswith("to ", max(0, a - 3), a) else "on "
    for m in _AND_OR.finditer(region):
        pos = a + m.start()
        if text[pos - 1] == ",":
            continue
        if after_to and text.startswith(second, a + m.end()):
            cuts.append((pos, pos + 1))
            continue
        if text[a + m.end():a + m.end() + 1].isupper() and _CAP_WORD_BEFORE_RE.search(text, max(a, pos - 30), pos):
            continue  # "in Ostrelian and European banks would ...": two names, one subject
        if _BARE_INFINITIVE_RE.search(text, max(a, pos - 30), pos) \
                and _first_word(text[a + m.end():a + m.end() + 20]) in _VERBS:
            continue  # "to recruit and train nurses": one object for both verbs
        if _and_splits(text[a + m.end():min(b, a + m.end() + 80)]) or _counted_pair(text, a, pos, a + m.end(), b) or (
                last_and and pos == (last_and_pos if last_and_pos >= 0
                                     else commas[-1] + last_and.start())):
            cuts.append((pos, pos + 1))
            if not is_list:
                # "A, B and C" with C a provision: the commas were an enumeration too
                # (a pointer, not a rescan: a hostile sentence may hold thousands of commas)
                while next_comma < len(commas) and commas[next_comma] < pos:
                    c = commas[next_comma]
                    if c not in cut_at:
                        cuts.append((c, _skip_space(text, c + 1, b)))
                    next_comma += 1
    # "A would free 20 soldiers in exchange for the release of 50 fighters": each side's
    # part of the swap is a term of its own
    if " plus " in region:  # "8% plus a one-off payment": two things offered
        for m in _PLUS_RE.finditer(text, a, b):
            cuts.append((m.start(), m.start() + 1))
    for m in _SWAP_RE.finditer(text, a, b):
        if m.start() - a > 10 and text[m.start() - 1].isspace():
            cuts.append((m.start() - 1, m.start()))
    if ": " in region:
        # "on a ship-or-pay basis: it pays for at least 80% of the booked capacity": a clause
        # after the colon that states its own figure is a term of its own
        colon = region.find(": ")
        while colon >= 0:
            m = _COLON_CLAUSE_RE.match(region, colon + 2)
            if m and colon > 10 and _AMOUNT_RE.search(region, m.end()):
                cuts.append((a + colon, a + colon + 2))
            colon = region.find(": ", colon + 2)
    if "which " in region:
        # "a 21-day truce, during which the TLA would release the 23 hostages": the relative
        # clause with its own subject and modal is a second provision
        for m in _DURING_WHICH_RE.finditer(text, a, b):
            if m.start() - a > 10:
                cuts.append((m.start(), m.end()))
    cuts.sort()
    pieces: list[list[int]] = []
    start = a
    for cut, resume in cuts:
        if cut > start:
            pieces.append([start, cut])
        start = max(start, resume)
    if start < b:
        pieces.append([start, b])
    # merge rules
    merged: list[list[int]] = []
    pending: list[int] | None = None  # a condition waiting for its clause
    for span in pieces:
        s, e = span
        raw_piece = text[s:e].strip()
        piece = _LEAD_RE.sub("", raw_piece)
        low = piece.lower()
        conjoined = raw_piece != piece
        if not piece:
            continue
        if pending is not None:
            span = [pending[0], e]
            pending = None
            merged.append(span)
            continue
        if merged and (_COMMENT_PIECE_RE.match(low)
                       or (conjoined and low.startswith(("up from ", "down from ")))):
            continue  # (", and up from the 370p it proposed in April": the price's history)  # ", according to a summary seen by X", ", and wants until 2035": no term
        if merged and conjoined and " not " in low and _DOES_NOT_RE.match(low):
            continue  # "..., and the survey does not support that": a comment
        if merged and conjoined and _first_word(low) in _PROCESS_STEP and _FREQUENCY_RE.search(low):
            merged[-1][1] = e  # "shall monitor the truce and meet at least once a week": its duty
            continue
        if merged and conjoined and _process_piece(low):
            continue  # "..., and the Ministry will consult the Network before ...": a step
        if merged and _RELATIVE_RE.match(low):
            continue  # a relative clause or "and that is the key": dropped, the term stays short
        if merged and low.startswith(("the rest ", "the remainder ", "the balance ")) \
                and _REST_OF_FUND_RE.match(low) and not _MODAL_RE.search(low):
            # "a fund of $1.2 billion ...; the rest is to come from donors" (not "the rest will
            # receive a reintegration package": a provision of its own)
            merged[-1][1] = e
            continue
        if merged and not conjoined and _PREDICATE_RE.match(low) \
                and not _predicate_piece(text[merged[-1][0]:merged[-1][1]]):
            # "the recordings made since then, all eleven months of them, will be handed
            # over": a piece with no subject is the predicate of the pieces before it
            merged[-1][1] = e
            if len(merged) > 1 and _QUANTIFIER_APPOSITIVE_RE.match(text, merged[-1][0]):
                appositive = merged.pop()
                merged[-1][1] = appositive[1]
            continue
        if merged and ((_ATTACH_RE.match(low) and not conjoined) or (_PARTICIPLE_RE.match(low) and not _ALL_CUES_RE.search(low))
                       or (not conjoined and _ADJUNCT_RE.match(low) and not _MODAL_RE.search(low))):
            merged[-1][1] = e
            continue
        if _CONDITIONS_RE.match(low) and not _MODAL_RE.search(low):
            pending = span
            continue
        if not listed and not _looks_like_term(piece) and not (
                s > a and text[_back_space(text, s, a) - 1] == ";"):  # (an item after ";")
            if merged:
                merged[-1][1] = e
            else:
                pending = span
            continue
        merged.append(span)
    if pending is not None:
        if merged:
            merged[-1][1] = pending[1]
        else:
            merged.append(pending)
    out = []
    for s, e in merged:
        # strip leading connectors ("and would allow", "with the Red Cross")
        lead = _LEAD_RE.match(text[s:e])
        if lead:
            s += lead.end()
            verb = _CONTENT_VERB_RE.match(text[s:min(e, s + 30)].lower()) \
                if text[s - lead.end():s].lower().startswith("and") else None
            if verb and not verb.group(0).startswith("would") and e - s > verb.end() + 3:
                s = _skip_space(text, s + verb.end(), e)  # "and includes a promise": the promise
                if verb.group(0) in _GIVE_VERBS:
                    s = min(_after_indirect_object(text, s), e)  # ("and gives workers four days")
        # keep the term short: a trailing relative clause or example list is commentary
        tail = _TRAILING_ASIDE.search(text, s, e)
        if tail and tail.start() - s > 20:
            e = tail.start()
        while e > s and text[e - 1] in " ,;:.":
            e -= 1
        if text.endswith(" as well", s, e):
            e -= 8  # "a pension scheme as well": the adverb is no part of it
        elif text.endswith(" too", s, e):
            e -= 4
        if len(text[s:e].split()) >= 2 or _BARE_AMOUNT_RE.fullmatch(text, s, e):
            out.append((s, e))  # ("had offered 6%, plus a bonus": "6%" alone is an item)
    return out


# ---------------------------------------------------------------- regions
def _region(sent: str, first_words: str, prev_term: bool, genre: bool,
            kinds: frozenset[str] | set[str] = frozenset(
                ("noun", "verb", "close", "pledge", "return", "offer", "agreed", "colon",
                 "proviso", "ready", "proposed", "vow", "counter", "intro", "cond", "table")),
            raised: bool = True, recent: bool = False) -> tuple[int, int, str] | None:
    """The content region of one sentence (offsets into ``sent``) and its rule, if any.

    ``recent``: a term was found a few sentences before (for "In return, ...").

    ``kinds`` names the trigger words the sentence holds: the checks of other rules
    are skipped (a sentence with no proposal noun cannot open with "Under the plan,").
    ``raised``: the text holds one of ``_RAISED_WORDS``.
    """
    lead = len(sent) - len(sent.lstrip())
    colon = sent.find(": ", lead, lead + 40)
    if colon > 0 and sent[lead:lead + 1].isupper():
        label = _SPEAKER_LABEL_RE.match(sent, lead, colon + 2 + 1)
        if label:  # "FARRANT: Under the proposal, ...": a transcript's speaker is no part of it
            lead = label.end()
    if sent[lead:lead + 1] in _NUMBERING_START:
        marker = _MARKER_RE.match(sent, lead, lead + 12)
        if marker and marker.lastgroup != "bullet":
            lead = marker.end()  # "4. Under the Agreement, ...": the numbering is no part of it
    body = sent[lead:]
    lb = body.lower()  # the searches below are case-sensitive patterns on lower case: faster
    if len(lb) != len(body):
        lb = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    if lb.startswith("nothing in "):
        return None  # "Nothing in this licence means that ...": a denial, no provision
    if body.endswith("?") or body.rstrip().endswith("?"):
        # a question states no term; one about the proposal ("Q: What is on the table?",
        # "What does the plan involve?") opens the context for the answer's "X would ..."
        # ("What exactly is the council offering?")
        return (lead, lead, "term.topic") if kinds & _QUESTION_KINDS else None
    if prev_term and body[:1] in "FSTL":
        m = _ORDINAL_RE.match(body)
        if m and len(body) - m.end() > 8:
            # "First, a truce of 14 days. Second, ...": an item (not "First, talks will
            # resume": a step, the items go on)
            if _process_step(lb):
                return lead, lead, "term.topic"
            return lead + m.end(), len(sent), "term.ordinal"
    if (prev_term or "noun" in kinds) and len(lb) < 90 and lb.startswith(("it ", "the ", "this ")) \
            and _PARTS_RE.match(lb):  # (a short sentence: the length test first)
        return lead, lead, "term.topic"  # "It has two parts.": the items follow
    # whether a party reports the sentence ("X said the plan would ..."; not "..., the draft
    # says"): computed on first use, most sentences never ask
    rep: list[bool] = []

    def reported_() -> bool:
        if not rep:
            rep.append(bool(_REPORTING_RE.search(lb)) and not _text_speaks(lb))
        return rep[0]
    noun = "noun" in kinds
    if lb.startswith("on ") and kinds & _CLEFT_KINDS:
        m = _ON_OFFER_IS_RE.match(lb)
        if m:  # "On offer is a coalition in which ...", "On the table, I am told, is a deal ..."
            return lead + m.end(), len(sent), "term.offer"
    if lb.startswith("what") and kinds & _CLEFT_KINDS:
        m = _WHAT_OFFER_RE.match(lb)
        if m:  # "What we have put on the table is a staged cut in duties, from 10% to 2%"
            return lead + m.end(), len(sent), "term.offer"
    if prev_term and "verb" in kinds and _ANNOUNCES_CONTENT_RE.search(lb):
        return lead, lead, "term.topic"  # "Let me say what it contains.": the terms follow
    if (noun or "colon" in kinds) and ": " in body:
        m = _INLINE_INTRO_RE.search(body)
        # "... three conditions for a deal: A; B; and C" (not a quote: "he said: ...")
        if m and (_ENUMERATION_RE.search(body, m.end()) or _PAIR_RE.search(body, m.end())) \
                and not _REPORTING_RE.search(lb, m.start(), m.end()) \
                and not _SUBORDINATE_RE.search(lb, max(0, lb.rfind(",", 0, m.start()),
                                                       m.start() - 60), m.start()) \
                and not _MY_PLAN_RE.search(lb, max(0, m.start() - 12), m.start() + 1):
            # (not "Here is my own plan: A, B and C": the columnist's, not on the table)
            return lead + m.end(), len(sent), "term.list"
    if "intro" in kinds and (" - " in body or "\u2014" in body or "\u2013" in body):
        m = _DASH_INTRO_RE.search(lb)
        close = _DASH_RE.search(lb, m.end()) if m else None
        stop = close.start() if close else len(lb)
        if m and (lb.count(",", m.end(), stop) >= 2 or _ENUMERATION_RE.search(lb, m.end(), stop)) \
                and (_AMOUNT_RE.search(lb, m.end(), stop) or _NUMBER_WORD_RE.search(lb, m.end(), stop)) \
                and not reported_():
            # "He put a paper to both sides on Monday - eight per cent, the rest period stays
            # at twelve, the depot closures parked for a review.": the proposal, then its items
            # (a list with a figure; up to a closing dash: "— A, B and C — on Friday")
            return lead + m.end(), lead + stop, "term.list"
    m = _INTRO_RE.match(body) if noun else None
    if m is None and noun and body[:1] in "UuAaIiTtWw" and (" would " in body or " will " in body
                                                            or " shall " in body):
        m = _INTRO_NOCOMMA_RE.match(body)  # "Under its terms a joint committee will ..."
    if m and _PAST_RE.search(body, 0, m.end()):
        m = None  # "Under the previous agreement, ...": not what is on the table
    if m:
        start = m.end()
        aside = _ASIDE_RE.match(body[start:])
        if aside and aside.group().startswith("which") \
                and _AMOUNT_RE.search(_YEAR_RE.sub("", aside.group())):
            # "which raises pay by 6%, ...": the aside sums up the terms themselves (not
            # "which runs until 2028": a year is no amount)
            aside = None
        if aside:
            start += aside.end()
        return lead + start, len(sent), "term.under"
    if (noun or prev_term) and "hedge" in kinds:
        m = _HEDGED_CONTENT_RE.search(lb)
        if m and not _NEGATED_VERB_RE.search(lb, max(0, m.start(1) - 20), m.start(1)):
            start = _after_indirect_object(body, m.end()) if m.group(1) in _HEDGED_GIVE else m.end()
            return lead + start, len(sent), "term.verb"
    m = _WHICH_NOUN_WOULD_RE.search(lb) if noun and " which " in lb else None
    if m and m.group(1) in _VERBS:
        # "..., agricultural support, which the draft would cap at $4.5 billion a year": the
        # draft's provision in a relative clause, whoever reports the sentence
        return lead + m.start(1), lead + _offer_end(lb, m.start(1)), "term.verb"
    m = _UNDER_WHICH_RE.search(lb) if noun and " which " in lb else None
    if m and not reported_():  # "signed an accord under which a joint committee will ..."
        return lead + m.end(), len(sent), "term.under"
    m = _PHASE_INTRO_RE.match(body) if body[:2] in ("In", "in", "Du", "du") else None
    if m:
        return lead + m.end(), len(sent), "term.under"
    m = _TRAIL_RE.search(lb) if noun else None
    if m and (m.group(1) not in ("a", "an") or _MODAL_RE.search(lb, 0, m.start())):
        # (", according to a leaked draft" after a modal only: "X would receive four ministries")
        return lead, lead + m.start(), "term.under"
    m = _UNDER_MID_RE.search(lb) if noun and " under " in lb else None
    if m and _MODAL_RE.search(lb, 0, m.start()) and not _SAID_RE.search(lb, 0, m.start()) \
            and not _PAST_RE.search(lb, m.start(), m.end()):
        # "X would get the finance ministry under the proposed arrangement, according to ..."
        return lead, lead + m.start(), "term.under"
    m = _OFFER_OF_RE.search(lb) if "offer" in kinds else None
    if m and _WOULD_ACCEPT_RE.search(lb, max(0, m.start() - 40), m.start()):
        m = None  # "could support an offer of not less than 450 pence": what a side would take
    if m:
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.offer"
    m = _PRICED_AFTER_RE.search(lb) if noun and " share" in lb else None
    if m:  # "a hostile cash-and-stock bid worth 62 dollars a share"
        return lead + m.start(1), lead + m.end(1), "term.offer"
    m = _WORTH_PCT_NP_RE.search(lb) if noun and " worth " in lb else None
    if m:  # "voted to accept an offer worth 5.5% this year and 4% next": a pay offer's percentage
        return lead + m.start(1), lead + _offer_end(lb, m.start(1)), "term.offer"
    m = _OFFER_APPOSITIVE_RE.search(lb) if noun and (
        "offer, " in lb or "offers, " in lb or "bid, " in lb or "package, " in lb
        or "\u2014" in lb or "\u2013" in lb or "--" in lb) else None
    if m and _AMOUNT_RE.search(m.group(2)):
        return lead + m.start(2), lead + m.end(2), "term.offer"  # "its offer, a 5% rise, was ..."
    m = _OFFER_IS_RE.search(lb) if noun and " is " in lb else None  # ("Jo, the council's final offer is 6%.")
    if m and (_AMOUNT_RE.search(lb, m.end(), _offer_end(lb, m.end()))
              or _NUMBER_WORD_RE.search(lb, m.end(), _offer_end(lb, m.end()))):
        # "Our final offer is a pay rise of 9.5%, a cap of 27 pupils and ...": what it is
        # ("The EU's offer, as described by X, is relief in three stages")
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.offer"
    m = _ON_THE_TABLE_RE.search(lb) if "table" in kinds else None
    if m and _ALL_CUES_RE.search(m.group(1)):
        return lead + m.start(1), lead + m.end(1), "term.offer"  # "put a 5% rise on the table"
    m = _RAISED_RE.search(lb) if noun and raised and any(w in lb for w in _RAISED_WORDS) else None
    if m:
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.offer"
    m = _PRICED_OFFER_RE.search(lb) if noun and ("offer" in lb or "bid" in lb) \
        and _PRICE_WORD_RE.search(lb) else None  # (the price first: most sentences have none)
    if m and _PRICE_WORD_RE.search(lb, m.start(), m.end()) \
            and not _PAST_RE.search(lb, m.start(), m.end()) \
            and not _FIRST_OFFER_RE.search(lb, m.start(), m.end()):
        # "rejected a sweetened 390 pence-a-share cash offer from X": the price in the noun
        # phrase is what is on the table (a per-share price, a percentage, a pay offer)
        return lead + m.start(), lead + m.end(), "term.offer"
    m = _COUNTER_RE.search(lb) if "counter" in kinds else None
    if m and _ALL_CUES_RE.search(lb, m.end()) \
            and not _UNLESS_BEFORE.search(lb, max(0, m.start() - 80), m.start()):
        # (not "responded with anger"; not "unless the firm came back with a serious offer")
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.offer"
    m = _PLEDGE_RE.search(lb) if "pledge" in kinds else None
    stance = _STANCE_BEFORE_RE.search(lb, max(0, m.start() - 30), m.start()) if m else None
    if m and not (stance and (stance.group(1) in ("not", "never") or not _AMOUNT_RE.search(lb, m.end()))) \
            and not _UNLESS_BEFORE.search(lb, max(0, m.start() - 60), m.start()):
        # (not "remained committed to ...", "we remain fully committed to reaching a fair
        # agreement", "the firm was committed to fishing here": a stance, unless a figure
        # says what is promised; not "if X committed to building it")
        return lead + m.end(), len(sent), "term.pledge"
    m = _AGREED_RE.search(lb) if "agreed" in kinds else None
    if m and _IF_AGREED_RE.search(lb, max(0, m.start() - 40), m.start()):
        m = None  # "but only if the union agreed to the introduction of cameras": a condition
    # the joint subject must be the clause's own ("A and B agreed", not "..., and has agreed")
    clause = _own_clause(lb, m.start()) if m else ""
    # in the agreement's own text any party's "X agreed to Y" is a provision, and so it is
    # right after a term ("In return, A will free B. The Red Cross has agreed to receive them.")
    if m and m.group(1) in ("a", "an", "the") and _BARE_DEAL_RE.match(lb, m.start(1)):
        return lead, lead, "term.topic"  # "agreed on Tuesday to a fishing accord": context
    if m and clause.startswith(("and ", "but ")) and any(
            j in " " + clause[4:] + " " for j in _JOINT if j != " and "):
        clause = clause[4:]  # ("..., and both sides have agreed to hand over ...": its own subject)
    if m and m.group(1) not in _PROCESS and not clause.startswith(("and ", "but ")) \
            and (genre or any(j in " " + clause + " " for j in _JOINT)
                 or (prev_term and lb.startswith("agreed to", m.start()))
                 # "The company has also agreed to post a bond of $120 million": a
                 # commitment with its figure
                 or _AMOUNT_RE.search(lb, m.end(), _first_clause_end(lb, m.end()))
                 # ("has agreed to reinstall cameras at two sites, but ...")
                 or _NUMBER_WORD_RE.search(lb, m.end(), _first_clause_end(lb, m.end()))):  # (not "agreed in May")
        if genre or prev_term or any(j in " " + clause + " " for j in _JOINT):
            return lead + m.start(1), len(sent), "term.agreed"  # "both sides agreed to X"
        # one party's commitment: up to its clause break ("agreed to buy X for $4.8
        # billion, or C$31.50 a share, ..." is one term)
        return lead + m.start(1), lead + _offer_end(lb, m.end()), "term.agreed"
    m = _AGREED_NP_RE.search(lb) if "agreed" in kinds else None
    if m:
        clause = _own_clause(lb, m.start())
        end = _offer_end(lb, m.end())
        if any(j in " " + clause + " " for j in _JOINT) and " had " not in clause \
                and not _NEGATED_VERB_RE.search(clause) and (
                    _AMOUNT_RE.search(lb, m.end(), end) or _NUMBER_WORD_RE.search(lb, m.end(), end)):
            return lead + m.end(), lead + end, "term.agreed"
    m = _SIGNED_OFF_RE.search(lb) if "agreed" in kinds and "signed off" in lb else None
    if m and any(j in " " + _own_clause(lb, m.start()) + " " for j in _JOINT) \
            and not _NEGATED_VERB_RE.search(lb, max(0, m.start() - 20), m.start()):
        # "Both sides have tentatively signed off on a joint mental-health program and on ..."
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.agreed"
    m = _AGREED_ON_RE.search(lb) if "agreed" in kinds else None
    if m and any(j in " " + lb[:m.start()] + " " for j in _JOINT):
        return lead, lead, "term.topic"  # "the two sides agreed on the first phase": context
    m = _WORTH_PCT_RE.match(lb) if noun and " worth " in lb else None
    if m:  # (anchored: the offer is the subject, whoever says it after: ", the union said")
        return lead + m.end(), len(sent), "term.verb"  # "The offer is worth 8% over three years"
    verbs = "verb" in kinds or ("close" in kinds and noun)  # (a close verb needs its noun)
    for tried, m in enumerate(_CONTENT_VERB_RE.finditer(lb) if verbs else ()):
        if tried >= 4:
            break  # bounded: a run-on "sentence" could hold thousands
        before = lb[max(0, m.start() - 300):m.start()]
        nouns = list(_NOUN_RE.finditer(before))
        if m.group(0) in _CLOSE_VERBS and not (
                nouns and _CLOSE_GAP.fullmatch(before, nouns[-1].end())
                and not _SAID_RE.search(lb)):  # (a speaker's "this text asks us to wait")
            continue  # "X rejected the offer and demands ...": the party demands, not the text
        if nouns and _HYPOTHETICAL.search(before[:nouns[-1].start()]):
            continue  # "any arrangement that would give ...": hypothetical, a position
        if nouns and _GENERIC_SUBJECT_RE.match(before):
            continue  # '"A treaty that guarantees water only when it rains is not a treaty"': generic
        if nouns and m.group(0) in _DEFINITE_ONLY_VERBS \
                and _INDEFINITE_BEFORE.search(before, max(0, nouns[-1].start() - 30), nouns[-1].start()):
            continue  # "an EU agreement comes with high standards": a general claim, no offer
        if nouns and _OWN_PLAN_RE.search(before, max(0, nouns[-1].start() - 20), nouns[-1].start()):
            continue  # "contingency plans include ...": not a proposal on the table
        if nouns and _WHAT_BEFORE_RE.search(before, max(0, nouns[-1].start() - 40), nouns[-1].start()):
            continue  # "Start with what the plan actually contains, since ...": no content here
        pronoun = _PRONOUN_BEFORE.search(before)
        if m.group(0).startswith("would") and not lb.startswith(_JOINT_OPENERS) and reported_():
            continue  # "X said the plan would create ...": a party's judgement, not the text
        if m.group(0) in _NOUN_VERBS and _NOUN_VERB_BEFORE.search(lb, max(0, m.start() - 12),
                                                                  m.start()):
            continue  # "real limits on class size": a noun
        if m.group(0) in _NOUN_VERBS and _SET_BEFORE.search(lb, max(0, m.start() - 30), m.start()):
            continue  # "will set catch limits": the object of another verb, a noun
        us = _FIRST_PERSON_OBJECT.match(lb, m.end())
        if us and m.group(0) in _GIVE_VERBS and lb.startswith(("us ", "me "), _skip_space(lb, m.end(), len(lb))):
            # "The offer gives us a 3% rise, but ...": the speaker's side is the recipient
            end = _offer_end(lb, us.end())
            if nouns and _AMOUNT_RE.search(lb, us.end(), end):
                return lead + _skip_space(lb, us.end(), len(lb)), lead + end, "term.verb"
        if us:
            continue  # "it gives us hope": a speaker's feeling, not the text
        if _NEGATED_VERB_RE.search(lb, max(0, m.start() - 20), m.start()):
            continue  # "the framework does not include a timetable": no term
        if nouns or (pronoun and not reported_()):
            start = _after_indirect_object(body, m.end()) if m.group(0) in _GIVE_VERBS \
                else m.end()
            if m.group(0) in ("commits", "would commit"):
                bound = _COMMITS_TO_RE.match(lb, m.end())
                if bound:  # "commits both sides to a panel and to a review clause": what they are bound to
                    start = bound.end()
            if m.group(0) in _ACTION_VERBS:  # "would cap X at N": "cap X at N"
                start = m.start() + (6 if m.group(0).startswith("would ") else 0)
            if _BARE_DEAL_RE.match(lb, _skip_space(lb, start, len(lb))):
                return lead, lead, "term.topic"  # "The proposal sets out a three-stage plan.": context
            end = len(sent)
            if nouns and before.endswith(("which ", "which also ")) \
                    and _WHICH_AFTER_NOUN_RE.fullmatch(before, nouns[-1].end()):
                # "The package, which includes A and B, was put to members": the relative
                # clause ends where its noun's own verb comes
                main = _MAIN_VERB_AFTER_RE.search(lb, m.end())
                if main:
                    end = lead + main.start()
            return lead + start, end, "term.verb"
    m = _OFFERED_RE.search(lb) if "offer" in kinds else None
    if m and (not _ALL_CUES_RE.search(lb, m.end()) or _PASSIVE_AGENT_RE.match(lb, m.end())):
        m = None  # "offered its condolences": no term without a cue word or a number (nor
        # "Commitments offered by the notifying parties": a passive, its subject the offer)
    if m and (not reported_() or (("offered" in lb[:m.end()] or lb.startswith("offering", m.start()))
                               and (not _REPORTING_RE.search(lb, 0, m.start())
                                    or _HEDGED_OFFER_RE.search(lb, max(0, m.start() - 60),
                                                               m.start())))):
        start = _after_indirect_object(body, m.end())
        return lead + start, lead + _offer_end(lb, start), "term.offer"
    if noun:
        # "a deal (in principle) (with X) to restructure ...": the infinitive first (a
        # literal scan), then its proposal noun just before (not "a deal to end the war")
        m = _DEAL_TO_RE.search(lb)
        d = _DEAL_NOUN_BEFORE.search(lb, max(0, m.start() - 100), m.start()) \
            if m and m.start() and lb[m.start() - 1] == " " else None
        if d and not _NO_DEAL_BEFORE.search(lb, max(0, d.start() - 30), d.start()):
            # (not "had no plans to raise fares": a denial)
            return lead + m.start(1), lead + _offer_end(lb, m.end()), "term.offer"
        # "signed an arrangement that restores inspections at all declared sites": what
        # the proposal just named does, in the present tense (a provision verb)
        m = _NOUN_THAT_RE.search(lb) if " that " in lb else None
        if m and m.group(1) in _TOPIC_VERBS and m.group(1) not in _TOPIC_WHOLE \
                and not _HYPOTHETICAL.search(lb, max(0, m.start() - 30), m.start() + 1) \
                and not _GENERIC_SUBJECT_RE.match(lb, 0, m.start(1)) \
                and not _VERDICT_NOUN_RE.search(lb, max(0, m.start() - 40), m.start()) \
                and not _OWN_PLAN_RE.search(lb, max(0, m.start() - 20), m.start()) \
                and not _PAST_RE.search(lb, max(0, m.start() - 25), m.start() + 1):
            return lead + m.start(1), lead + _offer_end(lb, m.start(1)), "term.verb"
    if genre and not reported_():
        m = _GENRE_VERB_RE.search(lb)
        if m and _GENRE_SUBJECT_RE.fullmatch(lb, 0, m.start()):
            return lead + m.end(), len(sent), "term.genre"  # "We launch X", "The EU commits $N"
    m = _CLAUSE_OF_RE.search(lb) if "clause" in kinds else None
    if m:
        # "We reject categorically the clause which demands the handing over of the weapons
        # within sixty days", "We accept the principle of a cessation of hostilities of ninety
        # days": a clause of the text on the table, whatever the side thinks of it
        end = _offer_end(lb, m.end())
        if _AMOUNT_RE.search(lb, m.end(), end) or _NUMBER_WORD_RE.search(lb, m.end(), end) \
                or _ALL_CUES_RE.search(lb, m.end(), end):
            return lead + m.end(), lead + end, "term.verb"
    m = _RECOMMEND_RE.search(lb) if "recommend" in kinds else None
    if m and (_BROKER_RE if not m.group(1) else _RULING_RE).search(lb, max(0, m.start() - 50), m.start()) \
            and not _NEGATED_BEFORE.search(lb, max(0, m.start() - 12), m.start() + 1):
        # "Dr X recommends A, B and C", "The arbitrator also says the company should stop A"
        start = m.end()
        end = _offer_end(lb, start)
        if (_AMOUNT_RE.search(lb, start, end) or _ALL_CUES_RE.search(lb, start, end)
                or (m.group(1) and m.group(1) in _VERBS)) \
                and not _FIRST_PERSON_OBJECT.match(lb, start):
            return lead + (m.start(1) if m.group(1) else start), lead + end, "term.offer"
    if kinds & _COUNTER_KINDS:
        region = _counter_offer(lb, kinds)
        if region:
            return lead + region[0], lead + region[1], region[2]
    m = _CONDITIONAL_RE.search(lb) if "cond" in kinds else None
    if m and not _NEGATED_BEFORE.search(lb, max(0, m.start() - 12), m.start()):
        return lead + m.start(1), len(sent), "term.if"  # both halves: split in find_terms
    if "vow" in kinds and lead and body[:1] in "TO":
        m = _SPEAKER_WILL_RE.match(body)
        if m and m.group(1) in _VOW_VERBS:
            # a labelled speaker's "The Government will establish a fund of N": a commitment
            cut = _READY_CUT_RE.search(lb, m.end())
            end = cut.start() if cut else len(body)
            if _AMOUNT_RE.search(lb, m.end(), end) and not _THREAT_RE.search(lb, m.end(), end):
                return lead + m.start(1), lead + end, "term.vow"
    if "vow" in kinds and _SAID_WORD_RE.search(lb):
        m = _SAID_WOULD_RE.search(body)
        if m and m.group(1) == "not" and ", but " in lb:
            # "said the government will not free A, but would drop charges against B": the
            # concession after the refusal
            but = _BUT_WOULD_RE.search(lb, m.end())
            if but and but.group(1) in _VOW_VERBS:
                cut = _READY_CUT_RE.search(lb, but.end())
                end = cut.start() if cut else len(body)
                if not _THREAT_RE.search(lb, but.end(), min(len(lb), end + 40)):
                    return lead + but.start(1), lead + end, "term.vow"
        if m and m.group(1) in _VOW_VERBS and not (
                m.group(1) == "keep" and _ING_NEXT_RE.match(lb, m.end())) \
                and (m.group(1) != "put" or _SUM_NEXT_RE.match(lb, m.end())) \
                and not _BARE_DEAL_RE.match(lb, _skip_space(lb, m.end(), len(lb))) \
                and not _ANSWER_OBJECT_RE.match(lb, m.end()):
            # (not "keep pressing"; not "would fund the deal, estimated to cost N": the deal
            # itself, no term of it)
            cut = _READY_CUT_RE.search(lb, m.end())
            while cut and lb[cut.start()] == "," and (_NEXT_MODAL_RE.match(lb, cut.end()) or (
                    (v := _NEXT_VERB_RE.match(lb, cut.end())) and v.group(1) in _VOW_VERBS)):
                # "would keep A, would invest B and would not sell C": one commitment each
                # (and "would put N into A, keep B open and invest C": the verbs share the modal)
                cut = _READY_CUT_RE.search(lb, cut.end())
            end = cut.start() if cut else len(body)
            if not _THREAT_RE.search(lb, m.end(), min(len(lb), end + 40)):
                if m.group(1) == "offer":  # "said it would offer drivers a 5% rise": the rise
                    return lead + _after_indirect_object(body, m.end()), lead + end, "term.offer"
                return lead + m.start(1), lead + end, "term.vow"  # "said it would hire 250"
        # "The AU would deploy 200 monitors to verify the cantonment, she said.": the
        # commitment first, its speaker after
        m = _WOULD_SAID_RE.match(body) if m is None else None
        if m and m.group(1) in _VOW_VERBS and _AMOUNT_RE.search(lb, m.end(1), m.start(2)) \
                and not _THREAT_RE.search(lb, 0, m.start(2)) \
                and not _REPORTING_RE.search(lb, 0, m.start(1)):
            return lead + m.start(1), lead + m.start(2), "term.vow"
    m = _OPEN_TO_RE.search(lb) if "open" in kinds else None
    if m and not _NEGATED_BEFORE.search(lb, max(0, m.start() - 12), m.start() + 1):
        # "We are open to concessions: lower fees for A, and support for B"
        colon = lb.find(": ", m.end(), m.end() + 40)
        start = colon + 2 if colon > 0 else m.end()
        if (colon > 0 or _ALL_CUES_RE.search(lb, m.end())) \
                and not _OTHERS_ASK_RE.match(lb, m.end()):  # (not "open to a deal": no content)
            return lead + start, len(sent), "term.offer"
    m = _RESTATE_RE.match(lb) if "restate" in kinds else None
    if m:  # (a side's offer just named) "It is 4% plus a loyalty payment of 1,500": what it is
        return lead + m.end(), lead + _offer_end(lb, m.end()), "term.offer"
    if "can" in kinds and _SAID_WORD_RE.search(lb):
        m = _SAID_CAN_RE.search(body)
        if m and m.group(1) in _CAPABILITY_VERBS:
            cut = _READY_CUT_RE.search(lb, m.end())
            end = cut.start() if cut else len(body)
            if _AMOUNT_RE.search(lb, m.end(), end) and not _THREAT_RE.search(lb, m.end(), end):
                return lead + m.start(1), lead + end, "term.offer"  # "says it can guarantee 300"
    # (_NOUN_WOULD_RE needs "would" or "will": tested first, the reporting check is dearer)
    if noun and ("would" in lb or "will" in lb) and (not reported_()
                                                     or lb.startswith(_JOINT_OPENERS)):
        # ("Both governments said the pact would ...": the parties describe their own text)
        m = _NOUN_WOULD_RE.search(lb) if not lb.startswith(("nothing ", "none ")) else None
        # ("Nothing in this licence means that X will ...": a denial, no provision, no context)
        if m and prev_term and _MODAL_RE.search(lb, 0, m.start()):
            m = None  # "Pilots will also receive X ..., and the contract ... will": the
            # sentence goes on with the provisions from its own first modal (term.cont)
        if m and _ALL_CUES_RE.search(lb[m.end():]) and not _STEP_AFTER_RE.match(lb, m.end()) \
                and not _END_THE_WAR_RE.match(lb, m.end()):
            # (not "the deal will be signed, ...": a step of the process; not "a deal that
            # would end a war that has killed 38,000": what the deal is for)
            return lead + m.end(), len(sent), "term.would"
        if m:
            return lead, lead, "term.topic"  # "it would unfold in two phases": context only
    # ("In return, the union accepted ..." answers the terms of a few sentences before,
    # after a paragraph of comment)
    m = _RETURN_RE.match(body) if "return" in kinds and (
        prev_term or (recent and lb.startswith(("in return", "in exchange")))) else None
    if m:
        return lead + m.end(), len(sent), "term.return"
    m = _PART_OF_RE.match(body) if noun and " of " in lb[:40] else None
    if m is None and prev_term and body[:1] in "IT":
        m = _ITS_PART_RE.match(body)  # "Its main feature is a 12% rise": the contract just named
    if m and not reported_() and not _PAST_RE.search(lb, 0, m.end()):
        end = _offer_end(lb, m.end())
        if _AMOUNT_RE.search(lb, m.end(), end) or _NUMBER_WORD_RE.search(lb, m.end(), end):
            return lead + m.end(), lead + end, "term.verb"  # "The centrepiece of the offer is a 9% rise"
        return lead, lead, "term.topic"  # "The heart of the deal is pay.": context only
    m = _TOPIC_RE.match(body) if noun else None  # (an anchored match: before the reporting check)
    if m and not reported_() and not _PAST_RE.search(lb, 0, m.end()):  # (not "The previous agreement was ...")
        verb = lb[lb.rindex(" ", 0, m.end()) + 1:m.end()]
        if verb in _TOPIC_VERBS and (_AMOUNT_RE.search(lb, m.end()) or _NUMBER_WORD_RE.search(lb, m.end())
                                     or _FRACTION_RE.search(lb, m.end())):  # ("cuts X by a third")
            # "The licence runs for 25 years", "The new contract raises pay by 19%": the
            # proposal's own present tense states a provision with its figure
            return lead + (0 if verb in _TOPIC_WHOLE else m.end() - len(verb)), len(sent), "term.verb"
        if m.group("aside"):
            return None  # ("The deal, signed on Tuesday, is between A and B": no provision)
        return lead, lead, "term.topic"  # "The agreement also protects jobs.": context only
    if noun and _TOPIC_ASIDE_RE.match(body):
        return lead, lead, "term.topic"  # "The offer, which values X at $2bn, ...": context only
    if noun and "intro" in kinds and not body.rstrip().endswith("?"):
        m = _INTRODUCED_RE.search(lb)
        if m and not _PAST_RE.search(lb, max(0, m.start() - 25), m.end()) \
                and not _NEGATED_VERB_RE.search(lb, max(0, m.start() - 20), m.start()):
            if m.start(1) >= 0 and _NP_AMOUNT_RE.search(lb, m.start(1), m.end(1)):
                return lead + m.start(1), lead + m.end(1), "term.offer"  # "tabled a 5% pay offer"
            return lead, lead, "term.topic"  # "X presented a draft proposal": context only
    if recent and not prev_term and lb.startswith("the ") and _PRESENT_CHANGE_RE.search(lb) \
            and not reported_() and not _THEY_SAY_RE.search(lb):
        # "The transit tariff is set at $2.10 per 1,000 cubic metres": a few sentences after
        # the deal's terms (a question heading between), its present tense with its figure
        return lead, len(sent), "term.cont"
    if prev_term and body[:1] in "IT" and not reported_():
        m = _IT_VERB_RE.match(body)
        if m and m.group(1).lower() in _TOPIC_VERBS:
            # "It ends the use of driver-only trains", "It also scraps the closure of 40
            # offices": the proposal just named, by its pronoun, in its present tense
            return lead + m.start(1), len(sent), "term.verb"
    if not (prev_term or genre):
        return None  # (the two rules below need one: the modal search is skipped)
    early_modal = bool(_MODAL_RE.search(first_words.lower())) or (
        body[:1] in "EABNT" and bool(_MAY_SUBJECT_RE.match(body))) or (
        prev_term and bool(_TO_BE_RE.search(first_words)))  # ("Convoys are to be allowed")
    if prev_term and not early_modal and _PRESENT_CHANGE_RE.search(lb) and not reported_() \
            and not _WE_RE.search(body) and not _THEY_SAY_RE.search(lb):
        # "Above that quota, the duty falls to 8 per cent.": the deal's present tense with its
        # figure, right after a term
        return lead, len(sent), "term.cont"
    if prev_term and not early_modal and (" will " in lb or " would " in lb or " shall " in lb) \
            and ", and " in lb and not reported_() and not _FIRST_PERSON_RE.search(body):
        m = _AND_CLAUSE_MODAL_RE.search(lb)
        if m and not _process_step(lb[m.start(1):]):
            return lead + m.start(1), len(sent), "term.cont"
    if prev_term and early_modal and not reported_() and (
            not _FIRST_PERSON_RE.search(body) or _own_provision(lb)):
        step = _process_step(lb)
        if step:
            if not (genre and step.group(0).startswith("shall")):
                return None  # "Talks will resume on Monday": the process, not the deal
            # (the agreement's own "A dispute ... shall be submitted to a panel" binds: genre)
        else:
            return lead, len(sent), "term.cont"
    # (the agreement's clauses: a modal among the first 11 words, or a "shall" anywhere:
    # "In a year of severe drought, defined as ..., the flows shall be reduced")
    if genre and (" shall " in lb or (early_modal and (
            _MAY_SUBJECT_RE.match(body) or _MODAL_RE.search(" ".join(first_words.split()[:11]).lower())))) \
            and not reported_() and not _FIRST_PERSON_RE.search(body):
        return lead, len(sent), "term.genre"
    return None


def _process_step(lb: str) -> re.Match[str] | None:
    """The sentence's first modal and verb when they state a step of the process ("Talks
    will resume on Monday", "It will be presented to the council", "The vote will take
    place"; not "will meet twice a year", a standing body's duty)."""
    step = _MODAL_VERB_RE.search(lb)
    if step and ((step.group(1) in _PROCESS_STEP and not _FREQUENCY_RE.search(lb, step.end(1))) or (
            step.group(1) == "be" and step.group(2) in _PROCESS_PARTICIPLES
            and not lb.startswith(" over", step.end()))   # ("be handed over": a transfer)
            or (step.group(1) == "take" and step.group(2) == "place"
                and _PROCESS_SUBJECT_RE.search(lb, 0, step.start()))
            or (step.group(1) in ("keep", "continue") and (step.group(2) or "").endswith("ing"))
            # "will put the offer to members" (not "will put 60 million into the scheme")
            or (step.group(1) == "put" and not _SUM_NEXT_RE.match(lb, step.end(1)))):
        return step
    return None


# where a region turns from the proposal to commentary on it: ", but the two sides remain
# apart", ", the envoy said", '," said the envoy' (the end of a quote and its speaker)
_BUT_RE = re.compile(
    r",\s+(?:(?:but|while|whereas|although|though|even as|even though)\s"
    r"|(?:we|i)\s+(?:hope|think|believe|expect|trust)\b)")
_SAID_WORD_RE = re.compile(r"(?:said|says|told|added|announced|confirmed|wrote|writes|stated)\b")
_SAID_ASIDE_RE = re.compile(
    r"(?=[,.!?\"\u201d])(?:,\s+(?:[^,;\"\u201c\u201d]{0,80}?\s)?(?:said|says|told|added|announced)"
    r"\b(?=[\s,.;]|$)"
    r"|[,.!?]?[\"\u201d]\s*,?\s*(?:[^,;\"\u201c\u201d]{0,60}?\s)?(?:said|says|told|added)\b)")


def _cut_commentary(text: str, a: int, b: int) -> int:
    """The end of the region ``text[a:b]`` before any commentary on the proposal."""
    m = _BUT_RE.search(text, a + 10, b)
    if m:
        b = m.start()
    # the speaker's aside is only looked for around a reporting verb (the search is cheap
    # on a short window, costly on every comma of every region)
    said = _SAID_WORD_RE.search(text, a + 10, b)
    while said:
        m = _SAID_ASIDE_RE.search(text, max(a + 10, said.start() - 90), said.end())
        if m:
            return m.start()
        said = _SAID_WORD_RE.search(text, said.end(), b)
    return b


_INDIRECT_RE = re.compile(
    r"(?:(?:the|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+\s+"
    rf"(?=(?:a|an)\s|[$\u00a3\u20ac\d]|(?:{_alt(sorted(_NUMBER_WORDS))})\b)")  # ("gives workers four extra days")
_NOT_RECIPIENT = frozenset(("of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or",
                            "a", "an", "per", "cent", "percent", "than", "about", "over", "up",
                            "least", "some", "nearly", "almost", "around", "more", "less"))


def _after_indirect_object(body: str, i: int) -> int:
    """Where the offered thing starts: "offered the strikers a 4% raise" -> "a 4% raise"."""
    j = _skip_space(body, i, len(body))
    m = _INDIRECT_RE.match(body, j)
    if m and not any(w.lower() in _NOT_RECIPIENT or w[:1].isdigit() for w in body[j:m.end()].split()):
        return m.end()
    if body[j:j + 4] in ("the ", "The ") and body[j + 4:j + 5].isupper():
        m = _NAMED_RECIPIENT_RE.match(body, j)  # "would give the Greens the finance ministry"
        if m:
            return m.end()
    return i


# a named recipient before the thing given: "the Greens", "the Farmers' Party" (capitalised,
# then a determiner: the given thing follows)
_NAMED_RECIPIENT_RE = re.compile(r"(?:the|The)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+"
                                 r"(?=(?:the|its|their|a|an)\s)")


def _offer_end(lb: str, i: int) -> int:
    """Where an offer's object that starts at ``i`` ends: at a clause break, unless the
    rest of the sentence is an enumeration ("countered with A, B and C")."""
    cut = _OFFER_CUT_RE.search(lb, i)
    if cut is None:
        return len(lb)
    if lb[cut.start()] == "," and _LIST_REST_RE.fullmatch(lb, i) and _no_clause_but_last(lb, i):
        return len(lb)
    return cut.start()


def _no_clause_but_last(lb: str, i: int, j: int | None = None) -> bool:
    """No clause word in lb[i:j], except inside the last item of its enumeration ("a 20%
    stake, a royalty of 6%, and a pledge to invest $750m in an expansion that would ...")."""
    j = len(lb) if j is None else j
    last = max(lb.rfind(" and ", i, j), lb.rfind(" or ", i, j))
    if last > lb.rfind(",", i, j) and _LAST_CLAUSE_RE.match(lb, lb.index(" ", last + 1) + 1):
        return False  # "..., and that the union's demands would ...": a second reported clause
    return not _CLAUSE_WORD_RE.search(lb, i, last if last > lb.rfind(",", i, j) else j)


_LAST_CLAUSE_RE = re.compile(r"(?:that|it|they|he|she|we|which|who|this)\b")


_SUBORDINATOR_RE = re.compile(r".*\b(?:after|before|when|once|because|since|until|while|if|as)\s")


def _own_clause(lb: str, i: int) -> str:
    """The clause whose verb starts at ``i``: from the last comma, semicolon or
    subordinator before it ("... approves the deal after the group agreed": "the group")."""
    start = max(lb.rfind(",", 0, i), lb.rfind(";", 0, i)) + 1
    m = _SUBORDINATOR_RE.match(lb, start, i)
    return lb[m.end() if m else start:i].strip()


def _first_clause_end(lb: str, i: int) -> int:
    """The end of the object that starts at ``i``: its clause break or its first " and "."""
    end = _offer_end(lb, i)
    k = lb.find(" and ", i, end)
    return k if k >= 0 else end


def _counter_offer(lb: str, kinds) -> tuple[int, int, str] | None:
    """A party's own offer in a sentence (lower-cased): "X was ready to exchange all
    prisoners", "X could withdraw in stages, provided Y ...", "the envoy proposed that
    ..."; reported speech is fine here, it is the offer being reported. ``kinds`` says
    which of the three the sentence's words allow."""
    m = _PROVISO_RE.search(lb) if "proviso" in kinds else None
    if m:
        start = lb.rindex(" ", 0, m.start() + lb[m.start():].index(" ") + 1) + 1
        return start, len(lb), "term.offer"
    m = _READY_RE.search(lb) if "ready" in kinds else None
    g = (1 if m.group(1) else 2) if m else 1
    if m and m.group(g) in _VERBS and (m.group(g) not in _PROCESS or (
            m.group(g) == "keep" and not lb.startswith("ing", lb.find(" ", m.end(g) + 1) - 3))) \
            and not _NEGATED_BEFORE.search(lb, max(0, m.start() - 12), m.start()):
        cut = _READY_CUT_RE.search(lb, m.end())
        end = cut.start() if cut else len(lb)
        if lb.count(" ", m.start(g), end) < 2 and not _AMOUNT_RE.search(lb, m.start(g), end):
            return None  # "prepared to hand over, as a gesture, X": the verb alone says nothing
        return m.start(g), end, "term.offer"
    m = _PROPOSED_RE.search(lb) if "proposed" in kinds else None
    if m and not _DETERMINER_BEFORE.search(lb, max(0, m.start() - 8), m.start()) \
            and not _FIRST_PERSON_OBJECT.match(lb, m.end()):
        cut = _TRAILING_ASIDE.search(lb, m.end())
        end = cut.start() if cut else len(lb)
        if _BACK_REFERENCE_RE.fullmatch(lb, m.end(), end) or _PASSIVE_AGENT_RE.match(lb, m.end()):
            return None  # "That is why we proposed the bridge.", "The mediator has proposed early March."
            # (and "the most far-reaching ever proposed in this country": no object)
        return m.end(), end, "term.offer"
    return None


# what a proposal verb names without stating it: a thing said before ("we proposed the
# bridge") or a date for the talks ("has proposed early March")
_BACK_REFERENCE_RE = re.compile(
    r"(?:(?:the|this|that|these|those|it|them|its|their)(?:\s+[a-z-]+)?"
    r"|(?:(?:early|mid|late|next|this|on)[\s-]+)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|week|month|year)(?:\s+\d{1,2})?(?:\s+for\s+(?:the\s+)?(?:next\s+|new\s+)?(?:round|talks|meeting|session)"
    r"(?:\s+of\s+talks)?)?)\s*[.!]?\s*")


def _is_agreement_text(doc: Document) -> bool:
    """The agreement's own text (a joint statement, a communique), not news about it."""
    head = (doc.title or doc.text[:300]).strip()
    low = head.lower()
    if any(g in low for g in _GENRE_STRONG):
        return True
    # an all-caps title that opens with the document type ("AGREEMENT BETWEEN ...",
    # "DECLARATION ON ..."); a wire headline in capitals ("PORTS REACH AGREEMENT") is news
    opening = re.sub(r"^(?:the|final|joint|text of the|full text of the)\s+", "", low)
    return head.isupper() and any(opening.startswith(g) for g in _GENRE)


_MAX_CHAIN = 3
# an offer moved on since: "was later raised to 164", "raised it to 35", "had moved up to 15%"
_SUPERSEDED_RE = re.compile(
    r"\b(?:later|subsequently|since)\s+(?:raised|increased|improved|lifted|moved|cut|lowered|reduced)\b"
    r"|\b(?:raised|increased|improved|lifted)\s+it\s+to\b|\bmoved\s+(?:up|down)\s+to\b")
# how the talks went, not what is on the table: an opening offer or an earlier ask
# ("When talks opened, X offered 10%", "X had proposed 40%", "opened the talks by offering")
_HISTORY_RE = re.compile(
    r"\bwhen\s+(?:the\s+|these\s+|those\s+)?(?:talks|negotiations)\s+(?:first\s+)?(?:started|opened|began)\b"
    r"|\bopened\s+(?:the\s+)?(?:talks|negotiations)\s+by\b"
    r"|\b(?:years?|months?|weeks?)\s+ago\b"  # ("we offered to cap it at 30% two years ago")
    # ("Back then, X offered to drop its wealth tax", "At the time, ...")
    r"|^\s*(?:back\s+then|at\s+the\s+time|in\s+the\s+past|in\s+those\s+days)\b"
    # (the main clause's own verb: not "a smaller write-off than it had sought")
    r"|^\s*[^,;:]{0,60}?\bhad\s+(?:initially|originally|first|previously|earlier)\s+(?:offered|proposed)\b"
    r"|^\s*[^,;:]{0,60}?\bhad\s+(?:also\s+)?(?:proposed|asked|sought|demanded|wanted)\b")
# ("X had offered 6%" may well be the offer still on the table: only its ask is history)


# the answer to a question about the offer, after its speaker's label and an interjection
# ("Tull: Well, a 6% rise over two years, plus a one-off payment of 500.", "A: It's 4% now
# and 2% next April."): a verbless list whose first item holds a figure within its first
# words (not "Somewhere between six and eleven": a guess, no item)
_ANSWER_LEAD_RE = re.compile(r"\s*(?:(?:yes|well|so|look|ok|okay|right|basically|simple|simply|in\s+short)"
                             r"\s*[,.:!\u2014\u2013-]\s*)?(?:(?:it['\u2019]s|it\s+is|that['\u2019]s|that\s+is)\s+)?")
_ANSWER_RE = re.compile(rf"(?:(?:a|an|the|about|around|roughly|some)\s+(?:[\w'\u2019-]+\s+){{0,2}}?)?"
                        rf"(?:[$\u00a3\u20ac]\d|\d|(?:{_alt(sorted(_NUMBER_WORDS))})\b)"
                        r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b)[^.?!;:])"
                        r"{0,200}[.!]?\s*$")
# a question about what the offer costs or is worth is answered by a figure, not a term
_WORTH_QUESTION_RE = re.compile(r"\b(?:cost|costs|worth|value|afford|affordable)\b")
_YEAR_INTRO_RE = re.compile(r"(?:back\s+)?in\s+((?:19|20)\d\d)\s*,")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


# what follows a passive participle: its agent or an adjunct, no object ("offered by the
# parties", "ever proposed in this country")
_PASSIVE_AGENT_RE = re.compile(r"by\b|(?:ever\s+)?(?:in|at|during|since)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?:[.,;:!?\"'\u201d]|$)"
                               r"|(?:so\s+far|to\s+date|before|ever)\s*(?:[.,;:!?\"'\u201d]|$)")  # ("offered in Geneva to ...": no)
# a table row as the HTML reader writes it: its cells with this gap between them
_CELL_GAP = "   "
_TABLE_HEADS = frozenset(_TRIG["table_heads"])


def _table_rows(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """The rows of tables whose first column lists the proposal's items ("Commitment offered
    | Assessment of the Authority"): sentence index -> end of the row's first cell."""
    rows: dict[int, int] = {}
    j = 0
    while j < len(spans):
        s, e = spans[j]
        gap = text.find(_CELL_GAP, s, e)
        j += 1
        if gap < 0 or " ".join(text[s:gap].lower().split()) not in _TABLE_HEADS:
            continue
        while j < len(spans):  # the rows under the heading, up to the first line without cells
            s, e = spans[j]
            gap = text.find(_CELL_GAP, s, e)
            if gap <= s:
                break
            rows[j] = gap
            j += 1
    return rows


_FRACTION_RE = re.compile(r"\b(?:a|one|two|three)\s+(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b")
_VERDICT_RE = re.compile(r",\s+which\s+(?:is|was|are|were|would\s+be)\s")
_ANSWER_CLAUSE_RE = re.compile(r"(?:[\w'\u2019-]+\s+){1,3}?(?:will\s+|would\s+)?(?:get|gets|receive|receives|keep"
                               r"|keeps|lose|loses|earn|earns|see|sees)\s+(?:a|an|the|their|its|\d|[$\u00a3\u20ac])")


def _answer(text: str, low: str, s: int, e: int) -> int:
    """Where the verbless answer to a question about the offer starts in text[s:e] (after
    its speaker's label, an interjection and "It's"), or -1."""
    i = s
    while i < e and text[i].isspace():
        i += 1
    colon = text.find(": ", i, min(e, i + 40))
    if colon > 0:
        label = _SPEAKER_LABEL_RE.match(text, i, colon + 3)
        if label:
            i = label.end()
    i = _ANSWER_LEAD_RE.match(low, i, e).end()
    # (up to a comment: "A 5% rise, plus B, but that is not enough.")
    if _ANSWER_RE.match(low, i, _cut_commentary(text, i, e) if ", " in low[i:e] else e):
        return i
    # "Nurses get a 7% rise from April and 4% next year.": who gets what, with its figure
    m = _ANSWER_CLAUSE_RE.match(low, i, e)
    return i if m and _AMOUNT_RE.search(low, m.end(), e) else -1


def _history(low: str, s: int, e: int) -> bool:
    """Sentence low[s:e] tells how the talks went (an opening offer, an earlier ask)."""
    return bool(_HISTORY_RE.search(low[s:e]))

# a sentence in the pluperfect is background: after a term it keeps the context open
_BACKGROUND_RE = re.compile(r"\bhad\s+(?:\w+\s+)?(?:[a-z]+(?:ed|en|wn)|sought|brought|bought|made|put|set)\b")
_IF_RE = re.compile(r"\s(?:if|once|as soon as)\s")
_TRAILING_ASIDE = re.compile(
    r",\s+(?:where|ending|saying|making|leaving|bringing|marking|according to"
    # "..., a gesture the other side dismissed as ...": the reporter's word on the offer
    r"|a\s+(?:gesture|concession|signal)\b|a\s+(?:move|step|shift)\s+(?:that|which)\b)")  # commentary
_MARKER_RE = re.compile(r"^[ \t]*(?:(?P<bullet>[-*\u2022\u00b7\u2013])|(?P<digit>\d{1,2}[.)]|\(\d{1,2}\))"
                        r"|(?P<letter>\(?[a-z]\)))[ \t]+(?=\S)")


def _bullet_paragraph(text: str, spans: list[tuple[int, int]], j: int, max_words: int = 30) -> bool:
    """A short sentence alone in its paragraph, with no speaker: how a Markdown list item
    reads once its bullet is gone ("Key points:" / "A new finance goal" / "A review").
    Inside a list already announced (``max_words`` raised), an item may be a long
    sentence: a numbered condition spells out who must do what, by when."""
    s, e = spans[j]
    before = text[spans[j - 1][1]:s] if j else "\n"
    after = text[e:spans[j + 1][0]] if j + 1 < len(spans) else "\n"
    if "\n" not in before or "\n" not in after or e - s > 8 * max_words:
        return False
    item = text[s:e]
    words = len(item.split())
    # (not a heading: "Sticking points", "FURTHER DISCUSSIONS")
    return 3 <= words <= max_words and not item.isupper() and not _QUOTE_CHARS_RE.search(item) \
        and not _REPORTING_RE.search(item.lower())


_NUMBERING_START = frozenset("(0123456789")
_MARKER_START = frozenset("-*\u2022\u00b7\u2013(0123456789 \t")
_QUOTE_CHARS_RE = re.compile("[\"\u201c\u201d]")


def _list_like(text: str, spans: list[tuple[int, int]], j: int) -> bool:
    """Sentence ``j`` reads as a list item: it opens with a marker or stands alone, short."""
    if j >= len(spans):
        return False
    s, e = spans[j]
    return bool(_MARKER_RE.match(text, s, min(e, s + 12))) or _bullet_paragraph(text, spans, j)


def _heading_intro(text: str, spans: list[tuple[int, int]], i: int, e: int) -> bool:
    """A subheading that announces the list under it, as a colon would.

    "What the contract contains" / "Key terms" over bulleted lines is how a Markdown or
    HTML article sets out a deal; the heading has no colon. It must be a short line of
    its own (not the headline) with no closing punctuation, and at least two list-like
    items must follow, so a heading over ordinary paragraphs announces nothing.
    """
    if i == 0 or text[e - 1] in _HEADING_END:
        return False
    s = spans[i][0]
    if "\n" not in text[spans[i - 1][1]:s]:
        return False
    if i + 1 < len(spans) and "\n" not in text[e:spans[i + 1][0]]:
        return False  # (before the word count: most sentences end here)
    if len(text[s:e].split()) > 10:
        return False
    if text.find(":", s, e) >= 0:
        return False  # "14 January: the deal is signed": a labelled line (a timeline), no heading
    if not _HEADING_INTRO_RE.search(text, s, e):
        return False
    if _subheading(text, spans, i + 1):  # "What each side wants" / "Ruritania" / bullets
        return _list_like(text, spans, i + 2) and _list_like(text, spans, i + 3)
    return _list_like(text, spans, i + 1) and _list_like(text, spans, i + 2) \
        and _same_ending(text, spans, i + 1, i + 2)


def _last_char(text: str, e: int) -> str:
    """The last character before ``e`` that is no white space ("" if none)."""
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return text[e - 1] if e else ""


def _same_ending(text: str, spans: list[tuple[int, int]], j: int, k: int) -> bool:
    """Two items of one list end alike (both with a full stop or both without), unless
    they are marked: a short lede paragraph and the subheading after it are no list."""
    if _MARKER_RE.match(text, spans[j][0], spans[j][0] + 12):
        return True
    ends = [_last_char(text, spans[n][1]) in ".!?" for n in (j, k)]
    return ends[0] == ends[1]


def _subheading(text: str, spans: list[tuple[int, int]], j: int) -> bool:
    """A short capitalised line of its own with no closing punctuation over list items:
    the side whose items follow ("What each side wants" / "**Ardel**" / bullets)."""
    return 0 < j < len(spans) - 1 and _subheading_words(text, spans, j) \
        and _list_like(text, spans, j + 1)


def _subheading_words(text: str, spans: list[tuple[int, int]], j: int, most: int = 4) -> bool:
    """Sentence ``j`` is a short capitalised line of its own with no closing punctuation."""
    s, e = spans[j]
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s or text[e - 1] in _HEADING_END or not text[s:s + 1].isupper() \
            or len(text[s:e].split()) > most or e - s > 80:
        return False
    return (j == 0 or "\n" in text[spans[j - 1][1]:s]) and (
        j + 1 >= len(spans) or "\n" in text[e:spans[j + 1][0]])


_HEADING_INTRO_RE = re.compile(rf"(?i)\b(?:{_alt(_TRIG['heading_words'])}|{_NOUN})\b")
_HEADING_END = frozenset(".!?;,:\"'\u201d\u2019)")


_LONG_ITEM = 60   # words in one item of an announced list of bare paragraphs
# a list intro or heading that lists what one side wants ("The league is also asking
# for:", "What each side wants", "The union's demands are:"): its items are the issues on
# the table while no deal is described, a side's positions once one is
_DEMAND_INTRO_RE = re.compile(rf"(?i)\b(?:{_alt(_TRIG['demand_list_words'])})\b")
# the rules that read the contents of a deal, draft or agreement (not a side's offer)
# (not "agreed": "the two countries have agreed the line along 260 km" may be a step
# while the rest is still argued over)
_DEAL_RULES = frozenset(("term.under", "term.verb", "term.would", "term.cont", "term.genre",
                         "term.ordinal"))


def _list_items(text: str, spans: list[tuple[int, int]],
                demanded: set[int] | None = None) -> dict[int, int]:
    """Sentences that are items of a list announced as terms ("... proposing that:").

    Returns {sentence index: offset where the item's text starts (after its marker)};
    the items of a list of what a side wants ("The union is asking for:", "What each
    side wants") go into ``demanded`` too.
    An item is a sentence that opens with a list marker, follows an item ending in
    ";" or ",", goes on in the same paragraph as the item before it, or is a short
    paragraph of one sentence after another (a Markdown list without its bullets).
    """
    items: dict[int, int] = {}
    i = 0
    while i < len(spans):
        s, e = spans[i]
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s or not (_LIST_INTRO_RE.search(text, s, e) if text[e - 1] == ":"
                          else _heading_intro(text, spans, i, e)):
            i += 1  # (checked without copying the sentence: most are no list intro)
            continue
        prev_end_char = first_end = ":"
        kind = ""  # the marker of the first item: "(a)" items end at a "5." paragraph
        demand = demanded is not None and bool(
            _DEMAND_INTRO_RE.search(text, s, e) or (i and _subheading_words(text, spans, i - 1, 8)
                                                    and _DEMAND_INTRO_RE.search(text, *spans[i - 1])))
        j = first_item = i + 1
        while j < len(spans):
            s2, e2 = spans[j]
            item = text[s2:e2]
            if not kind and _subheading(text, spans, j) and (
                    j == i + 1 or _last_char(text, spans[j - 1][1]) in (".", "")):
                # a side's name over its own items ("Ruritania" / bullets): no item itself
                items[j] = e2
                prev_end_char = first_end = ":"
                first_item = j + 1  # (its first item says how the others end)
                j += 1
                continue
            marker = _MARKER_RE.match(item)
            same_paragraph = j > i + 1 and "\n" not in text[spans[j - 1][1]:s2]
            # a list of bare paragraphs (Markdown bullets once parsed): no markers, the
            # items end as the first one did (all full stops, or all without one)
            bare = j > i + 1 and not kind and first_end not in ";," \
                and (text[e2 - 1] in ".!?") == (first_end in ".!?") \
                and _bullet_paragraph(text, spans, j, _LONG_ITEM) and _bullet_paragraph(text, spans, j - 1, _LONG_ITEM)
            if not (marker or prev_end_char in ";,:" or same_paragraph or bare):
                break
            if marker:
                if kind and marker.lastgroup != kind:
                    break  # another level of numbering: the list is over
                kind = kind or marker.lastgroup
            if item.rstrip().endswith(":"):
                break  # a new intro
            items[j] = s2 + (marker.end() if marker else 0)
            if demand:
                demanded.add(j)
            items.setdefault(-1 - i, 0)  # the intro: no term of its own
            prev_end_char = item.rstrip()[-1:] or "."
            if j == first_item:
                first_end = prev_end_char
            j += 1
        i = j
    return items


def find_terms(doc: Document) -> list[Term]:
    """The terms of the proposal(s) described in one article, in reading order."""
    text = doc.text
    spans = doc.sentences or [(0, len(text))]
    starts = [s for s, _ in spans]
    genre = _is_agreement_text(doc)
    terms: list[Term] = []
    seen: set[str] = set()

    def add(s: int, e: int, rule: str, index: int) -> None:
        marker = _MARKER_RE.match(text[s:min(e, s + 12)]) \
            if text[s:s + 1] in _MARKER_START or text[s + 1:s + 2] == ")" else None
        if marker:  # "8. The two sides will review ...": the numbering is no part of it
            s += marker.end()
        piece = text[s:e].strip()
        key = " ".join(_WORD_RUN.findall(piece.lower()))  # (= \W+ -> " ", stripped)
        if not key or key in seen or (key.endswith((" it", " them")) and _PRONOUN_TERM_RE.fullmatch(key)):
            return  # ("proposed that the United Nations run it": what "it" is was said before)
        seen.add(key)
        # the source is the whole sentence the term was read from (start/end match the quote)
        q0, q1 = spans[index]
        q0, q1 = min(q0, s), max(q1, e)
        while q0 < q1 and text[q0].isspace():
            q0 += 1
        while q1 > q0 and text[q1 - 1].isspace():
            q1 -= 1
        terms.append(Term(text=piece, category=categorise(piece),
                          source=Source(article=doc.id, sentence=index, start=q0, end=q1,
                                        quote=text[q0:q1]),
                          rule=rule))

    demanded: set[int] = set()
    items = _list_items(text, spans, demanded)
    rows = _table_rows(text, spans) if _CELL_GAP in text else {}
    # one scan of the whole text for the words any rule needs: the sentences without
    # one are skipped (most sentences of a long article)
    low = lower_keeping_offsets(text)  # (the same as numbers': it is shared with it)
    triggered: dict[int, set[str]] = {}
    number_words: list[int] = []
    for start, end in _ANY_TRIGGER.spans(low):
        kinds, at = _SCANNED_INFO[low[start:end]]
        if at:
            number_words += [start + k for k in at]
        if kinds:
            triggered.setdefault(bisect_right(starts, start) - 1, set()).update(kinds)
    share_scan(text, low, number_words)  # (for find_figures on the same text)
    colon = low.find(": ")
    while colon >= 0:  # a colon inside a sentence may announce a list of terms
        triggered.setdefault(bisect_right(starts, colon) - 1, set()).add("colon")
        colon = low.find(": ", colon + 2)
    title = (doc.title or "").strip()
    # the article's year: "In 2014, the parties agreed to ..." before it is history (without
    # a date, the latest year the text names; found on first need)
    year = int(doc.date[:4]) if doc.date[:4].isdigit() else -1
    last_term, chain, list_end = -10, 0, -10
    last_offer = False  # the last term found was a side's offer
    asked = -10  # the last question about the proposal ("What is on the table?")
    last_noun = -10  # the last sentence that names a proposal noun
    # the _RAISED_RE rule needs one of its verbs in the sentence: checked once per text
    raised = any(w in low for w in _RAISED_WORDS)
    for index, (s, e) in enumerate(spans):
        if index in rows:  # "Divestment of three plants   Insufficient: ...": the first cell
            for ps, pe in split_region(text, s, rows[index], listed=True):
                add(ps, pe, "term.list", index)
            last_term, chain = index, _MAX_CHAIN  # (the assessment column goes on no term)
            continue
        if index in items:
            if index - 1 in items and "\n" not in text[spans[index - 1][1]:s] \
                    and _history(low, s, e):
                continue  # "2. A will ... The Republic had proposed 40%": the item's history
            for ps, pe in split_region(text, items[index], e):
                add(ps, pe, "term.list", index)
            if index not in demanded:
                # a provision may follow a list of terms ("A Joint Committee will meet twice
                # a year ..."); after a side's demands, what follows is commentary
                last_term, chain, list_end = index, 0, index
            continue
        kinds = triggered.get(index, _NO_KINDS)
        if index - last_term <= 3 and last_offer and low.startswith(_RESTATE_OPENERS, s):
            kinds = kinds | _RESTATE_ONLY  # "It is 4% plus a loyalty payment of 1,500"
        if index - last_term == 1 and kinds <= _COLON_ONLY and e - s < 24 \
                and len(text[s:e].split()) <= 2:
            last_term = index  # "BROOK: Certainly.": an interjection keeps the context open
            continue
        if "intro" in kinds and "noun" not in kinds:
            kinds = kinds - _INTRO_ONLY  # ("signed", "made": a proposal noun must be there too)
        if (not kinds or kinds == _CLOSE_ONLY or kinds == _HEDGE_ONLY or (kinds == _VOW_ONLY and not _SAID_WORD_RE.search(
                low, s, e))) and not genre and index - last_term > 1:
            continue  # nothing that could open a term region: skip the rule checks
        if e - s < 8 or (-1 - index) in items:
            continue
        sent = text[s:e]
        if index == 0 and title and sent.strip() == title:
            continue
        # a continuation goes on for at most _MAX_CHAIN sentences after an explicit trigger
        prev_term = index - last_term <= 1 and chain < _MAX_CHAIN
        # (bounded: a hostile sentence may be huge; only the continuation and genre rules
        # read the first words: built for them only)
        first_words = " ".join(sent[:200].split()[:14]) if prev_term or genre else ""
        answer = _answer(text, low, s, e) if index == asked + 1 else -1
        if answer >= 0:
            # "What was on the table? Six per cent over two years.": the answer's fragment
            # (up to a comment: ", which is nothing", ", but ...")
            end = _cut_commentary(text, answer, e)
            verdict = _VERDICT_RE.search(low, answer, end)
            for ps, pe in split_region(text, answer, verdict.start() if verdict else end):
                add(ps, pe, "term.offer", index)
            last_term, last_offer = index, True
            continue
        # ("recent": a term a few sentences before, or the proposal named just before: "Read
        # the fine print of the accord ... In return, the north receives A and B")
        region = _region(sent, first_words, prev_term, genre, kinds, raised,
                         index - last_term <= 4 or index - last_noun <= 3)
        if "noun" in kinds:
            last_noun = index
        if region is not None and region[2] == "term.topic" and low[s:e].rstrip().endswith("?") \
                and not _WORTH_QUESTION_RE.search(low, s, e):
            asked = index  # a question about the proposal: a fragment may answer it
        if region is None:
            if prev_term and _BACKGROUND_RE.search(low, s, e):
                last_term = index  # a word on how the talks went keeps the context open
            continue
        if region[2] != "term.topic" and low.startswith(("in ", "back in "), s):
            past = _YEAR_INTRO_RE.match(low, s, e)
            if past and year < 0:
                year = max(int(y) for y in _YEAR_RE.findall(text))
            if past and int(past.group(1)) < year and not _MODAL_RE.search(low, s, e):
                # (not "In 2027, tariffs will fall to 5%": a step of the deal's timetable)
                continue  # "In 2014, the same two parties agreed to share X": history
        if region[2] == "term.offer" and _history(low, s, e):
            # "When these talks started, X offered 10%", "X had initially proposed Y": an
            # opening offer, no term; what it became may follow ("It has now agreed to")
            last_term = index
            continue
        a, b, rule = region
        if rule == "term.cont" and index == list_end + 1 and not _WILL_RE.search(first_words):
            continue  # after a list, "X would still face ..." comments on it (not "X will")
        b = _cut_commentary(text, s + a, s + b)
        colon = text.find(": ", s + a + 15, b) if rule != "term.list" else -1
        if colon > 0 and _ENUMERATION_RE.search(text, colon, b):
            b = colon  # "A will free nine people: X, Y and Z": the list details the object
        if rule == "term.if":  # "would call off the strike if A and B": the offer, then its terms
            cond = _IF_RE.search(text, s + a, b)
            found = split_region(text, s + a, cond.start()) + split_region(text, cond.end(), b) \
                if cond else split_region(text, s + a, b)
            rule = "term.offer"
        else:
            piece = text[s + a:b].lower()
            if rule == "term.verb" and " and " in piece:
                second = _SECOND_PREDICATE_RE.search(piece)
                if second:  # "is conditional on A and expires on June 15": the noun's own verb
                    b = s + a + second.start()
                    piece = piece[:second.start()]
            if rule == "term.verb" and ", which " in piece:
                piece = piece[:piece.rindex(", which ")]  # (the last item's relative clause)
            # (a content verb's list needs three items: not "X, and not one day before")
            found = split_region(text, s + a, b, listed=rule in _LISTING_RULES and "," in piece
                                 and (rule == "term.offer" or piece.count(", ") >= 2
                                      or (", and " not in piece and ", or " not in piece
                                          and ", " in piece and " and " in piece[piece.find(", "):]))
                                 and bool(_LIST_REST_RE.fullmatch(piece))
                                 and _no_clause_but_last(piece, 0))
        for ps, pe in found:
            add(ps, pe, rule, index)
        if found:
            last_offer = rule == "term.offer"
        if rule == "term.offer" and found and " if " in low[b:e]:
            # "proposed A, but only if the union agreed to B": the offer's condition is a term
            cond = _IF_AGREED_TO_RE.search(low, b, e)
            if cond:
                for ps, pe in split_region(text, cond.end(), _cut_commentary(text, cond.end(), e)):
                    add(ps, pe, "term.offer", index)
        if rule == "term.offer" and found and "offer" in low[b:e]:
            # "we have offered A, and we have offered to hire B": a second offer in the rest
            more = _region(text[b:e], "", False, genre, kinds, raised)
            if more and more[2] == "term.offer":
                for ps, pe in split_region(text, b + more[0], _cut_commentary(text, b + more[0], b + more[1])):
                    add(ps, pe, "term.offer", index)
        if found or rule == "term.topic":
            chain = chain + 1 if rule == "term.cont" else 0
            last_term = index
    offers = {t.source.sentence for t in terms if t.rule == "term.offer"}
    if offers:
        # "X offered to free 90 detainees in August. The figure was later raised to 164.":
        # an offer the next sentences say was superseded is no longer on the table
        gone = {i for i in offers if any(
            _SUPERSEDED_RE.search(low, *spans[k]) for k in (i + 1, i + 2) if k < len(spans))}
        if gone:
            terms = [t for t in terms if t.rule != "term.offer" or t.source.sentence not in gone]
    if demanded and any(t.rule in _DEAL_RULES for t in terms):
        # a deal's contents are the terms: the lists of what each side wanted are positions
        terms = [t for t in terms if t.source.sentence not in demanded or t.rule != "term.list"]
    terms.sort(key=lambda t: t.source.start)
    return _drop_summaries(terms)


# (= \d[\d,.]*\d|\d: the class first lets re skip to ASCII digits and non-ASCII characters)
_DIGITS_RE = re.compile(r"[^\x00-\x2f\x3a-\x7f](?<=\d)(?:[\d,.]*\d)?")
_CONTENT_WORD_RE = re.compile(r"[a-z]{3,}")
_NOT_CONTENT = frozenset(("the", "and", "for", "its", "per", "all", "any", "new", "its", "his", "her",
                          "our", "out", "off", "per", "cent", "percent", "would", "will", "shall", "with", "from", "over", "that", "this", "their",
                          "under", "each", "every", "into", "than", "more", "less", "about"))


_TIME_WORDS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "today",
                         "now", "last", "next", "later", "earlier", "yesterday", "tonight"))


# the stem (5 letters) of each content word of 4 letters or more, in one scan: a maximal
# run of letters (what _CONTENT_WORD_RE finds), not one of _NOT_CONTENT, at least 4 long
_STEM_RE = re.compile(r"(?<![a-z])(?!(?:" + "|".join(sorted(_NOT_CONTENT, key=len, reverse=True))
                      + r")(?![a-z]))([a-z]{4}[a-z]?)[a-z]*")


def _drop_summaries(terms: list[Term]) -> list[Term]:
    """A lead that sums up terms detailed later ("a deal that would raise pay by 8%" ...
    "pay would rise by 8% over two years"): its figures all in a term of a later sentence,
    with a content word in common; the summary goes, the detail stays (figures only:
    without one, two items that share a word may well be two terms)."""
    nums: dict[int, frozenset[str]] = {}
    by_num: dict[str, list[int]] = {}
    # up to 20 terms no figure or stem is in more than 20 of them: the bounds below never
    # apply and every pair is tried (cheaper than building the indexes for a few terms;
    # only whether some later term qualifies matters, not which)
    small = len(terms) <= 20
    for i, t in enumerate(terms):
        found = _DIGITS_RE.findall(t.text)
        if found:
            # ("15%" and "15 trawlers" are two figures: a percentage keeps its sign)
            if "%" in t.text:
                found = [m.group() + "%" if t.text.startswith("%", m.end()) else m.group()
                         for m in _DIGITS_RE.finditer(t.text)]
            nums[i] = found = frozenset(n.replace(",", "") for n in found)
            if not small:
                for n in found:
                    by_num.setdefault(n, []).append(i)
    drop: set[int] = set()
    words: dict[int, set[str]] = {}

    def content(i: int) -> set[str]:
        if i not in words:
            words[i] = set(_CONTENT_WORD_RE.findall(terms[i].text.lower())) - _NOT_CONTENT
        return words[i]

    for i, found in nums.items():
        # a bare figure with only time words ("settled on 48 this month"): any later term
        # with its figures details it
        bare = not (content(i) - _TIME_WORDS)
        if small:
            candidates = nums  # (its keys)
        else:
            candidates = by_num[min(found, key=lambda n: len(by_num[n]))]
            if len(candidates) > 20:
                continue  # (bounded: a hostile list of the same figure)
        for j in candidates:
            if i != j and j not in drop and terms[i].source.sentence != terms[j].source.sentence \
                    and found <= nums[j] and (terms[i].source.sentence < terms[j].source.sentence
                                              or (bare and not content(i)))  \
                    and (bare or content(i) & content(j)):
                # (a bare figure repeats an earlier term too: "We have put 5% on the table")
                drop.add(i)
                break
    # without figures: every content word (by its stem) of the summary in one later term
    stems: dict[int, frozenset[str]] = {}
    by_stem: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        if i in drop:
            continue
        found = frozenset(_STEM_RE.findall(t.text.lower()))
        stems[i] = found
        if not small:
            for w in found:
                by_stem.setdefault(w, []).append(i)
    for i, found in stems.items():
        if i in nums or len(found) < 2:
            continue
        if small:
            candidates = stems  # (its keys)
        else:
            candidates = by_stem[min(found, key=lambda w: len(by_stem[w]))]
            if len(candidates) > 20:
                continue
        for j in candidates:
            if j not in drop and terms[i].source.sentence < terms[j].source.sentence \
                    and found < stems[j]:
                drop.add(i)
                break
    return [t for i, t in enumerate(terms) if i not in drop] if drop else terms


__all__ = ["find_terms", "categorise", "split_region"]
