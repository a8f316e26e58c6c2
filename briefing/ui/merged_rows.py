"""What a merged briefing adds to the panes: "N articles" marks, changes, "What changed".

``rows.build_panes`` draws one article's items; across articles the reader also needs:

- an item several articles reported carries a dim "· 3 articles" after its text
  (Enter then lists every source: ``item_sources``);
- a figure that moved between articles carries its first and latest readings
  ("(54,000 → 56,000)");
- the figures pane ends with a "What changed" section (one row per figure that
  moved, with the dates) and a party pane with the stances that flipped.

Items are found from rows by their ``source`` object (``Row.source`` is the item's
own ``source``), so nothing is matched by text. Every string from an article goes
through ``sanitize.clean_line`` and becomes ``Text``, never markup.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from rich.text import Text

from briefing.library.changes import LABEL_OVERLAP
from briefing.library.merge import date_key
from briefing.library.similarity import jaccard, token_set
from briefing.model import Briefing, Change, Figure, Position, Source, Term
from briefing.sanitize import clean_line
from briefing.ui.rows import STANCE_LABELS, PaneData, Row
from briefing.view import FIGURES_PANE, matches

CHANGED_HEADING = "What changed"
ARROW = " → "


def item_sources(briefing: Briefing) -> dict[int, list[Source]]:
    """``id(item.source)`` -> every source of that item, for each item of ``briefing``."""
    items: list[Position | Term | Figure] = [p for party in briefing.parties
                                             for p in party.positions]
    items += briefing.terms
    items += briefing.figures
    return {id(item.source): list(item.sources or [item.source]) for item in items}


def article_count(sources: list[Source]) -> int:
    return len({s.article for s in sources})


def short_date(text: str) -> str:
    """``2025-06-04`` -> ``4 Jun 2025``; "" when the date cannot be read."""
    key = date_key(text)
    if not key:
        return ""
    when = date.fromisoformat(key)
    return f"{when.day} {when.strftime('%b')} {when.year}"


def _when(step: dict, numbers: dict[str, int]) -> str:
    """A step's date, or "article N" when its article has none."""
    return short_date(str(step.get("date", ""))) or (
        f"article {numbers.get(str(step.get('article', '')), 0) + 1}")


_QUALIFIER = re.compile(r"^(?:[^\W\d]+\s+)+(?=\S*\d)")


def bare_reading(step: dict) -> str:
    """A step's reading without its qualifier words ("more than 56,000" -> "56,000")."""
    shown = clean_line(str(step.get("display", "") or step.get("value", "")))
    return _QUALIFIER.sub("", shown) or shown


def figure_series(change: Change) -> str:
    """``(54,000 → 56,000)``: the first and the latest reading, for the figure rows."""
    first, last = bare_reading(change.steps[0]), bare_reading(change.steps[-1])
    return f"({first}{ARROW}{last})"


class FigureChanges:
    """Which figures are readings of which figure change, found in one pass.

    A figure is a reading of a change when one of its articles reported it, as
    written, as one of the change's steps, and its label counts the same thing.
    Indexed by (article, display), so a merged view of a thousand articles costs
    one lookup per source, not figures x changes x steps."""

    def __init__(self, briefing: Briefing) -> None:
        self.changes = [c for c in briefing.changes if c.kind == "figure" and c.steps]
        steps: dict[tuple[str, str], list[int]] = {}
        for number, change in enumerate(self.changes):
            for step in change.steps:
                key = (str(step.get("article", "")), str(step.get("display", "")))
                steps.setdefault(key, []).append(number)
        subjects = [token_set(c.subject) for c in self.changes]
        self.of_figure: dict[int, int] = {}     # id(figure.source) -> change number
        self.last_source: dict[int, Source] = {}  # change number -> latest reading's source
        for figure in briefing.figures:
            labels: frozenset[str] | None = None
            for source in figure.sources:
                for number in steps.get((source.article, figure.display), ()):
                    if labels is None:
                        labels = token_set(figure.label)
                    if jaccard(labels, subjects[number]) < LABEL_OVERLAP:
                        continue
                    self.of_figure.setdefault(id(figure.source), number)
                    last = self.changes[number].steps[-1]
                    if (source.article == last.get("article")
                            and figure.display == last.get("display")):
                        self.last_source.setdefault(number, source)


def figure_change_rows(index: FigureChanges, numbers: dict[str, int]) -> list[Row]:
    rows: list[Row] = []
    for number, change in enumerate(index.changes):
        text = clean_line(change.subject) + ": " + ARROW.join(
            f"{clean_line(str(s.get('display', '')))} ({_when(s, numbers)})"
            for s in change.steps)
        rows.append(Row(body=Text(text), prefix=Text("  "), source=index.last_source.get(number),
                        search=text.casefold()))
    return rows


def _step_source(sources: list[Source], article: str) -> Source | None:
    return next((s for s in sources if s.article == article), None)


def stance_change_rows(briefing: Briefing, party_name: str,
                       numbers: dict[str, int]) -> list[Row]:
    party = next((p for p in briefing.parties if p.name == party_name), None)
    rows: list[Row] = []
    for change in briefing.changes:
        if change.kind != "stance" or change.party != party_name or not change.steps:
            continue
        text = ARROW.join(
            f"{STANCE_LABELS.get(str(s.get('stance')), clean_line(str(s.get('stance'))))} "
            f"{clean_line(str(s.get('text', '')))} ({_when(s, numbers)})"
            for s in change.steps)
        last = change.steps[-1]
        source = None
        for position in party.positions if party else []:
            if position.stance == last.get("stance") and position.text == last.get("text"):
                source = _step_source(position.sources, str(last.get("article", "")))
                if source is not None:
                    break
        rows.append(Row(body=Text(text), prefix=Text("  "), source=source,
                        search=text.casefold()))
    return rows


def decorate(panes: list[PaneData], briefing: Briefing, query: str = "") -> list[PaneData]:
    """Add the marks and sections above to ``panes`` (built from ``briefing``), in
    place; with ``query`` (the filter), only the change rows that match it."""
    if len(briefing.articles) < 2:
        return panes
    sources = item_sources(briefing)
    numbers = {a.id: n for n, a in enumerate(briefing.articles)}
    index = FigureChanges(briefing)
    series = [figure_series(c) for c in index.changes]
    moved = {key: series[number] for key, number in index.of_figure.items()}
    for pane in panes:
        for row in pane.rows:
            if row.heading or row.source is None:
                continue
            count = article_count(sources.get(id(row.source), []))
            marker = moved.get(id(row.source))
            if marker:
                row.body.append("  " + marker, style="bold")
            if count > 1:
                row.body.append(f" · {count} articles", style="dim")
        if pane.kind == "figures" and pane.name == FIGURES_PANE:
            extra = figure_change_rows(index, numbers)
        elif pane.kind == "party":
            extra = stance_change_rows(briefing, pane.name, numbers)
        else:
            extra = []
        extra = [r for r in extra if matches(query, r.body.plain)]
        if extra:
            pane.rows.append(Row(body=Text(CHANGED_HEADING), heading=True, style="category"))
            pane.rows.extend(extra)
    return panes


class ArticleParts:
    """``view.only_article`` of one merged briefing, for any of its articles, fast.

    Choosing an article in the list must repaint within a key press; ``only_article``
    reads every source of every item (50,000 with a thousand articles: items most of
    them reported carry hundreds). One pass here (~0.1 s, once per merged briefing,
    started when the list opens) files each item under its article, or groups its
    sources by article; an article's part is then read off, by the same rule as
    ``only_article``: an item whose sources are all that article's is the item
    itself, else a copy with just those sources; parties without such a position
    go; no changes. The tests compare the two on every article of a merged model."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._positions = [_Tags(party.positions) for party in briefing.parties]
        self._terms = _Tags(briefing.terms)
        self._figures = _Tags(briefing.figures)

    def only(self, article_id: str) -> Briefing:
        """``only_article(self.briefing, article_id)``."""
        parties = []
        for party, tags in zip(self.briefing.parties, self._positions):
            positions = tags.kept(party.positions, article_id)
            if positions:
                parties.append(replace(party, positions=positions))
        return replace(self.briefing, parties=parties,
                       terms=self._terms.kept(self.briefing.terms, article_id),
                       figures=self._figures.kept(self.briefing.figures, article_id),
                       changes=[])


class _Tags:
    """Which items of a list each article reported: by article for the items of one
    article (most), and each other item's sources grouped by article."""

    def __init__(self, items: list[Any]) -> None:
        self.single: dict[str, list[int]] = {}
        self.shared: list[tuple[int, dict[str, list[Source]]]] = []
        for index, item in enumerate(items):
            sources = item.sources or [item.source]
            first = sources[0].article
            if len(sources) == 1 or all(s.article == first for s in sources):
                self.single.setdefault(first, []).append(index)
                continue
            groups: dict[str, list[Source]] = {}
            for source in sources:
                own = groups.get(source.article)
                if own is None:
                    groups[source.article] = [source]
                else:
                    own.append(source)
            self.shared.append((index, groups))

    def kept(self, items: list[Any], article_id: str) -> list[Any]:
        """The items ``article_id`` reported, in order, as it reported them (by the rule
        of ``view._from_article``: itself, or a copy with that article's sources)."""
        own = self.single.get(article_id, [])
        shared = {i: groups[article_id] for i, groups in self.shared if article_id in groups}
        if not shared:
            return [items[i] for i in own]
        kept = []
        for index in sorted([*own, *shared]):
            sources = shared.get(index)
            # A copy each time: the caller owns the list (as only_article's).
            kept.append(items[index] if sources is None
                        else _with_sources(items[index], list(sources)))
        return kept


def _with_sources(item: Any, sources: list[Source]) -> Any:
    """``replace(item, source=sources[0], sources=sources)``, a tenth of the time
    (``replace`` goes through the fields and ``__init__``; an article shares
    hundreds of items with others)."""
    copy = object.__new__(item.__class__)
    copy.__dict__.update(item.__dict__)
    copy.source, copy.sources = sources[0], sources
    return copy
