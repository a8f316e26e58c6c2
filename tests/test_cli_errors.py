"""Every bad input through the real CLI: one line naming the file, exit 1, no traceback,
and the good file given alongside still parsed and printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD_TEXT = ("Port talks resume as strike enters second week\n\n"
             "Dockworkers and employers resumed talks on Monday. The union demands a 10% raise.\n")


def run(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", "parse", *args], cwd=cwd,
                          input=stdin, capture_output=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return tmp_path


def make_png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(64))


def make_empty_folder(path: Path) -> None:
    path.mkdir()
    (path / "picture.jpg").write_bytes(b"\xff\xd8\xff")
    (path / ".hidden.txt").write_text("hidden text", encoding="utf-8")


def make_oversize(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: instant, takes no disk space
        handle.truncate(21 * 1024 * 1024)


BAD_INPUTS = {
    "missing.txt": (None, "missing.txt: no such file"),
    "folder": (make_empty_folder, "folder: no readable articles in folder"),
    "empty.txt": (lambda p: p.write_bytes(b""), "empty.txt: empty file"),
    "blank.txt": (lambda p: p.write_bytes(b" \n\t\r\n"), "blank.txt: empty file"),
    "image.txt": (make_png, "image.txt: binary file (looks like PNG image)"),
    "garbled.txt": (lambda p: p.write_bytes(b"Talks \x81\x8d\x8f\x90 collapse."),
                    "garbled.txt: undecodable text (not UTF-8, UTF-16 or cp1252"),
    "huge.txt": (make_oversize, "huge.txt: file too large (21.0 MB, the limit is 20.0 MB)"),
}


def check_one_line_error(result: subprocess.CompletedProcess, expected: str) -> None:
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("briefing: ")
    assert expected in lines[0]


def printed_article_ids(result: subprocess.CompletedProcess) -> list[str]:
    return [article["id"] for article in json.loads(result.stdout)["articles"]]


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_one_line_exit_1_and_the_good_file_still_printed(workdir: Path,
                                                                   name: str) -> None:
    make, expected = BAD_INPUTS[name]
    if make:
        make(workdir / name)
    result = run([name, "good.txt", "--json"], workdir)
    check_one_line_error(result, expected)
    assert result.returncode == 1
    assert printed_article_ids(result) == ["good"]


def test_every_bad_input_at_once(workdir: Path) -> None:
    names = []
    for name, (make, _) in BAD_INPUTS.items():
        if make:
            make(workdir / name)
        names.append(name)
    result = run([*names, "good.txt", "--json"], workdir)
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == len(BAD_INPUTS)
    for expected in (expected for _, expected in BAD_INPUTS.values()):
        assert sum(expected in line for line in lines) == 1, expected
    assert result.returncode == 1
    assert printed_article_ids(result) == ["good"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_permission_denied(workdir: Path) -> None:
    locked = workdir / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run(["locked.txt", "good.txt", "--json"], workdir)
    finally:
        locked.chmod(0o644)
    check_one_line_error(result, "locked.txt: permission denied")
    assert result.returncode == 1
    assert printed_article_ids(result) == ["good"]


def test_only_bad_inputs_print_nothing_and_exit_1(workdir: Path) -> None:
    make_png(workdir / "image.txt")
    result = run(["image.txt", "--json"], workdir)
    check_one_line_error(result, "image.txt: binary file (looks like PNG image)")
    assert result.returncode == 1
    assert result.stdout == b""


def test_no_files_is_a_usage_error(workdir: Path) -> None:
    result = run([], workdir)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"usage: briefing parse" in result.stderr


def test_unknown_option_is_a_usage_error(workdir: Path) -> None:
    result = run(["--no-such-option", "good.txt"], workdir)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_stdin_and_files_together(workdir: Path) -> None:
    page = (b"<html><head><title>Pipe talks | Wire</title></head><body><article>"
            b"<p>Negotiators met on Friday and agreed to meet again next month.</p>"
            b"</article></body></html>")
    result = run(["-", "good.txt", "--json"], workdir, stdin=page)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    articles = {a["id"]: a for a in json.loads(result.stdout)["articles"]}
    assert set(articles) == {"stdin", "good"}
    assert articles["stdin"]["format"] == "html"
    assert articles["stdin"]["title"] == "Pipe talks"


def test_folder_of_good_and_bad_files(workdir: Path) -> None:
    folder = workdir / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    result = run(["articles", "--json"], workdir)
    check_one_line_error(result, "b.txt: empty file")
    assert result.returncode == 1
    assert printed_article_ids(result) == ["a"]
