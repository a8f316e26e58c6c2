"""Pilot tests: every movement binding on the seed fixture (3 parties, terms, figures)."""

from __future__ import annotations

import pytest

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.preview import SourcePreview

from .helpers import current_text, focused_pane, main

SIZE = (160, 45)


async def test_starts_on_the_first_item_of_the_first_pane(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert focused_pane(app).pane.title == "Hamas"
        assert current_text(app) == "the latest US-brokered proposal"
        assert [p.pane.title for p in main(app).panes] == [
            "Hamas", "Israel", "United States", "Proposed terms", "Key figures"]
        assert all(p.display for p in main(app).panes)  # all fit at 160 columns


@pytest.mark.parametrize("key", ["tab", "l", "right"])
async def test_next_pane_keys(seed, key: str) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert focused_pane(app).pane.title == "Israel"
        await pilot.press(key, key, key)
        assert focused_pane(app).pane.title == "Key figures"
        await pilot.press(key)  # wraps around
        assert focused_pane(app).pane.title == "Hamas"


@pytest.mark.parametrize("key", ["shift+tab", "h", "left"])
async def test_previous_pane_keys(seed, key: str) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert focused_pane(app).pane.title == "Key figures"
        await pilot.press(key)
        assert focused_pane(app).pane.title == "Proposed terms"


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_items_down_and_up_skip_headings(seed, down: str, up: str) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(down)
        assert current_text(app) == "a permanent ceasefire"  # past the "demands" heading
        await pilot.press(down, down, down)
        assert current_text(app) == "the terms fall short of what is needed to bring lasting peace"
        await pilot.press(up)
        assert current_text(app) == "the release of more Palestinian prisoners"
        for _ in range(10):
            await pilot.press(up)
        assert current_text(app) == "the latest US-brokered proposal"  # stops at the top


@pytest.mark.parametrize(("first", "last"), [("g", "G"), ("home", "end")])
async def test_first_and_last_item(seed, first: str, last: str) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(last)
        assert current_text(app) == "surrendering hostages without a guaranteed ceasefire"
        await pilot.press(first)
        assert current_text(app) == "the latest US-brokered proposal"


async def test_page_down_and_up(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(160, 12)) as pilot:
        await pilot.press("5", "pagedown")
        pane = focused_pane(app)
        assert pane.pane.title == "Key figures"
        assert pane.cursor is not None and pane.cursor > 1
        await pilot.press("pageup")
        assert pane.cursor == 0


@pytest.mark.parametrize(("key", "title"), [("1", "Hamas"), ("2", "Israel"),
                                            ("3", "United States"), ("4", "Proposed terms"),
                                            ("5", "Key figures")])
async def test_number_jumps_to_pane(seed, key: str, title: str) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", key)
        assert focused_pane(app).pane.title == title


async def test_number_beyond_the_panes_does_nothing(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "9")
        assert focused_pane(app).pane.title == "Israel"


async def test_each_pane_keeps_its_own_cursor(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "tab", "j", "shift+tab")
        assert current_text(app) == "a full Israeli withdrawal from Gaza"
        await pilot.press("tab")
        assert current_text(app) == "to continue the war until all hostages are freed"


async def test_preview_shows_the_source_sentence_of_the_current_item(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "j")
        preview = str(app.screen.query_one(SourcePreview).render())
        assert "Netanyahu has vowed to continue the war until all hostages are freed" in preview
        assert "article 1, sentence 9" in preview


async def test_maximise_and_back_with_z_and_f10(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "z")
        assert app.screen.maximized is focused_pane(app)
        assert app.current_view()[1].pane == "terms"
        await pilot.press("z")
        assert app.screen.maximized is None
        assert app.current_view()[1].pane is None
        await pilot.press("f10")
        assert app.screen.maximized is focused_pane(app)
        await pilot.press("tab")  # moving while maximised maximises the next pane
        assert app.screen.maximized is focused_pane(app)
        assert focused_pane(app).pane.title == "Key figures"
        await pilot.press("f10")
        assert app.screen.maximized is None


async def test_escape_also_restores_a_maximised_pane(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("z", "escape")
        assert app.screen.maximized is None


async def test_clicking_an_item_selects_it(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = main(app).panes[1]
        await pilot.click(pane, offset=(3, 3))  # border + "supports" + first item line
        assert focused_pane(app) is pane
        assert current_text(app) == "to continue the war until all hostages are freed"


async def test_a_shows_and_hides_each_partys_other_names(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "A")
        israel = main(app).panes[1]
        assert israel.rows[0].heading
        assert israel.rows[0].body.plain == "also: Benjamin Netanyahu, Netanyahu"
        assert main(app).panes[0].rows[0].body.plain == "also: the group"
        assert current_text(app) == "a permanent ceasefire"  # the cursor stays put
        await pilot.press("A")
        assert not israel.rows[0].body.plain.startswith("also:")
        assert current_text(app) == "a permanent ceasefire"


async def test_moving_in_a_scrolled_pane_redraws_the_cursor_where_it_is() -> None:
    """After G the pane is scrolled; k then moves within the screen (no scroll) and
    the drawn lines (not only the state) show the cursor on the new item alone."""
    from .conftest import big_briefing

    app = BriefingApp(big_briefing(300))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        pane = focused_pane(app)
        top = pane.scroll_offset.y
        assert top > 0
        await pilot.press("k")
        await pilot.pause()
        assert pane.scroll_offset.y == top  # moved within the screen
        drawn = ["".join(segment.text for segment in strip)
                 for strip in app.screen._compositor.render_strips()]
        region = pane.region
        marked = [drawn[y][region.x:region.right] for y in range(region.y, region.bottom)
                  if "▸" in drawn[y][region.x:region.right]]
        assert len(marked) == 1
        assert marked[0].strip("│ ▸") in current_text(app)
