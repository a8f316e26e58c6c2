"""Escaping: any text, however hostile, comes back as the same literal text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.export.escape import cell, inline
from briefing.sanitize import clean_line

from .mdparse import HTML_TOKENS, plain, tables, tokens, walk

# Text biased towards Markdown and HTML syntax, escapes and line breaks.
MARKDOWNISH = st.text(
    alphabet=st.one_of(st.sampled_from(list("\\`*_[]<>#|~&!()-+=.:;1 \n\t\r\x1b\x07\x00/\"'^$")),
                       st.characters(codec="utf-8")),
    max_size=40,
)
# Full syntax: what must stay plain text (no emphasis, link, code, HTML, heading...).
INLINE_ONLY = {"inline", "text", "paragraph_open", "paragraph_close", "softbreak"}


@pytest.mark.parametrize("raw, escaped", [
    ("# Title", "\\# Title"),
    ("a | b", "a \\| b"),
    ("*bold* _it_", "\\*bold\\* \\_it\\_"),
    ("`code`", "\\`code\\`"),
    ("<script>", "\\<script\\>"),
    ("[x](y)", "\\[x\\](y)"),
    ("1. first", "1\\. first"),
    ("- item", "\\- item"),
    ("> quote", "\\> quote"),
    ("&amp; & co", "\\&amp; & co"),
    ("back\\slash", "back\\\\slash"),
    ("two\nlines", "two lines"),
    ("\x1b[31mred\x1b[0m", "red"),
])
def test_inline_escapes(raw: str, escaped: str) -> None:
    assert inline(raw) == escaped


@settings(max_examples=300, deadline=None)
@given(MARKDOWNISH)
def test_any_text_in_a_paragraph_or_list_item_stays_literal(text: str) -> None:
    for prefix in ("", "- ", "## ", "1. "):
        toks = tokens(prefix + inline(text) + "\n")
        kinds = {t.type for t in walk(toks)}
        assert not kinds & HTML_TOKENS
        container = {"": set(), "- ": {"bullet_list_open", "bullet_list_close", "list_item_open",
                                      "list_item_close"},
                     "## ": {"heading_open", "heading_close"},
                     "1. ": {"ordered_list_open", "ordered_list_close", "list_item_open",
                             "list_item_close"}}[prefix]
        if clean_line(text):
            assert kinds <= INLINE_ONLY | container, (text, kinds)
            shown = [t for t in toks if t.type == "inline"]
            assert len(shown) == 1 and plain(shown[0]) == clean_line(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWNISH, min_size=3, max_size=3))
def test_any_text_in_table_cells_keeps_the_row_shape(texts: list[str]) -> None:
    markdown = "| a | b | c |\n| --- | --- | --- |\n| " + " | ".join(cell(t) for t in texts) + " |\n"
    (table,) = tables(tokens(markdown))
    assert len(table) == 2 and len(table[1]) == 3
    assert [plain(c) for c in table[1]] == [clean_line(t) for t in texts]
    assert not {t.type for t in walk(tokens(markdown))} & HTML_TOKENS
