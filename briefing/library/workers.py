"""Cold parsing: one file -> Briefing, inline or in a pool of worker processes.

``parse_task`` is the whole job for one file (read, ingest, extract, store in the
cache) and runs the same way in this process or in a worker, so the two paths can't
drift apart. ``run_pool`` spreads tasks over a ``ProcessPoolExecutor`` and yields
outcomes as they arrive, in the calling thread.

Start method: ``forkserver`` where the platform has it, else ``spawn``; never
``fork``. The loader runs in a Textual worker thread while the app's own threads hold
locks, and forking a threaded process can copy a held lock into the child and
deadlock it. The fork server is started once per process with the engine preloaded,
so each worker is a cheap fork of an already-warm interpreter, and a later pool (a
reload) skips the import entirely. Measured on the 2-core dev machine (busy with
other jobs, 3 runs each, time from creating the pool to its first result):
forkserver 0.66-1.05 s, spawn 1.10-1.70 s (two interpreters importing at once).
The loader starts the fork server (``prestart``) as soon as it knows a pool will
be needed, and ``run_pool`` parses files in-process until the workers are up (the
first one at once, so the first briefing never waits for the pool): on two cores
the start-up leaves no core idle. Chunks shrink towards the end (``chunk_size``)
so the two workers finish together.

Scripts that call ``load`` must guard their entry point (``if __name__ ==
"__main__":``): both start methods import the main module in each worker.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import ingest
from briefing.errors import InputError
from briefing.library.cache import ParseCache, cache_key, decode, encode
from briefing.model import Briefing

if TYPE_CHECKING:
    from briefing.ingest.document import Document

POOL_THRESHOLD = 8
"""Use worker processes only for more uncached files than this (startup costs ~0.3 s)."""
MAX_CHUNK = 16
"""Files per pool task: big enough to amortise pickling, small enough to stream."""


@dataclass(frozen=True)
class Task:
    """One file to parse: its position in the load, path, format and cache key."""

    index: int
    path: str
    fmt: str
    key: str = ""


@dataclass
class Outcome:
    """The result of one task: a briefing or the one-line reason it failed.

    From a worker process the briefing travels as ``rows`` (``cache.encode``, made
    for the cache entry anyway): lists and strings pickle and unpickle in a third of
    the time of the dataclasses, and ``run_pool`` decodes them here."""

    index: int
    briefing: Briefing | None = None
    reason: str = ""
    rows: dict[str, Any] | None = None


def describe(exc: BaseException) -> str:
    """A one-line reason for an unexpected failure (never a traceback)."""
    if isinstance(exc, InputError):
        return exc.reason
    if isinstance(exc, OSError):
        return f"cannot read ({exc.strerror or exc.__class__.__name__})"
    if isinstance(exc, UnicodeDecodeError):
        return "not valid text (cannot decode)"
    if isinstance(exc, MemoryError):
        return "too large to parse"
    return f"could not be parsed ({exc.__class__.__name__})"


def extract(doc: Document) -> Briefing:
    """The engine's ``extract``, imported on first use: a warm open (every article
    from the cache) never pays its module setup (about 0.29 s on the 2-core dev
    machine). The fork server preloads it (``PRELOAD``)."""
    from briefing.extract import extract as engine_extract

    return engine_extract(doc)


def parse_task(task: Task, cache_dir: str | None, fingerprint: str,
               as_rows: bool = False) -> Outcome:
    """Read, ingest and extract one file; store the briefing when ``cache_dir`` is set.
    ``as_rows``: the outcome carries the briefing encoded (see ``Outcome``)."""
    try:
        if task.path == "-":
            doc = next(d for d in ingest.read_all(["-"]))
            if isinstance(doc, InputError):
                return Outcome(task.index, reason=doc.reason)
        else:
            doc = ingest.read_path(task.path)
        briefing = extract(doc)
    except Exception as exc:  # hostile input must never take the load down
        return Outcome(task.index, reason=describe(exc))
    if cache_dir is not None:
        key = task.key
        if not key:
            try:
                key = cache_key(Path(task.path).read_bytes(), task.fmt, fingerprint)
            except OSError:
                key = ""
        if key:
            rows = encode(briefing)
            ParseCache(Path(cache_dir)).put_rows(key, rows)
            if as_rows:
                return Outcome(task.index, rows=rows)
    if as_rows:
        return Outcome(task.index, rows=encode(briefing))
    return Outcome(task.index, briefing=briefing)


def parse_chunk(tasks: list[Task], cache_dir: str | None, fingerprint: str) -> list[Outcome]:
    """A worker's unit of work: several files, so pickling and IPC are amortised."""
    return [parse_task(task, cache_dir, fingerprint, as_rows=True) for task in tasks]


def _decoded(outcome: Outcome) -> Outcome:
    if outcome.rows is None:
        return outcome
    return Outcome(outcome.index, briefing=decode(outcome.rows))


PRELOAD = ("briefing.library.workers", "briefing.extract", "trafilatura")


def _start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


START_METHOD = _start_method()


def cpu_count() -> int:
    """The cores this process may use (affinity-aware where the platform says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


_helper_lock = threading.Lock()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    The tracker hands ``sys.stderr.fileno()`` to its child; inside a Textual app
    stderr is a capture object whose ``fileno()`` is -1, and the start fails with
    "bad value(s) in fds_to_keep". So for that one call stderr is the process's
    original one (or /dev/null). Once started, the tracker serves every later pool.
    """
    from multiprocessing import resource_tracker

    with _helper_lock:
        try:
            usable = sys.stderr is not None and sys.stderr.fileno() >= 0
        except Exception:
            usable = True  # the tracker skips a stderr without a file number
        if usable:
            resource_tracker.ensure_running()
            return
        saved = sys.stderr
        spare = None
        try:
            original = sys.__stderr__
            try:
                if original is None or original.fileno() < 0:
                    original = None
            except Exception:
                original = None
            if original is None:
                spare = open(os.devnull, "w")  # noqa: SIM115 (closed below)
                original = spare
            sys.stderr = original
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved
            if spare is not None:
                spare.close()


def _context() -> multiprocessing.context.BaseContext:
    _start_resource_tracker()
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        # Workers fork from a server that has already imported the engine and the
        # HTML extractor ingest loads lazily (a missing module is skipped).
        context.set_forkserver_preload(list(PRELOAD))
    return context


def chunk_size(remaining: int, workers: int) -> int:
    """Files in the next chunk: MAX_CHUNK while many are left, then fewer and fewer
    (about a quarter of each worker's share of what is left), so the last chunks are
    small and the workers finish together rather than one idling while the other
    parses a long last chunk."""
    return max(1, min(MAX_CHUNK, remaining // (workers * 4)))


def chunked(tasks: list[Task], workers: int) -> list[list[Task]]:
    """Split ``tasks`` into chunks of ``chunk_size`` (what ``run_pool`` submits)."""
    chunks: list[list[Task]] = []
    at = 0
    while at < len(tasks):
        size = chunk_size(len(tasks) - at, workers)
        chunks.append(tasks[at:at + size])
        at += size
    return chunks


def prestart() -> None:
    """Start the fork server now (this returns at once): its imports then overlap the
    caller's own work (cache look-ups, the first file) instead of following it."""
    if START_METHOD != "forkserver":
        return
    try:
        _context()
        from multiprocessing import forkserver

        forkserver.ensure_running()
    except Exception:  # no processes here: run_pool finds out and parses inline
        pass


def _ready() -> None:
    """A no-op job: submitting one per worker starts the worker processes."""


IN_FLIGHT = 2
"""Chunks queued per worker: one running, one waiting, so a worker never waits for
this process to hand it the next chunk."""


class _Starter(threading.Thread):
    """Creates the pool and starts its processes, off the calling thread: starting
    blocks until the fork server has imported the engine (about half a second), and
    the caller parses files meanwhile."""

    def __init__(self, workers: int) -> None:
        super().__init__(name="briefing-pool-starter", daemon=True)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.ready = threading.Event()

    def run(self) -> None:
        try:
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context())
            # One job per worker: each submit starts a process while none is idle.
            for future in [self.pool.submit(_ready) for _ in range(self.workers)]:
                future.result()
        except Exception:  # no processes here (a sandbox), or a broken pool
            if self.pool is not None:
                self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        finally:
            self.ready.set()


def run_pool(tasks: list[Task], cache_dir: str | None, fingerprint: str, *,
             workers: int | None = None, stop: Callable[[], bool] | None = None,
             ) -> Iterator[Outcome]:
    """Parse ``tasks`` in worker processes, yielding each outcome as its chunk ends.

    Until the pool's processes are up, files are parsed here, from the front (the
    first file at once, so something shows while the workers start); the workers
    then take the rest in chunks (``chunk_size``), handed out as earlier ones end.
    Every task yields exactly one outcome: if the pool cannot start (a sandbox
    without processes) or breaks (a worker killed by the system), the tasks it did
    not finish are parsed here instead. When ``stop()`` turns true no more chunks
    are handed out and the generator ends early.
    """
    workers = max(1, min(workers or cpu_count(), len(tasks)))
    queue = deque(tasks)
    leftovers: list[Task] = []
    pending: dict[Future[list[Outcome]], list[Task]] = {}
    starter = _Starter(workers)
    starter.start()
    pool: ProcessPoolExecutor | None = None

    def submit() -> bool:
        """Hand the next chunk to the pool; False when none is left or the pool broke."""
        if not queue or pool is None:
            return False
        chunk = [queue.popleft() for _ in range(chunk_size(len(queue), workers))]
        try:
            pending[pool.submit(parse_chunk, chunk, cache_dir, fingerprint)] = chunk
        except Exception:  # BrokenProcessPool: this chunk and the rest are parsed here
            leftovers.extend(chunk)
            return False
        return True

    try:
        while queue and not starter.ready.is_set():
            if stop and stop():
                return
            yield parse_task(queue.popleft(), cache_dir, fingerprint)
        starter.join()
        pool = starter.pool
        for _ in range(workers * IN_FLIGHT):
            if not submit():
                break
        while pending:
            if stop and stop():
                return
            done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                submit()  # first, so the worker has its next chunk while these settle
                try:
                    outcomes = future.result()
                except Exception:  # BrokenProcessPool, an unpicklable result...
                    leftovers.extend(chunk)
                    continue
                for outcome in outcomes:
                    yield _decoded(outcome)
    finally:
        starter.join()
        if starter.pool is not None:
            starter.pool.shutdown(wait=not (stop and stop()), cancel_futures=True)
    for task in [*leftovers, *queue]:
        if stop and stop():
            return
        yield parse_task(task, cache_dir, fingerprint)
