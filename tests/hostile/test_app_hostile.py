"""The reader on the hostile corpus: every pane, the source view, search for "[", filter,
maximise, export, help, at 20x5, 40x12 and 300x80. Nothing crashes, nothing from an
article reaches the terminal as a control sequence, the export is clean Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import locations
from briefing.library import load, merge
from briefing.model import Briefing
from briefing.ui.app import BriefingApp, make_loader
from tests.hostile.checks import TERMINAL_UNSAFE, assert_markdown_clean

SIZES = [(20, 5), (40, 12), (300, 80)]


@pytest.fixture(scope="module")
def hostile_briefing(hostile_dir: Path) -> Briefing:
    result = load([str(hostile_dir)], use_cache=False)
    assert result.briefings and result.errors
    return merge(result.briefings)


def screen_text(app: BriefingApp) -> str:
    """What the terminal would be sent for the current screen, as text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def assert_screen_clean(app: BriefingApp, where: str) -> None:
    text = screen_text(app)
    match = TERMINAL_UNSAFE.search(text)
    assert match is None, f"{where}: {match.group()!r} on screen near {text[max(0, match.start() - 30):match.start() + 30]!r}"


def assert_no_crash_logs() -> None:
    folder = locations.log_directory()
    logs = sorted(folder.glob("crash-*.log")) if folder.is_dir() else []
    assert not logs, logs[0].read_text()


async def press_through(pilot, app: BriefingApp) -> None:
    """Every pane: items, the source view and back; then search, filter, maximise, help."""
    panes = len(app.main_screen.panes)
    assert panes >= 3
    for index in range(panes):
        await pilot.press("j", "enter")  # the item's article, its sentence highlighted
        assert_screen_clean(app, f"source view from pane {index + 1}")
        await pilot.press("escape", "tab")
    await pilot.press("G", "k", "slash", "[", "enter")
    await pilot.press("n", "N", "f")
    assert_screen_clean(app, "search for [")
    await pilot.press("z")
    assert_screen_clean(app, "maximised")
    await pilot.press("z", "f", "escape", "A")  # A: each party's other names
    assert_screen_clean(app, "aliases")
    await pilot.press("a", "j")  # a: the article list (a notice with only one article)
    assert_screen_clean(app, "article list")
    await pilot.press("escape", "A", "pagedown", "9", "1", "shift+tab")
    await pilot.press("question_mark")
    assert_screen_clean(app, "help")
    await pilot.press("escape", "e")
    assert_screen_clean(app, "export dialog")
    await pilot.press("escape")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_press_through_every_pane(hostile_briefing: Briefing, size) -> None:
    app = BriefingApp(hostile_briefing)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert_screen_clean(app, "first paint")
        await press_through(pilot, app)
        assert app.is_running
        assert app.screen is app.main_screen
    assert app.return_code in (None, 0)
    assert_no_crash_logs()


async def test_export_of_the_hostile_view_is_clean_markdown(hostile_briefing: Briefing,
                                                            briefing_home: Path) -> None:
    app = BriefingApp(hostile_briefing)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    [written] = (briefing_home / "data" / "exports").iterdir()
    markdown = written.read_text(encoding="utf-8")
    assert_markdown_clean(markdown)
    assert_no_crash_logs()


async def test_loading_the_corpus_in_the_app_names_every_bad_file(hostile_dir: Path, corpus) -> None:
    app = BriefingApp(loader=make_loader([str(hostile_dir)], use_cache=False))
    async with app.run_test(size=(40, 12)) as pilot:
        for _ in range(600):  # the worker reads and extracts, then hands over to the UI
            if app.result is not None:  # the whole load (panes fill in before it ends)
                break
            await pilot.pause(0.05)
        await pilot.pause()
        assert app.main_screen.briefing is not None
        assert_screen_clean(app, "after loading")
        messages = [str(n.message) for n in app._notifications]
        await pilot.press("tab", "enter", "escape", "slash", "[", "enter", "f")
        assert_screen_clean(app, "filtered")
    errors = {str(hostile_dir / c.name) for c in corpus.small_cases() if c.expect == "error"}
    named = {m.split(": ")[0] for m in messages}
    assert errors <= named, errors - named
    assert all(TERMINAL_UNSAFE.search(m) is None for m in messages)
    assert_no_crash_logs()


@pytest.mark.parametrize("name", ["escapes-title.txt", "markup-title.md", "bidi.txt",
                                  "cjk-emoji.txt", "markup-in.html"])
async def test_one_hostile_article_alone(hostile_dir: Path, name: str) -> None:
    """Alone, the article's own title is in the masthead and the source view's header."""
    result = load([str(hostile_dir / name)], use_cache=False)
    assert not result.errors
    app = BriefingApp(merge(result.briefings))
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.pause()
        assert_screen_clean(app, "masthead")
        await pilot.press("enter")
        assert_screen_clean(app, "source view")
        await pilot.press("escape", "slash", "[", "enter", "z")
        assert_screen_clean(app, "search")
    assert_no_crash_logs()
