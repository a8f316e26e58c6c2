"""HTML articles: the main article text and the page's metadata.

trafilatura (imported lazily: it takes a while to load and most runs never see
HTML) finds the article among the navigation, ads, cookie banners and related
links; its metadata gives title, date, site name and URL. When it finds nothing
(or cannot be imported) a tag stripper from the standard library keeps the text
of the page, preferring ``<article>``/``<main>`` and skipping scripts, styles,
navigation, headers, footers, asides and forms, with a warning.

Bytes are decoded by ``decode_html``: a BOM, then UTF-8, then the page's own
``<meta charset>`` declaration, then the cp1252 fallback (see encoding.py).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from html import unescape
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

from briefing.ingest.document import Parsed
from briefing.ingest.encoding import decode
from briefing.resources import lexicon

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_SITE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ")
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header",
                   "footer", "aside", "form", "iframe", "button", "select", "head"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col",
                   "embed", "param", "source", "track", "wbr"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2",
                    "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
                    "br", "hr", "figcaption", "dd", "dt", "body", "title"})
# Boilerplate containers by class or id: cookie banners, ads, share bars, newsletters.
_BOILERPLATE = re.compile(r"cookie|consent|banner|advert|\bads?\b|promo|newsletter|subscribe|"
                          r"share|social|related|comments?\b|sidebar|popup|modal",
                          re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` tag within its first 4 KB."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, path: str) -> tuple[str, list[str]]:
    """The page's text, honouring its ``<meta charset>`` (see ``encoding.decode``)."""
    return decode(data, path, declared=declared_charset(data))


class _TextOnly(HTMLParser):
    """Collects visible text, blocks separated by blank lines, boilerplate skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []  # open tags whose content is skipped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in _BLOCK:
                self.parts.append("\n")
            return
        if self.skipping:
            self.skipping.append(tag)
            return
        marks = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
        if tag in _SKIP or (marks and _BOILERPLATE.search(marks)):
            self.skipping.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            # Unwind to the matching open tag (HTML in the wild does not always close).
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        paragraphs = (re.sub(r"[^\S\n]+", " ", block).strip()
                      for block in re.split(r"\n\s*\n", joined))
        lines = ("\n".join(line.strip() for line in p.split("\n") if line.strip())
                 for p in paragraphs)
        return "\n\n".join(p for p in lines if p)


def strip_tags(html: str) -> str:
    """The visible text of an HTML fragment or page, boilerplate containers skipped."""
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - hostile markup must not stop the article
        pass
    return parser.text()


def _main_part(html: str) -> str:
    """The ``<article>`` (or ``<main>``) element when the page has exactly one."""
    for tag in ("article", "main"):
        opens = [m.start() for m in re.finditer(rf"<{tag}[\s>]", html, re.IGNORECASE)]
        if len(opens) == 1:
            end = re.search(rf"</{tag}\s*>", html[opens[0]:], re.IGNORECASE)
            if end:
                return html[opens[0]:opens[0] + end.end()]
    return html


def _page_title(html: str) -> str:
    match = _TITLE.search(html[:65536])
    return re.sub(r"\s+", " ", unescape(match.group(1))).strip() if match else ""


def _split_page_title(page_title: str) -> tuple[str, str]:
    """"Headline | Site" -> ("Headline", "Site"); no site part -> (page_title, "")."""
    for separator in _SITE_SEPARATORS:
        head, sep, tail = page_title.rpartition(separator)
        if sep and head.strip() and tail.strip() and len(tail) <= 60:
            return head.strip(), tail.strip()
    return page_title, ""


_FIELDS = ("text", "title", "sitename", "date", "url")
# What we ask of trafilatura (both paths below must ask the same).
_OPTIONS: dict[str, Any] = dict(
    include_comments=False, include_tables=True, include_images=False, deduplicate=False,
    # A list of deal points inside a live-blog entry is what we read the page
    # for; the default (precision) setting drops it as boilerplate.
    favor_recall=True,
    # Only dates the page states (meta tags, <time>); no guessing from the
    # copyright line or today's date.
    date_extraction_params={"extensive_search": False, "original_date": True},
)
# The trafilatura release whose ``extract_metadata`` ``_page_metadata_reader`` mirrors;
# any other version takes the plain ``bare_extraction(with_metadata=True)`` path.
_MIRRORED_VERSION = "2.3."


def _full_extraction(html: str) -> dict[str, Any] | None:
    """trafilatura's own text + metadata call (any version)."""
    from trafilatura import bare_extraction

    result = bare_extraction(html, with_metadata=True, **_OPTIONS)
    if result is None:
        return None
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


@cache
def _fast_extraction() -> Callable[[str], dict[str, Any] | None] | None:
    """The same extraction without the metadata we do not use, or None when this
    trafilatura is not the mirrored version (then ``_full_extraction`` serves)."""
    try:
        import trafilatura
        from trafilatura import bare_extraction
        from trafilatura.settings import Extractor
        from trafilatura.utils import load_html

        if not getattr(trafilatura, "__version__", "").startswith(_MIRRORED_VERSION):
            return None
        read_metadata = _page_metadata_reader()
    except (ImportError, AttributeError):
        return None
    # One Extractor for every page, built as bare_extraction builds it from _OPTIONS:
    # building it reads the config each time, and trafilatura never mutates it (its
    # recall retry works on a copy).
    options = Extractor(
        output_format="python", comments=_OPTIONS["include_comments"],
        tables=_OPTIONS["include_tables"], images=_OPTIONS["include_images"],
        dedup=_OPTIONS["deduplicate"], recall=_OPTIONS["favor_recall"],
        date_params=_OPTIONS["date_extraction_params"])

    def extract(html: str) -> dict[str, Any] | None:
        # The page is parsed once, as bare_extraction would; the same tree serves the
        # metadata, then the text (bare_extraction copies a tree it is given).
        tree = load_html(html, options.max_file_size)
        if tree is None:
            return None
        data = read_metadata(tree, options.date_params)
        result = bare_extraction(tree, options=options)
        if result is None:
            return None
        data["text"] = result.text
        return data

    return extract


def _page_metadata_reader() -> Callable[[Any, dict[str, Any]], dict[str, Any]]:
    """trafilatura's ``extract_metadata`` (2.3) reduced to the fields we keep.

    The full one also reads the author, categories, tags and licence (about half
    of its time, a third of the whole extraction), which nothing here uses. The
    steps kept run in the same order on the same tree, so title, site name, date
    and URL are exactly trafilatura's.
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (META_URL, examine_meta, extract_meta_json,
                                      extract_sitename, extract_title, extract_url)

    def read(tree: Any, date_params: dict[str, Any]) -> dict[str, Any]:
        metadata = examine_meta(tree)
        try:
            metadata = extract_meta_json(tree, metadata)
        except Exception:  # noqa: BLE001 - as trafilatura: broken JSON-LD is ignored
            pass
        if not metadata.title:
            metadata.title = extract_title(tree)
        if not metadata.url:
            metadata.url = extract_url(tree, None)
        if metadata.url:  # unused here, kept so a URL that trips it fails as before
            metadata.hostname = extract_domain(metadata.url, fast=True)
        metadata.date = find_date(tree, **{**date_params, "url": metadata.url})
        if not metadata.sitename:
            metadata.sitename = extract_sitename(tree)
        if metadata.sitename:
            metadata.sitename = metadata.sitename.lstrip("@")
            if (metadata.sitename and "." not in metadata.sitename
                    and not metadata.sitename[0].isupper()):
                metadata.sitename = metadata.sitename.title()
        elif metadata.url:
            match = META_URL.match(metadata.url)
            if match:
                metadata.sitename = match[1]
        metadata.clean_and_trim()
        return {"title": metadata.title, "sitename": metadata.sitename,
                "date": metadata.date, "url": metadata.url}

    return read


def _trafilatura(html: str) -> dict[str, str] | None:
    """trafilatura's text and metadata, or None when it is missing or finds nothing."""
    try:
        fast = _fast_extraction()
        data = fast(html) if fast else _full_extraction(html)
    except Exception:  # noqa: BLE001 - no trafilatura (ImportError), or a parser crash
        return None    # on hostile markup: "nothing found"
    if data is None:
        return None
    return {key: str(data.get(key) or "") for key in _FIELDS}


def _paragraphs(text: str) -> str:
    """One paragraph per line, separated by blank lines, white space tidied."""
    # str.split() splits on runs of the very characters regex \s matches, so on a
    # line (no "\n") this is re.sub(r"[^\S\n]+", " ", line).strip(), about 3.5 times faster.
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(_table_row(line) for line in lines if line and not _RULE_ROW.match(line))


# trafilatura writes a table as Markdown ("| cell | cell |" rows under a "|---|---|" rule)
_RULE_ROW = re.compile(r"\|(?:\s*:?-+:?\s*\|)+$")
_CELL_GAP = "   "


def _table_row(line: str) -> str:
    """A table row as its cells with white space between them: the bars are not in the
    page, and a quote must read as the page does with its tags taken out."""
    if not (line.startswith("|") and line.endswith("|") and len(line) > 2):
        return line
    return _CELL_GAP.join(cell.strip() for cell in line[1:-1].split("|"))


# An inline element touching punctuation: "the <em>Bay Accord</em>, which", "(<a>annex</a>)".
_INLINE = r"(?:a|abbr|b|cite|code|dfn|em|i|mark|q|s|small|span|strong|sub|sup|time|u)"
# (not an apostrophe: "Accord</em>'s" is no "Accord 's")
_SEAM_AFTER = re.compile(r"(</" + _INLINE + r"\s*>)(?=[,.;:!?)\]\"\u201d])", re.IGNORECASE)
_SEAM_BEFORE = re.compile(r"(?<=[(\[\"\u201c])(<" + _INLINE + r"\b)", re.IGNORECASE)


def _mark_seams(html: str) -> str:
    """The page with a space where an inline tag meets punctuation.

    Sources must be findable in the page itself, and a reader of the page's text with
    its tags taken out ("draft</em>, which" read as "draft , which") sees a break there;
    the quotes keep it so they match that reading word for word.
    """
    if "</" not in html:
        return html
    html = _SEAM_AFTER.sub(r"\1 ", html)
    return _SEAM_BEFORE.sub(r" \1", html)


_ASIDE = re.compile(r"<aside\b([^>]*)>(.*?)</aside\s*>", re.IGNORECASE | re.DOTALL)
_FIRST_HEADING = re.compile(r"<(h[1-6]|strong|b|p|header|div)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@cache
def _fact_box_headings() -> tuple[str, ...]:
    with lexicon("page.toml").open("rb") as handle:
        return tuple(tomllib.load(handle)["fact_boxes"]["headings"])


def _open_fact_boxes(html: str) -> str:
    """The page with its fact boxes ("Key terms", "At a glance") as sections of the article:
    an <aside> is left out as furniture, but these sum up the terms and numbers."""
    if "<aside" not in html and "<ASIDE" not in html:
        return html

    def open_box(m: re.Match[str]) -> str:
        heading = _FIRST_HEADING.search(m.group(2))
        words = " ".join(unescape(_TAG.sub(" ", heading.group(2))).lower().replace("\u2019", "'").split()) \
            if heading else ""
        if words.rstrip(":") and words.startswith(_fact_box_headings()):
            return f"<section{m.group(1)}>{m.group(2)}</section>"
        return m.group(0)

    return _ASIDE.sub(open_box, html)


def parse_html(html: str) -> Parsed:
    """The main article text of a page, with its title, date, site name and URL."""
    warnings: list[str] = []
    html = _open_fact_boxes(_mark_seams(html))
    found = _trafilatura(html)
    page_title = _page_title(html)
    if found and found["text"].strip():
        text = _paragraphs(found["text"])
        title, date, source, url = found["title"], found["date"], found["sitename"], found["url"]
    else:
        text = strip_tags(_main_part(html))
        title = date = source = url = ""
        if text:
            warnings.append("main text not found; kept all the visible text of the page")
    head, site = _split_page_title(page_title)
    if not title:
        title = head
    if not source and site and (title.startswith(head[:40]) or head.startswith(title[:40])):
        source = site
    if title and not text.startswith(title):
        # The headline is part of the article (and of what sources may quote).
        text = f"{title}\n\n{text}" if text else title
    return Parsed(text=text, title=title, source=source, date=date, url=url,
                  warnings=warnings)
