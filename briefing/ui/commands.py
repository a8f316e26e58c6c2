"""Command palette entries (ctrl+p): every reader action by name, with its keys.

Built from the same binding table as the keys, so nothing can be bound but missing
from the palette. Each command runs the action on the main screen, exactly as its key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding

from briefing.ui.bindings import APP, MAIN, keys_for

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing.ui.app import BriefingApp

# The palette itself and the nine numbered jumps are not worth a command each
# (the jumps are listed as "Jump to pane N" for the first three panes only).
_SKIP = {"app.palette"}


def briefing_commands(app: BriefingApp, screen: Screen) -> Iterable[SystemCommand]:
    keymap = app.config.keymap
    main = app.main_screen
    for spec in (*MAIN, *APP):
        namespace = app if spec in APP else main
        if spec.id in _SKIP:
            continue
        if spec.id.startswith("pane.jump.") and int(spec.id.rsplit(".", 1)[1]) > len(main.panes):
            continue
        keys = ", ".join(app.get_key_display(Binding(k.strip(), spec.action))
                         for k in keys_for(spec, keymap).split(",") if k.strip())
        title = spec.help
        if spec.id.startswith("pane.jump."):
            number = int(spec.id.rsplit(".", 1)[1])
            title = f"Jump to pane {number}: {main.panes[number - 1].pane.title}"

        def callback(action: str = spec.action, target: object = namespace) -> None:
            app.call_later(app.run_action, action, target)

        yield SystemCommand(title, f"{keys}  ·  {spec.id}", callback)
