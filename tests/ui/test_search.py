"""Pilot tests: `/` incremental search, n/N, Escape, and the `f` filter."""

from __future__ import annotations

from textual.widgets import Input

from briefing.ui.app import BriefingApp
from briefing.view import apply_view

from .helpers import current_text, focused_pane, main, pane_lines

SIZE = (160, 45)


async def type_search(pilot, text: str) -> None:
    await pilot.press("slash", *text)


async def test_slash_opens_the_box_and_typing_highlights_every_pane(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "hostages")
        search = app.screen.query_one("#search", Input)
        assert search.display and search.has_focus and search.value == "hostages"
        counts = {p.pane.title: len(p.matches) for p in main(app).panes}
        assert counts == {"Hamas": 1, "Israel": 1, "United States": 1,
                          "Proposed terms": 2, "Key figures": 3}
        # Incremental: the cursor already sits on the first match (Hamas has none
        # before its last item, so the first match in reading order is Hamas's fear).
        assert main(app).pane.current.body.plain == (
            "surrendering hostages without a guaranteed ceasefire")


async def test_enter_keeps_the_query_and_n_N_walk_the_matches(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "hostages")
        await pilot.press("enter")
        assert not app.screen.query_one("#search", Input).display
        assert current_text(app) == "surrendering hostages without a guaranteed ceasefire"
        await pilot.press("n")
        assert focused_pane(app).pane.title == "Israel"
        assert current_text(app) == "to continue the war until all hostages are freed"
        await pilot.press("n", "n")
        assert focused_pane(app).pane.title == "Proposed terms"
        assert current_text(app) == "Hamas releases 10 living hostages and some bodies"
        await pilot.press("N", "N")
        assert current_text(app) == "to continue the war until all hostages are freed"
        await pilot.press("N", "N")  # wraps around backwards to the last figure
        assert focused_pane(app).pane.title == "Key figures"
        assert current_text(app) == "hostages abducted"


async def test_matches_are_found_in_the_source_quote_and_figures(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "54,000")
        await pilot.press("enter")
        assert focused_pane(app).pane.title == "Key figures"
        assert current_text(app) == "Palestinians killed"


async def test_escape_clears_the_search(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "ceasefire")
        await pilot.press("escape")
        search = app.screen.query_one("#search", Input)
        assert not search.display and search.value == ""
        assert all(not p.matches for p in main(app).panes)
        assert app.focused is None and main(app).pane.is_current
        # after enter, escape from the panes clears too
        await type_search(pilot, "ceasefire")
        await pilot.press("enter", "escape")
        assert main(app).query_text == "" and all(not p.matches for p in main(app).panes)


async def test_no_match_rings_and_stays(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "zzzz")
        await pilot.press("enter", "n")
        assert current_text(app) == "the latest US-brokered proposal"
        assert all(p.border_subtitle == "0 matches" for p in main(app).panes)


async def test_slash_inside_the_box_is_text(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "a/b")
        assert app.screen.query_one("#search", Input).value == "a/b"


async def test_f_filters_to_matching_items_and_back(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "ceasefire")
        await pilot.press("enter", "f")
        briefing, spec = app.current_view()
        assert spec.query == "ceasefire"
        shown = apply_view(briefing, spec)
        hamas = main(app).panes[0]
        assert [r.body.plain for r in hamas.rows if not r.heading] == [
            p.text for p in shown.parties[0].positions]
        assert [r.body.plain for r in hamas.rows if not r.heading] == [
            "a permanent ceasefire", "surrendering hostages without a guaranteed ceasefire"]
        israel = main(app).panes[1]
        assert [r.body.plain for r in israel.rows if not r.heading] == ["the new ceasefire plan"]
        united_states = main(app).panes[2]
        assert united_states.rows == []
        assert pane_lines(united_states) == []
        assert "No items match “ceasefire”." in united_states.empty_message
        await pilot.press("f")  # filter off, search kept
        assert app.current_view()[1].query == ""
        assert len([r for r in hamas.rows if not r.heading]) == 6
        assert main(app).query_text == "ceasefire" and hamas.matches


async def test_filter_follows_the_query_as_it_changes(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "war")
        await pilot.press("enter", "f", "slash", "backspace", "backspace", "backspace",
                          *"gaza", "enter")
        assert app.current_view()[1].query == "gaza"
        israel = main(app).panes[1]
        assert [r.body.plain for r in israel.rows if not r.heading] == [
            "Israel will maintain control over Gaza indefinitely"]


async def test_f_without_a_search_explains(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert not main(app).filtered
        assert any("Search first" in n.message for n in app._notifications)


async def test_escape_after_filter_shows_everything(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, "gaza")
        await pilot.press("enter", "f", "escape")
        assert not main(app).filtered
        assert len([r for r in main(app).panes[0].rows if not r.heading]) == 6


async def test_filter_and_search_never_rewrap_rows_already_wrapped(monkeypatch) -> None:
    """The panes cache each row's wrapping by its text: typing a search, the filter on
    and off and a maximise and back wrap nothing again (the mechanism that keeps these
    keys fast with a thousand items)."""
    from briefing.ui.widgets import item_list

    from .conftest import big_briefing

    calls: list[str] = []
    original = item_list.line_starts

    def counting(text: str, width: int) -> list[int]:
        calls.append(text)
        return original(text, width)

    monkeypatch.setattr(item_list, "line_starts", counting)
    app = BriefingApp(big_briefing(300))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        calls.clear()
        await pilot.press("slash", *"item 1", "enter", "f")
        await pilot.pause()
        assert main(app).filtered
        await pilot.press("f", "z", "z")
        await pilot.pause()
        assert not main(app).filtered
        assert calls == []


def screen_lines(app: BriefingApp) -> list[str]:
    """The screen as drawn (every widget's lines, through their caches)."""
    return ["".join(segment.text for segment in strip)
            for strip in app.screen._compositor.render_strips()]


async def test_the_search_row_opens_and_closes_without_moving_a_pane(seed) -> None:
    """The search row and the preview share a fixed strip: "/" and Enter never change
    a pane's place or size, and the kept search's counts show on the pane borders
    (drawn, not only set), gone again after Escape."""
    app = BriefingApp(seed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panes = main(app).panes
        regions = [p.region for p in panes]
        preview = app.screen.query_one("#preview")
        assert preview.size.height == 2
        await type_search(pilot, "hostages")
        assert [p.region for p in panes] == regions
        assert preview.size.height == 1
        assert app.screen.query_one("#search-row").region.height == 1
        await pilot.press("enter")
        await pilot.pause()
        assert [p.region for p in panes] == regions
        assert preview.size.height == 2 and not app.screen.query_one("#search-row").display
        assert [p.border_subtitle for p in panes] == [
            "1 match", "1 match", "1 match", "2 matches", "3 matches"]
        hamas = panes[0].region
        bottom = screen_lines(app)[hamas.bottom - 1][hamas.x:hamas.right]
        assert "1 match" in bottom and bottom.startswith("╰") and bottom.endswith("╯")
        assert current_text(app) == "surrendering hostages without a guaranteed ceasefire"
        await pilot.press("escape")
        await pilot.pause()
        assert [p.border_subtitle for p in panes] == [None] * 5
        assert "match" not in screen_lines(app)[hamas.bottom - 1]
        assert [p.region for p in panes] == regions
