"""Benchmark: sentence splitting and full ingest on a multi-megabyte text.

    python bench/ingest.py [--mb 8] [--repeat 3]

Builds a text of at least ``--mb`` megabytes by repeating the development
articles in ``../shared/eval/dev/articles`` (read at run time: nothing from them
is stored in the repository), then reports the best of ``--repeat`` runs of

- ``split_sentences`` on the whole text,
- full ingest of the text as a .txt file (read, decode, parse, split),
- the same for a cp1252 file (the fallback decoder) and a UTF-16 file,
- ingest of each dev article in its own format (HTML through trafilatura),

as sentences/s and MB/s, with the machine it ran on. No thresholds: numbers only.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing import ingest  # noqa: E402
from briefing.ingest.sentences import split_sentences  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"
MB = 1024 * 1024


def machine() -> str:
    return (f"{platform.platform()} | {platform.machine()} | {os.cpu_count()} CPUs | "
            f"Python {platform.python_version()} ({platform.python_implementation()})")


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


def best_of(repeat: int, job: Callable[[], int]) -> tuple[float, int]:
    """(best wall time in seconds, the job's sentence count)."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = job()
        best = min(best, time.perf_counter() - start)
    return best, count


def report(name: str, size: int, seconds: float, sentences: int) -> None:
    print(f"  {name:<34} {size / MB:7.2f} MB  {seconds * 1000:8.1f} ms  "
          f"{size / MB / seconds:8.1f} MB/s  {sentences / seconds:11,.0f} sentences/s  "
          f"({sentences:,} sentences)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the text (default 8)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    text = corpus(args.mb)
    data = text.encode("utf-8")
    print(f"text: {len(data) / MB:.2f} MB from the dev articles in {ARTICLES}, "
          f"best of {args.repeat}\n")

    seconds, count = best_of(args.repeat, lambda: len(split_sentences(text)))
    report("split_sentences", len(data), seconds, count)

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
            seconds, count = best_of(args.repeat,
                                     lambda p=path: len(ingest.read_path(p).sentences))
            report(name, len(payload), seconds, count)

    articles = [p for p in sorted(ARTICLES.iterdir())
                if p.suffix.lower() in ingest.SUPPORTED_SUFFIXES]
    ingest.read_path(next(p for p in articles if p.suffix == ".html"))  # import trafilatura once
    for suffix in (".txt", ".md", ".html"):
        group = [p for p in articles if p.suffix == suffix]
        size = sum(p.stat().st_size for p in group)
        seconds, count = best_of(args.repeat, lambda g=group: sum(
            len(ingest.read_path(p).sentences) for p in g))
        report(f"dev articles {suffix} ({len(group)} files)", size, seconds, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
