"""load(): parse cache (hit, miss, invalidation, corruption, bypass), ids, metadata,
the worker pool and reload."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefing import extract as extract_package
from briefing import locations
from briefing.ingest.document import Document
from briefing.library import load, loader, workers
from briefing.library import cache as cache_module
from briefing.library.cache import ParseCache
from briefing.model import Briefing, Party, Position, Source
from briefing.resources import seeds_dir

from tests.conftest import SEED


def _fake_extract(doc: Document) -> Briefing:
    """A stand-in engine: one position citing the document by its id."""
    first = doc.text.split(".")[0]
    source = Source(doc.id, 0, 0, len(first), first)
    return Briefing(articles=[doc.to_article()],
                    parties=[Party("Somebody", positions=[Position("claim", first, source)])],
                    engine=extract_package.ENGINE_VERSION)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Swap the engine for ``_fake_extract`` (inline parsing) and record each call."""
    calls: list[str] = []

    def fake(doc: Document) -> Briefing:
        calls.append(doc.path)
        return _fake_extract(doc)

    monkeypatch.setattr(workers, "extract", fake)
    return calls


def _folder(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(f"Title {i}\n\nArticle number {i} says this. More.\n")
    return folder


def _entries() -> list[Path]:
    """Every cache entry, of any engine."""
    root = locations.cache_directory() / "parse"
    return sorted(root.glob("*/*.json.z")) if root.is_dir() else []


def test_cold_then_warm(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path)
    first = load([str(folder)])
    assert (first.cached, first.parsed, len(fake_engine)) == (0, 3, 3)
    assert len(_entries()) == 3
    second = load([str(folder)])
    assert (second.cached, second.parsed, len(fake_engine)) == (3, 0, 3)
    assert [b.to_dict() for b in second.briefings] == [b.to_dict() for b in first.briefings]


def test_changed_content_is_a_miss(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path)
    load([str(folder)])
    (folder / "a1.txt").write_text("Title 1\n\nNow it says something else.\n")
    result = load([str(folder)])
    assert (result.cached, result.parsed) == (2, 1)
    assert result.briefings[1].parties[0].positions[0].text == "Title 1\n\nNow it says something else"


def test_engine_version_change_invalidates(tmp_path: Path, fake_engine: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    load([str(folder)])
    # New rules or lexicons: the engine's sources hash differently.
    monkeypatch.setattr(cache_module, "_code_fingerprint", lambda: "new-rules")
    result = load([str(folder)])
    assert (result.cached, result.parsed) == (0, 3)
    assert len(_entries()) == 6  # old entries are simply never read again
    assert load([str(folder)]).cached == 3


def test_prune_drops_other_engines_after_a_day(tmp_path: Path, fake_engine: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, 2)
    load([str(folder)])
    old_dir = ParseCache().directory
    # New rules or lexicons: the engine's sources hash differently.
    monkeypatch.setattr(cache_module, "_code_fingerprint", lambda: "new-rules")
    load([str(folder)])
    assert old_dir.is_dir()  # used within the day: kept
    os.utime(old_dir, (1_000_000_000, 1_000_000_000))
    load([str(folder)])
    assert not old_dir.exists()
    assert len(_entries()) == 2


@pytest.mark.parametrize("garbage", [b"", b"not zlib at all", b"x\x9c\x03\x00"])
def test_corrupt_cache_entries_are_rebuilt(tmp_path: Path, fake_engine: list[str],
                                           garbage: bytes) -> None:
    folder = _folder(tmp_path)
    expected = [b.to_dict() for b in load([str(folder)]).briefings]
    for entry in _entries():
        entry.write_bytes(garbage)
    rebuilt = load([str(folder)])
    assert (rebuilt.cached, rebuilt.parsed, rebuilt.errors) == (0, 3, [])
    assert [b.to_dict() for b in rebuilt.briefings] == expected
    assert load([str(folder)]).cached == 3


def test_unreadable_cache_folder_still_loads(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 1)
    cache_dir = ParseCache().directory
    cache_dir.parent.mkdir(parents=True, exist_ok=True)  # then a file in its place:
    cache_dir.write_text("a file where the folder should be")
    result = load([str(folder)])
    assert (len(result.briefings), result.errors) == (1, [])


def test_no_cache_neither_reads_nor_writes(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path)
    load([str(folder)], use_cache=False)
    assert _entries() == []
    load([str(folder)])
    result = load([str(folder)], use_cache=False)
    assert (result.cached, result.parsed, len(fake_engine)) == (0, 3, 9)


def test_cache_hit_takes_the_current_path_and_id(tmp_path: Path, fake_engine: list[str]) -> None:
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "first.txt").write_text("Same words. In both.")
    shutil.copy(one / "first.txt", two / "second.txt")
    shutil.copy(one / "first.txt", two / "first.txt")
    result = load([str(one / "first.txt"), str(two / "second.txt"), str(two / "first.txt")])
    assert (result.cached, result.parsed) == (2, 1)
    ids = [b.articles[0].id for b in result.briefings]
    assert ids == ["first", "second", "first-2"]
    assert [b.articles[0].path for b in result.briefings] == [
        str(one / "first.txt"), str(two / "second.txt"), str(two / "first.txt")]
    for briefing, article_id in zip(result.briefings, ids):
        position = briefing.parties[0].positions[0]
        assert position.source.article == article_id
        assert [s.article for s in position.sources] == [article_id]


def test_errors_are_per_file_and_in_order(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 2)
    (folder / "empty.txt").write_text("")
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    result = load([str(folder), str(tmp_path / "missing.txt"), str(empty_folder)])
    assert [b.articles[0].id for b in result.briefings] == ["a0", "a1"]
    # Folder errors first (found while listing), then files in input order; the
    # reasons are ingest's wording.
    assert [e.path for e in result.errors] == [
        str(empty_folder), str(folder / "empty.txt"), str(tmp_path / "missing.txt")]
    assert "empty" in result.errors[1].reason
    assert "no such file" in result.errors[2].reason


def test_engine_crash_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(doc: Document) -> Briefing:
        raise RecursionError("deep")

    monkeypatch.setattr(workers, "extract", boom)
    folder = _folder(tmp_path, 1)
    result = load([str(folder)])
    assert [str(e) for e in result.errors] == [
        f"{folder / 'a0.txt'}: could not be parsed (RecursionError)"]


def test_progress_and_streaming(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path)
    load([str(folder / "a0.txt")])  # one cached, two to parse
    seen: list[str] = []
    ticks: list[tuple[int, int]] = []
    result = load([str(folder)], on_briefing=lambda b: seen.append(b.articles[0].id),
                  progress=lambda done, total, name: ticks.append((done, total)))
    assert seen == ["a0", "a1", "a2"]  # the cached one first, before any parsing
    assert ticks == [(1, 3), (2, 3), (3, 3)]
    assert result.cached == 1


def test_dates_from_folder_metadata_then_file_time(tmp_path: Path,
                                                   fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 2)
    (folder / "articles.toml").write_text(
        '["a0.txt"]\ndate = 2025-05-30\nsource = "Desk"\n[broken]\n')
    os.utime(folder / "a1.txt", (1_700_000_000, 1_700_000_000))
    result = load([str(folder)])
    a0, a1 = (b.articles[0] for b in result.briefings)
    assert (a0.date, a0.source) == ("2025-05-30", "Desk")
    assert a1.date == "2023-11-14"


def test_bad_metadata_file_is_ignored(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 1)
    (folder / "articles.toml").write_text("this is = = not toml")
    assert load([str(folder)]).errors == []


def test_sample_story_dates(tmp_path: Path) -> None:
    result = load([str(seeds_dir())], use_cache=False)
    assert result.errors == []
    dates = {b.articles[0].id: b.articles[0].date[:10] for b in result.briefings}
    assert dates == {"gaza-ceasefire": "2025-05-30", "2025-06-04-mediators-press-on": "2025-06-04",
                     "2025-06-18-revised-proposal": "2025-06-18",
                     "2025-07-02-hamas-accepts": "2025-07-02"}
    for briefing in result.briefings:
        assert "written for the briefing sample" in briefing.articles[0].text.lower() or (
            briefing.articles[0].id == "gaza-ceasefire")


def test_live_engine_smoke(tmp_path: Path) -> None:
    """The real engine through the loader (its output changes; only the shape is checked)."""
    result = load([str(SEED)])
    assert result.errors == [] and len(result.briefings) == 1
    briefing = result.briefings[0]
    assert briefing.articles[0].id == "gaza-ceasefire"
    assert briefing.engine == extract_package.ENGINE_VERSION
    assert load([str(SEED)]).briefings[0].to_dict() == briefing.to_dict()


def test_worker_pool_matches_inline(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        shutil.copy(SEED, folder / f"copy{i}.txt")
        (folder / f"other{i}.txt").write_text(f"Item {i}. Talks resumed on day {i}.")
    (folder / "bad.txt").write_text("   ")
    inline = load([str(folder)], use_cache=False)
    streamed: list[str] = []
    pooled = load([str(folder)], workers=2, pool_threshold=2,
                  on_briefing=lambda b: streamed.append(b.articles[0].id))
    assert [b.to_dict() for b in pooled.briefings] == [b.to_dict() for b in inline.briefings]
    assert [str(e) for e in pooled.errors] == [str(e) for e in inline.errors]
    assert sorted(streamed) == sorted(b.articles[0].id for b in inline.briefings)
    # The six copies of the seed are parsed once; the workers filled the cache.
    assert (pooled.cached, pooled.parsed) == (5, 8)
    warm = load([str(folder)])
    assert (warm.cached, warm.parsed) == (12, 1)


def test_stop_ends_early(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 4)
    seen: list[str] = []
    result = load([str(folder)], on_briefing=lambda b: seen.append(b.articles[0].id),
                  stop=lambda: len(seen) >= 2)
    assert [b.articles[0].id for b in result.briefings] == ["a0", "a1"]


def test_reload_picks_up_new_changed_and_deleted(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 3)
    first = load([str(folder)])
    (folder / "a0.txt").unlink()
    (folder / "a1.txt").write_text("Title 1\n\nA different story now.\n")
    (folder / "new.txt").write_text("Fresh. Article.")
    calls = len(fake_engine)
    again = loader.reload(first, [str(folder)])
    assert again.added == [str(folder / "new.txt")]
    assert again.changed == [str(folder / "a1.txt")]
    assert again.removed == [str(folder / "a0.txt")]
    assert len(fake_engine) == calls + 2
    # The untouched file is the very same object (nothing re-read).
    assert again.briefings[1] is first.briefings[2]
    quiet = loader.reload(again, [str(folder)])
    assert (quiet.added, quiet.changed, quiet.removed) == ([], [], [])
    assert all(a is b for a, b in zip(quiet.briefings, again.briefings))


def test_no_process_pool_falls_back_to_inline(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("processes are not allowed here")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", refuse)
    folder = _folder(tmp_path, 5)
    result = load([str(folder)], workers=2, pool_threshold=1)
    assert ([b.articles[0].id for b in result.briefings], result.errors) == (
        [f"a{i}" for i in range(5)], [])


def test_user_lexicon_change_invalidates(tmp_path: Path, fake_engine: list[str]) -> None:
    folder = _folder(tmp_path, 2)
    load([str(folder)])
    locations.config_directory(create=True)
    locations.user_lexicon_file().write_text('[[actor]]\nname = "Somebody Else"\n')
    assert (load([str(folder)]).cached, load([str(folder)]).cached) == (0, 2)
