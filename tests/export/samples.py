"""Hand-built briefings for the export tests (never from the live engine)."""

from __future__ import annotations

from briefing.model import Article, Briefing, Change, Figure, Party, Position, Source, Term

HOSTILE = "| * _ # \\ ` < [ ] \x1b[31mred\x1b[0m \x1b]52;c;aGk=\x07 <script>alert(1)</script> &amp; ~~x~~"

TEXT_1 = ("Talks stalled on Monday. The North rejected the plan. "
          "The plan calls for a 60-day pause. Over 1,100 prisoners would be freed.")
TEXT_2 = "The North now accepts the plan. Nearly 1,300 prisoners would be freed."


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] == " "):
            spans.append((start, index + 1))
            start = index + 2
    return spans


def src(article: str, text: str, sentence: int, quote: str) -> Source:
    first, _ = _sentences(text)[sentence]
    start = text.index(quote, first)
    return Source(article, sentence, start, start + len(quote), quote)


def sample_briefing() -> Briefing:
    """Two articles, two parties, terms in two categories, two figures and two changes."""
    a1 = Article(id="a1", title="Talks stall over the plan", source="Example Times",
                 date="2025-06-01", path="/home/reader/news/talks-stall.txt", text=TEXT_1,
                 sentences=_sentences(TEXT_1))
    a2 = Article(id="a2", title="North shifts on the plan", source="Daily Example",
                 date="2025-06-03", path="north-shifts.md", format="md", text=TEXT_2,
                 sentences=_sentences(TEXT_2))
    north = Party("North", aliases=["the North", "Northland"], kind="state", positions=[
        Position("reject", "the plan", src("a1", TEXT_1, 1, "The North rejected the plan")),
        Position("accept", "the plan", src("a2", TEXT_2, 0, "The North now accepts the plan")),
        Position("reject", "a second plan", src("a1", TEXT_1, 1, "rejected the plan"), hedged=True),
    ])
    south = Party("South", kind="group", positions=[
        Position("demand", "a permanent ceasefire", src("a1", TEXT_1, 0, "Talks stalled")),
    ])
    terms = [
        Term("a 60-day pause", "ceasefire", src("a1", TEXT_1, 2, "a 60-day pause")),
        Term("prisoners freed", "hostages_prisoners",
             src("a1", TEXT_1, 3, "1,100 prisoners would be freed")),
    ]
    figures = [
        Figure(60, "60", "days of pause", src("a1", TEXT_1, 2, "60-day"), unit="days"),
        Figure(1100, "over 1,100", "prisoners freed", src("a1", TEXT_1, 3, "Over 1,100 prisoners"),
               qualifier="over",
               sources=[src("a1", TEXT_1, 3, "Over 1,100 prisoners"),
                        src("a2", TEXT_2, 1, "Nearly 1,300 prisoners")]),
    ]
    changes = [
        Change("figure", "prisoners freed", steps=[
            {"article": "a1", "date": "2025-06-01", "value": 1100, "display": "over 1,100"},
            {"article": "a2", "date": "2025-06-03", "value": 1300, "display": "nearly 1,300"}]),
        Change("stance", "the plan", party="North", steps=[
            {"article": "a1", "date": "2025-06-01", "stance": "reject", "text": "the plan"},
            {"article": "a2", "date": "2025-06-03", "stance": "accept", "text": "the plan"}]),
    ]
    return Briefing(articles=[a1, a2], parties=[north, south], terms=terms, figures=figures,
                    changes=changes, engine="test")


def hostile_briefing() -> Briefing:
    """Every text field carries Markdown, HTML and terminal-escape attacks."""
    text = f"{HOSTILE}. Second sentence."
    source = Source("evil", 0, 0, len(HOSTILE), HOSTILE)
    article = Article(id="evil", title=f"# {HOSTILE}", source=HOSTILE, date=HOSTILE,
                      path=f"../../{HOSTILE}.txt", text=text, sentences=_sentences(text))
    party = Party(f"# {HOSTILE}", aliases=[HOSTILE], kind=HOSTILE, positions=[
        Position(HOSTILE, f"# {HOSTILE}\n# injected heading\n| a | b |", source)])
    return Briefing(
        articles=[article], parties=[party],
        terms=[Term(f"- {HOSTILE}\n\n## injected", HOSTILE, source)],
        figures=[Figure(1, f"1 | 2 | 3 {HOSTILE}", f"{HOSTILE}\n| x | y |", source,
                        qualifier=HOSTILE)],
        changes=[Change("figure", HOSTILE, party=HOSTILE,
                        steps=[{"article": "evil", "date": HOSTILE, "display": HOSTILE}])],
    )
