"""The top line: the article title(s), date, source and counts, as plain text.

With one article chosen out of several, which one (``article 2 of 4``) comes right
after ``briefing`` and the title is the part shortened to fit, so a narrow terminal
still says which article the panes show.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Static

from briefing.model import Briefing
from briefing.sanitize import clean_line

MIN_TITLE_WIDTH = 8  # a title is never shortened below this (the line is cut instead)


def masthead_text(briefing: Briefing | None, status: str = "", position: str = "",
                  width: int = 0) -> Text:
    """`` briefing · title · date · source · N articles · N parties`` (never markup);
    with ``position`` (``article 2 of 4``): `` briefing · article 2 of 4 · title · ...``
    and, given a ``width``, the title shortened so the whole line fits (without a
    position the line is simply cut at the right: the title matters most then)."""
    text = Text(" briefing", style="bold")
    if briefing is None:
        if status:
            text.append(" · ")
            text.append(clean_line(status))
        return text
    title = ""
    parts: list[str] = []
    if len(briefing.articles) == 1:
        article = briefing.articles[0]
        title = clean_line(article.title or article.id)
        parts.extend(clean_line(x) for x in (article.date, article.source) if x.strip())
    elif briefing.articles:
        # Only the two shown are cleaned (a library has a thousand titles).
        titles = [clean_line(a.title or a.id) for a in briefing.articles[:2]]
        title = " / ".join(titles) + (" / …" if len(briefing.articles) > 2 else "")
    if not position:  # "article 2 of 4" already says it is one article
        count = len(briefing.articles)
        parts.append(f"{count} article" + ("" if count == 1 else "s"))
    count = len(briefing.parties)
    parts.append(f"{count} part" + ("y" if count == 1 else "ies"))
    if status:
        parts.append(clean_line(status))
    head = [clean_line(position)] if position else []
    title_text = Text(title)
    if position and width > 0 and title:
        others = text.cell_len + sum(3 + Text(p).cell_len for p in [*head, *parts]) + 3
        room = max(MIN_TITLE_WIDTH, width - others)
        if title_text.cell_len > room:
            title_text.truncate(room - 1)  # cells, so wide characters count twice
            title_text.rstrip()
            title_text.append("…")
    for part in [*(Text(p) for p in head), *([title_text] if title else []),
                 *(Text(p) for p in parts)]:
        text.append(" · ", style="dim")
        text.append_text(part)
    return text


class Masthead(Static):
    """One line, cut with an ellipsis when the terminal is narrow."""

    def __init__(self) -> None:
        super().__init__("", id="masthead", markup=False)
        self._shown: tuple[Briefing | None, str, str] = (None, "", "")

    def show(self, briefing: Briefing | None, status: str = "", position: str = "") -> None:
        """Show ``briefing``'s line; ``position`` (``article 2 of 4``) survives a cut."""
        self._shown = (briefing, status, position)
        self._draw()

    def _draw(self) -> None:
        briefing, status, position = self._shown
        text = masthead_text(briefing, status, position, self.content_size.width)
        text.no_wrap = True
        text.overflow = "ellipsis"
        self.update(text, layout=False)  # fixed height: no relayout needed

    def on_resize(self, event: events.Resize) -> None:
        self._draw()  # the title is shortened for the width
