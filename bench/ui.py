"""Benchmark the reader: start to first paint, and key press to repaint at 1,000 items.

    python bench/ui.py [--runs 5]

1. Start to first paint, each in a fresh process (imports included), measured by the
   parent from spawn to the child's "painted" line, which the child prints from a
   ``call_after_refresh`` on its first screen (so the screen has been laid out and
   rendered): a bare Textual app showing one Static, versus ``briefing`` on the seed
   (the loader in a worker, as ``briefing seeds/...`` runs it). Median of ``--runs``.
   Also printed: the time until the panes are filled (the seed parsed by the live
   engine, cache off).
2. Key press to repaint with a briefing of 1,000 items (headless ``run_test`` at
   160x45): from posting the key to the end of the last compositor update it caused
   (handlers, layout, every changed line rendered to strips; Textual paces updates at
   60 fps, so up to ~16 ms of that is waiting for the frame), plus the CPU time the key
   cost the process. Headless mode skips only writing the escape codes to a terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from keytiming import KeyTimer, RepaintClock, p95  # bench/ is on sys.path when run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "gaza-ceasefire.txt"


# -- child processes ----------------------------------------------------------------
def child_bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

        def on_mount(self) -> None:
            self.call_after_refresh(self.painted)

        def painted(self) -> None:
            print("painted", flush=True)
            self.exit()

    Bare().run(headless=True)


def child_briefing() -> None:
    from briefing.ui.app import BriefingApp, make_loader
    from briefing.ui.screens.main import MainScreen

    class Timed(BriefingApp):
        # Textual calls the base class's handlers too (no super() calls here).
        def on_mount(self) -> None:
            self.run_worker(self.watch())

        def on_main_screen_ready(self, message: MainScreen.Ready) -> None:
            self.main_screen.call_after_refresh(lambda: print("painted", flush=True))

        async def watch(self) -> None:
            while not self.main_screen.panes:
                await asyncio.sleep(0.002)
            self.main_screen.call_after_refresh(self.filled)

        def filled(self) -> None:
            print("filled", flush=True)
            self.exit()

    Timed(loader=make_loader([str(SEED)], use_cache=False)).run(headless=True)


def spawn(kind: str) -> dict[str, float]:
    env = {**os.environ, "BRIEFING_HOME": tempfile.mkdtemp(prefix="briefing-bench-")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind], env=env,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = (time.perf_counter() - start) * 1000
    proc.wait()
    return marks


def first_paint(runs: int) -> None:
    bare, briefing, filled = [], [], []
    for _ in range(runs):
        bare.append(spawn("bare")["painted"])
        marks = spawn("briefing")
        briefing.append(marks["painted"])
        filled.append(marks.get("filled", float("nan")))
    b, r = statistics.median(bare), statistics.median(briefing)
    print(f"start to first paint (median of {runs}, fresh process, imports included)")
    print(f"  bare Textual app, one Static : {b:7.1f} ms")
    print(f"  briefing on the seed         : {r:7.1f} ms   ratio {r / b:.2f} (goal <= 1.5)")
    print(f"  ... panes filled (parse)     : {statistics.median(filled):7.1f} ms")


# -- key latency --------------------------------------------------------------------
def big_briefing(items: int = 1000, parties: int = 4):
    from briefing.model import Article, Briefing, Figure, Party, Position, Source, Term

    text = " ".join(f"Sentence {i} says P{i % parties} wants item {i}." for i in range(items))
    spans, at = [], 0
    for sentence in text.split(". "):
        spans.append((at, at + len(sentence) + 1))
        at += len(sentence) + 2
    article = Article(id="big", title="A big briefing", text=text, sentences=spans)

    def source(i: int) -> Source:
        a, b = spans[i % len(spans)]
        return Source("big", i % len(spans), a, b, text[a:b])

    per = items // (parties + 2)
    stances = ["demand", "reject", "accept", "vow"]
    made = [Party(f"Party {p}", [], "group", [
        Position(stances[i % 4], f"position {i} of party {p}, long enough to wrap in a pane",
                 source(i)) for i in range(per)]) for p in range(parties)]
    terms = [Term(f"term {i} on the table", "ceasefire", source(i)) for i in range(per)]
    figures = [Figure(i, f"{i:,}", f"figure {i}", source(i))
               for i in range(items - per * (parties + 1))]
    return Briefing(articles=[article], parties=made, terms=terms, figures=figures)


ROUNDS = 10  # search and source-view round trips timed


async def key_latency(profile: str | None = None) -> None:
    from briefing.ui import app as app_module
    from briefing.ui.app import BriefingApp

    briefing = big_briefing()
    app = BriefingApp(briefing)

    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        # `briefing FILES` settles memory once the briefing is loaded (the loader's
        # path: gc.freeze for big views); a briefing handed to the app directly skips
        # that, so do the same here.
        settle = getattr(app_module, "_settle_memory", None)
        if settle is not None:
            settle(briefing.item_count())

        # Stamp every compositor update on whichever screen is active: the last one
        # after a key is its repaint. The source screen is created later: watch it too.
        clock = RepaintClock()
        clock.watch(app.screen)
        from briefing.ui.screens.source import SourceScreen

        original_init = SourceScreen.__init__

        def init(self, *args, **kwargs) -> None:
            original_init(self, *args, **kwargs)
            clock.watch(self)

        SourceScreen.__init__ = init  # type: ignore[method-assign]

        profiler = cProfile.Profile() if profile else None
        with KeyTimer(pilot, clock, profiler, profile or "") as timer:
            timed = timer.press
            for _ in range(20):
                await timed("x (unbound: the floor)", "x")

            for _ in range(50):
                await timed("j (next item)", "j")
            for _ in range(10):
                await timed("G / g (last/first)", "G")
                await timed("G / g (last/first)", "g")
            for _ in range(10):
                await timed("tab (next pane)", "tab")
            for _ in range(5):
                await timed("pagedown", "pagedown")
            # The search round trip, several times (one sample of each is too noisy): the
            # last one keeps its query for n and f below.
            for round_ in range(ROUNDS):
                await timed("/ (open search)", "slash")
                for char in "item 9":
                    await timed("typing a search char", char)
                await timed("enter (close search)", "enter")
                if round_ < ROUNDS - 1:
                    await timed("escape (clear search)", "escape")
            for _ in range(10):
                await timed("n (next match)", "n")
            for _ in range(3):
                await timed("f (filter on/off)", "f")
                await timed("f (filter on/off)", "f")
            for _ in range(10):   # (n=20: six samples gave medians 37-53 ms from run to run)
                await timed("z (maximise)", "z")
                await timed("z (back)", "z")
            # The first open builds the (then kept) source screen: a one-off, timed apart.
            await timed("enter (open source, 1st)", "enter")
            await timed("escape (close source)", "escape")
            for _ in range(ROUNDS):
                await timed("enter (open source)", "enter")
                await timed("escape (close source)", "escape")
    times, cpu_times, gc_hits = timer.times, timer.cpu_times, timer.gc_hits
    if profiler is not None:
        stats = pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative"))
        stats.print_stats(int(os.environ.get("TOP", "40")))
        if os.environ.get("CALLERS"):
            stats.print_callers(os.environ["CALLERS"])
    print(f"key press to repaint, {briefing.item_count()} items, 160x45, ms: key posted -> "
          f"last repaint done (median / p95 / min / max; includes Textual's 60 fps frame "
          f"pacing; p95 is the nearest rank, the max under n=20), "
          f"and CPU spent per key (median); gc.freeze after load: "
          f"{'yes' if gc.get_freeze_count() else 'no'}")
    for label, values in times.items():
        cpu = statistics.median(cpu_times[label])
        print(f"  {label:<28} {statistics.median(values):6.1f} / {p95(values):6.1f} / "
              f"{min(values):6.1f} / {max(values):6.1f}   cpu {cpu:6.1f}   "
              f"(n={len(values)}, full GC in {gc_hits.get(label, 0)})")
    print(f"  load average during the run: {os.getloadavg()[0]:.2f} "
          f"(other processes on the {os.cpu_count()} cores inflate the wall times, not the CPU)")


def machine() -> str:
    import textual

    from machine_info import describe  # bench/ is on sys.path when run

    return describe(f"Textual {textual.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "briefing"])
    parser.add_argument("--keys-only", action="store_true", help="skip the first paint runs")
    parser.add_argument("--profile", metavar="LABEL",
                        help="cProfile the keys whose label starts with LABEL (top 30)")
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "briefing":
        return child_briefing()
    print(machine())
    if not args.keys_only:
        first_paint(args.runs)
    asyncio.run(key_latency(args.profile))


if __name__ == "__main__":
    main()
