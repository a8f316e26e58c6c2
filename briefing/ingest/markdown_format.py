"""Markdown articles: front matter metadata and the text with inline markup stripped.

Parsed with markdown-it-py (CommonMark + tables + strikethrough) and the
mdit-py-plugins front matter plugin. The front matter is read by a small
``key: value`` reader (no YAML dependency); anything it cannot read is ignored
with a warning, never an error. Headings, paragraphs, list items, quotes and
table rows become separate paragraphs (blank line between them) so each is at
least one sentence; links keep their text, code spans their content, images and
raw HTML are dropped (HTML blocks keep their text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from briefing.ingest.document import Parsed

# Front matter keys we read, and the spellings other tools use for them.
_KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date",
    "source": "source", "publisher": "source", "site": "source", "sitename": "source",
    "site_name": "source", "publication": "source",
    "url": "url", "link": "url", "canonical_url": "url", "canonical": "url",
}
_KEY_LINE = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$")
_BLOCK_TAGS = ("paragraph", "heading", "th", "td")
# The first characters of every inline rule the parser runs but the line break:
# backslash (escape), backtick (code), ~ (strikethrough), * and _ (emphasis),
# [ (link), ! (image), < (autolink, inline HTML) and & (entity). Without any of
# them an inline run is plain text lines, which _plain_lines tokenises directly.
_INLINE_CUES = re.compile(r"[\\`~*_\[!<&]")
# The inline rules _INLINE_CUES was written for; a markdown-it-py that runs others
# keeps its own inline step.
_INLINE_RULES = [f"markdown_it.rules_inline.{name}" for name in (
    "text.text", "newline.newline", "escape.escape", "backticks.backtick",
    "strikethrough.tokenize", "emphasis.tokenize", "link.link", "image.image",
    "autolink.autolink", "html_inline.html_inline", "entity.entity")]


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = (MarkdownIt("commonmark").enable(["table", "strikethrough"])
              .use(front_matter_plugin))
    rules = [f"{rule.__module__}.{rule.__name__}" for rule in parser.inline.ruler.getRules("")]
    if rules == _INLINE_RULES:
        parser.core.ruler.at("inline", _plain_or_inline)
    return parser


def _plain_or_inline(state: Any) -> None:
    """markdown-it's core ``inline`` step, skipping the inline parser for plain runs.

    Most paragraphs of a news article hold no inline markup; the inline parser
    would turn each into text tokens after trying its rules at every punctuation
    mark, so those tokens are made directly.
    """
    from markdown_it.token import Token

    inline = state.md.inline
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if not content or _INLINE_CUES.search(content) is not None:
                inline.parse(content, state.md, state.env, token.children)
            elif "\n" in content:
                _plain_lines(content, token.children, Token)
            else:
                text = Token("text", "", 0)
                text.content = content
                token.children.append(text)


def _plain_lines(content: str, children: list[Any], Token: Any) -> None:  # noqa: N803
    """The tokens markdown-it's inline parser makes of text without inline markup.

    One text token per line, and between lines what its ``newline`` rule makes: a
    hard break after two or more trailing spaces (all dropped), else a soft break
    (one trailing space dropped); the next line's leading spaces and tabs are skipped.
    """
    lines = content.split("\n")
    last = len(lines) - 1
    for index, line in enumerate(lines):
        if index:
            line = line.lstrip(" \t")
        if index < last:
            if line.endswith("  "):
                line, kind = line.rstrip(" "), "hardbreak"
            elif line.endswith(" "):
                line, kind = line[:-1], "softbreak"
            else:
                kind = "softbreak"
        if line:
            text = Token("text", "", 0)
            text.content = line
            children.append(text)
        if index < last:
            children.append(Token(kind, "br", 0))


def _scalar(raw: str) -> str:
    """A YAML-ish scalar: quotes removed, trailing ``# comment`` dropped when unquoted."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return re.sub(r"\s+#.*$", "", value)


def parse_front_matter(content: str) -> tuple[dict[str, str], list[str]]:
    """``title``/``date``/``source``/``url`` from front matter, and warnings.

    Reads top-level ``key: value`` lines and ``>``/``|`` block scalars; a list, a
    nested value or a line that is not ``key: value`` makes it give up with a warning.
    """
    fields: dict[str, str] = {}
    lines = content.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.lstrip().startswith("- "):
            return {}, ["front matter ignored: it is a list, not key: value lines"]
        match = _KEY_LINE.match(line)
        if not match or line[0].isspace():
            return {}, [f"front matter ignored: cannot read line {index}"]
        key, raw = match.group(1).lower(), (match.group(2) or "").strip()
        block: list[str] = []
        while index < len(lines) and (not lines[index].strip() or lines[index][0].isspace()):
            block.append(lines[index].strip())
            index += 1
        if raw in {"", ">", "|", ">-", "|-"} and any(block):
            if raw == "" and any(b.startswith("- ") or _KEY_LINE.match(b) for b in block if b):
                if key in _KEYS:
                    return {}, [f"front matter ignored: {key!r} is not a single value"]
                continue  # a nested value under a key we do not use
            value = (" " if raw.startswith(">") or raw == "" else "\n").join(b for b in block if b)
        else:
            if any(block):  # a plain scalar continued on indented lines
                raw = " ".join([raw, *(b for b in block if b)])
            value = _scalar(raw)
        if key in _KEYS and value and _KEYS[key] not in fields:
            fields[_KEYS[key]] = value
    return fields, []


_FIELD_LINE = re.compile(r"[A-Z][\w'\u2019()-]*(?: [\w'\u2019()-]+){0,3}:(?:\s|$)")


def _opens_field(children: Sequence[Any], index: int) -> bool:
    """Whether the line starting at ``children[index]`` opens with a field label
    ("**Host:** X", "Guests: X"): such lines are a list of fields, not wrapped prose."""
    text = ""
    for child in children[index:index + 4]:
        if child.type == "softbreak":
            break
        if child.type in ("text", "code_inline"):
            text += child.content
        if len(text) > 40:
            break
    return bool(_FIELD_LINE.match(text))


def _inline_text(children: Sequence[Any]) -> str:
    """An inline token's children as plain text: markup dropped, link text kept.
    A soft break stays a line break before a field line ("**Host:** X"), so that
    fields written on consecutive lines do not run together into one name."""
    parts: list[str] = []
    for index, child in enumerate(children):
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append("\n" if _opens_field(children, index + 1) else " ")
        elif kind == "hardbreak":
            parts.append("\n")
        # images, inline HTML and the open/close markers of emphasis and links add nothing
    return "".join(parts)


def parse_markdown(source: str) -> Parsed:
    """The article text (one paragraph per block) and metadata of a Markdown document."""
    from briefing.ingest.html_format import strip_tags

    tokens = _parser().parse(source)
    blocks: list[str] = []
    fields: dict[str, str] = {}
    warnings: list[str] = []
    first_heading = ""
    row: list[str] | None = None
    context = ""
    for token in tokens:
        kind = token.type
        if kind == "front_matter":
            fields, warnings = parse_front_matter(token.content)
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                blocks.append(" | ".join(row))
            row = None
        elif kind.endswith("_open") and kind[:-5] in _BLOCK_TAGS:
            context = kind[:-5]
        elif kind == "inline":
            text = _inline_text(token.children or []).strip()
            if row is not None and context in ("th", "td"):
                row.append(text)
            elif text:
                blocks.append(text)
                if context == "heading" and not first_heading:
                    first_heading = text
        elif kind in ("fence", "code_block"):
            if token.content.strip():
                blocks.append(token.content.strip("\n"))
        elif kind == "html_block":
            text = strip_tags(token.content).strip()
            if text:
                blocks.append(text)
    return Parsed(text="\n\n".join(blocks), title=fields.get("title") or first_heading,
                  source=fields.get("source", ""), date=fields.get("date", ""),
                  url=fields.get("url", ""), warnings=warnings)


def has_front_matter(text: str) -> bool:
    """True when ``text`` opens with a ``---`` front matter block that is closed."""
    if not text.startswith("---"):
        return False
    first, _, rest = text.partition("\n")
    return first.rstrip() == "---" and re.search(r"^(---|\.\.\.)[ \t]*$", rest, re.M) is not None
