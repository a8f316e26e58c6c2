"""Lexicons kept as data: TOML files in ``briefing/data/lexicons``, loaded once.

``load(name)`` returns the parsed TOML of ``NAME.toml``; a user lexicon in the
platformdirs config folder (``lexicon.toml``) may add actors and aliases.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from typing import Any

from briefing.resources import LEXICON_DIR


@cache
def load(name: str) -> dict[str, Any]:
    """The lexicon ``name`` (file ``NAME.toml``), parsed once per process."""
    path = LEXICON_DIR / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


@cache
def lexicon_fingerprint() -> str:
    """A short hash of every lexicon file, part of the engine version."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
