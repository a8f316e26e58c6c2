"""Turn a briefing's title into a file name that is safe on every filesystem.

The title comes from article text, so it may hold ``../../etc/passwd``, slashes,
backslashes, NUL, 300 characters or a name Windows reserves (``CON``, ``nul.txt``).
``safe_filename`` keeps letters and digits (any script), turns everything else into
single hyphens, and bounds the length in UTF-8 bytes, so the result is always one
plain path component: joined to the export folder it cannot leave it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

# The stem is bounded in bytes (filesystems count bytes, ext4/APFS allow 255) with
# room left for "-2026-11-25", a "-NN" free-name suffix, the extension and a temp prefix.
MAX_STEM_BYTES = 80
FALLBACK_STEM = "briefing"
# Windows refuses these as a file name, with or without an extension, in any case.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{dev}{n}" for dev in ("com", "lpt") for n in [*"123456789", "¹", "²", "³"]}
)
# Anything that is not a letter, a digit or a hyphen becomes a separator.
_SEPARATORS = re.compile(r"[^\w]+|_+")


def _truncate_utf8(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, never inside a character."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_stem(text: str) -> str:
    """A lower-case, hyphen-separated file name stem from ``text`` ("" if nothing is left)."""
    # NFKC folds compatibility forms (full-width letters, ligatures) to plain ones.
    text = unicodedata.normalize("NFKC", text).casefold()
    stem = _SEPARATORS.sub("-", text).strip("-")
    cut = _truncate_utf8(stem, MAX_STEM_BYTES)
    if cut != stem and "-" in cut[len(cut) // 2:]:
        # A long title loses whole words rather than ending in half a word.
        cut = cut[:cut.rindex("-")]
    return cut.strip("-")


def safe_filename(title: str, suffix: str = "", extension: str = ".md") -> str:
    """``<title>[-<suffix>]<extension>``, made safe; the title falls back to "briefing".

    The result has no path separator, no leading dot, no trailing dot or space, no
    control character, is never a reserved Windows device name and is at most
    ``MAX_STEM_BYTES`` bytes plus the suffix and extension.
    """
    stem = safe_stem(title) or FALLBACK_STEM
    if stem.split(".")[0] in _RESERVED:
        stem = f"{stem}-{FALLBACK_STEM}"
    tail = safe_stem(suffix)
    if tail:
        stem = f"{stem}-{tail}"
    return stem + extension


def export_filename(title: str, when: datetime, extra: str = "") -> str:
    """The default export name: the title, ``extra`` words and the export date, e.g.
    ``talks-stall-2026-11-25.md`` or ``talks-stall-and-2-more-2026-11-25.md``."""
    return safe_filename(title, f"{extra} {when:%Y-%m-%d}")


__all__ = ["MAX_STEM_BYTES", "FALLBACK_STEM", "safe_stem", "safe_filename", "export_filename"]
