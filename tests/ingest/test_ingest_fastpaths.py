"""The ingest speed shortcuts give what the libraries give (guards against a library upgrade).

- markdown_format._plain_or_inline: markdown-it's inline step without the inline parser
  for plain runs; must equal the stock parser's tokens.
- html_format._fast_extraction: trafilatura's extraction with a reduced metadata reader;
  must equal bare_extraction(with_metadata=True) on every HTML fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import html_format, markdown_format

SNIPPETS = [
    "Plain paragraph: no markup - at all, 50% of $3.",
    "wrapped line one\nline two \nline three  \nline four\t\n  indented five",
    "trailing hard   \nbreak and *emphasis* and [a link](x) &amp; `code`",
    "| a | b |\n|---|---|\n| plain | cell -- with: punctuation |",
    "# Heading: plain\n\nPara one\ncontinued.\n\n> quoted\n> lines",
    "---\ntitle: x\n---\n\nBody\\\nwith a backslash break.",
]


def _sig(tokens):
    return [(t.type, t.content, None if t.children is None else
             [(c.type, c.content, c.markup, c.tag, c.nesting, c.level) for c in t.children])
            for t in tokens]


@pytest.mark.parametrize("source", SNIPPETS)
def test_plain_runs_tokenise_like_markdown_it(source: str) -> None:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    stock = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    assert _sig(markdown_format._parser().parse(source)) == _sig(stock.parse(source))


HTML = sorted(Path(__file__).resolve().parents[1].rglob("*.htm*"))


@pytest.mark.parametrize("path", HTML, ids=lambda p: p.name)
def test_fast_html_extraction_equals_trafilatura(path: Path) -> None:
    fast = html_format._fast_extraction()
    if fast is None:
        pytest.skip("this trafilatura is not the mirrored version: the full call is used")
    html = path.read_text(encoding="utf-8", errors="replace")
    full = html_format._full_extraction(html)
    mine = fast(html)
    keys = html_format._FIELDS
    assert (None if mine is None else {k: mine.get(k) for k in keys}) == \
        (None if full is None else {k: full.get(k) for k in keys})
