"""Key press to repaint timing for the UI benchmarks (``bench/ui.py``, ``bench/library.py``).

A :class:`RepaintClock` stamps every compositor update of the screens it watches;
a :class:`KeyTimer` presses keys through a Textual pilot and records, per label, the
wall time from posting the key to the end of the last repaint it caused (Textual
paces updates at 60 fps, so up to ~16 ms of that is waiting for the frame), the CPU
time the key cost this process, and whether a full garbage collection ran meanwhile
(those are the usual p95 outliers).
"""

from __future__ import annotations

import cProfile
import gc
import statistics
import time
from typing import Any, Callable


def p95(values: list[float]) -> float:
    """The 95th percentile, nearest rank (the largest value while n < 20)."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


class RepaintClock:
    """Time stamps of every compositor update on the watched screens."""

    def __init__(self) -> None:
        self.stamps: list[float] = []

    def watch(self, screen: Any) -> None:
        """Stamp each of ``screen``'s compositor updates once it has been rendered."""
        original: Callable[[], None] = screen._compositor_refresh

        def stamped() -> None:
            original()
            self.stamps.append(time.perf_counter())

        screen._compositor_refresh = stamped

    def since(self, begin: float) -> float:
        """Milliseconds from ``begin`` to the last repaint after it (0 when none)."""
        after = [stamp for stamp in self.stamps if stamp > begin]
        return ((after[-1] if after else begin) - begin) * 1000


class KeyTimer:
    """Press keys through ``pilot`` and record their latency under a label."""

    def __init__(self, pilot: Any, clock: RepaintClock,
                 profiler: cProfile.Profile | None = None, profile_prefix: str = "") -> None:
        self.pilot = pilot
        self.clock = clock
        self.profiler = profiler
        self.profile_prefix = profile_prefix
        self.times: dict[str, list[float]] = {}
        self.cpu_times: dict[str, list[float]] = {}
        self.gc_hits: dict[str, int] = {}
        self._full_collections = 0

    def __enter__(self) -> KeyTimer:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            self._full_collections += 1

    async def press(self, label: str, *keys: str) -> None:
        """Press ``keys`` and record the time until the last repaint they caused."""
        await self.timed(label, self.pilot.press(*keys))

    async def timed(self, label: str, action: Any, until: Callable[[], Any] | None = None) -> None:
        """Await ``action`` (and then ``until()``, if given), then a pilot pause; record
        the time until the last repaint after it began."""
        profiling = self.profiler is not None and label.startswith(self.profile_prefix)
        if profiling:
            self.profiler.enable()
        begin, cpu = time.perf_counter(), time.process_time()
        full_passes = self._full_collections
        await action
        if until is not None:
            await until()
        await self.pilot.pause()
        if profiling:
            self.profiler.disable()
        self.cpu_times.setdefault(label, []).append((time.process_time() - cpu) * 1000)
        self.gc_hits[label] = self.gc_hits.get(label, 0) + (self._full_collections > full_passes)
        self.times.setdefault(label, []).append(self.clock.since(begin))

    def summary(self) -> dict[str, list[float]]:
        """Per label: [median, max, count] of the wall times (ms)."""
        return {label: [statistics.median(values), max(values), len(values)]
                for label, values in self.times.items()}
