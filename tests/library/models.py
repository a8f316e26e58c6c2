"""Hand-made one-article briefings for the merge and change tests (no engine)."""

from __future__ import annotations

from briefing.model import Article, Briefing, Figure, Party, Position, Source, Term


def src(article: str, sentence: int = 0, quote: str = "") -> Source:
    return Source(article=article, sentence=sentence, start=sentence * 10,
                  end=sentence * 10 + 5, quote=quote or f"{article} s{sentence}")


def pos(article: str, stance: str, text: str, sentence: int = 0) -> Position:
    return Position(stance=stance, text=text, source=src(article, sentence))


def term(article: str, text: str, category: str = "ceasefire", sentence: int = 0) -> Term:
    return Term(text=text, category=category, source=src(article, sentence))


def fig(article: str, value: float, label: str, display: str = "", unit: str = "",
        sentence: int = 0) -> Figure:
    return Figure(value=value, display=display or f"{value:,.0f}", label=label,
                  source=src(article, sentence), unit=unit)


def one(article: str, date: str, parties: list[Party] | None = None,
        terms: list[Term] | None = None, figures: list[Figure] | None = None) -> Briefing:
    return Briefing(articles=[Article(id=article, title=article.title(), date=date,
                                      path=f"/x/{article}.txt")],
                    parties=parties or [], terms=terms or [], figures=figures or [],
                    engine="test")
