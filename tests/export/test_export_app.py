"""The export from the reader: navigate, filter, press e and Enter, read the file back.

Drives the real app (briefing/ui) with a hand-built briefing; the dialog itself is
tested in isolation in test_export_screen.py.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ui.app import BriefingApp
from briefing.ui.export_screen import ExportScreen

from .mdparse import headings, tables, tokens
from .samples import sample_briefing


async def test_filter_then_export_writes_the_filtered_view(briefing_home: Path) -> None:
    app = BriefingApp(sample_briefing())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "j")  # navigating does not change what is exported
        await pilot.press("slash", *"prisoners", "enter", "f")
        await pilot.pause()
        briefing, spec = app.current_view()
        assert spec.query == "prisoners" and spec.pane is None
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        notes = [n.message for n in app._notifications]
    (written,) = (briefing_home / "data" / "exports").iterdir()
    assert notes[-1] == str(written)
    markdown = written.read_text()
    assert "- Filter: “prisoners”" in markdown
    toks = tokens(markdown)
    assert [h.text for h in headings(toks)][2:4] == ["Proposed terms", "Hostages and prisoners"]
    assert len(tables(toks)[0]) == 2  # header + the one matching figure


async def test_escape_in_the_dialog_returns_to_the_reader(briefing_home: Path) -> None:
    app = BriefingApp(sample_briefing())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
    assert not (briefing_home / "data" / "exports").exists()
