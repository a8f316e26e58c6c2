"""The export dialog: where to save the current view as Markdown, and nothing else.

    ExportScreen(briefing: Briefing, spec: ViewSpec, directory: Path | None = None)

``briefing`` is the FULL briefing and ``spec`` the current view (filter, maximised
pane): the Markdown is ``export.render_markdown(briefing, spec, now)``, computed once
when the dialog opens. ``directory`` is the exports folder (the app passes
``config.exports_directory``; None reads config.toml, falling back to the default).

The dialog shows what will be exported and an Input prefilled with
``directory / <safe name from the title and date>``, the name part selected (typing
replaces it, keeping the folder and ``.md``). Enter writes (atomically, see
``export.writer``); Escape cancels (dismisses with None). When the file exists,
Enter once shows a warning and Enter again on the same path replaces it; editing the
path clears the warning. A relative path is taken from ``directory``; a folder gets
the default name. Errors (unwritable folder, full disk) stay in the dialog, as plain
text, so the user can pick another place.

On success the dialog itself notifies the full path (``notify(markup=False)``) and
dismisses with the written ``Path``: the app needs no callback (and should not notify
again). All writing logic lives in ``briefing.export``; this module is only the dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.widgets.input import Selection

from briefing.crash import CrashGuard
from briefing.export import ExportError, default_export_path, render_markdown, write_text
from briefing.export.markdown import FIGURES_HEADING, TERMS_HEADING
from briefing.export.paths import resolve_target
from briefing.export.writer import describe_os_error
from briefing.model import Briefing
from briefing.resources import stylesheet
from briefing.sanitize import clean_line
from briefing.ui.bindings import EXPORT, keys_for, to_bindings
from briefing.view import FIGURES_PANE, TERMS_PANE, ViewSpec, apply_view


def _configured_directory() -> Path:
    from briefing.config import ConfigError, load_config
    from briefing.locations import exports_directory

    try:
        return load_config().exports_directory
    except ConfigError:
        # The app already reported the broken config at start; export to the default.
        return exports_directory()


SUMMARY_TITLE_WIDTH = 40  # characters of an article's title in the one-line summary


def _article_part(briefing: Briefing, article_id: str) -> str:
    """``article 2 of 4 “Title”``: which article the export keeps (the title shortened,
    the position never: it is what tells the user the view is not the merged one)."""
    article = briefing.article(article_id)
    if article is None:
        return f"article {clean_line(article_id)}"
    number = briefing.articles.index(article) + 1
    title = clean_line(article.title) or clean_line(article.id)
    if len(title) > SUMMARY_TITLE_WIDTH:
        title = title[:SUMMARY_TITLE_WIDTH - 1].rstrip() + "…"
    return f"article {number} of {len(briefing.articles)} “{title}”"


def describe_view(briefing: Briefing, spec: ViewSpec) -> str:
    """One line saying what will be exported:
    ``12 items · article 2 of 4 “Talks resume” · filter “x” · only the union``."""
    count = apply_view(briefing, spec).item_count()
    parts = [f"{count} item" + ("" if count == 1 else "s")]
    if spec.article is not None:
        parts.append(_article_part(briefing, spec.article))
    if spec.query.strip():
        parts.append(f"filter “{clean_line(spec.query)}”")
    if spec.pane is not None:
        pane = {TERMS_PANE: TERMS_HEADING, FIGURES_PANE: FIGURES_HEADING}.get(spec.pane, spec.pane)
        parts.append(f"only {clean_line(pane)}")
    return " · ".join(parts)


class ExportScreen(CrashGuard, ModalScreen[Path | None]):
    """Asks where to write the Markdown of the current view; dismisses with the path or None."""

    CSS_PATH = stylesheet("export.tcss")
    BINDINGS = to_bindings(EXPORT)

    def __init__(self, briefing: Briefing, spec: ViewSpec,
                 directory: Path | None = None) -> None:
        super().__init__(id="export-screen")
        self.briefing = briefing
        self.spec = spec
        self.directory = Path(directory) if directory is not None else _configured_directory()
        now = datetime.now().astimezone()
        self.markdown = render_markdown(briefing, spec, now)
        self.target = default_export_path(briefing, self.directory, now, spec.article)
        # The path the user was warned about: Enter on it again replaces the file.
        self._confirm: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export to Markdown"
            yield Static(Text(describe_view(self.briefing, self.spec)), id="export-summary",
                         markup=False)
            yield Input(str(self.target), id="export-path", select_on_focus=False)
            yield Static("", id="export-message", markup=False)
            yield Static(Text(f"enter save · {self._cancel_keys()} cancel"), id="export-hint",
                         markup=False)

    def _cancel_keys(self) -> str:
        """The key(s) that cancel, after the user's keymap (``esc`` by default)."""
        config = getattr(self.app, "config", None)
        keymap: dict[str, str] = getattr(config, "keymap", None) or {}
        keys = [k.strip() for k in keys_for(EXPORT[0], keymap).split(",") if k.strip()]
        return "/".join(self.app.get_key_display(Binding(k, "cancel")) for k in keys) or "?"

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        # Like a save dialog: the name (without folder and ".md") is selected, so typing
        # renames the file while keeping where it goes.
        value = field.value
        start = len(value) - len(self.target.name)
        field.selection = Selection(start, len(value) - len(self.target.suffix))

    # -- messages -----------------------------------------------------------------
    def _show(self, text: str, kind: str) -> None:
        message = self.query_one("#export-message", Static)
        message.update(Text(clean_line(text)))
        message.set_classes(f"-shown -{kind}")

    def _clear(self) -> None:
        self.query_one("#export-message", Static).set_classes("")

    @property
    def message(self) -> str:
        """The message shown (warning or error), "" when none: for tests and the app."""
        widget = self.query_one("#export-message", Static)
        return str(widget.content) if widget.has_class("-shown") else ""

    # -- events -------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._confirm is not None and resolve_target(event.value, self.directory) != self._confirm:
            self._confirm = None
            self._clear()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)

    # -- saving -------------------------------------------------------------------
    def save(self, value: str) -> None:
        """Write to ``value`` (as typed), after a warning if it would replace a file."""
        if not value.strip():
            self._show("Type a file name to export to.", "error")
            return
        path = resolve_target(value, self.directory)
        if path.is_dir():
            path = path / self.target.name
        if path.exists() and path != self._confirm:
            self._confirm = path
            self._show(f"{path} exists. Press Enter again to replace it, or change the name.",
                       "warning")
            return
        try:
            if path.parent == self.directory:
                # The exports folder is ours to create on first use; any other folder must exist.
                try:
                    self.directory.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise ExportError(describe_os_error(self.directory, exc)) from None
            written = write_text(path, self.markdown, overwrite=path == self._confirm)
        except ExportError as exc:
            self._confirm = None
            self._show(str(exc), "error")
            return
        self.app.notify(clean_line(str(written)), title="Exported", markup=False)
        self.dismiss(written)


__all__ = ["ExportScreen", "describe_view"]
