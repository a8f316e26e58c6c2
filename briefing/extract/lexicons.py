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


# ---------------------------------------------------------------- user lexicon
#
# A TOML file at ``locations.user_lexicon_file()`` may add actors:
#
#     [[actor]]
#     name = "Northwind Dockers Union"       # the name shown for the party
#     aliases = ["NDU", "the dockers"]      # other names that fold into it
#     kind = "organisation"                 # state | organisation | group | person | other
#
# It is merged with the shipped gazetteer (``actors.toml``): a user form wins over a
# shipped one. A missing file is no lexicon; a malformed one is ignored (with a warning
# in ``user_lexicon_problem()``) rather than stopping a parse.

_USER_CACHE: dict[str, Any] = {"key": None, "actors": [], "problem": ""}
_KINDS = ("state", "organisation", "group", "person", "other")


_PATH_CACHE: dict[str, Any] = {}


def _user_path():
    """The user lexicon path; platformdirs is slow, so it is computed once per
    BRIEFING_HOME value."""
    import os
    key = os.environ.get("BRIEFING_HOME", "")
    if key not in _PATH_CACHE:
        from briefing.locations import user_lexicon_file
        _PATH_CACHE[key] = user_lexicon_file()
    return _PATH_CACHE[key]


def user_actors() -> list[dict[str, Any]]:
    """The user lexicon's actors as ``{"name", "aliases", "kind"}`` dicts (re-read when
    the file changes)."""
    path = _user_path()
    try:
        stat = path.stat()
    except OSError:
        _USER_CACHE.update(key=None, actors=[], problem="")
        return []
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if _USER_CACHE["key"] == key:
        return _USER_CACHE["actors"]
    actors: list[dict[str, Any]] = []
    problem = ""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        entries = data.get("actor", [])
        if not isinstance(entries, list):
            raise ValueError("[[actor]] must be an array of tables")
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            name = entry["name"].strip()
            aliases = [a.strip() for a in entry.get("aliases", []) if isinstance(a, str) and a.strip()]
            kind = entry.get("kind", "organisation")
            if kind not in _KINDS:
                kind = "other"
            if name:
                actors.append({"name": name, "aliases": aliases, "kind": kind})
    except (OSError, tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        problem = f"{path}: {exc}"
        actors = []
    _USER_CACHE.update(key=key, actors=actors, problem=problem)
    return actors


def user_lexicon_problem() -> str:
    """Why the user lexicon was ignored, or "" when it loaded (or is absent)."""
    user_actors()
    return _USER_CACHE["problem"]


def user_fingerprint() -> str:
    """A short hash of the user lexicon's actors (part of a cache key, if wanted)."""
    digest = hashlib.sha256(repr(user_actors()).encode())
    return digest.hexdigest()[:10]
