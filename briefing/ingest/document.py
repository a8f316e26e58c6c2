"""The Document: one article as read from disk, before any extraction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.model import Article


@dataclass
class Parsed:
    """What a format reader gets out of an article: its text and metadata."""

    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class Document(Article):
    """An article as ingest reads it: the model's :class:`Article` (clean text, metadata,
    sentences as ``[start, end)`` spans into ``text``, which sources quote), plus the
    walk that extraction needs.

    ``id`` is a short stable name (the file name without its suffix, "stdin" for
    standard input, made unique across one run: "a", "a-2"); sources in the model
    refer to articles by it.
    """

    def iter_sentences(self) -> Iterator[tuple[int, int, int, str]]:
        """Yield ``(index, start, end, text)`` for every sentence."""
        text = self.text
        for index, (start, end) in enumerate(self.sentences):
            yield index, start, end, text[start:end]

    def to_article(self) -> Article:
        """A plain Article with lists of its own, for the briefing (which is pickled to
        workers and cached: it should hold the model's type, not ingest's)."""
        return Article(id=self.id, title=self.title, source=self.source, date=self.date,
                       path=self.path, url=self.url, format=self.format, text=self.text,
                       sentences=list(self.sentences), warnings=list(self.warnings))
