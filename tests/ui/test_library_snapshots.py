"""SVG snapshot of the reader on the sample story (four articles, merged).

The per-article briefings are frozen in ``tests/fixtures/ui/sample-story-articles.json``
(the engine's output when the fixture was made), so an engine change never moves this
snapshot; the merge, the article list and the change marks are live.
Update with ``pytest tests/ui/test_library_snapshots.py --snapshot-update`` and look
at the report before committing.
"""

from __future__ import annotations

import json

from briefing.config import Config
from briefing.library import merge
from briefing.model import Briefing
from briefing.ui.app import BriefingApp

from .conftest import FIXTURES


def sample_story() -> Briefing:
    data = json.loads((FIXTURES / "sample-story-articles.json").read_text(encoding="utf-8"))
    return merge([Briefing.from_dict(b) for b in data])


def test_sample_story_merged(snap_compare) -> None:
    app = BriefingApp(sample_story(), config=Config())
    assert snap_compare(app, terminal_size=(120, 40))


def test_sample_story_one_article_chosen(snap_compare) -> None:
    app = BriefingApp(sample_story(), config=Config())
    assert snap_compare(app, terminal_size=(120, 40), press=["a", "j", "j"])
