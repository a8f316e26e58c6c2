"""load() with the process pool from a Textual thread worker, as the app will call it."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.app import App
from textual.message import Message

from briefing.library import LoadResult, load
from briefing.model import Briefing

from tests.conftest import SEED


class Loaded(Message):
    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing


class Loader(App[None]):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.arrived: list[str] = []
        self.result: LoadResult | None = None

    def on_mount(self) -> None:
        self.run_worker(self._load, thread=True, exit_on_error=True)

    def _load(self) -> None:
        self.result = load([str(self.folder)], workers=2, pool_threshold=2,
                           on_briefing=lambda b: self.post_message(Loaded(b)))
        self.call_from_thread(self.exit)

    def on_loaded(self, message: Loaded) -> None:
        self.arrived.append(message.briefing.articles[0].id)


async def test_pool_from_a_textual_thread_worker(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    for i in range(5):
        (folder / f"note{i}.txt").write_text(f"Talks day {i}. The envoy said {i + 3} rounds are left.")
    shutil.copy(SEED, folder / SEED.name)
    app = Loader(folder)
    async with app.run_test() as pilot:
        for _ in range(600):
            if app.result is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
    assert app.result is not None
    assert app.result.errors == []
    assert (app.result.cached, app.result.parsed) == (0, 6)
    assert sorted(app.arrived) == sorted(["gaza-ceasefire", *(f"note{i}" for i in range(5))])
