"""Folder metadata: ``articles.toml`` fills in what an article's own file lacks.

A plain text file has no front matter, and its file time says when it was copied,
not when it was published. A folder may carry an ``articles.toml`` mapping file
names to ``title``, ``source``, ``date`` and ``url``; the loader uses a value only
when the article itself has none (the bundled sample story uses it for the seed).

    ["gaza-ceasefire.txt"]
    date = "2025-05-30"

A broken manifest is ignored (the articles still load, with their file dates).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from briefing.model import Article

MANIFEST_NAME = "articles.toml"
FIELDS = ("title", "source", "date", "url")


@lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int) -> dict[str, dict[str, str]]:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
    entries: dict[str, dict[str, str]] = {}
    for name, fields in data.items():
        if not isinstance(fields, dict):
            continue
        entry: dict[str, str] = {}
        for key in FIELDS:
            value = fields.get(key)
            if hasattr(value, "isoformat"):  # a TOML date rather than a string
                value = value.isoformat()
            if isinstance(value, str) and value.strip():
                entry[key] = value.strip()
        entries[name] = entry
    return entries


def folder_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """File name -> metadata fields from ``folder/articles.toml`` ({} when absent)."""
    path = folder / MANIFEST_NAME
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _read(str(path), mtime)


def fill_article(article: Article, fields: dict[str, str]) -> None:
    """Set each field the article lacks from ``fields``."""
    for name in FIELDS:
        value = fields.get(name, "").strip()
        if value and not getattr(article, name):
            setattr(article, name, value)


def _toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    import json

    return json.dumps(value, ensure_ascii=False)


def record(folder: Path, name: str, fields: dict[str, str]) -> bool:
    """Append ``fields`` for file ``name`` to ``folder/articles.toml``.

    Appends (never rewrites the user's file), and only when ``name`` has no entry yet:
    a second table of the same name would make the whole file invalid TOML.
    """
    fields = {k: v for k, v in fields.items() if k in FIELDS and v}
    if not fields or name in folder_metadata(folder):
        return False
    path = folder / MANIFEST_NAME
    lines = [f"\n[{_toml_string(name)}]"] + [f"{k} = {_toml_string(v)}" for k, v in fields.items()]
    try:
        with open(path, "a", encoding="utf-8") as handle:
            if handle.tell() == 0:
                handle.write("# Metadata for articles that carry none (see briefing.library.manifest).\n")
            handle.write("\n".join(lines) + "\n")
    except OSError:
        return False
    return True
