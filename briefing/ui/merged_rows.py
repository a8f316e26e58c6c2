"""What a merged briefing adds to the panes: "N articles" marks, changes, "What changed".

``rows.build_panes`` draws one article's items; across articles the reader also needs:

- an item several articles reported carries a dim "· 3 articles" after its text
  (Enter then lists every source: ``item_sources``);
- a figure that moved between articles carries its series ("54,000 → 56,000");
- the figures pane ends with a "What changed" section (one row per figure that
  moved, with the dates) and a party pane with the stances that flipped.

Items are found from rows by their ``source`` object (``Row.source`` is the item's
own ``source``), so nothing is matched by text. Every string from an article goes
through ``sanitize.clean_line`` and becomes ``Text``, never markup.
"""

from __future__ import annotations

import re
from datetime import date

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


def _in_change(figure: Figure, change: Change) -> bool:
    """True when ``figure`` is one of the readings of ``change`` (same article, same
    value as written, a label that counts the same thing)."""
    articles = {s.article for s in figure.sources}
    labels_agree = jaccard(token_set(figure.label), token_set(change.subject)) >= LABEL_OVERLAP
    return labels_agree and any(
        s.get("article") in articles and s.get("display") == figure.display
        for s in change.steps)


def _step_source(sources: list[Source], article: str) -> Source | None:
    return next((s for s in sources if s.article == article), None)


def figure_change_rows(briefing: Briefing, numbers: dict[str, int]) -> list[Row]:
    rows: list[Row] = []
    for change in briefing.changes:
        if change.kind != "figure" or not change.steps:
            continue
        text = clean_line(change.subject) + ": " + ARROW.join(
            f"{clean_line(str(s.get('display', '')))} ({_when(s, numbers)})"
            for s in change.steps)
        last = change.steps[-1]
        source = None
        for figure in briefing.figures:
            if _in_change(figure, change) and figure.display == last.get("display"):
                source = _step_source(figure.sources, str(last.get("article", "")))
                if source is not None:
                    break
        rows.append(Row(body=Text(text), prefix=Text("  "), source=source,
                        search=text.casefold()))
    return rows


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
    moved: dict[int, str] = {}
    for change in briefing.changes:
        if change.kind == "figure":
            for figure in briefing.figures:
                if id(figure.source) not in moved and _in_change(figure, change):
                    moved[id(figure.source)] = figure_series(change)
    for pane in panes:
        for row in pane.rows:
            if row.heading or row.source is None:
                continue
            count = article_count(sources.get(id(row.source), []))
            series = moved.get(id(row.source))
            if series:
                row.body.append("  " + series, style="bold")
            if count > 1:
                row.body.append(f" · {count} articles", style="dim")
        if pane.kind == "figures" and pane.name == FIGURES_PANE:
            extra = figure_change_rows(briefing, numbers)
        elif pane.kind == "party":
            extra = stance_change_rows(briefing, pane.name, numbers)
        else:
            extra = []
        extra = [r for r in extra if matches(query, r.body.plain)]
        if extra:
            pane.rows.append(Row(body=Text(CHANGED_HEADING), heading=True, style="category"))
            pane.rows.extend(extra)
    return panes
