"""The line above the footer: the focused item's source sentence, quoted."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

from briefing.model import Briefing, Source
from briefing.sanitize import clean_line


def preview_text(briefing: Briefing | None, source: Source | None) -> Text:
    """``❝ sentence ❞  article N, sentence M`` built as Text (article text is hostile)."""
    if briefing is None or source is None:
        return Text(" No item selected.", style="dim")
    article_index = next((i for i, a in enumerate(briefing.articles)
                          if a.id == source.article), None)
    article = briefing.articles[article_index] if article_index is not None else None
    sentence = article.sentence_text(source.sentence) if article else ""
    sentence = clean_line(sentence or source.quote)
    text = Text(" ❝ ", style="dim")
    text.append(sentence or "(no source sentence)", style="italic")
    text.append(" ❞", style="dim")
    where = (f"  article {article_index + 1}, sentence {source.sentence + 1}"
             if article_index is not None else "  source not found")
    text.append(where, style="dim")
    return text


class SourcePreview(Static):
    """Shows where the current item came from without opening anything."""

    def __init__(self) -> None:
        super().__init__("", id="preview", markup=False)
        self._shown: tuple[int, Source | None] | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # The preview takes one line or two (the search row opens above it, or closes).
        # Textual would set its virtual size as a layout reactive, so its new height
        # cost a second layout and a second frame ~30 ms after the first; nothing
        # around it depends on that size, and the repaint at the new size happens in
        # the layout that gave it.
        return super()._size_updated(size, virtual_size, container_size, layout=False)

    def show(self, briefing: Briefing | None, source: Source | None) -> None:
        key = (id(briefing), source)
        if key == self._shown:  # same sentence: skip the repaint
            return
        self._shown = key
        text = preview_text(briefing, source)
        text.overflow = "ellipsis"
        self.update(text, layout=False)  # fixed height: no relayout needed
