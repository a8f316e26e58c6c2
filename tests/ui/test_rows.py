"""Unit tests: what each pane shows (rows), tab titles, the masthead, wide characters."""

from __future__ import annotations

from rich.cells import cell_len

from briefing.model import Briefing, Figure, Source
from briefing.ui.bindings import ALL, unknown_ids
from briefing.ui.rows import (build_panes, figure_rows, figure_value, party_rows,
                              short_title, term_rows)
from briefing.ui.widgets.item_list import find_all
from briefing.ui.widgets.masthead import masthead_text
from briefing.ui.widgets.preview import preview_text


def plain(rows) -> list[str]:
    return [(r.prefix.plain + r.body.plain) for r in rows]


def test_party_rows_group_stances_in_first_stated_order(seed) -> None:
    assert plain(party_rows(seed.parties[1])) == [
        "+ supports", "  the new ceasefire plan",
        "⚑ vows", "  to continue the war until all hostages are freed",
        "● claims", "  Israel will maintain control over Gaza indefinitely",
        "− opposes", "  ending the war prematurely",
    ]


def test_every_stance_has_its_own_marker() -> None:
    from briefing.model import STANCES
    from briefing.ui.rows import STANCE_MARKERS

    assert set(STANCE_MARKERS) == set(STANCES)
    assert len(set(STANCE_MARKERS.values())) == len(STANCES)
    assert all(cell_len(m) == 1 for m in STANCE_MARKERS.values())


def test_reader_and_export_share_one_label_table() -> None:
    from briefing import labels
    from briefing.export.markdown import CATEGORY_HEADINGS, STANCE_HEADINGS
    from briefing.model import STANCES, TERM_CATEGORIES
    from briefing.ui import rows

    assert rows.STANCE_LABELS is labels.STANCE_LABELS
    assert rows.CATEGORY_LABELS is labels.CATEGORY_LABELS
    assert set(labels.STANCE_LABELS) == set(STANCES)
    assert set(labels.CATEGORY_LABELS) == set(TERM_CATEGORIES)
    assert STANCE_HEADINGS["concern"] == "Fears" and STANCE_HEADINGS["demand"] == "Demands"
    assert CATEGORY_HEADINGS["hostages_prisoners"] == "Hostages and prisoners"


def test_terms_grouped_by_category_in_model_order(seed) -> None:
    rows = term_rows(seed)
    headings = [r.body.plain for r in rows if r.heading]
    assert headings == ["ceasefire", "hostages and prisoners", "humanitarian", "guarantees"]


def test_figure_columns_align_in_cells_with_wide_characters(six) -> None:
    rows = figure_rows(six)
    widths = {r.prefix.cell_len for r in rows}
    assert len(widths) == 1  # every label starts in the same column
    assert plain(rows)[1] == "around 40 million  euros a week, cost of a long strike"
    assert plain(rows)[0] == "               9%  pay rise demanded"
    assert plain(rows)[2] == "         over 300  ships waiting offshore"


def test_figure_value_drops_the_qualifier_as_written() -> None:
    source = Source("a", 0, 0, 1, "x")
    assert figure_value(Figure(54000, "over 54,000", "killed", source, qualifier="over")) == "54,000"
    assert figure_value(Figure(3, "3", "x", source, qualifier="nearly")) == "3"
    assert figure_value(Figure(7, "", "x", source)) == "7"


def test_hostile_text_is_cleaned_once() -> None:
    briefing = Briefing.from_dict({"parties": [{"name": "A\x1b[31mB", "positions": [
        {"stance": "demand", "text": "x\x1b]52;c;AAAA\x07y\u202ez",
         "source": {"article": "a", "sentence": 0, "start": 0, "end": 1, "quote": "q"}}]}]})
    panes = build_panes(briefing)
    assert panes[0].title == "AB"
    assert panes[0].rows[1].body.plain == "xyz"


def test_empty_briefing_has_a_parties_placeholder_and_messages() -> None:
    panes = build_panes(Briefing())
    assert [(p.title, p.kind) for p in panes] == [
        ("Parties", "none"), ("Proposed terms", "terms"), ("Key figures", "figures")]
    assert all(p.rows == [] and p.empty_message for p in panes)


def test_short_title_counts_cells() -> None:
    assert short_title("Hamas") == "Hamas"
    assert short_title("東京海運 (Tokyo Line)") == "東京海運 (Tok…"
    assert cell_len(short_title("東京海運東京海運東京海運")) <= 14


def test_find_all_is_case_insensitive_and_safe_with_changing_lengths() -> None:
    assert find_all("Gaza and GAZA", "gaza") == [(0, 4), (9, 13)]
    assert find_all("Straße", "ss") == []
    assert find_all("abc", "") == []


def test_masthead_and_preview_are_plain_text(seed) -> None:
    head = masthead_text(seed)
    assert head.plain == (" briefing · Hamas rejects US-brokered Gaza ceasefire proposal · "
                          "seed sample · 1 article · 3 parties")
    preview = preview_text(seed, seed.parties[0].positions[0].source)
    assert preview.plain.startswith(" ❝ A fragile ceasefire effort")
    assert preview.plain.endswith("article 1, sentence 1")
    assert preview_text(seed, None).plain == " No item selected."


def test_binding_ids_are_unique_and_keymap_typos_are_found() -> None:
    ids = [spec.id for spec in ALL]
    assert len(ids) == len(set(ids))
    assert unknown_ids({"pane.next": "n", "pane.nxt": "x"}) == ["pane.nxt"]


def test_masthead_keeps_which_article_and_shortens_the_title(seed) -> None:
    head = masthead_text(seed, position="article 2 of 4", width=70)
    assert head.plain == " briefing · article 2 of 4 · Hamas rejects… · seed sample · 3 parties"
    assert head.cell_len <= 70
    whole = masthead_text(seed, position="article 2 of 4", width=200)
    assert whole.plain == (" briefing · article 2 of 4 · Hamas rejects US-brokered Gaza "
                           "ceasefire proposal · seed sample · 3 parties")
