"""The bottom line: the keys that matter now (``tab pane  j/k item  / search ...``).

A light replacement for Textual's Footer on the main screen: the Footer rebuilds its
widgets whenever the focus moves (every Tab), which costs more than the whole repaint
budget with many items. This is one line of text, built from the binding table and the
user's keymap, redrawn only when the mode changes (searching or not).
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget

from briefing.ui.bindings import by_id, keys_for

# (binding ids, label): ids joined by "/" show as "j/k".
NORMAL: tuple[tuple[tuple[str, ...], str], ...] = (
    (("pane.next",), "pane"), (("item.down", "item.up"), "item"),
    (("item.source",), "source"), (("search.start",), "search"),
    (("filter.toggle",), "filter"), (("pane.maximise",), "maximise"),
    (("articles.toggle",), "articles"), (("app.reload",), "reload"),
    (("app.export",), "export"), (("app.help",), "help"), (("app.quit",), "quit"),
)
# Shown only with several articles open (with one, ``a`` just says there is no other).
MANY_ONLY = frozenset({"articles"})
# When the line is too narrow (80 columns), whole hints go, in this order, rather than
# the line being cut in the middle of a word; help and quit always stay.
DROP_ORDER = ("maximise", "filter", "reload", "export", "source", "articles", "search",
              "item", "pane")
SEARCH: tuple[tuple[tuple[str, ...], str], ...] = (
    (("search.clear",), "clear"),
)
# The source view (Textual's Footer there cost ~20 ms each time the view opened).
SOURCE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("source.close",), "back"), (("source.down", "source.up"), "scroll"),
    (("source.sentence",), "sentence"), (("app.help",), "help"), (("app.quit",), "quit"),
)


class KeyHints(Widget):
    """Key hints for the current mode; the command palette key at the right."""

    COMPONENT_CLASSES = {"key-hints--key", "key-hints--label"}

    mode: reactive[str] = reactive("normal")
    matches: reactive[int] = reactive(0)
    many: reactive[bool] = reactive(False)  # several articles open: ``a`` shows

    def __init__(self, keymap: dict[str, str] | None = None, mode: str = "normal") -> None:
        super().__init__(id="key-hints")
        self.keymap = keymap or {}
        self.set_reactive(KeyHints.mode, mode)

    def _key(self, binding_id: str) -> str:
        spec = by_id()[binding_id]
        first = keys_for(spec, self.keymap).split(",")[0].strip()
        return self.app.get_key_display(Binding(first, spec.action)) if first else "?"

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-hints--key")
        label_style = self.get_component_rich_style("key-hints--label")
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.mode == "search":
            count = self.matches
            text.append(f" {count} match" + ("" if count == 1 else "es") + " ",
                        style=label_style)
            text.append(" enter", style=key_style)
            text.append(" keep  ", style=label_style)
        hints = {"search": SEARCH, "source": SOURCE}.get(self.mode, NORMAL)
        shown = [(" " + "/".join(self._key(i) for i in ids), f" {label} ", label)
                 for ids, label in hints if self.many or label not in MANY_ONLY]
        room = self.size.width - text.cell_len
        for label in DROP_ORDER:
            if sum(len(key) + len(words) for key, words, _ in shown) <= room:
                break
            shown = [hint for hint in shown if hint[2] != label]
        for key, words, _ in shown:
            text.append(key, style=key_style)
            text.append(words, style=label_style)
        palette = Text.assemble((self._key("app.palette"), key_style),
                                (" commands ", label_style))
        room = self.size.width - palette.cell_len - 1
        if room > text.cell_len:
            text.append(" " * (room - text.cell_len))
            text.append_text(palette)
        return text
