"""What changed between articles: figures that moved and stances that flipped.

Works on a merged briefing (its articles already in date order, each item's
``sources`` naming every article that reported it):

- **figure**: figures that count the same thing (same unit, labels with a strong
  word overlap) whose value differs from one article to a later one, e.g. a death
  toll of 54,000 then 56,000. Each article gives one reading (when it has several
  values under one label, the one that keeps the series smoothest); consecutive
  equal readings are folded into the first, so the steps show when each value was
  first reported.
- **stance**: a party whose stance on one subject turns from rejecting or opposing
  to accepting or supporting (or back) in a later article. Two positions have the
  same subject when their head words agree ("the latest US-brokered proposal" and
  "the revised proposal") and no modifier sets them apart ("permanent" against
  "temporary").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from briefing.library import similarity
from briefing.model import Briefing, Change, Figure, Party

LABEL_OVERLAP = 0.6
"""Word overlap from which two figure labels count the same thing."""
POLARITY = {"accept": 1, "support": 1, "reject": -1, "oppose": -1}
"""Stances that can flip; the others (demand, vow, claim...) say nothing of assent."""


def find_changes(briefing: Briefing) -> list[Change]:
    """Figure changes (in order of first report), then stance flips."""
    rank = {a.id: i for i, a in enumerate(briefing.articles)}
    dates = {a.id: a.date for a in briefing.articles}
    return (figure_changes(briefing.figures, rank, dates)
            + stance_changes(briefing.parties, rank, dates))


def _label_tokens(figure: Figure) -> frozenset[str]:
    return similarity.token_set(figure.label)


def figure_changes(figures: list[Figure], rank: dict[str, int],
                   dates: dict[str, str]) -> list[Change]:
    by_unit: dict[str, list[Figure]] = {}
    for figure in figures:
        if similarity.token_set(figure.label):
            by_unit.setdefault(figure.unit.casefold(), []).append(figure)
    changes: list[tuple[tuple[int, int], Change]] = []
    for group in by_unit.values():
        # Exact label words first, then the overlap between label word sets.
        labels: dict[frozenset[str], list[Figure]] = {}
        for figure in group:
            labels.setdefault(_label_tokens(figure), []).append(figure)
        keys = list(labels)
        owners = similarity.cluster(keys, LABEL_OVERLAP)
        clusters: dict[int, list[Figure]] = {}
        for key, owner in zip(keys, owners):
            clusters.setdefault(owner, []).extend(labels[key])
        for members in clusters.values():
            change = _figure_change(members, rank, dates)
            if change is not None:
                changes.append(change)
    changes.sort(key=lambda pair: pair[0])
    return [c for _, c in changes]


def _figure_change(members: list[Figure], rank: dict[str, int], dates: dict[str, str],
                   ) -> tuple[tuple[int, int], Change] | None:
    # Each article's candidate readings: one per distinct value, first report first.
    candidates: dict[str, list[tuple[tuple[int, int, int], Figure]]] = {}
    for figure in members:
        for source in figure.sources:
            where = (rank.get(source.article, len(rank)), source.sentence, source.start)
            candidates.setdefault(source.article, []).append((where, figure))
    if len(candidates) < 2:
        return None
    articles = sorted(candidates, key=lambda a: min(c[0] for c in candidates[a]))
    series = _smoothest([_distinct(candidates[a]) for a in articles])
    steps: list[dict[str, Any]] = []
    last: tuple[float, float | None] | None = None
    for article, figure in zip(articles, series):
        value = (figure.value, figure.value_max)
        if value == last:
            continue
        last = value
        step: dict[str, Any] = {"article": article, "date": dates.get(article, ""),
                                "value": _plain(figure.value), "display": figure.display}
        if figure.value_max is not None:
            step["value_max"] = _plain(figure.value_max)
        steps.append(step)
    if len(steps) < 2:
        return None
    first = min(candidates[articles[0]], key=lambda c: c[0])
    return ((first[0][0], first[0][1]),
            Change(kind="figure", subject=series[0].label, steps=steps))


def _distinct(readings: list[tuple[tuple[int, int, int], Figure]]) -> list[Figure]:
    """An article's figures in the group, in reading order, one per value."""
    seen: set[tuple[float, float | None]] = set()
    kept: list[Figure] = []
    for _, figure in sorted(readings, key=lambda r: r[0]):
        if (figure.value, figure.value_max) not in seen:
            seen.add((figure.value, figure.value_max))
            kept.append(figure)
    return kept


def _jump(a: Figure, b: Figure) -> float:
    return abs(math.log((abs(b.value) + 1) / (abs(a.value) + 1)))


def _smoothest(columns: list[list[Figure]]) -> list[Figure]:
    """One figure per article such that the series moves least (in ratio terms).

    When an article gives several values under one label ("58 hostages are held" and
    "251 hostages were taken"), the one that continues the series is the reading;
    ties go to the earlier sentence. Dynamic programming over the articles.
    """
    tie = 1e-6  # prefer earlier candidates when costs are equal
    costs = [i * tie for i in range(len(columns[0]))]
    back: list[list[int]] = []
    for previous, column in zip(columns, columns[1:]):
        row_costs, row_back = [], []
        for j, figure in enumerate(column):
            best = min(range(len(previous)),
                       key=lambda k: costs[k] + _jump(previous[k], figure))
            row_costs.append(costs[best] + _jump(previous[best], figure) + j * tie)
            row_back.append(best)
        costs = row_costs
        back.append(row_back)
    index = min(range(len(costs)), key=costs.__getitem__)
    chosen = [index]
    for row_back in reversed(back):
        index = row_back[index]
        chosen.append(index)
    chosen.reverse()
    return [column[i] for column, i in zip(columns, chosen)]


def _plain(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def stance_changes(parties: Iterable[Party], rank: dict[str, int],
                   dates: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    for party in parties:
        subjects: list[tuple[str, frozenset[str], list[tuple[tuple[int, int, int], str, str, str]]]] = []
        for position in party.positions:
            if position.stance not in POLARITY:
                continue
            tokens = similarity.token_set(position.text)
            # The head word names the subject; a phrase without one stands alone.
            word = similarity.head(position.text) or similarity.normalise(position.text)
            bucket = next((s for s in subjects if s[0] == word and
                           not similarity.opposed(s[1], tokens)), None)
            if bucket is None:
                bucket = (word, tokens, [])
                subjects.append(bucket)
            for source in position.sources:
                where = (rank.get(source.article, len(rank)), source.sentence, source.start)
                bucket[2].append((where, source.article, position.stance, position.text))
        for _, _, readings in subjects:
            change = _stance_change(party.name, readings, dates)
            if change is not None:
                changes.append(change)
    return changes


def _stance_change(party: str, readings: list[tuple[tuple[int, int, int], str, str, str]],
                   dates: dict[str, str]) -> Change | None:
    readings.sort()
    per_article: dict[str, tuple[str, str]] = {}
    order: list[str] = []
    for _, article, stance, text in readings:
        if article not in per_article:  # an article's first word on the subject
            per_article[article] = (stance, text)
            order.append(article)
    steps: list[dict[str, Any]] = []
    for article in order:
        stance, text = per_article[article]
        if steps and POLARITY[steps[-1]["stance"]] == POLARITY[stance]:
            continue
        steps.append({"article": article, "date": dates.get(article, ""),
                      "stance": stance, "text": text})
    if len(steps) < 2:
        return None
    return Change(kind="stance", subject=steps[0]["text"], party=party, steps=steps)
