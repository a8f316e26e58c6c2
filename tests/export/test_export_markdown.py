"""The Markdown document: structure checked through markdown-it-py's token stream."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from briefing.export import render_markdown, render_view_markdown
from briefing.model import Briefing, Figure, Source
from briefing.sanitize import clean_line
from briefing.view import FIGURES_PANE, TERMS_PANE, ViewSpec

from .mdparse import (HTML_TOKENS, footnote_refs, footnote_texts, headings, plain, tables,
                      tokens, walk)
from .samples import HOSTILE, hostile_briefing, sample_briefing

WHEN = datetime(2026, 11, 25, 21, 48, tzinfo=timezone.utc)


def render(briefing: Briefing, spec: ViewSpec | None = None) -> str:
    return render_markdown(briefing, spec or ViewSpec(), WHEN)


def heading_list(markdown: str) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in headings(tokens(markdown))]


def list_items(markdown: str) -> list[str]:
    """The visible text of every list item paragraph, in order."""
    toks = tokens(markdown)
    out = []
    for index, tok in enumerate(toks):
        if tok.type == "list_item_open" and toks[index + 1].type == "paragraph_open":
            out.append(plain(toks[index + 2]))
    return out


def test_full_view_has_a_section_per_party_stance_category_figures_and_changes() -> None:
    assert heading_list(render(sample_briefing())) == [
        (1, "2 articles"),
        (2, "Articles"),
        (2, "North"), (3, "Rejects"), (3, "Accepts"),
        (2, "South"), (3, "Demands"),
        (2, "Proposed terms"), (3, "Ceasefire"), (3, "Hostages and prisoners"),
        (2, "Key figures"),
        (2, "What changed"), (3, "prisoners freed (figure)"), (3, "North on the plan (stance)"),
    ]


def test_header_names_each_article_with_title_source_date_and_file_name_only() -> None:
    items = list_items(render(sample_briefing()))
    assert items[0] == "Exported: 2026-11-25 21:48 UTC"
    assert "Talks stall over the plan — Example Times, 2025-06-01, file talks-stall.txt" in items
    assert "North shifts on the plan — Daily Example, 2025-06-03, file north-shifts.md" in items
    # The reader's own folders stay out of a document meant to be shared.
    assert "/home/reader" not in render(sample_briefing())


def test_positions_are_grouped_by_stance_in_first_seen_order_with_hedges_marked_reportedly() -> None:
    items = list_items(render(sample_briefing()))
    start = items.index("the plan")
    assert items[start:start + 4] == ["the plan", "a second plan (reportedly)", "the plan",
                                      "a permanent ceasefire"]


def test_figures_table_has_one_row_per_figure_with_four_cells() -> None:
    (table,) = tables(tokens(render(sample_briefing())))
    assert [[plain(c) for c in row] for row in table] == [
        ["Value", "Qualifier", "Label", "Source"],
        ["60", "", "days of pause", "Article 1"],
        # The qualifier has its own column, so the value loses it ("over 1,100" -> "1,100");
        # the figure was reported by both articles: both are named, with two footnotes.
        ["1,100", "over", "prisoners freed", "Articles 1, 2"],
    ]
    assert footnote_refs(table[2][3]) == [8, 9]


def test_figure_without_display_shows_its_number_range_and_unit() -> None:
    source = Source("a1", 0, 0, 1, "x")
    briefing = Briefing(figures=[Figure(40, "", "dead", source, unit="people", value_max=50),
                                 Figure(2.5, "", "million", source)])
    (table,) = tables(tokens(render(briefing)))
    assert [plain(row[0]) for row in table[1:]] == ["40–50 people", "2.5"]


def test_every_item_references_footnotes_that_quote_article_and_sentence() -> None:
    toks = tokens(render(sample_briefing()))
    refs = [n for tok in walk(toks) if tok.type == "inline" for n in footnote_refs(tok)]
    notes = footnote_texts(toks)
    # Numbered in order of first use, each defined exactly once.
    assert sorted(set(refs)) == list(range(1, 10)) == sorted(notes)
    assert refs[:4] == [1, 2, 3, 4]
    assert notes[1] == "Article 1, sentence 2: “The North rejected the plan”"
    assert notes[3] == "Article 2, sentence 1: “The North now accepts the plan”"
    assert notes[9] == "Article 2, sentence 2: “Nearly 1,300 prisoners”"


def test_the_same_source_span_is_one_footnote() -> None:
    briefing = hostile_briefing()
    toks = tokens(render(briefing))
    assert set(footnote_texts(toks)) == {1}


def test_empty_quote_falls_back_to_the_sentence_text() -> None:
    briefing = sample_briefing()
    briefing.terms[0].source.quote = ""
    briefing.terms[0].sources = [briefing.terms[0].source]
    notes = footnote_texts(tokens(render(briefing, ViewSpec(pane=TERMS_PANE))))
    assert notes[1] == "Article 1, sentence 3: “The plan calls for a 60-day pause.”"


def test_changes_list_each_step_with_date_article_and_reading() -> None:
    items = list_items(render(sample_briefing()))
    assert items[-4:] == ["2025-06-01, Article 1: over 1,100", "2025-06-03, Article 2: nearly 1,300",
                          "2025-06-01, Article 1: rejects the plan",
                          "2025-06-03, Article 2: accepts the plan"]


def test_filter_keeps_matching_items_and_is_named_in_the_header() -> None:
    markdown = render(sample_briefing(), ViewSpec(query="prisoners"))
    assert heading_list(markdown)[2:] == [
        (2, "Proposed terms"), (3, "Hostages and prisoners"), (2, "Key figures"),
        (2, "What changed"), (3, "prisoners freed (figure)"), (3, "North on the plan (stance)")]
    assert "Filter: “prisoners”" in list_items(markdown)
    (table,) = tables(tokens(markdown))
    assert len(table) == 2 and plain(table[1][2]) == "prisoners freed"
    # Footnotes only for what is shown, renumbered from 1.
    assert sorted(footnote_texts(tokens(markdown))) == [1, 2, 3]


def test_filter_matching_nothing_says_so() -> None:
    markdown = render(Briefing(articles=sample_briefing().articles), ViewSpec(query="zebra"))
    assert "Nothing shown: no parties, terms or figures match this view." in markdown
    assert render(Briefing()).endswith("Nothing found: no parties, terms or figures.\n")


@pytest.mark.parametrize("pane, expected", [
    ("South", [(2, "South"), (3, "Demands")]),
    (TERMS_PANE, [(2, "Proposed terms"), (3, "Ceasefire"), (3, "Hostages and prisoners")]),
    (FIGURES_PANE, [(2, "Key figures"), (2, "What changed"), (3, "prisoners freed (figure)")]),
])
def test_maximised_pane_exports_only_that_pane(pane: str, expected: list[tuple[int, str]]) -> None:
    markdown = render(sample_briefing(), ViewSpec(pane=pane))
    assert heading_list(markdown)[2:] == expected
    shown = {TERMS_PANE: "Proposed terms", FIGURES_PANE: "Key figures"}.get(pane, pane)
    assert f"Showing only: {shown}" in list_items(markdown)


def test_article_choice_is_named_in_the_header() -> None:
    markdown = render(sample_briefing(), ViewSpec(article="a2"))
    assert "Article: North shifts on the plan" in list_items(markdown)


def test_export_time_is_injectable_and_defaults_to_now() -> None:
    assert "Exported: 2026-11-25 21:48 UTC" in render(sample_briefing())
    naive = render_markdown(sample_briefing(), ViewSpec(), datetime(2024, 1, 2, 3, 4))
    assert "Exported: 2024-01-02 03:04\n" in naive
    today = datetime.now().astimezone().strftime("%Y-%m-%d")
    assert f"Exported: {today}" in render_view_markdown(sample_briefing(), ViewSpec())


def test_render_view_markdown_is_the_export_document() -> None:
    spec = ViewSpec(query="plan")
    copied = render_view_markdown(sample_briefing(), spec)
    exported = render_markdown(sample_briefing(), spec)
    strip = lambda text: [line for line in text.splitlines() if not line.startswith("- Exported:")]
    assert strip(copied) == strip(exported)


# --- hostile text ---------------------------------------------------------------------------


def test_hostile_text_creates_no_html_links_code_or_extra_structure() -> None:
    markdown = render(hostile_briefing())
    toks = tokens(markdown)
    types = {tok.type for tok in walk(toks)}
    assert not types & HTML_TOKENS
    assert not types & {"link_open", "image", "code_inline", "code_block", "fence", "s_open",
                        "em_open", "blockquote_open", "hr"}
    safe = clean_line(HOSTILE)
    # An unknown stance or category is shown as itself, tidied ("_" -> " ", capitalised).
    tidy = clean_line(safe.replace("_", " ")).capitalize()
    assert [(h.level, h.text) for h in headings(toks)] == [
        (1, f"# {safe}"), (2, "Articles"), (2, f"# {safe}"), (3, tidy),
        (2, "Proposed terms"), (3, tidy), (2, "Key figures"), (2, "What changed"),
        (3, f"{safe} on {safe} (figure)"),
    ]


def test_hostile_text_stays_literal_in_headings_items_and_footnotes() -> None:
    toks = tokens(render(hostile_briefing()))
    safe = clean_line(HOSTILE)
    found = headings(toks)
    assert found[0].text == f"# {safe}"
    assert found[2].text == f"# {safe}"
    assert found[-1].text == f"{safe} on {safe} (figure)"
    items = list_items(render(hostile_briefing()))
    assert f"# {safe} # injected heading | a | b |" in items
    assert f"- {safe} ## injected" in items
    assert footnote_texts(toks)[1] == f"Article 1, sentence 1: “{safe}”"
    assert "\x1b" not in render(hostile_briefing())
    assert "\x07" not in render(hostile_briefing())


def test_hostile_text_cannot_add_table_cells_or_rows() -> None:
    (table,) = tables(tokens(render(hostile_briefing())))
    safe = clean_line(HOSTILE)
    assert len(table) == 2 and all(len(row) == 4 for row in table)
    assert [plain(c) for c in table[1]] == [
        f"1 | 2 | 3 {safe}", safe, f"{safe} | x | y |", "Article 1"]


def test_hostile_filter_and_pane_names_stay_literal() -> None:
    briefing = hostile_briefing()
    markdown = render(briefing, ViewSpec(query="<script>", pane=briefing.parties[0].name))
    items = list_items(markdown)
    assert "Filter: “<script>”" in items
    assert f"Showing only: {clean_line(briefing.parties[0].name)}" in items
    assert not {tok.type for tok in walk(tokens(markdown))} & HTML_TOKENS


@pytest.mark.parametrize("display, qualifier, value", [
    ("over 1,100", "over", "1,100"),
    ("More than 54,000", "more than", "54,000"),
    ("overall 5", "over", "overall 5"),
    ("60-day", "", "60-day"),
    ("about", "about", "about"),
])
def test_figure_value_drops_the_qualifier_it_starts_with(display: str, qualifier: str,
                                                         value: str) -> None:
    from briefing.export.markdown import figure_value

    figure = Figure(1, display, "x", Source("a", 0, 0, 1, "x"), qualifier=qualifier)
    assert figure_value(figure) == value


def test_term_categories_follow_the_model_order_like_the_terms_pane() -> None:
    from briefing.model import Term

    source = Source("a1", 0, 0, 1, "x")
    briefing = Briefing(terms=[Term("t1", "other", source), Term("t2", "zzz-new", source),
                               Term("t3", "humanitarian", source), Term("t4", "ceasefire", source),
                               Term("t5", "humanitarian", source)])
    assert heading_list(render(briefing, ViewSpec(pane=TERMS_PANE)))[1:] == [
        (2, "Proposed terms"), (3, "Ceasefire"), (3, "Humanitarian"), (3, "Other"),
        (3, "Zzz-new")]
    assert list_items(render(briefing, ViewSpec(pane=TERMS_PANE)))[-5:] == [
        "t4", "t3", "t5", "t1", "t2"]
