"""Benchmark: sentence splitting and full ingest on a multi-megabyte text.

    python bench/ingest.py [--mb 8] [--repeat 3]

Builds a text of at least ``--mb`` megabytes by repeating the development
articles in ``../shared/eval/dev/articles`` (read at run time: nothing from them
is stored in the repository), then reports the best of ``--repeat`` runs of

- ``split_sentences`` on the whole text,
- full ingest of the text as a .txt file (read, decode, parse, split),
- the same for a cp1252 file (the fallback decoder) and a UTF-16 file,
- ingest of each dev article in its own format (HTML through trafilatura),

as sentences/s and MB/s (wall and CPU time), with the machine it ran on. No thresholds: numbers only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.ingest.sentences import split_sentences  # noqa: E402
from machine_info import describe  # noqa: E402  (bench/ is on sys.path when run)

ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"
MB = 1024 * 1024


def machine() -> str:
    return describe()


def corpus(megabytes: float) -> str:
    """The plain-text dev articles (Markdown/HTML as their ingested text), repeated."""
    if not ARTICLES.is_dir():
        sys.exit(f"bench/ingest.py: the dev articles are not at {ARTICLES}; this benchmark "
                 "needs the shared evaluation folder next to the repository (../shared).")
    texts = []
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix.lower() in ingest.SUPPORTED_SUFFIXES:
            doc = ingest.read_path(path)
            texts.append(doc.text.strip())
    if not texts:
        sys.exit(f"bench/ingest.py: no articles in {ARTICLES}")
    block = "\n\n".join(texts) + "\n\n"
    copies = int(megabytes * MB / len(block.encode("utf-8"))) + 1
    return block * copies


def best_of(repeat: int, job: Callable[[], int]) -> tuple[float, float, int]:
    """(best wall time, best CPU time of this process, the job's sentence count).

    Both are reported: on a busy machine the wall time mostly measures the other
    processes, the CPU time much less so.
    """
    best_wall, best_cpu, count = float("inf"), float("inf"), 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        count = job()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_wall, best_cpu, count


def report(name: str, size: int, timing: tuple[float, float, int]) -> None:
    wall, cpu, sentences = timing
    print(f"  {name:<31} {size / MB:6.2f} MB  wall {wall * 1000:7.1f} ms "
          f"{size / MB / wall:6.1f} MB/s {sentences / wall:9,.0f} sent/s | "
          f"cpu {size / MB / cpu:6.1f} MB/s {sentences / cpu:9,.0f} sent/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the text (default 8)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    if hasattr(os, "getloadavg"):
        print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    text = corpus(args.mb)
    data = text.encode("utf-8")
    print(f"text: {len(data) / MB:.2f} MB from the dev articles in {ARTICLES}, "
          f"best of {args.repeat}\n")

    report("split_sentences", len(data), best_of(args.repeat, lambda: len(split_sentences(text))))

    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "ingest .txt (UTF-8)": (Path(tmp) / "big.txt", data),
            "ingest .txt (cp1252 fallback)": (Path(tmp) / "big-cp1252.txt",
                                              text.encode("cp1252", errors="replace")),
            "ingest .txt (UTF-16 with BOM)": (Path(tmp) / "big-utf16.txt",
                                              text.encode("utf-16")),
        }
        for name, (path, payload) in files.items():
            if len(payload) > ingest.MAX_BYTES:
                print(f"  {name:<34} skipped: {len(payload) / MB:.1f} MB is over the limit")
                continue
            path.write_bytes(payload)
            report(name, len(payload),
                   best_of(args.repeat, lambda p=path: len(ingest.read_path(p).sentences)))

    articles = [p for p in sorted(ARTICLES.iterdir())
                if p.suffix.lower() in ingest.SUPPORTED_SUFFIXES]
    ingest.read_path(next(p for p in articles if p.suffix == ".html"))  # import trafilatura once
    for suffix in (".txt", ".md", ".html"):
        group = [p for p in articles if p.suffix == suffix]
        size = sum(p.stat().st_size for p in group)
        report(f"dev articles {suffix} ({len(group)} files)", size, best_of(
            args.repeat, lambda g=group: sum(len(ingest.read_path(p).sentences) for p in g)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
