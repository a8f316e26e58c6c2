"""Benchmark the library: cold parse, warm open, first briefing, peak memory, merge.

    python bench/library.py [--articles 1000] [--start forkserver|spawn] [--keep DIR]

Generates a folder of articles (about 5 KB each, .md/.html/.txt) by recombining the
paragraphs of the sample story in ``seeds/`` with other names, outlets, dates and
numbers, in a temporary folder with its own BRIEFING_HOME. Each phase runs in a
fresh process so its peak RSS is its own:

- cold: ``load()`` with an empty cache (parse everything, fill the cache);
- warm: ``load()`` again (everything from the cache);
- nocache: ``load(use_cache=False)`` (parse everything, write nothing);
- merge: ``merge()`` of the warm briefings.

"first" is the time from calling ``load()`` to its first ``on_briefing`` callback.
Peak RSS is ``ru_maxrss`` of the process plus that of its largest child (a worker).
CPU is this process's (its imports excluded) plus each child's (the workers, the
fork server); "the 2 cores N% busy" is that CPU over twice the wall time: on an idle
machine, how well the load uses both cores (on a busy one, also how much of them it got).

The reader itself (``BriefingApp`` on the folder, headless ``run_test`` at 160x45),
each in a fresh process timed by this one from spawn (imports included):

- ui-cold / ui-warm: empty cache / warm cache: spawn to the first panes painted (the
  first article, streamed), and spawn to the merged view of every article painted;
- keys (in the ui-warm process, on the merged view): key press to repaint, measured
  as ``bench/ui.py`` does (key posted -> the last compositor update it caused), for
  j/k, G/g, tab, pagedown and the article list (a; j moving the highlight; until the
  panes show one article, or All again).

Targets (issue 7, 2 cores): cold < 10 s, warm < 1.5 s, first panes < 1 s, key press to
repaint p95 < 50 ms on the merged view, RSS < 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The phases import a copy of the code taken when the run started (BENCH_CODE): the
# cache is keyed by the engine's source, so an edit made meanwhile in the checkout
# would otherwise turn the "warm" phases cold.
sys.path.insert(0, os.environ.get("BENCH_CODE") or str(ROOT))

NAMES = ["Orlan", "Vesta", "Maridor", "Kelvany", "Tosca", "Brenvik", "Aldra", "Sorel",
         "Quenby", "Halvar", "Ithra", "Pellan", "Corrin", "Dunmere", "Ysolde", "Farrow"]
OUTLETS = ["Harbourline Daily", "Cedar Coast Monitor", "Northgate Wire Service",
           "Lantern Post", "Riverside Ledger", "Eastmark Courier", "Tidewater Report"]
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")


def _paragraphs() -> list[str]:
    """Plain paragraphs from every sample article (markup and front matter dropped)."""
    found: list[str] = []
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".md":
            text = text.split("---", 2)[-1]
        if path.suffix == ".html":
            text = "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p[^>]*>(.*?)</p>", text))
        for block in re.split(r"\n\s*\n|\n(?=[A-Z])", text):
            block = " ".join(block.split())
            if len(block) > 80 and not block.startswith(("#", "*")):
                found.append(block)
    return found


def _vary(text: str, rng: random.Random) -> str:
    """Other numbers (same magnitude) and, sometimes, another mediator's name."""
    def number(match: re.Match[str]) -> str:
        raw = match.group(0).replace(",", "")
        value = int(raw)
        if 1900 <= value <= 2100:  # a year stays a year
            return match.group(0)
        new = max(1, int(value * rng.uniform(0.8, 1.2)))
        return f"{new:,}" if "," in match.group(0) else str(new)

    text = _NUMBER.sub(number, text)
    if rng.random() < 0.5:
        text = text.replace("Qatar", rng.choice(NAMES)).replace("Egyptian", rng.choice(NAMES))
    return text


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` articles into ``folder``; the total size in bytes."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    total = 0
    for i in range(count):
        body: list[str] = []
        while sum(len(p) for p in body) < 4800:
            body.append(_vary(rng.choice(paragraphs), rng))
        title = f"{rng.choice(NAMES)} talks: {body[0][:60].rstrip()}"
        date = f"2025-{rng.randint(5, 9):02d}-{rng.randint(1, 28):02d}"
        outlet = rng.choice(OUTLETS)
        kind = ("md", "html", "txt")[i % 3]
        if kind == "md":
            text = (f'---\ntitle: "{title}"\nsource: "{outlet}"\ndate: {date}\n---\n\n'
                    f"# {title}\n\n" + "\n\n".join(body) + "\n")
        elif kind == "html":
            paras = "\n".join(f"<p>{p}</p>" for p in body)
            text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
                    f'<meta property="article:published_time" content="{date}">'
                    f'<meta property="og:site_name" content="{outlet}"></head><body>'
                    f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>\n{paras}\n"
                    f"</article></body></html>\n")
        else:
            text = f"{title}\n{outlet}, {date}\n\n" + "\n\n".join(body) + "\n"
        path = folder / f"article-{i:04d}.{kind}"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def _mb(kib: float) -> float:
    return kib / 1024


class WorkerWatch:
    """Samples the peak RSS (VmHWM) of every descendant process while a load runs:
    forkserver workers are grandchildren, which RUSAGE_CHILDREN never sees."""

    def __init__(self) -> None:
        import threading

        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> WorkerWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    own_cpu = 0.0
    """CPU seconds this sampling thread took (not the load's: subtracted)."""

    def _descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        ticks = os.sysconf("SC_CLK_TCK")
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(fields[1])
                    # utime + stime so far: the last sample is (nearly) the total.
                    self.cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
                except (OSError, IndexError, ValueError):
                    continue
        found, frontier = [], [os.getpid()]
        while frontier:
            pid = frontier.pop()
            kids = [c for c, p in parents.items() if p == pid]
            found += kids
            frontier += kids
        return found

    def _run(self) -> None:
        # Every 0.1 s: each pass reads /proc of every process (~2 ms of CPU here).
        while not self._stop.wait(0.1):
            for pid in self._descendants():
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            kib = float(line.split()[1])
                            self.peaks[pid] = max(self.peaks.get(pid, 0.0), kib)
                except OSError:
                    continue
        self.own_cpu = time.thread_time()


def phase(name: str, folder: str, start: str) -> dict[str, float]:
    """One measurement, in this (fresh) process; prints a JSON line."""
    started = time.perf_counter()
    from briefing.library import load, merge, workers

    workers.START_METHOD = start
    imported = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime  # the imports
    first: list[float] = []
    t0 = time.perf_counter()
    with WorkerWatch() as watch:
        result = load([folder], use_cache=name != "nocache",
                      on_briefing=lambda b: first or first.append(time.perf_counter() - t0))
        elapsed = time.perf_counter() - t0
    numbers = {"seconds": elapsed, "first": first[0] if first else -1.0,
               "articles": len(result.briefings), "errors": len(result.errors),
               "cached": result.cached, "parsed": result.parsed, "import": imported}
    if name == "merge":
        t1 = time.perf_counter()
        merged = merge(result.briefings)
        numbers["merge"] = time.perf_counter() - t1
        numbers["parties"] = len(merged.parties)
        numbers["items"] = merged.item_count()
        numbers["changes"] = len(merged.changes)
    scale = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS
    numbers["rss_self"] = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale)
    peaks = sorted(watch.peaks.values(), reverse=True)
    numbers["rss_child"] = _mb(peaks[0]) if peaks else 0.0
    numbers["rss_children"] = _mb(sum(peaks))
    numbers["processes"] = len(peaks)
    own = resource.getrusage(resource.RUSAGE_SELF)
    numbers["cpu_main"] = own.ru_utime + own.ru_stime - watch.own_cpu - cpu_before
    children = sorted((watch.cpu.get(pid, 0.0) for pid in watch.peaks), reverse=True)
    numbers["cpu_children"] = children  # the workers first, then the fork server
    numbers["cpu"] = numbers["cpu_main"] + sum(children)
    return numbers


def ui_phase(folder: str, start: str, keys: bool) -> None:
    """The reader on ``folder``: prints "painted" at the first panes, "loaded" when
    the merged view is up, then (``keys``) a JSON line of key latencies."""
    import asyncio

    from keytiming import KeyTimer, RepaintClock, p95  # bench/ is on sys.path when run

    from briefing.library import workers
    from briefing.ui.app import BriefingApp, make_loader

    workers.START_METHOD = start

    async def run() -> None:
        app = BriefingApp(loader=make_loader([folder]))
        async with app.run_test(size=(160, 45)) as pilot:
            # "painted": the first compositor update with panes in it (the frame the
            # user sees), printed from inside it; the loading thread may hold the GIL
            # right after, which would delay any later mark.
            first_frame = app.main_screen._compositor_refresh

            def frame() -> None:
                first_frame()
                if app.main_screen.panes and not getattr(frame, "done", False):
                    frame.done = True  # type: ignore[attr-defined]
                    print("painted", flush=True)

            app.main_screen._compositor_refresh = frame  # type: ignore[method-assign]
            while not getattr(frame, "done", False):
                await asyncio.sleep(0.005)
            app.main_screen._compositor_refresh = first_frame  # type: ignore[method-assign]
            while app.result is None:
                await asyncio.sleep(0.01)
            await app.workers.wait_for_complete()
            await pilot.pause()
            print("loaded", flush=True)
            # A concurrent change to the engine's source invalidates the cache: say so.
            print(json.dumps({"cached": app.result.cached, "parsed": app.result.parsed}),
                  flush=True)
            if not keys:
                return
            clock = RepaintClock()
            clock.watch(app.screen)
            main = app.main_screen
            with KeyTimer(pilot, clock) as timer:
                timed = timer.press
                for _ in range(40):
                    await timed("j/k", "j")
                for _ in range(20):
                    await timed("j/k", "k")
                for _ in range(10):
                    await timed("G/g", "G")
                    await timed("G/g", "g")
                for _ in range(12):
                    await timed("tab", "tab")
                for _ in range(5):
                    await timed("pagedown", "pagedown")
                panes = timer.times.copy()

                async def chosen(label: str, key: str) -> None:
                    # Until the panes show the new choice (applied after the list's
                    # highlight moved, in the same or the next frame).
                    begin, before = time.perf_counter(), main.article

                    async def shown() -> None:
                        while main.article == before and time.perf_counter() - begin < 10:
                            await asyncio.sleep(0.005)

                    await timer.timed(label, pilot.press(key), until=shown)

                await timed("a (open the list)", "a")
                for _ in range(5):
                    await timed("list j (highlight)", "j")
                for _ in range(3):
                    await chosen("list: one article shown", "j")
                    await chosen("list: All shown again", "home")
        every = [v for values in panes.values() for v in values]
        print(json.dumps({"p95": p95(every), "n": len(every), "items": app.main_screen.full.item_count()
                          if app.main_screen.full else 0,
                          "keys": timer.summary()}), flush=True)

    asyncio.run(run())


def spawn_ui(name: str, folder: Path, start: str, env: dict[str, str]) -> dict:
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--phase", name, "--folder", str(folder),
                             "--start", start], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    marks: dict = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        line = line.strip()
        if line.startswith("{"):
            marks.update(json.loads(line))
        elif line:
            marks[line] = time.perf_counter() - began
    proc.wait()
    if proc.returncode != 0:
        marks["error"] = (proc.stderr.read() if proc.stderr else "")[-2000:]
    return marks


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{platform.system()} {platform.machine()}, {cores} cores{', ' + model if model else ''}, "
            f"Python {platform.python_version()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--start", default="forkserver", choices=["forkserver", "spawn"])
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    parser.add_argument("--phases", default="cold,warm,nocache,merge,ui-cold,ui-warm",
                        help="which measurements, comma separated (default: all)")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase in ("ui-cold", "ui-warm"):
        ui_phase(args.folder, args.start, keys=args.phase == "ui-warm")
        return 0
    if args.phase:
        print(json.dumps(phase(args.phase, args.folder, args.start)))
        return 0

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        folder = Path(args.keep or Path(tmp) / "articles")
        folder.mkdir(parents=True, exist_ok=True)
        size = generate(folder, args.articles)
        code = Path(tmp) / "code"
        for part in ("briefing", "styles", "seeds"):
            shutil.copytree(ROOT / part, code / part)  # .pyc files stay valid (mtimes kept)
        os.environ["BENCH_CODE"] = str(code)
        env = dict(os.environ, BRIEFING_HOME=str(Path(tmp) / "home"))
        print(f"machine: {machine()}; load average before: {os.getloadavg()[0]:.2f}")
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB; pool start method: {args.start}")
        wanted = args.phases.split(",")
        for name in [p for p in ("cold", "warm", "nocache", "merge") if p in wanted]:
            run = subprocess.run([sys.executable, __file__, "--phase", name, "--folder", str(folder),
                                  "--start", args.start], capture_output=True, text=True, env=env)
            if run.returncode != 0:
                print(f"{name}: failed\n{run.stderr}")
                return 1
            n = json.loads(run.stdout.strip().splitlines()[-1])
            line = (f"{name:8s} load {n['seconds']:6.2f} s  first {n['first']:5.2f} s  "
                    f"peak RSS {n['rss_self']:4.0f} MB + largest child {n['rss_child']:3.0f} MB "
                    f"(all {n['processes']:.0f} children {n['rss_children']:3.0f} MB)\n"
                    "         "
                    f"articles {n['articles']:.0f} cached {n['cached']:.0f} parsed {n['parsed']:.0f} "
                    f"errors {n['errors']:.0f}  CPU {n['cpu']:.1f} s  (import {n['import']:.2f} s)")
            if n["cpu_children"]:
                workers = " + ".join(f"{c:.1f}" for c in n["cpu_children"] if c >= 0.05)
                line += (f"\n         CPU: this process {n['cpu_main']:.2f} s, children {workers} s; "
                         f"the 2 cores {n['cpu'] / (2 * n['seconds']):.0%} busy with it")
            if name == "merge":
                line += (f"\n         merge {n['merge']:.2f} s: {n['parties']:.0f} parties, "
                         f"{n['items']:.0f} items, {n['changes']:.0f} changes")
            print(line)
        ui_env = dict(os.environ, BRIEFING_HOME=str(Path(tmp) / "home-ui"))
        for name in [p for p in ("ui-cold", "ui-warm") if p in wanted]:
            n = spawn_ui(name, folder, args.start, ui_env)
            if "error" in n:
                print(f"{name}: failed\n{n['error']}")
                return 1
            print(f"{name:8s} first panes painted {n['painted']:5.2f} s   merged view of all "
                  f"articles painted {n['loaded']:6.2f} s  (from spawn, imports included; "
                  f"cached {n['cached']}, parsed {n['parsed']})")
            if name == "ui-warm":
                print(f"keys     key press to repaint on the merged view ({n['items']} items, "
                      f"160x45): p95 {n['p95']:.1f} ms over {n['n']} presses in the panes "
                      "(median / max / n):")
                for label, (median, worst, count) in n["keys"].items():
                    print(f"           {label:22s} {median:7.1f} / {worst:7.1f} ms  n={count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
