"""Merge the briefings of several articles into one.

- Articles are sorted by date (unknown dates last), then by id; every item's
  ``sources`` follow that order, so ``source`` is the earliest report.
- Parties: the same actor across articles is one party. Two parties are the same
  when their names or proper-noun aliases match, case-insensitively and without a
  leading "the"; every form of one actor in the user lexicon (config folder,
  ``lexicon.toml``) counts as one name. Lower-case aliases the engine found ("the
  group") are never used to match: they name different actors in different articles.
- Positions (same party, same stance), terms and figures reported by several
  articles become one item carrying every source: positions when their normalised
  text is (near) identical, terms when their words overlap strongly, figures when
  value, unit and label agree. Items keep the order of their first report.
- ``changes.find_changes`` then lists the figures and stances that moved.

The inputs are never modified: an item reported by several articles is a new
object; one reported once is shared with its article's briefing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from briefing import locations
from briefing.library import similarity
from briefing.library.changes import LABEL_OVERLAP, find_changes
from briefing.library.gcpause import young_collections_only
from briefing.model import Article, Briefing, Figure, Party, Position, Source, Term

POSITION_OVERLAP = 0.8
"""Word overlap (Jaccard) from which two positions are the same claim."""
TERM_OVERLAP = 0.7
"""Word overlap from which two terms are the same term."""

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%d/%m/%Y")

Item = TypeVar("Item", Position, Term, Figure)


def date_key(text: str) -> str:
    """An article date as ``YYYY-MM-DD`` for sorting ("" when it cannot be read)."""
    text = (text or "").strip()
    match = _ISO.search(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return ""
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def sort_articles(articles: Sequence[Article]) -> list[Article]:
    """Articles by date (undated last), then id."""
    def key(article: Article) -> tuple[int, str, str]:
        when = date_key(article.date)
        return (0 if when else 1, when, article.id)
    return sorted(articles, key=key)


def name_key(name: str) -> str:
    """A party name for matching: case-folded, spaces folded, no leading "the"."""
    key = " ".join(name.casefold().replace("\u2019", "'").split())
    return key[4:] if key.startswith("the ") else key


def _party_keys(party: Party) -> set[str]:
    keys = {name_key(party.name)}
    # Proper-noun aliases only: "the group" or "the militants" are not identities.
    keys.update(name_key(a) for a in party.aliases if any(c.isupper() for c in a))
    keys.discard("")
    return keys


def _user_groups() -> dict[str, str]:
    """Name key -> a key naming its user-lexicon actor (every form the user listed,
    lower-case ones included: the user meant them)."""
    if not locations.user_lexicon_file().exists():
        return {}  # no user lexicon: no need to import the engine to read one
    try:
        from briefing.extract import lexicons

        actors = lexicons.user_actors()
    except Exception:  # no user lexicon support, or a broken file: names only
        return {}
    groups: dict[str, str] = {}
    for number, actor in enumerate(actors):
        for form in (actor.get("name", ""), *actor.get("aliases", ())):
            key = name_key(str(form))
            if key:
                groups.setdefault(key, f"\0user-actor-{number}")
    return groups


def _merge_sources(items: Sequence[Item], rank: dict[str, int]) -> list[Source]:
    """Every source of ``items`` once, earliest article first. Source objects are
    shared with the inputs (nothing in the pipeline mutates a source once loaded)."""
    seen: set[tuple[str, int, int, int]] = set()
    merged: list[Source] = []
    for item in items:
        for source in item.sources or [item.source]:
            key = (source.article, source.sentence, source.start, source.end)
            if key not in seen:
                seen.add(key)
                merged.append(source)
    # Stable: within one article, the order the engine reported.
    last = len(rank)
    merged.sort(key=lambda s: rank.get(s.article, last))
    return merged


def _group(items: Sequence[Item], tokens: Callable[[Item], frozenset[str]],
           exact: Callable[[Item], object], overlap: float | None) -> list[list[Item]]:
    """Items grouped by ``exact`` key, then (when ``overlap``) by word overlap."""
    groups: dict[object, list[Item]] = {}
    for item in items:
        groups.setdefault(exact(item), []).append(item)
    firsts = list(groups.values())
    if overlap is None or len(firsts) < 2:
        return firsts
    owners = similarity.cluster([tokens(g[0]) for g in firsts], overlap)
    joined: dict[int, list[Item]] = {}
    for group, owner in zip(firsts, owners):
        joined.setdefault(owner, []).extend(group)
    return list(joined.values())


def _one(group: list[Item], rank: dict[str, int]) -> Item:
    """One item for a group: the earliest report's fields, every report's sources.

    An item reported once is the input's own object (most items: no copy to make)."""
    if len(group) == 1:
        return group[0]
    sources = _merge_sources(group, rank)
    first = min(group, key=lambda i: rank.get(i.source.article, len(rank)))
    return replace(first, source=sources[0], sources=sources)


def _merge_positions(positions: list[Position], rank: dict[str, int]) -> list[Position]:
    by_stance: dict[str, list[Position]] = {}
    for position in positions:
        by_stance.setdefault(position.stance, []).append(position)
    merged: list[Position] = []
    for group_list in by_stance.values():
        for group in _group(group_list, lambda p: similarity.token_set(p.text),
                            lambda p: similarity.normalise(p.text), POSITION_OVERLAP):
            merged.append(_one(group, rank))
    merged.sort(key=lambda p: _first_seen(p, rank))
    return merged


def _first_seen(item: Position | Term | Figure, rank: dict[str, int]) -> tuple[int, int, int]:
    return (rank.get(item.source.article, len(rank)), item.source.sentence, item.source.start)


def _merge_parties(parties: list[Party], rank: dict[str, int]) -> list[Party]:
    """Union the parties that share a key; name = the most used name."""
    parent = list(range(len(parties)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner_of_key: dict[str, int] = {}
    user = _user_groups()
    for i, party in enumerate(parties):
        keys = _party_keys(party)
        # One user-lexicon actor's forms are one party, whichever form each article used.
        keys |= {user[k] for k in keys if k in user}
        for key in keys:
            if key in owner_of_key:
                a, b = find(i), find(owner_of_key[key])
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                owner_of_key[key] = i
    groups: dict[int, list[Party]] = {}
    for i, party in enumerate(parties):
        groups.setdefault(find(i), []).append(party)

    merged: list[Party] = []
    for members in groups.values():
        names = Counter(p.name for p in members)
        order = {p.name: n for n, p in reversed(list(enumerate(members)))}
        name = max(names, key=lambda n: (names[n], -order[n]))
        aliases: list[str] = []
        seen = {name.casefold()}
        for party in members:
            for alias in (party.name, *party.aliases):
                if alias and alias.casefold() not in seen:
                    seen.add(alias.casefold())
                    aliases.append(alias)
        kind = next((p.kind for p in members if p.kind != "other"), "other")
        positions = _merge_positions([pos for p in members for pos in p.positions], rank)
        merged.append(Party(name=name, aliases=aliases, kind=kind, positions=positions))
    return merged


def merge(briefings: list[Briefing]) -> Briefing:
    """One briefing for all articles (see the module docstring)."""
    if not briefings:
        return Briefing()
    if len(briefings) == 1:
        return briefings[0]
    with young_collections_only():  # 1,000 articles: 0.35-0.40 -> 0.25 s
        return _merge(briefings)


def _merge(briefings: list[Briefing]) -> Briefing:
    ordered = sorted(briefings, key=lambda b: _briefing_key(b))
    articles = [a for b in ordered for a in b.articles]
    rank = {a.id: i for i, a in enumerate(articles)}

    parties = _merge_parties([p for b in ordered for p in b.parties], rank)
    terms = [_one(g, rank) for g in _group(
        [t for b in ordered for t in b.terms],
        lambda t: similarity.token_set(t.text),
        lambda t: similarity.normalise(t.text), TERM_OVERLAP)]
    terms.sort(key=lambda t: _first_seen(t, rank))
    figures = _merge_figures([f for b in ordered for f in b.figures], rank)
    figures.sort(key=lambda f: _first_seen(f, rank))

    merged = Briefing(articles=articles, parties=parties, terms=terms, figures=figures,
                      engine=ordered[0].engine)
    merged.changes = find_changes(merged)
    return merged


def _briefing_key(briefing: Briefing) -> tuple[int, str, str]:
    if not briefing.articles:
        return (2, "", "")
    article = briefing.articles[0]
    when = date_key(article.date)
    return (0 if when else 1, when, article.id)


def _merge_figures(figures: list[Figure], rank: dict[str, int]) -> list[Figure]:
    """Same value, range and unit, and labels that overlap as much as a change needs."""
    by_value: dict[tuple[object, ...], list[Figure]] = {}
    for figure in figures:
        key = (figure.value, figure.value_max, figure.unit.casefold())
        by_value.setdefault(key, []).append(figure)
    merged: list[Figure] = []
    for group_list in by_value.values():
        for group in _group(group_list, lambda f: similarity.token_set(f.label),
                            lambda f: similarity.token_set(f.label), LABEL_OVERLAP):
            merged.append(_one(group, rank))
    return merged
