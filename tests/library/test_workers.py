"""run_pool's scheduling (files parsed here while the pool starts, shrinking chunks,
a pool that breaks) with threads standing in for processes; load()'s GC pause."""

from __future__ import annotations

import gc
import importlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from briefing.library import load, workers
from briefing.library.workers import Outcome, Task, chunk_size, chunked, run_pool
from briefing.model import Article, Briefing


def _tasks(tmp_path: Path, count: int) -> list[Task]:
    tasks = []
    for i in range(count):
        path = tmp_path / f"n{i:02d}.txt"
        path.write_text(f"Note {i}. Talks went on.")
        tasks.append(Task(i, str(path), "txt"))
    return tasks


@pytest.fixture
def light_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real extraction: each file becomes an empty briefing (fast, thread-safe)."""
    monkeypatch.setattr(workers, "extract", lambda doc: Briefing(articles=[doc.to_article()]))


def test_chunks_shrink_towards_the_end() -> None:
    sizes = [len(c) for c in chunked(list(range(999)), 2)]  # type: ignore[arg-type]
    assert sum(sizes) == 999
    assert sizes[0] == workers.MAX_CHUNK and max(sizes) == workers.MAX_CHUNK
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-4:] == [1, 1, 1, 1]
    assert [chunk_size(n, 2) for n in (1000, 64, 40, 8, 7, 1)] == [16, 8, 5, 1, 1, 1]


def test_files_are_parsed_here_until_the_pool_is_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, light_engine: None) -> None:
    """The pool (threads here) starts only once three files were parsed in this thread:
    those come first, in order; the rest come from the pool; each file exactly once."""
    here: list[int] = []
    parse = workers.parse_task
    main = threading.get_ident()

    def counted(task: Task, *args: Any, **kwargs: Any) -> Outcome:
        if threading.get_ident() == main:
            if len(here) >= 3:
                threading.Event().wait(0.05)  # slow here, so the pool gets the rest
            here.append(task.index)
        return parse(task, *args, **kwargs)

    def slow_pool(max_workers: int, mp_context: object) -> ThreadPoolExecutor:
        while len(here) < 3:
            threading.Event().wait(0.001)
        return ThreadPoolExecutor(max_workers)

    monkeypatch.setattr(workers, "parse_task", counted)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", slow_pool)
    monkeypatch.setattr(workers, "_context", lambda: None)
    outcomes = list(run_pool(_tasks(tmp_path, 40), None, "fp", workers=2))
    assert sorted(o.index for o in outcomes) == list(range(40))
    assert all(o.briefing is not None for o in outcomes)
    assert here[:3] == [0, 1, 2]
    assert [o.index for o in outcomes[:3]] == [0, 1, 2]
    assert len(here) < 20  # the pool did the rest


def test_a_pool_that_breaks_leaves_its_files_to_this_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, light_engine: None) -> None:
    class Breaking(ThreadPoolExecutor):
        """The second real chunk fails, and the pool refuses work after it."""

        chunks = 0

        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[override]
            if fn is workers._ready:
                return super().submit(fn, *args, **kwargs)
            Breaking.chunks += 1
            if Breaking.chunks == 2:
                failed: Future = Future()
                failed.set_exception(RuntimeError("worker killed"))
                return failed
            if Breaking.chunks > 4:
                raise RuntimeError("broken pool")
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor",
                        lambda max_workers, mp_context: Breaking(max_workers))
    monkeypatch.setattr(workers, "_context", lambda: None)
    outcomes = list(run_pool(_tasks(tmp_path, 90), None, "fp", workers=2))
    assert sorted(o.index for o in outcomes) == list(range(90))
    assert all(o.briefing is not None for o in outcomes)


def test_no_full_collections_during_a_load(tmp_path: Path, light_engine: None) -> None:
    before = gc.get_threshold()
    during: list[tuple[int, ...]] = []
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Note {i}. Talks went on.")
    load([str(tmp_path)], on_briefing=lambda b: during.append(gc.get_threshold()))
    assert gc.get_threshold() == before
    assert during and all(t[:2] == before[:2] and t[2] >= 1 << 30 for t in during)
    # Nested users (a merge in a load's callback): paused until the outer one ends.
    from briefing.library import gcpause

    seen: list[int] = []
    with gcpause.young_collections_only():
        with gcpause.young_collections_only():
            seen.append(gc.get_threshold()[2])
        seen.append(gc.get_threshold()[2])
    assert seen == [1 << 30, 1 << 30]
    assert gc.get_threshold() == before


def test_no_full_collections_during_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    # The package binds "merge" to the function: the module by its full name.
    merge_module = importlib.import_module("briefing.library.merge")
    seen: list[int] = []
    real = merge_module._merge
    monkeypatch.setattr(merge_module, "_merge",
                        lambda b: seen.append(gc.get_threshold()[2]) or real(b))
    two = [Briefing(articles=[Article(id="a")]), Briefing(articles=[Article(id="b")])]
    assert [a.id for a in merge_module.merge(two).articles] == ["a", "b"]
    assert seen == [1 << 30] and gc.get_threshold()[2] < 1 << 30
