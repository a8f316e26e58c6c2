"""Render the current view of a briefing as a Markdown document.

    render_markdown(briefing, spec, exported_at) -> str

``briefing`` is the FULL briefing and ``spec`` the view on it (filter, maximised
pane, chosen article): what gets written is ``view.apply_view(briefing, spec)``, in
the order the app shows it, while the header still names every article and says
which filter or pane narrowed it. The document:

    # <title>
    - Exported: <time> / - Filter: "<text>" / - Showing only: <pane> / ...
    ## Articles            numbered: title, source, date, file name
    ## <party>             one section per party ...
    ### Demands            ... its positions grouped by stance (first-seen order)
    ## Proposed terms      ### <category> (the model's category order)
    ## Key figures         a table: Value | Qualifier | Label | Source
    ## What changed        the model's ``changes`` across articles, when present
    [^n]: Article k, sentence s: "verbatim quote"

Every item carries footnote references (``[^3]``) to its sources; one footnote per
distinct source span, numbered in order of first use. All article text goes through
``escape.inline``/``escape.cell`` so it stays literal text. Pure: no I/O, no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from briefing.export.escape import cell, inline
from briefing.labels import CATEGORY_LABELS, STANCE_LABELS, heading
from briefing.model import TERM_CATEGORIES, Briefing, Change, Figure, Party, Source
from briefing.sanitize import clean_line
from briefing.view import FIGURES_PANE, TERMS_PANE, ViewSpec, apply_view

# The reader's labels, as headings ("demands" -> "Demands"): one table, in briefing.labels.
STANCE_HEADINGS: dict[str, str] = {k: heading(v) for k, v in STANCE_LABELS.items()}
CATEGORY_HEADINGS: dict[str, str] = {k: heading(v) for k, v in CATEGORY_LABELS.items()}
TERMS_HEADING = "Proposed terms"
FIGURES_HEADING = "Key figures"
CHANGES_HEADING = "What changed"
ARTICLES_HEADING = "Articles"
FIGURE_COLUMNS = ("Value", "Qualifier", "Label", "Source")


def _label(key: str, table: dict[str, str]) -> str:
    """The heading for a stance or category; an unknown key shows as itself, tidied."""
    return table.get(key) or (key.replace("_", " ").strip().capitalize() or "Other")


def _grouped(items: Iterable[Any], key: str) -> dict[str, list[Any]]:
    """Items grouped by an attribute, groups and items in first-seen order (as shown)."""
    groups: dict[str, list[Any]] = {}
    for item in items:
        groups.setdefault(getattr(item, key), []).append(item)
    return groups


def _file_name(path: str) -> str:
    """Only the file's name: an export is shared, the reader's folders are not its business."""
    if not path or path == "-":
        return path
    return PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name


def format_time(when: datetime) -> str:
    """``2026-11-25 21:48 UTC``; the zone is omitted for a naive time."""
    text = when.strftime("%Y-%m-%d %H:%M")
    zone = when.strftime("%Z") if when.tzinfo else ""
    return f"{text} {zone}".strip()


class _References:
    """Footnote numbers for sources, one per distinct span, in order of first use."""

    def __init__(self, briefing: Briefing) -> None:
        self._briefing = briefing
        self._numbers: dict[tuple[str, int, int, int, str], int] = {}
        self._sources: list[Source] = []
        self._article_numbers: dict[str, int] = {}
        for number, article in enumerate(briefing.articles, 1):
            self._article_numbers.setdefault(article.id, number)

    def refs(self, sources: Iterable[Source]) -> str:
        """``[^1][^2]`` for these sources (registering new ones)."""
        marks: list[str] = []
        for source in sources:
            key = (source.article, source.sentence, source.start, source.end, source.quote)
            if key not in self._numbers:
                self._sources.append(source)
                self._numbers[key] = len(self._sources)
            mark = f"[^{self._numbers[key]}]"
            if mark not in marks:
                marks.append(mark)
        return "".join(marks)

    def article_name(self, article_id: str) -> str:
        """``Article 2`` (its number in the Articles list) or the raw id when unknown."""
        number = self._article_numbers.get(article_id)
        return f"Article {number}" if number else f"Article {inline(article_id) or '?'}"

    def article_names(self, sources: Iterable[Source]) -> str:
        """``Article 1`` or ``Articles 1, 3`` for the distinct articles of ``sources``."""
        names: list[str] = []
        for source in sources:
            name = self.article_name(source.article)
            if name not in names:
                names.append(name)
        if len(names) < 2:
            return names[0] if names else ""
        numbers = [n.removeprefix("Article ") for n in names]
        return f"Articles {', '.join(numbers)}"

    def definitions(self) -> list[str]:
        lines: list[str] = []
        for number, source in enumerate(self._sources, 1):
            quote = source.quote
            if not quote.strip():
                article = self._briefing.article(source.article)
                quote = article.sentence_text(source.sentence) if article else ""
            where = f"{self.article_name(source.article)}, sentence {source.sentence + 1}"
            text = f"{where}: “{inline(quote)}”" if quote.strip() else where
            lines += [f"[^{number}]: {text}", ""]
        return lines


def _header(briefing: Briefing, spec: ViewSpec, exported_at: datetime) -> list[str]:
    lines = [f"# {inline(briefing.title) or 'Briefing'}", "", f"- Exported: {format_time(exported_at)}"]
    if spec.query.strip():
        lines.append(f"- Filter: “{inline(spec.query)}”")
    if spec.pane is not None:
        pane = {TERMS_PANE: TERMS_HEADING, FIGURES_PANE: FIGURES_HEADING}.get(spec.pane, spec.pane)
        lines.append(f"- Showing only: {inline(pane)}")
    if spec.article is not None:
        article = briefing.article(spec.article)
        lines.append(f"- Article: {inline(article.title or article.id) if article else inline(spec.article)}")
    if spec.hidden:
        lines.append(f"- Hidden: {', '.join(inline(h) for h in sorted(spec.hidden))}")
    lines.append("")
    return lines


def _articles(briefing: Briefing) -> list[str]:
    if not briefing.articles:
        return []
    lines = [f"## {ARTICLES_HEADING}", ""]
    for number, article in enumerate(briefing.articles, 1):
        details = [inline(x) for x in (article.source, article.date) if x.strip()]
        name = _file_name(article.path)
        if name.strip():
            details.append(f"file {inline(name)}")
        if article.url.strip():
            details.append(inline(article.url))
        title = inline(article.title) or inline(article.id) or "Untitled"
        lines.append(f"{number}. **{title}**" + (f" — {', '.join(details)}" if details else ""))
    lines.append("")
    return lines


def _party(party: Party, refs: _References) -> list[str]:
    lines = [f"## {inline(party.name) or 'Unnamed party'}", ""]
    aliases = [inline(a) for a in party.aliases if a.strip() and a != party.name]
    about = [f"Kind: {inline(party.kind)}"] if party.kind.strip() and party.kind != "other" else []
    if aliases:
        about.append(f"Also called: {', '.join(aliases)}")
    if about:
        lines += [" · ".join(about), ""]
    if not party.positions:
        lines += ["No positions shown.", ""]
    for stance, positions in _grouped(party.positions, "stance").items():
        lines += [f"### {inline(_label(stance, STANCE_HEADINGS))}", ""]
        for position in positions:
            hedge = " (reportedly)" if position.hedged else ""
            lines.append(f"- {inline(position.text)}{hedge}{refs.refs(position.sources)}")
        lines.append("")
    return lines


def _terms(briefing: Briefing, refs: _References) -> list[str]:
    if not briefing.terms:
        return []
    lines = [f"## {TERMS_HEADING}", ""]
    # Categories in the model's order (as the terms pane shows them), unknown ones last.
    order = {c: i for i, c in enumerate(TERM_CATEGORIES)}
    groups = _grouped(briefing.terms, "category")
    for category in sorted(groups, key=lambda c: (order.get(c, len(order)), c)):
        terms = groups[category]
        lines += [f"### {inline(_label(category, CATEGORY_HEADINGS))}", ""]
        lines += [f"- {inline(t.text)}{refs.refs(t.sources)}" for t in terms]
        lines.append("")
    return lines


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def figure_value(figure: Figure) -> str:
    """The value as written in the article (without the qualifier, which has its own
    column: "over 1,100" -> "1,100"), or formatted from the numbers (with a range)."""
    display = clean_line(figure.display)
    qualifier = clean_line(figure.qualifier)
    if qualifier and display.casefold().startswith(qualifier.casefold() + " "):
        display = display[len(qualifier):].strip()
    if display:
        return display
    text = _number(figure.value)
    if figure.value_max is not None:
        text += f"–{_number(figure.value_max)}"
    return f"{text} {figure.unit}".strip()


def _figures(briefing: Briefing, refs: _References) -> list[str]:
    if not briefing.figures:
        return []
    lines = [f"## {FIGURES_HEADING}", "",
             "| " + " | ".join(FIGURE_COLUMNS) + " |", "| --: | --- | --- | --- |"]
    for figure in briefing.figures:
        source = f"{refs.article_names(figure.sources)}{refs.refs(figure.sources)}"
        row = (cell(figure_value(figure)), cell(figure.qualifier), cell(figure.label), source)
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    return lines


def _step(step: dict[str, Any], refs: _References) -> str:
    """One reading of a change: ``2025-06-01, Article 2: over 54,000``."""
    article = str(step.get("article", ""))
    date = str(step.get("date", "") or "")
    where = ", ".join(x for x in (inline(date), refs.article_name(article) if article else "") if x)
    if "stance" in step:
        stance = _label(str(step.get("stance", "")), STANCE_HEADINGS).lower()
        what = f"{inline(stance)} {inline(str(step.get('text', '')))}".strip()
    else:
        what = inline(str(step.get("display", "") or step.get("value", "")))
    return f"- {where}: {what}" if where else f"- {what}"


def _changes(changes: list[Change], refs: _References) -> list[str]:
    if not changes:
        return []
    lines = [f"## {CHANGES_HEADING}", ""]
    for change in changes:
        subject = inline(change.subject) or "Untitled"
        party = f"{inline(change.party)} on " if change.party.strip() else ""
        kind = {"figure": "figure", "stance": "stance"}.get(change.kind, inline(change.kind))
        lines += [f"### {party}{subject} ({kind})" if kind else f"### {party}{subject}", ""]
        lines += [_step(step, refs) for step in change.steps]
        lines.append("")
    return lines


def render_markdown(briefing: Briefing, spec: ViewSpec | None = None,
                    exported_at: datetime | None = None) -> str:
    """The Markdown document for what ``spec`` shows of ``briefing``, exported at ``exported_at``
    (default: now, local time)."""
    spec = spec or ViewSpec()
    exported_at = exported_at or datetime.now().astimezone()
    shown = apply_view(briefing, spec)
    refs = _References(briefing)
    lines = _header(briefing, spec, exported_at) + _articles(briefing)
    if shown.is_empty() and not shown.changes:
        narrowed = spec.query.strip() or spec.pane is not None or spec.article is not None
        lines += ["Nothing shown: no parties, terms or figures match this view." if narrowed
                  else "Nothing found: no parties, terms or figures.", ""]
    for party in shown.parties:
        lines += _party(party, refs)
    lines += _terms(shown, refs) + _figures(shown, refs) + _changes(shown.changes, refs)
    lines += refs.definitions()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def render_view_markdown(briefing: Briefing, spec: ViewSpec) -> str:
    """The same Markdown as the export, for the app's copy-to-clipboard (``y``)."""
    return render_markdown(briefing, spec)


__all__ = ["render_markdown", "render_view_markdown", "figure_value", "format_time",
           "STANCE_HEADINGS", "CATEGORY_HEADINGS", "FIGURE_COLUMNS"]
