"""Benchmark the Markdown export: render and atomic write of a large briefing.

    python bench/export.py [--items 10000] [--repeat 5]

Builds a briefing by hand (no engine): 20 articles, parties with positions, terms and
figures, ``--items`` items in all, each with its own source (so one footnote each).
Prints the best of ``--repeat`` runs for: render (``render_markdown``), parse of the
output with markdown-it-py (the tests' check, for scale), and ``write_text`` into a
temporary folder; plus the document size and the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.export import render_markdown, write_text  # noqa: E402
from briefing.model import (STANCES, TERM_CATEGORIES, Article, Briefing, Figure,  # noqa: E402
                            Party, Position, Source, Term)
from briefing.view import ViewSpec  # noqa: E402
from machine_info import describe  # noqa: E402  (bench/ is on sys.path when run)


def build(items: int) -> Briefing:
    articles = [Article(id=f"a{n}", title=f"Article {n} about the talks", source="Wire",
                        date=f"2025-06-{n % 28 + 1:02d}", path=f"a{n}.txt") for n in range(20)]

    def source(n: int) -> Source:
        quote = f"Sentence {n} says something *quoted* | with [brackets] and <tags>."
        return Source(f"a{n % 20}", n % 50, 0, len(quote), quote)

    third = items // 3
    parties = [Party(f"Party {p}", positions=[
        Position(STANCES[n % len(STANCES)], f"position {n} of party {p}", source(n))
        for n in range(p, third, 10)]) for p in range(10)]
    terms = [Term(f"term {n}", TERM_CATEGORIES[n % len(TERM_CATEGORIES)], source(third + n))
             for n in range(third)]
    figures = [Figure(n, f"{n:,}", f"label {n}", source(2 * third + n), qualifier="over")
               for n in range(items - 2 * third)]
    return Briefing(articles=articles, parties=parties, terms=terms, figures=figures)


def best(repeat: int, run) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    briefing = build(args.items)
    when = datetime(2026, 1, 1, tzinfo=timezone.utc)
    text = render_markdown(briefing, ViewSpec(), when)
    md = MarkdownIt("commonmark").enable("table").use(footnote_plugin)
    render_s = best(args.repeat, lambda: render_markdown(briefing, ViewSpec(), when))
    filtered_s = best(args.repeat, lambda: render_markdown(briefing, ViewSpec(query="party 3"), when))
    parse_s = best(args.repeat, lambda: md.parse(text))
    with tempfile.TemporaryDirectory() as folder:
        write_s = best(args.repeat, lambda: write_text(Path(folder) / "x.md", text))
    print(f"items: {briefing.item_count()}  document: {len(text.encode()) / 1e6:.2f} MB, "
          f"{text.count(chr(10))} lines")
    print(f"render: {render_s * 1000:.0f} ms  render with filter: {filtered_s * 1000:.0f} ms")
    print(f"markdown-it parse (tests' check): {parse_s * 1000:.0f} ms")
    print(f"write_text (temp + fsync + rename): {write_s * 1000:.1f} ms")
    print(f"machine: {describe()}")


if __name__ == "__main__":
    main()
