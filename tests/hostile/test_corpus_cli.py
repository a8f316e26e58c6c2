"""The hostile corpus through the real CLI: a briefing or one clear line per file, never a
traceback, never an escape sequence on the terminal, and every other file still parsed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.model import Briefing
from tests.conftest import SEED
from tests.hostile.checks import assert_sources_quote_articles, assert_terminal_clean
from tests.hostile.conftest import run_cli

ERROR_LINE = re.compile(r"^briefing: (?P<path>.+?): (?P<reason>\S.*)$")


def error_lines(stderr: bytes) -> dict[str, str]:
    """``{path: reason}`` from the CLI's stderr; each line must be one well-formed error."""
    found: dict[str, str] = {}
    for line in stderr.decode("utf-8").splitlines():
        match = ERROR_LINE.match(line)
        assert match, f"not a one-line error: {line!r}"
        assert match["path"] not in found, f"two errors for {match['path']}"
        found[match["path"]] = match["reason"]
    return found


def assert_no_crash(result) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")[-3000:]
    assert b"\x1b" not in result.stdout
    assert b"\x1b" not in result.stderr


@pytest.fixture(scope="module")
def json_run(hostile_dir: Path):
    return run_cli("parse", "--json", "--no-cache", str(hostile_dir), str(SEED), timeout=300)


@pytest.fixture(scope="module")
def plain_run(hostile_dir: Path):
    return run_cli("parse", "--no-cache", str(hostile_dir), str(SEED), timeout=300)


def test_json_run_gives_each_file_a_briefing_or_one_line(json_run, hostile_dir: Path, corpus) -> None:
    assert_no_crash(json_run)
    assert json_run.returncode == 1  # some inputs failed, the others were printed
    errors = error_lines(json_run.stderr)
    briefing = Briefing.from_json(json_run.stdout.decode("utf-8"))
    parsed = {a.path: a for a in briefing.articles}
    assert str(SEED) in parsed  # the rest of the input still opens
    wrong = []
    for case in corpus.small_cases():
        path = str(hostile_dir / case.name)
        outcome = ("ok" if path in parsed and path not in errors
                   else "error" if path in errors and path not in parsed else "both/none")
        if outcome == "both/none" or case.expect not in ("either", outcome):
            wrong.append(f"{case.name} ({case.why}): expected {case.expect}, got {outcome}"
                         f" {errors.get(path, '')}")
            continue
        if outcome == "ok":
            text = parsed[path].text
            wrong += [f"{case.name}: lost {keep!r}" for keep in case.keeps if keep not in text]
            wrong += [f"{case.name}: kept {drop!r}" for drop in case.drops if drop in text]
    assert not wrong, "\n".join(wrong)
    assert set(errors) <= {str(hostile_dir / c.name) for c in corpus.small_cases()}
    assert_sources_quote_articles(briefing)


def test_json_output_escapes_every_control_character(json_run) -> None:
    text = json_run.stdout.decode("utf-8")
    # json.dumps escapes C0 (ESC included): the model keeps the text, the terminal sees "\u001b".
    assert not re.search("[\x00-\x09\x0b-\x1f]", text), "raw C0 control in JSON output"
    assert "\\u001b" in text
    # C1 controls and bidi overrides are escaped as well (json.dumps alone writes them raw).
    assert not re.search("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert "\\u202e" in text and "\\u009b" in text


def test_plain_run_leaves_the_terminal_clean(plain_run, json_run) -> None:
    assert_no_crash(plain_run)
    assert plain_run.returncode == 1
    assert error_lines(plain_run.stderr) == error_lines(json_run.stderr)
    assert_terminal_clean(plain_run.stdout.decode("utf-8"))
    assert_terminal_clean(plain_run.stderr.decode("utf-8"))
    # The markup is shown as text (it was not interpreted or dropped on the way).
    assert plain_run.stdout.strip()


@pytest.mark.parametrize("flag", ["--json", None])
def test_hostile_file_names(tmp_path: Path, corpus, flag) -> None:
    paths = corpus.hostile_names(tmp_path / "names")
    result = run_cli("parse", *([flag] if flag else []), "--no-cache", str(tmp_path / "names"))
    assert_no_crash(result)
    assert result.returncode == 0, result.stderr
    assert_terminal_clean(result.stdout.decode("utf-8"))
    if flag:
        briefing = Briefing.from_json(result.stdout.decode("utf-8"))
        assert sorted(a.path for a in briefing.articles) == sorted(map(str, paths))


def test_a_missing_file_names_itself_even_when_its_name_is_hostile(tmp_path: Path) -> None:
    name = str(tmp_path / "gone-\x1b]52;c;eA==\x07-[b]x[/b].txt")
    result = run_cli("parse", name, str(SEED))
    assert_no_crash(result)
    assert result.returncode == 1
    [(path, reason)] = error_lines(result.stderr).items()
    assert path == str(tmp_path / "gone--[b]x[/b].txt")  # the OSC sequence goes whole
    assert reason.startswith("no such file")
    assert_terminal_clean(result.stdout.decode("utf-8"))


def test_stdin_hostile_bytes(corpus) -> None:
    [escapes] = [c for c in corpus.small_cases() if c.name == "escapes.txt"]
    result = run_cli("parse", "-", input=escapes.data)
    assert_no_crash(result)
    assert result.returncode == 0
    assert_terminal_clean(result.stdout.decode("utf-8"))
    json_result = run_cli("parse", "--json", "-", input=escapes.data)
    article = json.loads(json_result.stdout)["articles"][0]
    assert "\x1b]52;c;cm0gLXJmIH4=\x07" in article["text"]  # kept in the model, escaped in JSON


def test_export_of_the_corpus_is_clean_markdown(hostile_dir: Path, json_run) -> None:
    from tests.hostile.checks import assert_markdown_clean

    result = run_cli("export", "--no-cache", str(hostile_dir), str(SEED), "-o", "-", timeout=300)
    assert_no_crash(result)
    assert result.returncode == 1
    assert error_lines(result.stderr) == error_lines(json_run.stderr)
    markdown = result.stdout.decode("utf-8")
    assert_markdown_clean(markdown)
    assert_terminal_clean(markdown)
    filtered = run_cli("export", "--no-cache", str(hostile_dir), "--filter", "\x1b[2J[/]", "-o", "-",
                       timeout=300)
    assert_no_crash(filtered)
    assert_markdown_clean(filtered.stdout.decode("utf-8"))
