"""The Textual app: loads briefings from the library in a worker and shows the reader.

``BriefingApp`` takes either a ready ``Briefing`` (tests, snapshots, benchmarks) or a
``loader`` callable that does the slow part (reading and extracting) in a thread while
the screen paints at once with a progress line. It never imports the extraction engine:
``run(files)`` builds its loader from ``briefing.library``.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen

from briefing.crash import CrashGuard
from briefing.config import Config, ConfigError, load_config
from briefing.model import Briefing
from briefing.resources import stylesheet
from briefing.sanitize import clean_line
from briefing.ui.bindings import APP, to_bindings, unknown_ids
from briefing.ui.commands import briefing_commands
from briefing.ui.screens.main import MainScreen
from briefing.ui.widgets.masthead import Masthead
from briefing.view import ViewSpec

if TYPE_CHECKING:
    from briefing.library import LoadResult

Progress = Callable[[int, int, str], None]
Loader = Callable[[Progress], "LoadResult"]

DARK_THEME, LIGHT_THEME = "textual-dark", "textual-light"


class BriefingApp(CrashGuard, App[None]):
    """The reader. ``briefing``: show this at once; ``loader``: read in a worker."""

    TITLE = "briefing"
    CSS_PATH = [stylesheet(name) for name in ("app.tcss", "main.tcss", "source.tcss",
                                              "help.tcss")]
    BINDINGS = to_bindings(APP)

    def __init__(self, briefing: Briefing | None = None, *, loader: Loader | None = None,
                 config: Config | None = None, config_error: str = "") -> None:
        super().__init__()
        self.config = config or Config()
        self._initial = briefing
        self._loader = loader
        self._config_error = config_error
        self.main_screen = MainScreen()

    def get_default_screen(self) -> Screen:
        return self.main_screen

    def on_mount(self) -> None:
        self._apply_config()

    async def on_main_screen_ready(self, _message: MainScreen.Ready) -> None:
        if self._initial is not None:
            await self.main_screen.populate(self._initial)
        elif self._loader is not None:
            # Start reading once the first frame is out: the worker's imports (the
            # engine, HTML parsing) would otherwise compete with it for the GIL.
            self.main_screen.call_after_refresh(self._load)
        else:
            await self.main_screen.populate(Briefing())

    def _apply_config(self) -> None:
        if self._config_error:
            self.notify(self._config_error, title="config.toml", severity="error",
                        markup=False, timeout=10)
        theme = self.config.theme
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.notify(f"Unknown theme '{clean_line(theme)}' in config.toml; "
                        f"using {DARK_THEME}.", severity="warning", markup=False)
        bad = unknown_ids(self.config.keymap)
        if bad:
            self.notify("config.toml [keymap]: no binding with id " + ", ".join(
                repr(clean_line(b)) for b in bad), severity="warning", markup=False,
                timeout=10)
        keymap = {k: v for k, v in self.config.keymap.items() if k not in bad}
        if keymap:
            self.set_keymap(keymap)

    # -- loading ------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        assert self._loader is not None

        def progress(done: int, total: int, name: str) -> None:
            self.call_from_thread(self.main_screen.show_progress, done, total, name)

        result = self._loader(progress)
        self.call_from_thread(self._loaded, result)

    async def _loaded(self, result: LoadResult) -> None:
        from briefing.library import merge

        for error in result.errors:
            self.notify(clean_line(str(error)), title="Could not read", severity="error",
                        markup=False, timeout=10)
        if result.briefings:
            await self.main_screen.populate(merge(result.briefings))
        else:
            await self.main_screen.populate(Briefing())
            if result.errors:
                self.main_screen.query_one(Masthead).show(None, "no input could be read")

    # -- the current view, for the export -----------------------------------------
    def current_view(self) -> tuple[Briefing, ViewSpec]:
        """The whole briefing and what the user narrowed it to (filter, maximised pane)."""
        return self.main_screen.briefing or Briefing(), self.main_screen.view_spec()

    # -- actions ------------------------------------------------------------------
    def action_help(self) -> None:
        from briefing.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keymap))

    def action_export(self) -> None:
        try:
            from briefing.ui.export_screen import ExportScreen  # type: ignore[import-not-found]
        except ImportError:
            self.notify("Export is not available yet.", severity="warning", markup=False)
            return
        briefing, spec = self.current_view()
        self.push_screen(ExportScreen(briefing, spec, self.config.exports_directory))

    def action_copy_view(self) -> None:
        """``y``: the current view as Markdown (the export's text) to the clipboard."""
        from briefing.export.markdown import render_view_markdown
        from briefing.view import apply_view

        briefing, spec = self.current_view()
        self.copy_to_clipboard(render_view_markdown(briefing, spec))
        count = apply_view(briefing, spec).item_count()
        self.notify(f"Copied {count} item{'' if count == 1 else 's'} as Markdown",
                    markup=False, timeout=3)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from briefing_commands(self, screen)
        yield from super().get_system_commands(screen)


def make_loader(paths: list[str], use_cache: bool = True) -> Loader:
    """A loader reading ``paths`` through the library (cache, per-file errors)."""

    def loader(progress: Progress) -> LoadResult:
        from briefing.library import load

        return load(paths, use_cache=use_cache, progress=progress)

    return loader


def _take_piped_stdin(paths: list[str]) -> str:
    """``briefing -`` with an article piped in: keep its bytes for the loader and give
    the app the terminal back (Textual reads keys from fd 0). Returns an error or ""."""
    if "-" not in paths or sys.stdin is None or sys.stdin.isatty():
        return ""
    data = sys.stdin.buffer.read()
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return "briefing: no terminal to read keys from (standard input is the article)"
    os.dup2(tty, 0)
    os.close(tty)
    return ""


def run(files: list[str], use_cache: bool = True) -> int:
    """Open the reader on ``files`` (no files: the bundled sample story)."""
    from briefing.library import library_paths

    paths = files or library_paths()
    error = _take_piped_stdin(paths)
    if error:
        print(error, file=sys.stderr)
        return 2
    try:
        config, error = load_config(), ""
    except ConfigError as exc:
        config, error = Config(), clean_line(str(exc))
    BriefingApp(loader=make_loader(paths, use_cache), config=config, config_error=error).run()
    return 0
