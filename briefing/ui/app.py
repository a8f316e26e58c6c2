"""The Textual app: loads briefings from the library in a worker and shows the reader.

``BriefingApp`` takes either a ready ``Briefing`` (tests, snapshots, benchmarks) or a
``loader`` callable that does the slow part (reading and extracting) in a thread while
the screen paints at once with a progress line. It never imports the extraction engine:
``run(files)`` builds its loader from ``briefing.library``.

A ``LibraryLoader`` (``make_loader``) also streams: each article's briefing is handed
over as it is ready, and the worker merges what has arrived and repaints the panes at
most every ``STREAM_INTERVAL`` seconds (longer when merging and painting take longer,
so a big cold parse is not slowed down by its own previews). It can ``reload``: the
``r`` key re-reads the folder, reusing the briefings of unchanged files.
"""

from __future__ import annotations

import asyncio
import gc
import io
import os
import sys
import time
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
OnBriefing = Callable[[Briefing], None]

PROGRESS_INTERVAL = 0.2
"""Seconds between two updates of the progress line and bar."""
STREAM_INTERVAL = 0.25
"""Seconds between two repaints of the panes while articles arrive."""
STREAM_COST_FACTOR = 8
"""...and at least this many times what the last merge and repaint cost: on two cores
the repaints take their time from the worker processes parsing the rest."""
PAINT_WAIT = 0.5
"""Seconds the loading thread waits at most for a streamed repaint to reach the screen."""
PAINT_COST_PER_ARTICLE = 0.003
"""Seconds a merge and repaint takes per article (about, on the 2-core dev machine)."""

DARK_THEME, LIGHT_THEME = "textual-dark", "textual-light"


class BriefingApp(CrashGuard, App[None]):
    """The reader. ``briefing``: show this at once; ``loader``: read in a worker."""

    TITLE = "briefing"
    CSS_PATH = [stylesheet(name) for name in ("app.tcss", "main.tcss", "source.tcss",
                                              "help.tcss", "article_list.tcss",
                                              "sources.tcss")]
    BINDINGS = to_bindings(APP)

    def __init__(self, briefing: Briefing | None = None, *, loader: Loader | None = None,
                 config: Config | None = None, config_error: str = "") -> None:
        super().__init__()
        self.config = config or Config()
        self._initial = briefing
        self._loader = loader
        self._config_error = config_error
        self.main_screen = MainScreen()
        self.result: LoadResult | None = None
        self._progress_shown = 0.0
        """The last load (what ``reload`` compares the folder against)."""

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
    def _progress(self, done: int, total: int, name: str) -> None:
        # A repaint each: at most one update per PROGRESS_INTERVAL, and the last one.
        now = time.monotonic()
        if done < total and now - self._progress_shown < PROGRESS_INTERVAL:
            return
        self._progress_shown = now
        # Posted, not called: call_from_thread would wait for the UI thread each time.
        self.main_screen.post_message(MainScreen.Progress(done, total, name))

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        from briefing.library.gcpause import young_collections_only

        assert self._loader is not None
        # No full collections until the merged view is up and frozen (_loaded waits
        # for it): a thousand articles are millions of objects, and each full pass
        # over them (three or so between the load's end and the paint) cost 0.16-0.19 s.
        with young_collections_only():
            if isinstance(self._loader, LibraryLoader):
                stream = _Stream(self)

                def progress(done: int, total: int, name: str) -> None:
                    stream.progress(done, total)
                    self._progress(done, total, name)

                result = self._loader(progress, on_briefing=stream.arrived)
            else:
                result = self._loader(self._progress)
            self.call_from_thread(self._loaded, result)

    async def _loaded(self, result: LoadResult) -> None:
        from briefing.library import merge

        self.result = result
        self.main_screen.set_streaming(False)
        for error in result.errors:
            self.notify(clean_line(str(error)), title="Could not read", severity="error",
                        markup=False, timeout=10)
        if result.briefings:
            await self.main_screen.populate(merge(result.briefings))
        else:
            await self.main_screen.populate(Briefing())
            if result.errors:
                self.main_screen.query_one(Masthead).show(None, "no input could be read")
        _settle_memory(self.main_screen.full.item_count() if self.main_screen.full else 0)

    # -- reload (r) -----------------------------------------------------------------
    def action_reload(self) -> None:
        if not isinstance(self._loader, LibraryLoader) or self.result is None:
            what = "still reading" if isinstance(self._loader, LibraryLoader) else (
                "this briefing was not read from files")
            self.notify(f"Nothing to reload: {what}.", markup=False, timeout=3)
            return
        if "-" in self._loader.paths:
            self.notify("Nothing to reload: standard input was read once.", markup=False,
                        timeout=3)
            return
        self.notify("Reloading…", markup=False, timeout=2)
        self._reload(self.result)

    @work(thread=True, exclusive=True, group="load")
    def _reload(self, previous: LoadResult) -> None:
        assert isinstance(self._loader, LibraryLoader)
        result = self._loader.reload(previous, self._progress)
        self.call_from_thread(self._reloaded, result)

    async def _reloaded(self, result: LoadResult) -> None:
        from briefing.library import merge

        # Errors already reported by the previous load are not repeated.
        old = {str(e) for e in self.result.errors} if self.result else set()
        self.result = result
        for error in result.errors:
            if str(error) not in old:
                self.notify(clean_line(str(error)), title="Could not read", severity="error",
                            markup=False, timeout=10)
        await self.main_screen.populate(merge(result.briefings) if result.briefings
                                        else Briefing())
        _settle_memory(self.main_screen.full.item_count() if self.main_screen.full else 0, reloaded=True)
        self.notify(reload_summary(result), markup=False, timeout=4)

    # -- the current view, for the export -----------------------------------------
    def current_view(self) -> tuple[Briefing, ViewSpec]:
        """The whole briefing and what the user narrowed it to (chosen article, filter,
        maximised pane): ``view.apply_view`` of the two is what the panes show."""
        return self.main_screen.full or Briefing(), self.main_screen.view_spec()

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


FREEZE_ITEMS = 500
"""From this many items, the loaded briefings are kept out of the GC's full passes
(bench/ui.py at 1,000 items: full collections were the 50-150 ms p95 outliers, and the
first source view opened in 137 ms, 69 ms with the freeze)."""


def _settle_memory(items: int, reloaded: bool = False) -> None:
    """Keep a big view's objects out of the cyclic garbage collector's full passes.

    A thousand articles are millions of objects; a full collection walking them all
    stalls a key press by a few hundred milliseconds now and then. They live as long
    as the view and are acyclic (reference counting frees them when a reload replaces
    them), so once the view is up they move to the permanent generation
    (``gc.freeze``). No collection first: that alone would stall the first keys by as
    much. The cost: cyclic garbage made before a freeze (a reload that mounts new
    panes leaves the old widgets) would never be collected: after a reload (a user's
    action, where a pause is expected) the previous view is unfrozen and collected
    first. Small views skip this."""
    if reloaded:
        gc.unfreeze()
        gc.collect()
    if items >= FREEZE_ITEMS:
        gc.freeze()


class LibraryLoader:
    """Reads ``paths`` through the library (cache, workers, per-file errors); streams
    each briefing to ``on_briefing`` and can ``reload`` against a previous result."""

    def __init__(self, paths: list[str], use_cache: bool = True) -> None:
        self.paths = list(paths)
        self.use_cache = use_cache

    def __call__(self, progress: Progress, on_briefing: OnBriefing | None = None,
                 ) -> LoadResult:
        from briefing.library import load

        return load(self.paths, use_cache=self.use_cache, progress=progress,
                    on_briefing=on_briefing)

    def reload(self, previous: LoadResult, progress: Progress | None = None) -> LoadResult:
        from briefing.library import reload

        return reload(previous, self.paths, use_cache=self.use_cache, progress=progress)


def make_loader(paths: list[str], use_cache: bool = True) -> LibraryLoader:
    """A loader reading ``paths`` through the library (cache, per-file errors)."""
    return LibraryLoader(paths, use_cache)


def reload_summary(result: LoadResult) -> str:
    """``2 added, 1 changed, 1 removed`` (or ``No changes``)."""
    counts = [(len(result.added), "added"), (len(result.changed), "changed"),
              (len(result.removed), "removed")]
    if not any(n for n, _ in counts):
        return f"No changes ({len(result.briefings)} articles)."
    return ", ".join(f"{n} {what}" for n, what in counts)


class _Stream:
    """Collects briefings in the loading thread and repaints the panes with their
    merge, throttled (see the module docstring). No repaint when the load should end
    before the repaint would (a warm cache): the final merge comes sooner without it."""

    def __init__(self, app: BriefingApp) -> None:
        self.app = app
        self.briefings: list[Briefing] = []
        self.next_paint = 0.0  # the first article paints at once
        self.first = 0.0  # when the first article arrived (the rate is counted from it)
        self.cost = 0.0
        self.done = self.total = 0

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def _ends_soon(self, now: float) -> bool:
        """True when the rest should arrive before a repaint of what is here would be
        done (so the repaint would only delay the full view)."""
        if self.total <= self.done:
            return False
        arrived = len(self.briefings) - 1
        if arrived <= 0 or now - self.first < STREAM_INTERVAL:
            return True  # no rate yet: wait for one
        left = (now - self.first) / arrived * (self.total - self.done)
        cost = max(self.cost, PAINT_COST_PER_ARTICLE * len(self.briefings))
        return left < 2 * cost

    def arrived(self, briefing: Briefing) -> None:
        from briefing.library import merge

        self.briefings.append(briefing)
        now = time.monotonic()
        if len(self.briefings) == 1:
            self.first = now
        elif now < self.next_paint or self._ends_soon(now):
            return
        started = now
        merged = merge(list(self.briefings))
        self.app.call_from_thread(self._paint, merged)
        self.cost = time.monotonic() - started
        self.next_paint = time.monotonic() + max(STREAM_INTERVAL, STREAM_COST_FACTOR * self.cost)

    async def _paint(self, merged: Briefing) -> None:
        screen = self.app.main_screen
        screen.set_streaming(True)
        await screen.populate(merged)
        # The loading thread waits (call_from_thread) until the frame is out: running
        # on, it would take the GIL from the paint (a warm cache decodes flat out).
        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        screen.call_after_refresh(lambda: painted.done() or painted.set_result(None))
        try:
            await asyncio.wait_for(painted, PAINT_WAIT)
        except asyncio.TimeoutError:
            pass


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
