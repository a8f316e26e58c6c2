"""Parse exported Markdown with markdown-it-py (GFM tables + footnotes) for structural checks."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

HTML_TOKENS = {"html_block", "html_inline"}


def parser() -> MarkdownIt:
    # "commonmark" with HTML on (the default) so that any HTML that slipped through
    # would show up as html_block / html_inline tokens.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


def tokens(markdown: str) -> list[Token]:
    return parser().parse(markdown)


def walk(toks: list[Token]) -> list[Token]:
    """Every token, children included, in document order."""
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        if tok.children:
            out.extend(walk(tok.children))
    return out


def plain(inline: Token) -> str:
    """The visible text of an inline token (text and code, no markup, no footnote marks)."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


@dataclass
class Heading:
    level: int
    text: str


def headings(toks: list[Token]) -> list[Heading]:
    found = []
    for index, tok in enumerate(toks):
        if tok.type == "heading_open":
            found.append(Heading(int(tok.tag[1]), plain(toks[index + 1])))
    return found


def tables(toks: list[Token]) -> list[list[list[Token]]]:
    """Each table as rows of cells (the cells' inline tokens), header row first."""
    result: list[list[list[Token]]] = []
    row: list[Token] | None = None
    for index, tok in enumerate(toks):
        if tok.type == "table_open":
            result.append([])
        elif tok.type == "tr_open":
            row = []
        elif tok.type in ("th_open", "td_open") and row is not None:
            row.append(toks[index + 1])
        elif tok.type == "tr_close" and row is not None:
            result[-1].append(row)
            row = None
    return result


def footnote_refs(inline: Token) -> list[int]:
    """The footnote numbers referenced in an inline token, in order."""
    return [int(c.meta["label"]) for c in inline.children or [] if c.type == "footnote_ref"]


def footnote_texts(toks: list[Token]) -> dict[int, str]:
    """Footnote label -> its visible text."""
    result: dict[int, str] = {}
    label: int | None = None
    for tok in toks:
        if tok.type == "footnote_open":
            label = int(tok.meta["label"])
        elif tok.type == "inline" and label is not None:
            result[label] = plain(tok)
        elif tok.type == "footnote_close":
            label = None
    return result
