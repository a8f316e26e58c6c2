"""The export dialog in isolation: a tiny App pushes it, the pilot types and presses keys."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input

from briefing.export import writer
from briefing.model import Briefing
from briefing.ui.export_screen import ExportScreen
from briefing.view import ViewSpec

from .mdparse import headings, tables, tokens
from .samples import hostile_briefing, sample_briefing

RESULT_PENDING = object()


class Host(App[None]):
    """Pushes the dialog at start and keeps what it dismisses with."""

    def __init__(self, briefing: Briefing, spec: ViewSpec, directory: Path) -> None:
        super().__init__()
        self.dialog = ExportScreen(briefing, spec, directory)
        self.result: object = RESULT_PENDING

    def on_mount(self) -> None:
        self.push_screen(self.dialog, callback=self._done)

    def _done(self, result: Path | None) -> None:
        self.result = result


async def test_enter_writes_the_prefilled_path_and_notifies(tmp_path: Path) -> None:
    folder = tmp_path / "exports"  # created on first export
    app = Host(sample_briefing(), ViewSpec(query="prisoners"), folder)
    async with app.run_test() as pilot:
        field = app.dialog.query_one(Input)
        assert Path(field.value).parent == folder
        assert Path(field.value).name.startswith("talks-stall-over-the-plan-and-1-more-")
        assert str(app.dialog.query_one("#export-summary").content) == \
            "2 items · filter “prisoners”"
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == Path(field.value)
        assert [n.message for n in app._notifications] == [field.value]
    written = Path(field.value)
    toks = tokens(written.read_text())
    assert [h.text for h in headings(toks)][2:4] == ["Proposed terms", "Hostages and prisoners"]
    assert len(tables(toks)[0]) == 2


async def test_escape_cancels_and_writes_nothing(tmp_path: Path) -> None:
    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None
    assert list(tmp_path.iterdir()) == []


async def test_existing_file_asks_before_replacing(tmp_path: Path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("precious")
    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        field = app.dialog.query_one(Input)
        field.value = "mine.md"  # relative: inside the exports folder
        await pilot.press("enter")
        await pilot.pause()
        assert app.result is RESULT_PENDING
        assert app.dialog.message == f"{target} exists. Press Enter again to replace it, or change the name."
        assert target.read_text() == "precious"
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == target
    assert target.read_text().startswith("# 2 articles\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.md"]


async def test_editing_the_path_clears_the_warning(tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text("precious")
    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        field = app.dialog.query_one(Input)
        field.value = "mine.md"
        await pilot.press("enter")
        await pilot.pause()
        assert "exists" in app.dialog.message
        field.value = "other.md"
        await pilot.pause()
        assert app.dialog.message == ""
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == tmp_path / "other.md"
    assert (tmp_path / "mine.md").read_text() == "precious"


async def test_write_error_stays_in_the_dialog_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: bytes) -> None:
        os.write(fd, data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        monkeypatch.setattr(writer, "_write_all", full)
        field = app.dialog.query_one(Input)
        await pilot.press("enter")
        await pilot.pause()
        assert app.result is RESULT_PENDING
        assert app.dialog.message == f"cannot write {field.value}: the disk is full"
        assert app.dialog.query_one("#export-message").has_class("-error")
        assert list(tmp_path.iterdir()) == []
        monkeypatch.undo()
        # The user can try again (here: the disk has room now).
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == Path(field.value)


async def test_missing_folder_and_empty_name_are_shown(tmp_path: Path) -> None:
    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        field = app.dialog.query_one(Input)
        field.value = str(tmp_path / "no" / "such" / "x.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.dialog.message == (f"cannot write {tmp_path}/no/such/x.md: the folder "
                                      f"{tmp_path}/no/such does not exist")
        field.value = "   "
        await pilot.press("enter")
        await pilot.pause()
        assert app.dialog.message == "Type a file name to export to."
        assert app.result is RESULT_PENDING


async def test_folder_path_gets_the_default_name(tmp_path: Path) -> None:
    app = Host(sample_briefing(), ViewSpec(), tmp_path / "exports")
    async with app.run_test() as pilot:
        default_name = Path(app.dialog.query_one(Input).value).name
        app.dialog.query_one(Input).value = str(tmp_path)
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == tmp_path / default_name


async def test_hostile_title_gets_a_safe_name_inside_the_folder(tmp_path: Path) -> None:
    app = Host(hostile_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        path = Path(app.dialog.query_one(Input).value)
        assert path.parent == tmp_path
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == path and path.exists()


async def test_directory_defaults_to_the_configured_exports_folder(briefing_home: Path) -> None:
    dialog = ExportScreen(sample_briefing(), ViewSpec())
    assert dialog.directory == briefing_home / "data" / "exports"
    assert dialog.target.parent == dialog.directory


async def test_typing_replaces_the_selected_name_and_keeps_folder_and_extension(
        tmp_path: Path) -> None:
    app = Host(sample_briefing(), ViewSpec(), tmp_path)
    async with app.run_test() as pilot:
        await pilot.press(*"my notes", "enter")
        await pilot.pause()
        assert app.result == tmp_path / "my notes.md"
    assert (tmp_path / "my notes.md").read_text().startswith("# 2 articles\n")


async def test_exports_folder_that_cannot_be_created_is_shown(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    folder = tmp_path / "file" / "exports"
    app = Host(sample_briefing(), ViewSpec(), folder)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.result is RESULT_PENDING
        assert app.dialog.message == f"cannot write {folder}: a part of the path is not a folder"
    assert (tmp_path / "file").read_text() == "not a folder"
