"""The help screen: every binding, grouped, with the keys the user's keymap gives it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.crash import CrashGuard
from briefing.ui.bindings import ALL, KeySpec, keys_for


def key_labels(app_display: object, spec: KeySpec, keymap: dict[str, str]) -> str:
    """``tab, l, →`` for a binding, after the keymap."""
    labels = []
    for key in keys_for(spec, keymap).split(","):
        key = key.strip()
        if key:
            labels.append(app_display(Binding(key, spec.action)))  # type: ignore[operator]
    return ", ".join(labels)


class HelpScreen(CrashGuard, ModalScreen[None]):
    """Lists every binding; Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "close", id="help.close"),
        Binding("j,down", "scroll(1)", "down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "up", show=False, id="help.up"),
    ]

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__(id="help-screen")
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1))
        # Keys and ids never wrap (they must be read whole); the description wraps.
        table.add_column("keys", style="bold", no_wrap=True)
        table.add_column("what", ratio=1)
        table.add_column("id (for [keymap])", style="dim", no_wrap=True)
        group = ""
        # The pane jumps 1-9 are one line in the help, not nine.
        jumps = [s for s in ALL if s.id.startswith("pane.jump.")]
        for spec in ALL:
            if spec.id.startswith("pane.jump.") and spec is not jumps[0]:
                continue
            if spec.group != group:
                group = spec.group
                table.add_row(Text(""), Text(""), Text(""))
                table.add_row(Text(group, style="bold underline"), Text(""), Text(""))
            if spec is jumps[0]:
                keys = [key_labels(self.app.get_key_display, s, self.keymap) for s in jumps]
                keys = (f"{keys[0]} … {keys[-1]}" if [s.keys for s in jumps] == [
                    keys_for(s, self.keymap) for s in jumps] else ", ".join(keys))
                table.add_row(Text(keys), Text("Jump to pane 1 to 9"), Text("pane.jump.N"))
                continue
            table.add_row(Text(key_labels(self.app.get_key_display, spec, self.keymap)),
                          Text(spec.help), Text(spec.id))
        self.table = table
        with Vertical(id="help-box"):
            yield Static(Text("briefing · keys", style="bold"), id="help-title",
                         markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(table, id="help-table", markup=False)
            yield Static(Text("Every action is also in the command palette (ctrl+p). "
                              "Remap keys in config.toml [keymap] by id. "
                              "escape closes.", style="dim"), id="help-hint", markup=False)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

    def action_scroll(self, delta: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=delta, animate=False)
