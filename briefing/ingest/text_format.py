"""Plain text articles: the text as it is, the first line as title when it is a headline."""

from __future__ import annotations

import re

from briefing.ingest.document import Parsed

HEADLINE_MAX = 160  # characters; longer first lines are the lead paragraph
_VISIBLE = re.compile(r"\S")  # \S is exactly "not str.isspace()"


def headline(text: str) -> str:
    """The first line when it looks like a headline: short, no final full stop, not alone."""
    stripped = text.lstrip()
    # find/search instead of partition + strip: no copy of the rest of the text
    # (megabytes for a big file)
    cut = stripped.find("\n")
    if cut < 0:
        return ""
    first = stripped[:cut].strip()
    if not first or len(first) > HEADLINE_MAX or _VISIBLE.search(stripped, cut + 1) is None:
        return ""  # no first line, too long for a headline, or nothing after it
    if first[-1] in ".,;:":
        return ""
    return first


def parse_text(text: str) -> Parsed:
    """The article's text is kept whole (offsets point into it); only the title is added."""
    return Parsed(text=text, title=headline(text))
