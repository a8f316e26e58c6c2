"""The briefing model: the contract between every stage of the pipeline.

Plain dataclasses with a loss-free JSON round trip (``to_dict`` / ``from_dict``).
This module imports nothing from the rest of the package; every other stage
imports it. The JSON shape is the one `../shared/eval/README.md` describes, with
extra fields (ids, article metadata, offsets, rule ids) that the UI and export use.

Conventions:
- sentence indexes are 0-based (the UI shows them 1-based);
- character spans are ``[start, end)`` offsets into ``Article.text``;
- ``source`` is the first source of an item, ``sources`` every source once an item
  is reported by several articles (``source`` is always ``sources[0]``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

STANCES: tuple[str, ...] = (
    "demand", "reject", "accept", "support", "oppose", "propose", "vow", "concern", "claim",
)
TERM_CATEGORIES: tuple[str, ...] = (
    "ceasefire", "hostages_prisoners", "humanitarian", "withdrawal", "security",
    "guarantees", "governance", "economic", "other",
)
PARTY_KINDS: tuple[str, ...] = ("state", "organisation", "group", "person", "other")


@dataclass
class Source:
    """Where an item came from: an article, a sentence in it and the quoted span."""

    article: str
    sentence: int
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "sentence": self.sentence,
                "start": self.start, "end": self.end, "quote": self.quote}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(article=str(data.get("article", "")), sentence=int(data.get("sentence", 0)),
                   start=int(data.get("start", 0)), end=int(data.get("end", 0)),
                   quote=str(data.get("quote", "")))


def _sources_to_json(item: Any) -> dict[str, Any]:
    sources = item.sources or [item.source]
    return {"source": sources[0].to_dict(), "sources": [s.to_dict() for s in sources]}


def _sources_from_json(data: dict[str, Any]) -> tuple[Source, list[Source]]:
    sources = [Source.from_dict(s) for s in data.get("sources") or []]
    source = Source.from_dict(data["source"]) if data.get("source") else (
        sources[0] if sources else Source("", 0, 0, 0, ""))
    if not sources:
        sources = [source]
    return source, sources


@dataclass
class Position:
    """One claim of one party: what it demands, rejects, accepts, vows..."""

    stance: str
    text: str
    source: Source
    rule: str = ""
    hedged: bool = False
    sources: list[Source] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]

    def to_dict(self) -> dict[str, Any]:
        return {"stance": self.stance, "text": self.text, "rule": self.rule,
                "hedged": self.hedged, **_sources_to_json(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Position:
        source, sources = _sources_from_json(data)
        return cls(stance=str(data.get("stance", "claim")), text=str(data.get("text", "")),
                   source=source, rule=str(data.get("rule", "")),
                   hedged=bool(data.get("hedged", False)), sources=sources)


@dataclass
class Party:
    """A side of the negotiation (or a broker or judge of it) and its positions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"
    positions: list[Position] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "aliases": list(self.aliases), "kind": self.kind,
                "positions": [p.to_dict() for p in self.positions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Party:
        return cls(name=str(data.get("name", "")),
                   aliases=[str(a) for a in data.get("aliases") or []],
                   kind=str(data.get("kind", "other")),
                   positions=[Position.from_dict(p) for p in data.get("positions") or []])


@dataclass
class Term:
    """One term of the proposal, plan, draft or deal on the table."""

    text: str
    category: str
    source: Source
    rule: str = ""
    sources: list[Source] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "category": self.category, "rule": self.rule,
                **_sources_to_json(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Term:
        source, sources = _sources_from_json(data)
        return cls(text=str(data.get("text", "")), category=str(data.get("category", "other")),
                   source=source, rule=str(data.get("rule", "")), sources=sources)


@dataclass
class Figure:
    """A number that matters: value as a number, as written, and what it counts.

    ``value_max`` is set for ranges ("between 40 and 50": value 40, value_max 50).
    ``qualifier`` is kept apart from the value ("over", "nearly", "about", ...).
    """

    value: float
    display: str
    label: str
    source: Source
    unit: str = ""
    qualifier: str = ""
    value_max: float | None = None
    rule: str = ""
    sources: list[Source] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.source]

    def to_dict(self) -> dict[str, Any]:
        return {"value": _number(self.value), "display": self.display, "label": self.label,
                "unit": self.unit, "qualifier": self.qualifier,
                "value_max": None if self.value_max is None else _number(self.value_max),
                "rule": self.rule, **_sources_to_json(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        source, sources = _sources_from_json(data)
        vmax = data.get("value_max")
        return cls(value=_number(data.get("value", 0)), display=str(data.get("display", "")),
                   label=str(data.get("label", "")), source=source,
                   unit=str(data.get("unit", "")), qualifier=str(data.get("qualifier", "")),
                   value_max=None if vmax is None else _number(vmax),
                   rule=str(data.get("rule", "")), sources=sources)


def _number(value: Any) -> float:
    """Whole numbers as ints (so JSON shows 54000, not 54000.0), others as floats."""
    number = float(value)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


@dataclass
class Article:
    """One input article: metadata plus the text and sentence spans sources point into."""

    id: str
    title: str = ""
    source: str = ""
    date: str = ""
    path: str = ""
    url: str = ""
    format: str = "txt"
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index`` (0-based), or "" when out of range."""
        if 0 <= index < len(self.sentences):
            start, end = self.sentences[index]
            return self.text[start:end]
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source, "date": self.date,
                "path": self.path, "url": self.url, "format": self.format, "text": self.text,
                "sentences": [list(s) for s in self.sentences], "warnings": list(self.warnings)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(id=str(data.get("id", "")), title=str(data.get("title", "")),
                   source=str(data.get("source", "")), date=str(data.get("date", "")),
                   path=str(data.get("path", "")), url=str(data.get("url", "")),
                   format=str(data.get("format", "txt")), text=str(data.get("text", "")),
                   sentences=[(int(a), int(b)) for a, b in data.get("sentences") or []],
                   warnings=[str(w) for w in data.get("warnings") or []])


@dataclass
class Change:
    """Something that moved between articles: a figure that counts the same thing but
    differs, or a party whose stance on a subject flipped.

    ``kind`` is "figure" or "stance"; ``steps`` lists each reading in date order as
    ``{"article", "date", "value"/"stance", "display"/"text"}`` dicts.
    """

    kind: str
    subject: str
    party: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "party": self.party,
                "steps": [dict(s) for s in self.steps]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        return cls(kind=str(data.get("kind", "")), subject=str(data.get("subject", "")),
                   party=str(data.get("party", "")),
                   steps=[dict(s) for s in data.get("steps") or []])


@dataclass
class Briefing:
    """Everything found in one or more articles."""

    SCHEMA: ClassVar[int] = 1

    articles: list[Article] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    engine: str = ""

    @property
    def title(self) -> str:
        """The first article's title, or a count when there are several."""
        if len(self.articles) == 1:
            return self.articles[0].title or self.articles[0].id
        if self.articles:
            return f"{len(self.articles)} articles"
        return "No articles"

    def article(self, article_id: str) -> Article | None:
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    def item_count(self) -> int:
        return (sum(len(p.positions) for p in self.parties) + len(self.terms)
                + len(self.figures))

    def is_empty(self) -> bool:
        return not (self.parties or self.terms or self.figures)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.SCHEMA, "engine": self.engine,
                "articles": [a.to_dict() for a in self.articles],
                "parties": [p.to_dict() for p in self.parties],
                "terms": [t.to_dict() for t in self.terms],
                "figures": [f.to_dict() for f in self.figures],
                "changes": [c.to_dict() for c in self.changes]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        return cls(articles=[Article.from_dict(a) for a in data.get("articles") or []],
                   parties=[Party.from_dict(p) for p in data.get("parties") or []],
                   terms=[Term.from_dict(t) for t in data.get("terms") or []],
                   figures=[Figure.from_dict(f) for f in data.get("figures") or []],
                   changes=[Change.from_dict(c) for c in data.get("changes") or []],
                   engine=str(data.get("engine", "")))

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Briefing:
        return cls.from_dict(json.loads(text))


__all__ = [
    "STANCES", "TERM_CATEGORIES", "PARTY_KINDS", "Source", "Position", "Party", "Term",
    "Figure", "Article", "Change", "Briefing",
]
