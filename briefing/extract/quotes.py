"""Source quotes start at the words, not at a list marker.

A list item's sentence opens with its marker ("- ", "* ", "2. ", "(b) "), and the
extractors quote from the sentence start. The marker is layout, not article text:
an HTML page has "<li>" where our text has "- ", so a quote with the marker would
not be verbatim there, and in the panes it reads as noise. This pass, run once
over a finished briefing, moves each quote's start past such a marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.model import Briefing, Source

# A bullet, or a short number/letter numbering the item, then spaces and a word.
_LEADING_MARKER = re.compile(
    r"[ \t]*(?:[-*\u2022\u00b7\u2013\u25aa\u25e6]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,5})[.)])[ \t]+(?=\S)")


def _sources(briefing: Briefing) -> Iterator[Source]:
    for party in briefing.parties:
        for position in party.positions:
            yield from position.sources
    for term in briefing.terms:
        yield from term.sources
    for figure in briefing.figures:
        yield from figure.sources


def trim_list_markers(briefing: Briefing) -> Briefing:
    """Drop a leading list marker from every source quote (start moves with it)."""
    seen: set[int] = set()
    for source in _sources(briefing):
        if id(source) in seen:  # one Source object can back two items: trim it once
            continue
        seen.add(id(source))
        match = _LEADING_MARKER.match(source.quote)
        if match and match.end() < len(source.quote):
            source.quote = source.quote[match.end():]
            source.start += match.end()
    return briefing
