"""The top line: the article title(s), date, source and counts, as plain text."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from briefing.model import Briefing
from briefing.sanitize import clean_line


def masthead_text(briefing: Briefing | None, status: str = "") -> Text:
    """`` briefing · title · date · source · N articles · N parties`` (never markup)."""
    text = Text(" briefing", style="bold")
    if briefing is None:
        if status:
            text.append(" · ")
            text.append(clean_line(status))
        return text
    parts: list[str] = []
    if len(briefing.articles) == 1:
        article = briefing.articles[0]
        parts.append(clean_line(article.title or article.id))
        parts.extend(clean_line(x) for x in (article.date, article.source) if x.strip())
    elif briefing.articles:
        titles = [clean_line(a.title or a.id) for a in briefing.articles]
        parts.append(" / ".join(titles[:2]) + (" / …" if len(titles) > 2 else ""))
    count = len(briefing.articles)
    parts.append(f"{count} article" + ("" if count == 1 else "s"))
    count = len(briefing.parties)
    parts.append(f"{count} part" + ("y" if count == 1 else "ies"))
    if status:
        parts.append(clean_line(status))
    for part in parts:
        text.append(" · ", style="dim")
        text.append(part)
    return text


class Masthead(Static):
    """One line, cut with an ellipsis when the terminal is narrow."""

    def __init__(self) -> None:
        super().__init__("", id="masthead", markup=False)

    def show(self, briefing: Briefing | None, status: str = "") -> None:
        text = masthead_text(briefing, status)
        text.no_wrap = True
        text.overflow = "ellipsis"
        self.update(text, layout=False)  # fixed height: no relayout needed
