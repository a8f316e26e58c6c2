"""Fixed briefings for the UI tests (hand-made JSON, never the live engine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Article, Briefing, Figure, Party, Position, Source, Term

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ui"


def load_fixture(name: str) -> Briefing:
    return Briefing.from_json((FIXTURES / name).read_text(encoding="utf-8"))


def seed_briefing() -> Briefing:
    return load_fixture("seed-briefing.json")


def six_briefing() -> Briefing:
    return load_fixture("six-parties.json")


def big_briefing(items: int = 1000, parties: int = 4) -> Briefing:
    """``items`` items spread over parties, terms and figures (for paging and speed)."""
    text = " ".join(f"Sentence number {i} says party P{i % parties} wants item {i}."
                    for i in range(items))
    spans, at = [], 0
    for sentence in text.split(". "):
        spans.append((at, at + len(sentence) + 1))
        at += len(sentence) + 2
    article = Article(id="big", title="A big briefing", text=text, sentences=spans)

    def source(i: int) -> Source:
        start, end = spans[i % len(spans)]
        return Source("big", i % len(spans), start, end, text[start:end])

    stances = ["demand", "reject", "accept", "vow"]
    per = items // (parties + 2)
    made = [Party(f"Party {p}", [], "group", [
        Position(stances[i % 4], f"position {i} of party {p}: a fairly long text that "
                 f"wraps onto a second line in a narrow pane", source(i))
        for i in range(per)]) for p in range(parties)]
    terms = [Term(f"term {i} on the table", "ceasefire" if i % 2 else "economic", source(i))
             for i in range(per)]
    figures = [Figure(i, f"{i:,}", f"figure {i} label", source(i))
               for i in range(items - per * (parties + 1))]
    return Briefing(articles=[article], parties=made, terms=terms, figures=figures)


@pytest.fixture
def seed() -> Briefing:
    return seed_briefing()


@pytest.fixture
def six() -> Briefing:
    return six_briefing()
