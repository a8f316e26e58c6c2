"""Make article text inert inside a Markdown document.

Article text is hostile: a position such as ``# Title | x | <script>`` must come
out of the export as that literal text, never as a heading, an extra table cell or
raw HTML. Everything that goes into the document passes through ``inline`` (running
text, headings, list items) or ``cell`` (a table cell).

CommonMark lets a backslash escape any ASCII punctuation character, so the safe way
is to escape every character that can start or end a Markdown construct, plus the
ones that only mean something at the start of a line (``1.``, ``-``, ``>``, ``=``).
Text is also cleaned of terminal escapes and control characters and folded to one
line first (``sanitize.clean_line``): a newline inside an item would end a list item
or a table row and let the rest of the text start a new block.
"""

from __future__ import annotations

import re

from briefing.sanitize import clean_line

# Characters that open or close inline Markdown (emphasis, code, links, images,
# autolinks/HTML, strikethrough, footnotes) or that a table or heading gives meaning
# to. One translate table (fast: exports run to thousands of items); the backslash is
# in it so backslashes already in the text stay literal.
_INLINE_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})
# An entity or character reference (``&amp;``, ``&#60;``) would be decoded: escape its ``&``.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What starts a block when it opens a line: list markers, block quotes, setext
# underlines, thematic breaks, ordered-list numbers ("1." / "1)").
_LINE_START = re.compile(r"^(?:([-+=>])|(\d{1,9})([.)]))")


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def inline(text: str) -> str:
    """``text`` as one line of literal Markdown text (safe in a paragraph, list item or heading)."""
    text = clean_line(text).translate(_INLINE_SPECIAL)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    # Only the first character can start a block: the text always follows a list
    # marker, a heading marker or a table pipe, and never spans lines.
    if text and text[0] in "-+=>0123456789":
        text = _LINE_START.sub(_escape_line_start, text, count=1)
    return text


def cell(text: str) -> str:
    """``text`` for a table cell: ``inline`` already escapes ``|``; an empty cell stays empty."""
    return inline(text)


__all__ = ["inline", "cell"]
