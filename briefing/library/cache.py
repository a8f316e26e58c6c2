"""The parse cache: one compressed Briefing JSON per (file content, engine) pair.

An entry is keyed by the SHA-256 of the file's bytes, its format (the same bytes
read as HTML or as text give different briefings) and a fingerprint of everything
that shapes the result: ``briefing.extract.ENGINE_VERSION`` (rules and lexicons),
the user lexicon,
the model schema, and the source of the ingest and extract packages (so a
development change never serves a stale briefing). Entries live in
``locations.cache_directory()/parse/<fingerprint>/``: one folder per engine, so the
entries of an engine that is gone can be dropped whole (``prune``, after a day
unused, so two installed versions used side by side don't wipe each other's).

Reads never raise: a missing, truncated, corrupt or foreign entry is a miss, and the
caller rebuilds it. Writes are atomic (a temp file in the same folder, then
``os.replace``), so a crash or a concurrent writer never leaves half an entry, and
a failed write (read-only disk, full disk) only costs the cache, never the load.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from briefing import locations
from briefing.model import Article, Briefing, Change, Figure, Party, Position, Source, Term

CACHE_FORMAT = 1
"""Bumped when the entry layout itself changes."""
_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _code_fingerprint() -> str:
    """A hash of the ingest and extract sources and the model (a few small files)."""
    digest = hashlib.sha256()
    files = [_PACKAGE / "model.py"]
    for package in ("ingest", "extract"):
        files += sorted((_PACKAGE / package).rglob("*.py"))
    for path in files:
        try:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
        except OSError:
            # An installed, byte-compiled-only package: the engine version still counts.
            continue
    return digest.hexdigest()[:16]


def engine_fingerprint() -> str:
    """Everything besides the file's bytes that decides its briefing.

    ``ENGINE_VERSION`` is read at call time, so a new lexicon or rule (or a test that
    patches it) invalidates every entry at once.
    """
    from briefing import extract

    return (f"{extract.ENGINE_VERSION}|schema{Briefing.SCHEMA}|cache{CACHE_FORMAT}"
            f"|{_code_fingerprint()}|user{_user_lexicon_fingerprint()}")


def _user_lexicon_fingerprint() -> str:
    """The user lexicon's hash: adding an alias there must re-parse every article."""
    try:
        from briefing.extract import lexicons

        return str(lexicons.user_fingerprint())
    except Exception:  # an engine without a user lexicon, or a broken one
        return ""


def cache_key(data: bytes, fmt: str, fingerprint: str | None = None) -> str:
    """The entry name for a file's ``data`` read as format ``fmt``."""
    digest = hashlib.sha256()
    digest.update((fingerprint or engine_fingerprint()).encode())
    digest.update(b"\0" + fmt.lower().encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def _sources(item: dict[str, Any]) -> list[Source]:
    return [Source(s["article"], s["sentence"], s["start"], s["end"], s["quote"])
            for s in item["sources"]]


def decode(data: dict[str, Any]) -> Briefing:
    """``Briefing.from_dict`` for JSON this module wrote itself, about twice as fast.

    Warm opens decode a thousand entries, mostly sources; the general ``from_dict``
    checks every field for absence, this one trusts the shape (a missing key raises,
    and ``get`` counts that as a corrupt entry). ``test_cache_decode_matches_model``
    fails when the model gains a field this does not know.
    """
    parties = []
    for p in data["parties"]:
        positions = []
        for q in p["positions"]:
            sources = _sources(q)
            positions.append(Position(q["stance"], q["text"], sources[0], q["rule"],
                                      q["hedged"], sources))
        parties.append(Party(p["name"], p["aliases"], p["kind"], positions))
    terms = []
    for t in data["terms"]:
        sources = _sources(t)
        terms.append(Term(t["text"], t["category"], sources[0], t["rule"], sources))
    figures = []
    for f in data["figures"]:
        sources = _sources(f)
        figures.append(Figure(f["value"], f["display"], f["label"], sources[0], f["unit"],
                              f["qualifier"], f["value_max"], f["rule"], sources))
    articles = [Article(a["id"], a["title"], a["source"], a["date"], a["path"], a["url"],
                        a["format"], a["text"], list(map(tuple, a["sentences"])),
                        a["warnings"]) for a in data["articles"]]
    changes = [Change(c["kind"], c["subject"], c["party"], c["steps"]) for c in data["changes"]]
    return Briefing(articles=articles, parties=parties, terms=terms, figures=figures,
                    changes=changes, engine=data["engine"])


class ParseCache:
    """Briefings by cache key, as ``<key>.json.z`` files (zlib-compressed JSON)."""

    STALE_SECONDS = 24 * 3600
    """A folder of another engine unused this long is removed by ``prune``."""

    def __init__(self, directory: Path | None = None, fingerprint: str | None = None) -> None:
        if directory is None:
            tag = hashlib.sha256((fingerprint or engine_fingerprint()).encode()).hexdigest()[:16]
            directory = locations.cache_directory() / "parse" / tag
        self.directory = directory
        self._ready = False

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json.z"

    def get(self, key: str) -> Briefing | None:
        """The cached briefing, or None when absent or unreadable in any way."""
        try:
            raw = self.path(key).read_bytes()
            data = json.loads(zlib.decompress(raw))
            if data.get("key") != key:
                return None
            return decode(data["briefing"])
        except Exception:
            # Corrupt, truncated, written by another version, unreadable: rebuild it.
            return None

    def put(self, key: str, briefing: Briefing) -> bool:
        """Store ``briefing`` under ``key``; False (and no entry) when writing fails."""
        payload = json.dumps({"key": key, "briefing": briefing.to_dict()},
                             ensure_ascii=False, separators=(",", ":")).encode()
        # Level 1: most of the size gain for a fraction of the time of the default.
        blob = zlib.compress(payload, 1)
        try:
            if not self._ready:
                self.directory.mkdir(parents=True, exist_ok=True)
                self._ready = True
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(blob)
                os.replace(tmp, self.path(key))
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
            return True
        except OSError:
            return False

    def prune(self) -> int:
        """Remove the folders of other engines unused for a day; the number removed."""
        removed = 0
        try:
            os.utime(self.directory)  # mark this engine's folder as in use
        except OSError:
            pass
        try:
            siblings = list(self.directory.parent.iterdir())
        except OSError:
            return 0
        now = time.time()
        for folder in siblings:
            try:
                if (folder != self.directory and folder.is_dir()
                        and now - folder.stat().st_mtime > self.STALE_SECONDS):
                    shutil.rmtree(folder, ignore_errors=True)
                    removed += 1
            except OSError:
                continue
        return removed

    def clear(self) -> int:
        """Remove every entry; the number removed."""
        removed = 0
        if self.directory.is_dir():
            for entry in self.directory.iterdir():
                if entry.name.endswith(".json.z") or entry.name.startswith(".tmp-"):
                    try:
                        entry.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed
