"""A cold load shows something at once: the first file to parse is parsed before the
other files are looked up (read and hashed), and the counts stay right."""

from __future__ import annotations

from pathlib import Path

from briefing.library import loader

ARTICLE = "Talks\n\nThe Harbour Union rejected the offer of a {n}% rise on Monday.\n"


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n:02d}.txt").write_text(ARTICLE.format(n=n + 1), encoding="utf-8")
    return folder


def test_the_first_briefing_arrives_before_the_other_look_ups(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path, 12)
    looked_up: list[str] = []
    real_lookup = loader._lookup

    def lookup(cache, index, path, state, fingerprint):
        looked_up.append(path)
        return real_lookup(cache, index, path, state, fingerprint)

    monkeypatch.setattr(loader, "_lookup", lookup)
    seen_at: list[int] = []
    result = loader.load([str(folder)], workers=1, on_briefing=lambda b: seen_at.append(len(looked_up)))
    assert seen_at[0] == 1   # one look-up, then the first briefing
    assert (result.parsed, result.cached, len(result.briefings)) == (12, 0, 12)
    again = loader.load([str(folder)], workers=1, on_briefing=lambda b: None)
    assert (again.parsed, again.cached) == (0, 12)   # the first file was cached like the rest
