"""The parse cache: one compressed Briefing (JSON rows) per (file content, engine) pair.

An entry is keyed by the SHA-256 of the file's bytes, its format (the same bytes
read as HTML or as text give different briefings) and a fingerprint of everything
that shapes the result: the source of the ingest and extract packages and the
shipped lexicons (which decide ``briefing.extract.ENGINE_VERSION``, and a
development change never serves a stale briefing), the user lexicon and the model
schema. Entries live in
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

CACHE_FORMAT = 2
"""Bumped when the entry layout itself changes (2: rows, see ``encode``)."""
_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _code_fingerprint() -> str:
    """A hash of the ingest and extract sources, the model and the shipped lexicons
    (a few small files). ``ENGINE_VERSION`` is the rules' version (in
    ``extract/engine.py``) and the lexicons' hash, so this covers it without
    importing the engine (a third of a second a warm open does not need)."""
    from briefing.resources import LEXICON_DIR

    digest = hashlib.sha256()
    files = [_PACKAGE / "model.py"]
    for package in ("ingest", "extract"):
        files += sorted((_PACKAGE / package).rglob("*.py"))
    files += sorted(LEXICON_DIR.glob("*.toml"))
    for path in files:
        try:
            digest.update(path.name.encode() if path.suffix == ".toml"
                          else path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
        except OSError:
            # An installed, byte-compiled-only package: the engine version still counts.
            continue
    return digest.hexdigest()[:16]


def engine_fingerprint() -> str:
    """Everything besides the file's bytes that decides its briefing: the engine's
    sources and lexicons (``_code_fingerprint``), the user lexicon, the schema.

    The user lexicon is read at call time, so adding an alias there invalidates every
    entry at once.
    """
    return (f"schema{Briefing.SCHEMA}|cache{CACHE_FORMAT}"
            f"|{_code_fingerprint()}|user{_user_lexicon_fingerprint()}")


def _user_lexicon_fingerprint() -> str:
    """The user lexicon file's hash (its bytes: any edit re-parses every article,
    without importing the engine to read it)."""
    try:
        return hashlib.sha256(locations.user_lexicon_file().read_bytes()).hexdigest()[:10]
    except OSError:  # no user lexicon
        return ""


def cache_key(data: bytes, fmt: str, fingerprint: str | None = None) -> str:
    """The entry name for a file's ``data`` read as format ``fmt``."""
    digest = hashlib.sha256()
    digest.update((fingerprint or engine_fingerprint()).encode())
    digest.update(b"\0" + fmt.lower().encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def _number(value: float) -> float:
    """As ``Briefing.to_dict`` writes numbers: whole ones as ints."""
    number = float(value)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _source_row(source: Source) -> list[Any]:
    return [source.article, source.sentence, source.start, source.end, source.quote]


def encode(briefing: Briefing) -> dict[str, Any]:
    """The entry's form of ``briefing``: each object a list of its fields in order.

    Not ``to_dict``: an entry is written by a worker for every parsed file and read
    for every file of a warm open, and rows are about half the work of keyed dicts
    both ways (``source``, always ``sources[0]``, is not stored twice either).
    ``test_cache_decode_matches_model`` fails when the model gains a field this does
    not know."""
    rows = _source_row
    return {
        "articles": [[a.id, a.title, a.source, a.date, a.path, a.url, a.format, a.text,
                      a.sentences, a.warnings] for a in briefing.articles],
        "parties": [[p.name, p.aliases, p.kind,
                     [[q.stance, q.text, q.rule, q.hedged,
                       [rows(s) for s in q.sources or [q.source]]] for q in p.positions]]
                    for p in briefing.parties],
        "terms": [[t.text, t.category, t.rule, [rows(s) for s in t.sources or [t.source]]]
                  for t in briefing.terms],
        "figures": [[_number(f.value), f.display, f.label, f.unit, f.qualifier,
                     None if f.value_max is None else _number(f.value_max), f.rule,
                     [rows(s) for s in f.sources or [f.source]]] for f in briefing.figures],
        "changes": [[c.kind, c.subject, c.party, c.steps] for c in briefing.changes],
        "engine": briefing.engine,
    }


def _sources(rows: list[list[Any]]) -> list[Source]:
    return [Source(*row) for row in rows]


def decode(data: dict[str, Any]) -> Briefing:
    """The briefing of an ``encode``d entry (trusting its shape: anything else
    raises, and ``get`` counts that as a corrupt entry)."""
    parties = []
    for name, aliases, kind, rows in data["parties"]:
        positions = []
        for stance, text, rule, hedged, source_rows in rows:
            sources = _sources(source_rows)
            positions.append(Position(stance, text, sources[0], rule, hedged, sources))
        parties.append(Party(name, aliases, kind, positions))
    terms = []
    for text, category, rule, source_rows in data["terms"]:
        sources = _sources(source_rows)
        terms.append(Term(text, category, sources[0], rule, sources))
    figures = []
    for value, display, label, unit, qualifier, value_max, rule, source_rows in data["figures"]:
        sources = _sources(source_rows)
        figures.append(Figure(value, display, label, sources[0], unit, qualifier, value_max,
                              rule, sources))
    articles = [Article(id_, title, source, date, path, url, fmt, text,
                        list(map(tuple, sentences)), warnings)
                for id_, title, source, date, path, url, fmt, text, sentences, warnings
                in data["articles"]]
    changes = [Change(kind, subject, party, steps)
               for kind, subject, party, steps in data["changes"]]
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
        return self.put_rows(key, encode(briefing))

    def put_rows(self, key: str, rows: dict[str, Any]) -> bool:
        """``put`` of a briefing already ``encode``d."""
        payload = json.dumps({"key": key, "briefing": rows},
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
