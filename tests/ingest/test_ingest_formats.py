"""Each format from its own fixture: text, title, metadata, sentence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import ingest
from briefing.ingest import html_format
from briefing.ingest.markdown_format import parse_front_matter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def sentence_texts(doc: ingest.Document) -> list[str]:
    return [doc.text[start:end] for start, end in doc.sentences]


def test_txt_headline_becomes_the_title_and_stays_in_the_text() -> None:
    doc = ingest.read_path(FIXTURES / "headline.txt")
    assert doc.id == "headline"
    assert doc.format == "txt"
    assert doc.title == "Unions and employers resume talks on pensions"
    assert doc.text == (FIXTURES / "headline.txt").read_text(encoding="utf-8")
    assert sentence_texts(doc) == [
        "Unions and employers resume talks on pensions",
        "ROME \u2014 Union leaders and employers resumed talks on Tuesday.",
        "Mr. Rossi said progress was slow.",
    ]
    assert doc.warnings == []


@pytest.mark.parametrize(("text", "title"), [
    ("A first sentence that ends with a full stop.\nMore text.", ""),
    ("Only one line without a stop", ""),
    ("Talks collapse: what next?\nBody.", "Talks collapse: what next?"),
    ("Heading ending in a colon:\nBody.", ""),
    ("x" * 200 + "\nBody.", ""),
    ("\n\n  Indented headline  \nBody.", "Indented headline"),
])
def test_txt_title_only_when_the_first_line_looks_like_a_headline(text: str, title: str) -> None:
    assert ingest.from_text(text).title == title


def test_markdown_front_matter_and_plain_text() -> None:
    doc = ingest.read_path(FIXTURES / "front-matter.md")
    assert doc.format == "md"
    assert doc.title == 'Harbour talks resume as "final" deadline nears'
    assert (doc.source, doc.date) == ("Lakeside Courier", "2025-05-02")
    assert doc.url == "https://news.example.org/2025/05/02/harbour-talks"
    assert doc.warnings == []
    assert sentence_texts(doc) == [
        "A heading that is not the title",
        "Both sides say a deal is close",
        "The dock union met the employers on Friday, according to a statement from the mediator.",
        "The final offer was 4.5% a year.",
        "What is on the table",
        "a raise of 4.5% a year;",
        "seven paid sick days for every worker;",
        "no automation before 2030.",
        '"We are close," the mediator said.',
        '"Not there yet."',
        "Item | Offer",
        "Raise | 4.5%",
        "Talks resume on Monday.",
    ]
    # Inline markup is gone; blocks are paragraphs of their own.
    for mark in ("**", "_employers_", "`", "](", "![", "---", "> "):
        assert mark not in doc.text
    assert "\n\nWhat is on the table\n\n" in doc.text


def test_markdown_list_front_matter_is_ignored_with_a_warning() -> None:
    doc = ingest.read_path(FIXTURES / "list-front-matter.md")
    assert doc.title == "Fallback heading title"
    assert doc.date == ""
    assert doc.warnings == ["front matter ignored: it is a list, not key: value lines"]
    assert doc.text == "Fallback heading title\n\nBody text here."


@pytest.mark.parametrize(("content", "fields", "warnings"), [
    ("title: Plain\ndate: 2025-01-02 # a comment\n", {"title": "Plain", "date": "2025-01-02"}, []),
    ("Title: 'It''s done'\npublisher: \"The \\\"Wire\\\"\"\n",
     {"title": "It's done", "source": 'The "Wire"'}, []),
    ("title: >\n  Folded\n  headline\nurl: http://x.test/a\n",
     {"title": "Folded headline", "url": "http://x.test/a"}, []),
    ("author:\n  name: A\n  mail: b\ntitle: T\n", {"title": "T"}, []),
    ("title:\n  - a\n  - b\n", {}, ["front matter ignored: 'title' is not a single value"]),
    ("just some words\n", {}, ["front matter ignored: cannot read line 1"]),
    ("- a\n- b\n", {}, ["front matter ignored: it is a list, not key: value lines"]),
    ("", {}, []),
])
def test_front_matter_reader(content: str, fields: dict[str, str], warnings: list[str]) -> None:
    assert parse_front_matter(content) == (fields, warnings)


def test_markdown_without_front_matter_takes_the_first_heading() -> None:
    doc = ingest.from_text("Intro line.\n\n## The *real* title\n\nBody [text](x).", fmt="md")
    assert doc.title == "The real title"
    assert doc.text == "Intro line.\n\nThe real title\n\nBody text."


def test_markdown_unclosed_front_matter_does_not_crash() -> None:
    doc = ingest.from_text("---\ntitle: x\n\nBody text.", fmt="md")
    assert doc.title == ""
    assert "Body text." in doc.text


def test_html_keeps_only_the_article() -> None:
    doc = ingest.read_path(FIXTURES / "page.html")
    assert doc.format == "html"
    assert doc.title == "Ministers agree grain corridor deal"
    assert doc.source == "Northern Ledger"
    assert doc.date == "2025-03-14"
    assert doc.url == "https://ledger.example.com/world/grain-corridor"
    assert doc.warnings == []  # trafilatura found the article (no fallback)
    assert sentence_texts(doc)[:2] == [
        "Ministers agree grain corridor deal",
        "Agriculture ministers from the two neighbouring states agreed on Thursday to reopen a "
        "grain corridor through the northern ports, ending a blockade that had lasted more than "
        "four months and trapped about 3.2 million tonnes of wheat in silos.",
    ]
    assert sentence_texts(doc)[-1] == ("Opposition lawmakers said the deal gave away too much "
                                       "and vowed to challenge it in parliament next week.")
    assert len(doc.sentences) == 7
    for junk in ("cookies", "ADVERTISEMENT", "SCRIPT", "STYLE", "newsletter", "Related",
                 "Privacy", "Business", "All rights reserved", "dataLayer"):
        assert junk not in doc.text


def test_html_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_format, "_trafilatura", lambda html: None)
    doc = ingest.read_path(FIXTURES / "page.html")
    assert doc.title == "Ministers agree grain corridor deal"
    assert doc.source == "Northern Ledger"
    assert doc.warnings == ["main text not found; kept all the visible text of the page"]
    assert doc.text.startswith("Ministers agree grain corridor deal\n\nBy Staff Reporter\n\n"
                               "Agriculture ministers")
    assert doc.text.endswith("challenge it in parliament next week.")
    for junk in ("cookies", "ADVERTISEMENT", "SCRIPT", "STYLE", "newsletter", "Related"):
        assert junk not in doc.text


def test_strip_tags_skips_boilerplate_and_unwinds_unclosed_tags() -> None:
    html = ("<div class='cookie-banner'><p>Accept <b>cookies</p></div>"
            "<p>Kept &amp; <i>decoded</i>.</p><script>x()</script><nav><ul><li>Home</ul></nav>"
            "<p>Second.</p>")
    assert html_format.strip_tags(html) == "Kept & decoded.\n\nSecond."


def test_html_without_a_title_or_article() -> None:
    doc = ingest.from_text("<p>Just a paragraph of text. And another.</p>", fmt="html")
    assert doc.text == "Just a paragraph of text. And another."
    assert doc.title == ""


@pytest.mark.parametrize(("text", "fmt"), [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("  <html lang='en'><p>x</p></html>", "html"),
    ("<p>A paragraph.</p>", "html"),
    ("---\ntitle: T\n---\n\nBody.", "md"),
    ("--- not front matter\nBody.", "txt"),
    ("Plain headline\n\nBody. With <b> in it.", "txt"),
])
def test_sniff_format(text: str, fmt: str) -> None:
    assert ingest.sniff_format(text) == fmt


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "saved-page"
    page.write_bytes((FIXTURES / "page.html").read_bytes())
    doc = ingest.read_path(page)
    assert (doc.id, doc.format, doc.title) == ("saved-page", "html",
                                               "Ministers agree grain corridor deal")


def test_to_article_keeps_offsets_and_metadata() -> None:
    doc = ingest.read_path(FIXTURES / "front-matter.md")
    article = doc.to_article()
    assert (article.id, article.title, article.source, article.date, article.format) == (
        doc.id, doc.title, doc.source, doc.date, "md")
    assert article.text == doc.text
    assert [tuple(s) for s in article.sentences] == doc.sentences


def test_markdown_html_blocks_keep_text_but_not_scripts() -> None:
    source = ("# Title\n\n<div class=\"note\">\n<p>Kept <b>words</b>.</p>\n</div>\n\n"
              "<script>alert('x')</script>\n\nA paragraph with <span>inline</span> HTML.\n")
    doc = ingest.from_text(source, fmt="md")
    assert doc.text == "Title\n\nKept words.\n\nA paragraph with inline HTML."


def test_html_keeps_a_list_inside_a_live_blog_entry() -> None:
    # A deal's points are often a bulleted list inside one entry of a live blog;
    # trafilatura's default precision drops such lists, which loses every term.
    doc = ingest.read_path(FIXTURES / "liveblog-list.html")
    assert doc.warnings == []
    for item in ("Basic pay rises by 6% this year and 4% next year.",
                 "A one-off payment of 1,200 crowns for every permanent docker.",
                 "No compulsory redundancies before the new cranes are installed."):
        assert item in doc.text
    assert any(doc.text[s:e].endswith(item) for s, e in doc.sentences)
    for junk in ("Subscribe", "cookies", "Explainer", "More from Business", "All rights reserved"):
        assert junk not in doc.text


def test_html_inline_tags_touching_punctuation_leave_a_space_so_quotes_match_the_page() -> None:
    # a quote must be found in the page read with its tags taken out, where
    # "draft</em>, which" reads "draft , which"
    page = ("<html><head><title>Quota talks</title></head><body><article><h1>Quota talks</h1>"
            "<p>The chair circulated the <em>Hallow Bay draft</em>, which would cut quotas by 12%. "
            "Ministers (<a href='/annex'>see the annex</a>) disagreed with the <strong>plan</strong>. "
            "The <b>fleet</b> is idle.</p>"
            "<p>A second paragraph is here with enough words to count as text for the page.</p>"
            "</article></body></html>")
    doc = ingest.parse_bytes(page.encode(), "quota", "html")
    assert "the Hallow Bay draft , which would" in doc.text
    assert "Ministers ( see the annex ) disagreed with the plan ." in doc.text
    assert "The fleet is idle." in doc.text
    sentences = [doc.text[a:b] for a, b in doc.sentences]
    assert "Ministers ( see the annex ) disagreed with the plan ." in sentences


def test_html_table_rows_keep_their_cells_apart_without_bars() -> None:
    # the bars of a Markdown table are not in the page: a row reads as its cells
    page = ("<html><head><title>Remedies</title></head><body><article><h1>Remedies</h1>"
            "<p>The parties offered commitments twice, and the authority assessed each of them below.</p>"
            "<table><thead><tr><th>Commitment</th><th>Assessment</th></tr></thead><tbody>"
            "<tr><td>Sale of a 49% stake in the storage unit</td><td>Insufficient</td></tr>"
            "<tr><td>Divestment of three plants with 2.1 GW</td><td>Not accepted</td></tr>"
            "</tbody></table><p>The authority then blocked the merger of the two firms outright.</p>"
            "</article></body></html>")
    doc = ingest.parse_bytes(page.encode(), "remedies", "html")
    assert "|" not in doc.text
    assert "\n\nSale of a 49% stake in the storage unit   Insufficient\n\n" in doc.text
    assert "\n\nDivestment of three plants with 2.1 GW   Not accepted\n\n" in doc.text


def test_html_fact_box_aside_is_read_with_the_article_but_other_asides_are_not() -> None:
    page = ("<html><head><title>Accord signed</title></head><body><article><h1>Accord signed</h1>"
            "<p>The two sides signed the accord on Tuesday in front of a large crowd in the capital.</p>"
            "<aside class='box'><h3>Key terms</h3><ul><li><strong>Ceasefire:</strong> in force 72 hours "
            "after signing</li><li><strong>Observers:</strong> 200 unarmed monitors</li></ul></aside>"
            "<aside class='box'><h3>Timeline</h3><ul><li>2019: first truce fails</li></ul></aside>"
            "<aside><h3>Read more</h3><p>Other stories from the region and beyond.</p></aside>"
            "<p>The ceasefire takes effect at midnight on Saturday, officials said.</p>"
            "</article></body></html>")
    doc = ingest.parse_bytes(page.encode(), "accord", "html")
    assert "Key terms" in doc.text and "Ceasefire: in force 72 hours after signing" in doc.text
    assert "Observers: 200 unarmed monitors" in doc.text
    assert "Timeline" not in doc.text and "Read more" not in doc.text
