"""Inputs: folders (recursive, sorted, link loops), unique ids, stdin, limits, OS errors."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from briefing import ingest
from briefing.errors import InputError
from briefing.ingest import paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def outcomes(items: list[str]) -> list[tuple[str, str]]:
    """(id or path, "ok" or reason) per input."""
    return [(item.id, "ok") if isinstance(item, ingest.Document) else (item.path, item.reason)
            for item in ingest.read_all(items)]


def test_folder_is_recursive_sorted_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", "x.markdown",
                 ".hidden.txt", ".git/e.txt", "notes.pdf", "README"):
        write(tmp_path / name, "<p>Text.</p>" if name.endswith(("html", "htm")) else "Text.")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in paths.expand([str(tmp_path)])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.htm", "x.markdown"]


def test_folder_symlink_loop_is_visited_once(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", "Text.")
    (tmp_path / "top" / "loop").symlink_to(tmp_path / "top", target_is_directory=True)
    (tmp_path / "top" / "elsewhere").symlink_to(tmp_path / "other", target_is_directory=True)
    write(tmp_path / "other" / "b.txt", "Text.")
    found = [Path(p).relative_to(tmp_path / "top").as_posix()
             for p in paths.expand([str(tmp_path / "top")])]
    assert found == ["a.txt", "elsewhere/b.txt"]


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    write(tmp_path / "image.png", "x")
    items = list(paths.expand([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].reason.startswith("no readable articles in folder")


def test_ids_are_stems_made_unique(tmp_path: Path) -> None:
    one = write(tmp_path / "x" / "a.txt", "First.")
    two = write(tmp_path / "y" / "a.txt", "Second.")
    three = write(tmp_path / "z" / "a.md", "Third.")
    bad = tmp_path / "w" / "a.txt"
    assert outcomes([str(bad), str(one), str(two), str(three)]) == [
        (str(bad), "no such file"), ("a", "ok"), ("a-2", "ok"), ("a-3", "ok")]


def test_ids_do_not_collide_with_an_existing_suffixed_name(tmp_path: Path) -> None:
    files = [write(tmp_path / "p" / "a.txt", "One."), write(tmp_path / "a-2.txt", "Two."),
             write(tmp_path / "q" / "a.txt", "Three.")]
    assert [i for i, _ in outcomes([str(f) for f in files])] == ["a", "a-2", "a-3"]


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(("data", "fmt", "title"), [
    (b"Headline here\n\nBody. More.", "txt", "Headline here"),
    (b"---\ntitle: From stdin\n---\n\nBody *text*.", "md", "From stdin"),
    (b"<!doctype html><html><head><title>Page</title></head><body><p>Body.</p></body></html>",
     "html", "Page"),
    ("Headline\n\nBody.".encode("utf-16"), "txt", "Headline"),
])
def test_stdin_format_is_sniffed(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str,
                                 title: str) -> None:
    fake_stdin(monkeypatch, data)
    [doc] = list(ingest.read_all(["-"]))
    assert isinstance(doc, ingest.Document)
    assert (doc.id, doc.path, doc.format, doc.title) == ("stdin", "-", fmt, title)


def test_stdin_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"Text.")
    assert outcomes(["-", "-"]) == [("stdin", "ok"),
                                    ("-", "standard input given more than once")]


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "MAX_BYTES", 10)
    fake_stdin(monkeypatch, b"x" * 11)
    assert outcomes(["-"]) == [("-", "file too large (the limit is 0.0 MB)")]


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    opened: list[str] = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]))
    with pytest.raises(InputError) as caught:
        paths.read_file(str(big))
    assert caught.value.reason == "file too large (21.0 MB, the limit is 20.0 MB)"
    assert opened == []


def test_a_stream_longer_than_the_limit_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="file too large"):
        paths.read_file("/dev/zero")


def test_folder_given_as_a_file_and_broken_link(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="no such file \\(broken symbolic link\\)"):
        ingest.read_path(tmp_path / "dangling.txt")
    with pytest.raises(InputError, match="is a folder"):
        paths.read_file(str(tmp_path))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Text.")
    locked.chmod(0)
    try:
        assert outcomes([str(locked)]) == [(str(locked), "permission denied")]
    finally:
        locked.chmod(0o644)


def test_permission_error_reason() -> None:
    assert paths.os_reason(PermissionError(13, "Permission denied")) == "permission denied"
    assert paths.os_reason(FileNotFoundError(2, "No such file")) == "no such file"
    assert paths.os_reason(OSError(5, "Input/output error")) == "input/output error"


def test_fixture_folder_reads_every_fixture() -> None:
    docs = [d for d in ingest.read_all([str(FIXTURES)]) if isinstance(d, ingest.Document)]
    names = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    assert [d.id for d in docs] == [Path(name).stem for name in names]


@pytest.mark.parametrize(("path", "expected"), [
    ("-", "stdin"),
    ("/x/talks.txt", "talks"),
    ("/x/bidi-\u202etxt.exe.txt", "bidi-txt.exe"),
    ("/x/esc-\x1b]52;c;eA==\x07-name.md", "esc--name"),
    ("/x/two  words\n.txt", "two words"),
    ("/x/\u200b.txt", "article"),
    ("/x/.txt", ".txt"),
])
def test_article_ids_are_safe_stems(path: str, expected: str) -> None:
    assert ingest.article_id(path) == expected


def test_folder_walk_stops_at_the_file_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(5):
        write(tmp_path / f"{n}.txt", "Text.")
    monkeypatch.setattr(paths, "MAX_FOLDER_FILES", 3)
    monkeypatch.setattr(paths.walk_folder, "__defaults__", (3,))
    items = list(paths.expand([str(tmp_path)]))
    assert isinstance(items[0], InputError)
    assert items[0].reason == "more than 3 articles in folder; read the first 3"
    assert [Path(p).name for p in items[1:]] == ["0.txt", "1.txt", "2.txt"]


def test_folder_walk_depth_is_limited(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*[f"d{n}" for n in range(paths.MAX_DEPTH + 2)])
    write(deep / "too-deep.txt", "Text.")
    write(tmp_path / "d0" / "shallow.txt", "Text.")
    assert [Path(p).name for p in paths.expand([str(tmp_path)])] == ["shallow.txt"]
