"""Every key binding of the reader as data: an id, default keys, an action, a label.

The ids are what users remap in ``config.toml``::

    [keymap]
    "pane.next" = "tab,l"

Textual applies the keymap itself (``App.set_keymap``) to any ``Binding`` with an id, so
the same table drives the bindings, the footer, the help screen and the command palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class KeySpec:
    """One binding: ``id`` for the keymap, ``keys`` comma separated, the ``action`` it runs
    on its screen, a short ``label`` for the footer and a ``help`` line."""

    id: str
    keys: str
    action: str
    label: str
    help: str
    show: bool = False
    group: str = "Move"
    priority: bool = False


# The main screen's bindings, in the order the help screen lists them.
MAIN: tuple[KeySpec, ...] = (
    KeySpec("pane.next", "tab,l,right", "pane_next", "pane", "Next pane", show=True),
    KeySpec("pane.previous", "shift+tab,h,left", "pane_previous", "previous pane",
            "Previous pane"),
    KeySpec("item.down", "j,down", "item_down", "item", "Next item"),
    KeySpec("item.up", "k,up", "item_up", "item up", "Previous item"),
    KeySpec("item.first", "g,home", "item_first", "first", "First item of the pane"),
    KeySpec("item.last", "G,end", "item_last", "last", "Last item of the pane"),
    KeySpec("item.page_down", "pagedown,space", "item_page_down", "page down",
            "One page down"),
    KeySpec("item.page_up", "pageup", "item_page_up", "page up", "One page up"),
    *(KeySpec(f"pane.jump.{n}", str(n), f"pane_jump({n})", f"pane {n}", f"Jump to pane {n}")
      for n in range(1, 10)),
    KeySpec("item.source", "enter", "open_source", "source",
            "Open the item's article with its sentence highlighted", show=True, group="Read"),
    # A priority binding runs before the next key is dispatched, so text typed right
    # after "/" (a paste, a fast typist, tmux send-keys) lands in the search box.
    KeySpec("search.start", "slash", "search", "search",
            "Search all panes as you type", show=True, group="Search", priority=True),
    KeySpec("search.next", "n", "search_next", "next match", "Next match", group="Search"),
    KeySpec("search.previous", "N", "search_previous", "previous match", "Previous match",
            group="Search"),
    KeySpec("search.clear", "escape", "search_clear", "clear", "Clear the search and filter",
            group="Search"),
    KeySpec("filter.toggle", "f", "filter_toggle", "filter",
            "Show only the items that match the search", show=True, group="Search"),
    KeySpec("pane.maximise", "z,f10", "maximise", "maximise",
            "Maximise the current pane (and back)", show=True, group="View"),
    KeySpec("party.aliases", "A", "aliases", "aliases",
            "Show or hide each party's other names", group="View"),
    KeySpec("articles.toggle", "a", "articles", "articles",
            "Article list: choose one article, or All (the merged briefing)",
            show=True, group="View"),
    KeySpec("app.reload", "r", "app.reload", "reload",
            "Reload: pick up new, changed and removed files", show=True, group="View"),
    KeySpec("app.export", "e", "app.export", "export", "Export the current view to Markdown",
            show=True, group="View"),
    KeySpec("view.copy", "y", "app.copy_view", "copy",
            "Copy the current view as Markdown to the clipboard", group="View"),
    KeySpec("app.theme", "t", "app.toggle_theme", "theme", "Switch between light and dark",
            group="View"),
)

# Bindings that work on every screen.
APP: tuple[KeySpec, ...] = (
    KeySpec("app.help", "question_mark", "help", "help", "This help screen", show=True,
            group="App"),
    KeySpec("app.quit", "q", "quit", "quit", "Quit", show=True, group="App"),
    KeySpec("app.palette", "ctrl+p", "command_palette", "commands",
            "Command palette: every action by name", group="App"),
)

# The source view.
SOURCE: tuple[KeySpec, ...] = (
    KeySpec("source.close", "escape,backspace", "close", "back",
            "Back to the briefing (same pane, same item)", show=True, group="Source view"),
    KeySpec("source.down", "j,down", "scroll_down", "down", "Scroll down", group="Source view"),
    KeySpec("source.up", "k,up", "scroll_up", "up", "Scroll up", group="Source view"),
    KeySpec("source.sentence", "c", "center", "sentence", "Scroll the sentence back into view",
            group="Source view"),
)


# The export dialog (its Enter is the path field's own: submit writes the file).
EXPORT: tuple[KeySpec, ...] = (
    KeySpec("export.cancel", "escape", "cancel", "cancel",
            "Close the export dialog without writing", show=True, group="Export dialog"),
)


def to_bindings(specs: tuple[KeySpec, ...]) -> list[Binding]:
    """Textual bindings (with ids, so the keymap applies) from the table."""
    return [Binding(s.keys, s.action, s.label, show=s.show, id=s.id,
                    tooltip=s.help, priority=s.priority) for s in specs]


# The side list of articles and the list of an item's sources (Enter on an item
# several articles reported): arrows move too; enter chooses.
LISTS: tuple[KeySpec, ...] = (
    KeySpec("list.down", "j", "cursor_down", "down", "Next entry", group="Lists"),
    KeySpec("list.up", "k", "cursor_up", "up", "Previous entry", group="Lists"),
    KeySpec("list.close", "escape", "close", "back", "Back to the panes", show=True,
            group="Lists"),
)

ALL: tuple[KeySpec, ...] = MAIN + APP + SOURCE + LISTS + EXPORT


def by_id() -> dict[str, KeySpec]:
    return {spec.id: spec for spec in ALL}


def keys_for(spec: KeySpec, keymap: dict[str, str]) -> str:
    """The keys a binding answers to once the user's keymap is applied."""
    return keymap.get(spec.id, spec.keys)


def unknown_ids(keymap: dict[str, str]) -> list[str]:
    """Keymap entries that name no binding (reported to the user by name)."""
    known = by_id()
    return [key for key in keymap if key not in known]
