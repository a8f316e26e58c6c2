"""The "current view": which part of a briefing the user is looking at.

Pure functions over the model, shared by the app (what the panes show) and the
export (what gets written), so `briefing export --filter TEXT` and the app's `f`
filter always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TypeVar

from briefing.model import Briefing, Figure, Party, Position, Source, Term

Item = TypeVar("Item", Position, Term, Figure)

# Names of the fixed panes; party panes are named by the party's name.
TERMS_PANE = "terms"
FIGURES_PANE = "figures"


@dataclass(frozen=True)
class ViewSpec:
    """What the user has narrowed the briefing to.

    ``query``: the search text when the filter is on ("" for none).
    ``pane``: the maximised pane (a party name, TERMS_PANE or FIGURES_PANE), or None.
    ``article``: the id of the one article chosen in the article list, or None for all.
    """

    query: str = ""
    pane: str | None = None
    article: str | None = None
    hidden: frozenset[str] = field(default_factory=frozenset)


def matches(query: str, *texts: str) -> bool:
    """Case-insensitive substring match of ``query`` against any of ``texts``."""
    needle = query.casefold().strip()
    return not needle or any(needle in t.casefold() for t in texts if t)


def filter_briefing(briefing: Briefing, query: str) -> Briefing:
    """Only the items that match ``query``; a party stays when its name matches
    (with all its positions) or when any of its positions match."""
    if not query.strip():
        return briefing
    parties: list[Party] = []
    for party in briefing.parties:
        if matches(query, party.name, *party.aliases):
            parties.append(party)
            continue
        kept = [p for p in party.positions if matches(query, p.text, p.stance, p.source.quote)]
        if kept:
            parties.append(replace(party, positions=kept))
    return replace(
        briefing,
        parties=parties,
        terms=[t for t in briefing.terms if matches(query, t.text, t.category, t.source.quote)],
        figures=[f for f in briefing.figures
                 if matches(query, f.display, f.label, f.qualifier, f.source.quote)],
    )


def only_pane(briefing: Briefing, pane: str) -> Briefing:
    """Only one pane's items: a party's, the terms or the figures."""
    if pane == TERMS_PANE:
        return replace(briefing, parties=[], figures=[], changes=[])
    if pane == FIGURES_PANE:
        return replace(briefing, parties=[], terms=[],
                       changes=[c for c in briefing.changes if c.kind == "figure"])
    return replace(briefing, parties=[p for p in briefing.parties if p.name == pane],
                   terms=[], figures=[], changes=[])


def _from_article(item: Item, article_id: str) -> Item | None:
    """``item`` as ``article_id`` reported it (its sources in that article only), or
    None when that article did not report it. Unchanged items are returned as they are."""
    sources: list[Source] = [s for s in item.sources or [item.source] if s.article == article_id]
    if not sources:
        return None
    if len(sources) == len(item.sources or [item.source]):
        return item
    return replace(item, source=sources[0], sources=sources)


def _kept(items: list[Item], article_id: str) -> list[Item]:
    return [kept for kept in (_from_article(i, article_id) for i in items) if kept is not None]


def only_article(briefing: Briefing, article_id: str) -> Briefing:
    """What one article reported, out of a (merged) briefing: the items it is a source
    of, each carrying only that article's sources; parties with no such position go.
    ``articles`` stays whole (sources are resolved against it); ``changes`` go, since
    a change is between articles. An unknown id leaves nothing."""
    parties: list[Party] = []
    for party in briefing.parties:
        positions = _kept(party.positions, article_id)
        if positions:
            parties.append(replace(party, positions=positions))
    return replace(briefing, parties=parties, terms=_kept(briefing.terms, article_id),
                   figures=_kept(briefing.figures, article_id), changes=[])


def apply_view(briefing: Briefing, spec: ViewSpec) -> Briefing:
    """The briefing exactly as the view shows it: one article's part (when one is
    chosen), filtered, then narrowed to a pane."""
    shown = briefing
    if spec.article is not None:
        shown = only_article(shown, spec.article)
    shown = filter_briefing(shown, spec.query)
    if spec.pane is not None:
        shown = only_pane(shown, spec.pane)
    return shown
