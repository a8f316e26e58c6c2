"""Pilot tests: responsive layout (tabs when narrow, paging with many parties)."""

from __future__ import annotations

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.tab_bar import TabBar

from .helpers import focused_pane, main


def shown(app: BriefingApp) -> list[str]:
    return [p.pane.title for p in main(app).panes if p.display]


async def test_narrow_terminal_shows_one_pane_as_tabs(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        assert shown(app) == ["Hamas"]
        bar = app.screen.query_one(TabBar)
        assert bar.display
        await pilot.press("tab")
        assert shown(app) == ["Israel"]
        await pilot.press("5")
        assert shown(app) == ["Key figures"]
        assert focused_pane(app).region.width == 60


async def test_wide_terminal_pages_parties_and_keeps_terms_and_figures(six) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert shown(app) == ["Dockworkers Union", "Harbour Port Authority",
                              "Shipping Council", "Proposed terms", "Key figures"]
        assert app.screen.query_one(TabBar).display  # some parties are paged out
        await pilot.press("tab", "tab", "tab")
        assert focused_pane(app).pane.title == "City Hall"
        assert shown(app) == ["Harbour Port Authority", "Shipping Council", "City Hall",
                              "Proposed terms", "Key figures"]
        await pilot.press("6")
        assert shown(app)[:3] == ["City Hall", "Transport Ministry", "東京海運 (Tokyo Line)"]
        await pilot.press("1")
        assert shown(app)[:3] == ["Dockworkers Union", "Harbour Port Authority",
                                  "Shipping Council"]
        await pilot.press("h")  # wraps to the figures pane: the parties stay
        assert focused_pane(app).pane.title == "Key figures"
        assert shown(app)[0] == "Dockworkers Union"


async def test_resizing_switches_between_tabs_and_panes(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("2")
        assert len(shown(app)) == 5
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert shown(app) == ["Israel"]
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert len(shown(app)) == 5
        assert focused_pane(app).pane.title == "Israel"


async def test_tiny_terminal_does_not_overlap(six) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        regions = [app.screen.query_one(sel).region for sel in
                   ("#masthead", "#tab-bar", "#panes", "#status", "#key-hints")]
        for upper, lower in zip(regions, regions[1:], strict=False):
            assert upper.bottom <= lower.y, (upper, lower)
        assert regions[-1].bottom == 12
        assert regions[2].height >= 4  # the pane keeps room for its border and items


async def test_clicking_a_tab_switches_pane(seed) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(TabBar)
        start = next(s for s, _e, i in bar._spans if i == 1)
        await pilot.click(TabBar, offset=(start + 1, 0))
        assert focused_pane(app).pane.title == "Israel"


async def test_paged_party_panes_keep_one_width_and_a_maximised_one_fills_the_screen(six) -> None:
    app = BriefingApp(six)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(4):  # each Tab pages one party in and one out
            await pilot.press("tab")
            await pilot.pause()
            widths = {p.size.width for p in main(app).panes
                      if p.display and p.pane.kind not in ("terms", "figures")}
            assert widths == {19}
        await pilot.press("z")
        await pilot.pause()
        assert main(app).pane.size.width == 118
        await pilot.press("z")
        await pilot.pause()
        assert main(app).pane.size.width == 19
