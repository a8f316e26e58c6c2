"""The "current view": which part of a briefing the user is looking at.

Pure functions over the model, shared by the app (what the panes show) and the
export (what gets written), so `briefing export --filter TEXT` and the app's `f`
filter always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing.model import Briefing, Party

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


def apply_view(briefing: Briefing, spec: ViewSpec) -> Briefing:
    """The briefing exactly as the view shows it: filtered, then narrowed to a pane."""
    shown = filter_briefing(briefing, spec.query)
    if spec.pane is not None:
        shown = only_pane(shown, spec.pane)
    return shown
