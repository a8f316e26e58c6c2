"""What each pane shows, as plain data: headings and items built from the model.

Pure functions, no widgets: a party pane groups positions by stance under a marker, the
terms pane groups terms by category, the figures pane lays out value / qualifier /
label in aligned columns (widths measured in terminal cells, so CJK and emoji align).
Every string from an article goes through ``sanitize.clean_line`` here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rich.cells import cell_len
from rich.text import Text

from briefing.labels import CATEGORY_LABELS, STANCE_LABELS, STANCE_MARKERS
from briefing.model import TERM_CATEGORIES, Briefing, Figure, Party, Source
from briefing.sanitize import clean_line
from briefing.view import FIGURES_PANE, TERMS_PANE

__all__ = ["CATEGORY_LABELS", "STANCE_LABELS", "STANCE_MARKERS", "PaneData", "Row",
           "build_panes", "figure_rows", "figure_value", "party_rows", "short_title",
           "term_rows"]


@dataclass
class Row:
    """One entry of a pane: a heading (not selectable) or an item.

    ``prefix`` is the fixed-width left part (a stance marker, or the figure's value
    columns); ``body`` wraps under itself. ``source`` is where the item came from;
    ``search`` is the text the search looks in (casefolded).
    """

    body: Text
    prefix: Text = field(default_factory=Text)
    heading: bool = False
    style: str = ""
    source: Source | None = None
    search: str = ""
    hedged: bool = False

    @property
    def key(self) -> tuple[object, ...]:
        """Everything the row's drawing depends on: equal keys draw the same lines (the
        panes cache drawn lines by it, so rows rebuilt by a filter reuse them). Not
        cached: a row whose text is changed in place draws anew."""
        return (self.prefix.plain, tuple(self.prefix.spans), self.body.plain,
                tuple(self.body.spans), self.heading, self.style, self.hedged)

    @cached_property
    def shown(self) -> str:
        """The drawn text, casefolded (a search highlights in it; like ``search``, set
        once: build the row whole before showing it)."""
        return f"{self.prefix.plain}\n{self.body.plain}".casefold()


@dataclass
class PaneData:
    """One pane: its view name (party name, TERMS_PANE or FIGURES_PANE), title and rows."""

    name: str
    title: str
    rows: list[Row]
    empty_message: str = "Nothing found."
    kind: str = "party"
    aliases: list[str] = field(default_factory=list)


def _item_search(*texts: str) -> str:
    return "\n".join(t for t in texts if t).casefold()


def party_rows(party: Party) -> list[Row]:
    """Positions grouped by stance, in the model's stance order, each under a heading."""
    rows: list[Row] = []
    # Stances in the order the article first states them (what the reader met first).
    stances = list(dict.fromkeys(p.stance for p in party.positions))
    for stance in stances:
        marker = STANCE_MARKERS.get(stance, "•")
        label = STANCE_LABELS.get(stance, clean_line(stance))
        rows.append(Row(body=Text(label), prefix=Text(f"{marker} "), heading=True,
                        style=f"stance-{stance}" if stance in STANCE_MARKERS else ""))
        for position in party.positions:
            if position.stance != stance:
                continue
            text = clean_line(position.text)
            body = Text(text)
            if position.hedged:
                body.append(" (reportedly)", style="italic")
            rows.append(Row(body=body, prefix=Text("  "), source=position.source,
                            hedged=position.hedged,
                            search=_item_search(text, position.stance, position.source.quote)))
    return rows


def term_rows(briefing: Briefing) -> list[Row]:
    """Terms grouped by category, in the model's category order."""
    rows: list[Row] = []
    order = {c: i for i, c in enumerate(TERM_CATEGORIES)}
    categories = sorted({t.category for t in briefing.terms},
                        key=lambda c: (order.get(c, len(order)), c))
    for category in categories:
        rows.append(Row(body=Text(CATEGORY_LABELS.get(category, clean_line(category))),
                        heading=True, style="category"))
        for term in briefing.terms:
            if term.category == category:
                text = clean_line(term.text)
                rows.append(Row(body=Text(text), prefix=Text("  "), source=term.source,
                                search=_item_search(text, term.category, term.source.quote)))
    return rows


def figure_value(figure: Figure) -> str:
    """The number as written, without its qualifier ("over 54,000" -> "54,000")."""
    display = clean_line(figure.display)
    qualifier = clean_line(figure.qualifier)
    if qualifier and display.casefold().startswith(qualifier.casefold()):
        display = display[len(qualifier):].strip()
    return display or clean_line(str(figure.value))


def figure_rows(briefing: Briefing) -> list[Row]:
    """One row per figure: "qualifier value" right-aligned in one column (the numbers
    line up on their last digit), then the label, which wraps under itself."""
    cells = [(clean_line(f.qualifier), figure_value(f)) for f in briefing.figures]
    width = max((cell_len(f"{q} {v}" if q else v) for q, v in cells), default=0)
    rows: list[Row] = []
    for figure, (qualifier, value) in zip(briefing.figures, cells, strict=True):
        shown = cell_len(f"{qualifier} {value}" if qualifier else value)
        prefix = Text(" " * (width - shown))
        if qualifier:
            prefix.append(qualifier + " ", style="dim")
        prefix.append(value, style="bold")
        prefix.append("  ")
        label = clean_line(figure.label)
        rows.append(Row(body=Text(label), prefix=prefix, source=figure.source,
                        search=_item_search(figure.display, label, figure.qualifier,
                                            figure.source.quote)))
    return rows


def build_panes(briefing: Briefing) -> list[PaneData]:
    """Every pane in display order: parties, then Proposed terms, then Key figures."""
    panes = [PaneData(name=p.name, title=clean_line(p.name) or "(unnamed)", rows=party_rows(p),
                      empty_message="No positions found for this party.",
                      aliases=[clean_line(a) for a in p.aliases if a != p.name])
             for p in briefing.parties]
    if not panes:
        panes.append(PaneData(name="", title="Parties", rows=[], kind="none",
                              empty_message="No parties found: nobody in this article "
                                            "demands, rejects or accepts anything we "
                                            "could recognise."))
    panes.append(PaneData(name=TERMS_PANE, title="Proposed terms", rows=term_rows(briefing),
                          kind="terms",
                          empty_message="No proposed terms found in this article."))
    panes.append(PaneData(name=FIGURES_PANE, title="Key figures", rows=figure_rows(briefing),
                          kind="figures", empty_message="No key figures found."))
    return panes


def short_title(title: str, limit: int = 14) -> str:
    """A tab label: the title cut to ``limit`` cells with an ellipsis."""
    if cell_len(title) <= limit:
        return title
    out = ""
    for char in title:
        if cell_len(out + char) > limit - 1:
            break
        out += char
    return out + "…"
