"""Hostile text and hostile models for the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from briefing.model import (PARTY_KINDS, STANCES, TERM_CATEGORIES, Article, Briefing, Change,
                            Figure, Party, Position, Source, Term)

# Pieces that exercise the code paths an attacker or a broken file would: markup,
# terminal escapes, bidi and zero-width characters, NUL, CJK/emoji, Markdown and HTML
# syntax, sentence punctuation, abbreviations, numbers and words the extractor reacts to.
SNIPPETS = [
    "[/]", "[b]", "[@click=app.quit]x[/]", "[link=file:///etc/passwd]x[/]", "[red on red]",
    "\x1b[2J", "\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b]8;;http://e/\x1b\\", "\x1b\\", "\x1bP",
    "\x9b31m", "\x85", "\x07", "\x08", "\x7f", "\x00", "\r", "\r\n", "\t", "\n", "\n\n",
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u2028",
    "東方連合", "北方同盟", "🦊", "👨‍👩‍👧‍👦", "🇶🇦", "ｅｇｙｐｔ", "Ω", "é", "\u0301",
    "---\n", "title: x\n", "- a\n", "```\n", "# ", "* ", "_", "|", "`", "<", ">", "&amp;",
    "<script>alert(1)</script>", "<div>", "</div>", "<p>", "<html>", "<!--", "javascript:",
    ".", "...", "\u2026", "!", "?", "\"", "\u201c", "\u201d", "'", "(", ")", " ", "  ",
    "Mr. ", "U.S. ", "No. ", "Gen. ", "J. ", "e.g. ", "1. ", "a. ",
    "Egypt ", "Qatar ", "the United Nations ", "Israel ", "Ukraine ",
    "demanded ", "rejected ", "accepted ", "said ", "proposed ", "warned ", "vowed ",
    "ceasefire ", "withdrawal ", "hostages ", "prisoners ", "aid ", "trucks ",
    "over ", "nearly ", "about ", "between ", "and ", "%", "$", "60-day ", "1,100 ",
    "3.5 ", "2 million ", "10 ", "0 ", "9999999999999999999999 ", "-1 ", "1e308 ",
]

CHARS = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot be encoded
PIECE = st.one_of(st.sampled_from(SNIPPETS), st.text(CHARS, max_size=12))


def hostile_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    return st.lists(PIECE, max_size=max_pieces).map("".join)


def encoded(text_strategy: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[bytes]:
    """Bytes as a file may hold them: UTF-8 (with or without BOM), UTF-16, cp1252, raw."""
    text = hostile_text() if text_strategy is None else text_strategy
    utf8 = text.map(lambda t: t.encode("utf-8"))
    return st.one_of(
        utf8, utf8.map(lambda b: b"\xef\xbb\xbf" + b),
        text.map(lambda t: t.encode("utf-16")), text.map(lambda t: t.encode("utf-16-le")),
        text.map(lambda t: t.encode("cp1252", errors="replace")),
        st.binary(max_size=400),
        st.tuples(utf8, st.binary(max_size=20), utf8).map(lambda p: b"".join(p)),
    )


INTS = st.integers(min_value=-(2**40), max_value=2**40)
FLOATS = st.one_of(INTS.map(float), st.floats(allow_nan=False, allow_infinity=False,
                                             min_value=-1e15, max_value=1e15))


@st.composite
def briefings(draw) -> Briefing:
    """A model with hostile strings everywhere; sources quote their article exactly."""
    text = draw(hostile_text())
    article_id = draw(hostile_text(4)) or "a"
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    sentences = list(zip([0, *cuts], [*cuts, len(text)]))
    article = Article(id=article_id, title=draw(hostile_text(6)), source=draw(hostile_text(3)),
                      date=draw(hostile_text(2)), path=draw(hostile_text(3)),
                      url=draw(hostile_text(2)), format=draw(st.sampled_from(["txt", "md", "html"])),
                      text=text, sentences=sentences, warnings=draw(st.lists(hostile_text(3), max_size=2)))

    def source() -> Source:
        index = draw(st.integers(0, len(sentences) - 1))
        lo, hi = sentences[index]
        start = draw(st.integers(lo, hi))
        end = draw(st.integers(start, hi))
        return Source(article_id, index, start, end, text[start:end])

    def sources() -> list[Source]:
        return [source() for _ in range(draw(st.integers(1, 3)))]

    def position() -> Position:
        found = sources()
        return Position(draw(st.sampled_from(STANCES)), draw(hostile_text(8)), found[0],
                        rule=draw(hostile_text(2)), hedged=draw(st.booleans()), sources=found)

    parties = [Party(draw(hostile_text(4)), draw(st.lists(hostile_text(3), max_size=3)),
                     draw(st.sampled_from(PARTY_KINDS)),
                     [position() for _ in range(draw(st.integers(0, 3)))])
               for _ in range(draw(st.integers(0, 3)))]
    terms = []
    for _ in range(draw(st.integers(0, 3))):
        found = sources()
        terms.append(Term(draw(hostile_text(8)), draw(st.sampled_from(TERM_CATEGORIES)),
                          found[0], rule=draw(hostile_text(2)), sources=found))
    figures = []
    for _ in range(draw(st.integers(0, 3))):
        found = sources()
        figures.append(Figure(draw(FLOATS), draw(hostile_text(3)), draw(hostile_text(5)),
                              found[0], unit=draw(hostile_text(2)),
                              qualifier=draw(hostile_text(2)),
                              value_max=draw(st.none() | FLOATS), rule=draw(hostile_text(2)),
                              sources=found))
    changes = [Change(draw(st.sampled_from(["figure", "stance"])), draw(hostile_text(4)),
                      draw(hostile_text(3)),
                      [{"article": article_id, "date": draw(hostile_text(2)),
                        "value": draw(INTS), "display": draw(hostile_text(3))}])
               for _ in range(draw(st.integers(0, 2)))]
    return Briefing(articles=[article], parties=parties, terms=terms, figures=figures,
                    changes=changes, engine=draw(hostile_text(2)))
