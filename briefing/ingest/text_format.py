"""Plain text articles: the text as it is, the first line as title when it is a headline."""

from __future__ import annotations

from briefing.ingest.document import Parsed

HEADLINE_MAX = 160  # characters; longer first lines are the lead paragraph


def headline(text: str) -> str:
    """The first line when it looks like a headline: short, no final full stop, not alone."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first) > HEADLINE_MAX:
        return ""
    if first[-1] in ".,;:":
        return ""
    return first


def parse_text(text: str) -> Parsed:
    """The article's text is kept whole (offsets point into it); only the title is added."""
    return Parsed(text=text, title=headline(text))
