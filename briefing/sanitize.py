"""Make article text safe to show in a terminal or write into a document.

Article text is hostile: it may carry terminal escapes (ESC, CSI, OSC 52 clipboard
writes), C1 controls, NUL, BEL, or bidi overrides that reorder what the reader sees.
Everything shown or exported goes through ``clean``; offsets into the article are
never computed on cleaned text (cleaning only happens at display time).
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/
# isolates, and the zero-width characters that can hide text.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# An escape sequence whole (CSI ... final byte, OSC ... BEL/ST), so its payload goes too.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]")


def clean(text: str) -> str:
    """``text`` without escape sequences or invisible/unsafe control characters."""
    if not text:
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _UNSAFE.sub("", text)


def clean_line(text: str) -> str:
    """``clean`` and fold every run of whitespace (newlines included) to one space."""
    return " ".join(clean(text).split())
