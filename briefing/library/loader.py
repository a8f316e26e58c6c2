"""Read and extract many inputs, collecting per-file errors instead of stopping.

``load`` turns paths (files, folders, "-") into one briefing per article:

1. ``ingest.expand`` lists the files; a folder with no articles is an error.
2. Each file is hashed and looked up in the parse cache (``cache.py``); hits are
   ready at once and reach ``on_briefing`` before any parsing starts.
3. The misses are parsed: inline when there are few, else the first one inline (so
   something shows within a fraction of a second) and the rest in worker processes
   (``workers.py``), streamed back as they finish.
4. Every briefing is then made to belong to *this* load: its article id is the
   file's stem (unique across the load: ``name``, ``name-2``...), its path the current
   path (a cache entry may come from the same bytes at another path), missing
   metadata comes from the folder's ``articles.toml`` and, for the date, from the
   file time.

``on_briefing`` and ``progress`` are always called in the caller's thread (the
pool's results are collected there), so a Textual worker can post messages from
them. ``reload`` reuses the previous result for files whose size and time did not
change, and goes through the cache for the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from briefing import ingest
from briefing.errors import InputError
from briefing.library import manifest
from briefing.library.cache import ParseCache, cache_key, engine_fingerprint
from briefing.library.gcpause import young_collections_only
from briefing.library.workers import (
    POOL_THRESHOLD, Outcome, Task, cpu_count, parse_task, prestart, run_pool,
)
from briefing.model import Briefing

Progress = Callable[[int, int, str], None]
"""``progress(done, total, name)`` after each input."""
OnBriefing = Callable[[Briefing], None]
"""Called with each article's briefing as soon as it is ready (the panes fill in)."""
Stop = Callable[[], bool]
"""Polled while parsing; True ends the load early (e.g. the app is quitting)."""


@dataclass(frozen=True)
class FileState:
    """What a file looked like when it was loaded (``reload`` compares it)."""

    size: int
    mtime_ns: int


@dataclass
class LoadResult:
    """The briefing of each article that could be read, and one error per failed input.

    ``briefings`` follow the order of the inputs (folders sorted by file name);
    ``merge`` sorts the articles by date. ``files`` records each file's state for
    ``reload``, which also fills ``added``, ``changed`` and ``removed`` (paths).
    """

    briefings: list[Briefing] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files: dict[str, FileState] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    """The input path of each briefing (same order): ``Article.path`` may be cleaned
    for display, this is the path as given, the one ``reload`` compares."""
    cached: int = 0
    parsed: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def article_id(path: str) -> str:
    """The article id a path gets before de-duplication: its file name's stem, made safe."""
    return ingest.article_id(path)


def unique_ids(paths: list[str]) -> list[str]:
    """One id per path, suffixed ``-2``, ``-3``... where two files share a stem."""
    taken: set[str] = set()
    ids: list[str] = []
    for path in paths:
        base = article_id(path)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


def retarget(briefing: Briefing, new_id: str, path: str) -> None:
    """Make ``briefing`` (one article's) carry ``new_id`` and ``path``, sources included."""
    if not briefing.articles:
        return
    article = briefing.articles[0]
    old_id = article.id
    article.path = path
    if old_id == new_id:
        return
    article.id = new_id
    items: list = [p for party in briefing.parties for p in party.positions]
    items += briefing.terms + briefing.figures
    for item in items:
        for source in (item.source, *item.sources):
            if source.article == old_id:
                source.article = new_id
    for change in briefing.changes:
        for step in change.steps:
            if step.get("article") == old_id:
                step["article"] = new_id


def _file_date(state: FileState | None) -> str:
    if state is None:
        return ""
    return datetime.fromtimestamp(state.mtime_ns / 1e9).date().isoformat()


def _fmt(path: str) -> str:
    return Path(path).suffix.lower().lstrip(".") or "txt"


def _stat(path: str) -> FileState | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return FileState(st.st_size, st.st_mtime_ns)


def load(paths: list[str], *, use_cache: bool = True,
         progress: Progress | None = None,
         on_briefing: OnBriefing | None = None,
         workers: int | None = None,
         pool_threshold: int = POOL_THRESHOLD,
         stop: Stop | None = None,
         previous: LoadResult | None = None) -> LoadResult:
    """Parse every path (files, folders, "-" for stdin) into one briefing per article.

    ``workers``: processes for cold parsing (default: one per core; 1 parses inline).
    ``pool_threshold``: use processes only for more uncached files than this.
    ``stop``: polled between files; when it returns True, return what is ready.
    ``previous``: reuse its briefings for files whose size and time are unchanged
    (what ``reload`` passes).
    """
    with young_collections_only():
        return _load(paths, use_cache, progress, on_briefing, workers, pool_threshold,
                     stop, previous)


def _load(paths: list[str], use_cache: bool, progress: Progress | None,
          on_briefing: OnBriefing | None, workers: int | None, pool_threshold: int,
          stop: Stop | None, previous: LoadResult | None) -> LoadResult:
    result = LoadResult()
    files: list[str] = []
    for item in ingest.expand(list(paths)):
        if isinstance(item, InputError):
            result.errors.append(item)
        else:
            files.append(item)
    total = len(files)
    ids = unique_ids(files)
    slots: list[Briefing | InputError | None] = [None] * total
    reuse = _reusable(previous)
    done = 0

    def finish(outcome: Outcome) -> None:
        for twin in twins.get(outcome.index, ()):
            copy = outcome.briefing and Briefing.from_dict(outcome.briefing.to_dict())
            settle(Outcome(twin, copy, outcome.reason))
        settle(outcome)

    def settle(outcome: Outcome) -> None:
        nonlocal done
        index, path = outcome.index, files[outcome.index]
        if outcome.briefing is None:
            slots[index] = InputError(path, outcome.reason or "could not be read")
        else:
            briefing = outcome.briefing
            _settle(briefing, ids[index], path, result.files.get(path))
            slots[index] = briefing
            if on_briefing:
                on_briefing(briefing)
        done += 1
        if progress:
            progress(done, total, path)

    workers = cpu_count() if workers is None else max(1, workers)
    started = False

    def pooled(misses: int) -> bool:
        return misses > pool_threshold and workers > 1

    fingerprint = engine_fingerprint()
    cache = ParseCache(fingerprint=fingerprint) if use_cache else None
    if cache is not None:
        cache.prune()
    cache_dir = str(cache.directory) if cache else None
    tasks: list[Task] = []
    parsed_here = 0
    first_of_key: dict[str, int] = {}
    twins: dict[int, list[int]] = {}
    for index, path in enumerate(files):
        if stop and stop():
            break
        if path == "-":
            tasks.append(Task(index, path, "txt"))
            continue
        state = _stat(path)
        if state is None:
            tasks.append(Task(index, path, _fmt(path)))  # ingest names the reason
            continue
        result.files[path] = state
        old = reuse.get(path)
        if old is not None and old[0] == state:
            finish(Outcome(index, briefing=_copy_if_renamed(old[1], ids[index])))
            continue
        task = _lookup(cache, index, path, state, fingerprint)
        if isinstance(task, Briefing):
            result.cached += 1
            finish(Outcome(index, briefing=task))
        elif task.key and task.key in first_of_key:
            # The same bytes at another path: parse once, copy for the twin.
            twins.setdefault(first_of_key[task.key], []).append(index)
            result.cached += 1
        elif done == 0 and on_briefing is not None:
            # Nothing on screen yet: the first file to parse is parsed now, before the
            # look-ups of the others (reading and hashing a thousand files would delay
            # the first panes by a few hundred ms). A big folder's pool starts first, so
            # that its imports overlap this parse. (Not a twin's original: parsed once.)
            if not started and pooled(total - index):
                started = True
                prestart()
            parsed_here += 1
            finish(parse_task(task, cache_dir, fingerprint))
        else:
            if task.key:
                first_of_key[task.key] = index
            tasks.append(task)
            if not started and pooled(len(tasks)):
                started = True
                prestart()  # its imports overlap the rest of the look-ups

    result.parsed = len(tasks) + parsed_here
    # Standard input can only be read here: a worker process has its own.
    for task in [t for t in tasks if t.path == "-"]:
        finish(parse_task(task, cache_dir, fingerprint))
    tasks = [t for t in tasks if t.path != "-"]
    if pooled(len(tasks)):
        # run_pool parses here until its processes are up (the first file at once).
        for outcome in run_pool(tasks, cache_dir, fingerprint, workers=workers, stop=stop):
            finish(outcome)
    else:
        for task in tasks:
            if stop and stop():
                break
            finish(parse_task(task, cache_dir, fingerprint))

    for path, slot in zip(files, slots):
        if isinstance(slot, Briefing):
            result.briefings.append(slot)
            result.paths.append(path)
        elif isinstance(slot, InputError):
            result.errors.append(slot)
    return result


def _lookup(cache: ParseCache | None, index: int, path: str, state: FileState,
            fingerprint: str) -> Briefing | Task:
    """The cached briefing of ``path``, or the task that will parse it."""
    fmt = _fmt(path)
    if cache is None or state.size > ingest.MAX_BYTES or not os.path.isfile(path):
        return Task(index, path, fmt)  # no cache, or ingest will refuse it
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return Task(index, path, fmt)
    key = cache_key(data, fmt, fingerprint)
    return cache.get(key) or Task(index, path, fmt, key)


def _settle(briefing: Briefing, new_id: str, path: str, state: FileState | None) -> None:
    """Id, path and missing metadata for this load (see the module docstring)."""
    retarget(briefing, new_id, path)
    if not briefing.articles or path == "-":
        return
    article = briefing.articles[0]
    p = Path(path)
    fields = manifest.folder_metadata(p.parent).get(p.name)
    if fields:
        manifest.fill_article(article, fields)
    if not article.date:
        article.date = _file_date(state)


def _reusable(previous: LoadResult | None) -> dict[str, tuple[FileState, Briefing]]:
    if previous is None:
        return {}
    found: dict[str, tuple[FileState, Briefing]] = {}
    for path, briefing in zip(previous.paths, previous.briefings):
        state = previous.files.get(path)
        if state is not None:
            found[path] = (state, briefing)
    return found


def _copy_if_renamed(briefing: Briefing, new_id: str) -> Briefing:
    """The previous briefing itself, or a copy when its id must change (it may be on
    screen, so it is never mutated)."""
    if briefing.articles and briefing.articles[0].id == new_id:
        return briefing
    return Briefing.from_dict(briefing.to_dict())


def reload(previous: LoadResult, paths: list[str], *, use_cache: bool = True,
           progress: Progress | None = None, on_briefing: OnBriefing | None = None,
           workers: int | None = None, stop: Stop | None = None) -> LoadResult:
    """Load ``paths`` again, reusing ``previous`` for unchanged files.

    The result's ``added``, ``changed`` and ``removed`` list the paths that are new,
    whose content changed, and that are gone (or no longer readable).
    """
    result = load(paths, use_cache=use_cache, progress=progress, on_briefing=on_briefing,
                  workers=workers, stop=stop, previous=previous)
    old_paths = dict(zip(previous.paths, previous.briefings))
    new_paths = dict(zip(result.paths, result.briefings))
    result.added = [p for p in new_paths if p not in old_paths]
    result.removed = [p for p in old_paths if p not in new_paths]
    # Re-read files (new size or time) count as changed only when their briefing did.
    result.changed = [p for p, b in new_paths.items()
                      if p in old_paths and b is not old_paths[p]
                      and b.to_dict() != old_paths[p].to_dict()]
    return result
