"""The Textual app (minimal until the reader lands)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from briefing.library import load, merge
from briefing.model import Briefing
from briefing.resources import seeds_dir, stylesheet


class BriefingApp(App[None]):
    CSS_PATH = stylesheet("app.tcss")
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{len(self.briefing.parties)} parties", id="summary", markup=False)
        yield Footer()


def run(files: list[str], use_cache: bool = True) -> int:
    paths = files or [str(seeds_dir())]
    result = load(paths, use_cache=use_cache)
    BriefingApp(merge(result.briefings)).run()
    return 0
