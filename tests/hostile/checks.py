"""Invariants every hostile input must keep, shared by the corpus tests and the fuzz tests."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefing.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_hostile_corpus.py"

# What must never reach a terminal: C0 controls but tab/newline, DEL, C1 controls,
# bidi embeddings/overrides/isolates. (ESC is in C0.)
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A Markdown export may keep nothing but text, tab and newline.
MARKDOWN_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def corpus_module() -> ModuleType:
    """scripts/make_hostile_corpus.py as a module (scripts/ is not a package)."""
    name = "make_hostile_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCRIPT)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def assert_sources_quote_articles(briefing: Briefing) -> None:
    """Every source points into its article: ``text[start:end] == quote``, sentence in range."""
    articles = {a.id: a for a in briefing.articles}
    for article in briefing.articles:
        previous = 0
        for start, end in article.sentences:
            assert previous <= start <= end <= len(article.text), (article.id, start, end)
            previous = end
    items = [p for party in briefing.parties for p in party.positions]
    items += briefing.terms + briefing.figures
    for item in items:
        assert item.sources and item.source == item.sources[0]
        for source in item.sources:
            article = articles.get(source.article)
            assert article is not None, source
            assert 0 <= source.start <= source.end <= len(article.text), source
            assert article.text[source.start:source.end] == source.quote, source
            assert 0 <= source.sentence < len(article.sentences), source
            s_start, s_end = article.sentences[source.sentence]
            # The quote starts in its sentence (it may run on when the splitter cut a
            # figure such as "nearly\n60-day" in two).
            assert s_start <= source.start <= s_end, (source, s_start, s_end)


def assert_terminal_clean(text: str) -> None:
    match = TERMINAL_UNSAFE.search(text)
    assert match is None, f"unsafe {match.group()!r} at {match.start()}: {text[max(0, match.start() - 40):match.start() + 40]!r}"


def markdown_parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


def assert_markdown_clean(markdown: str) -> None:
    """The export parses, keeps no control characters and lets no raw HTML through."""
    match = MARKDOWN_UNSAFE.search(markdown)
    assert match is None, f"control {match.group()!r} at {match.start()}"
    tokens = markdown_parser().parse(markdown)
    stack = list(tokens)
    while stack:
        token = stack.pop()
        assert token.type not in ("html_block", "html_inline"), token.content
        stack.extend(token.children or [])
