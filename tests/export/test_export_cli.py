"""`briefing export`: options, output places, exit codes and every failure.

Most tests call ``run_export_command`` in-process with ``library.load`` replaced by
hand-built briefings (the engine is not under test here); a few run the real command
in a subprocess on the bundled seed and only check files, exit codes and structure.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import briefing.library
from briefing.cli import _report, build_subparsers
from briefing.errors import InputError
from briefing.export import writer
from briefing.export.cli import run_export_command
from briefing.library import LoadResult
from briefing.model import Briefing

from .mdparse import HTML_TOKENS, headings, tables, tokens, walk
from .samples import hostile_briefing, sample_briefing

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "gaza-ceasefire.txt"


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> LoadResult:
    """``library.load`` returns this result (one hand-built briefing unless a test changes it)."""
    result = LoadResult(briefings=[sample_briefing()])
    calls: list[tuple[list[str], bool]] = []

    def fake_load(paths: list[str], *, use_cache: bool = True, **_: object) -> LoadResult:
        calls.append((list(paths), use_cache))
        return result

    monkeypatch.setattr(briefing.library, "load", fake_load)
    result.calls = calls  # type: ignore[attr-defined]
    return result


def export(argv: list[str]) -> int:
    return run_export_command(build_subparsers()["export"].parse_args(argv), report=_report)


def exports_dir(home: Path) -> Path:
    return home / "data" / "exports"


def test_default_writes_a_new_file_in_the_exports_folder_and_prints_its_path(
        loaded: LoadResult, briefing_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(["a.txt", "b.txt"]) == 0
    out, err = capsys.readouterr()
    (written,) = exports_dir(briefing_home).iterdir()
    assert out == f"{written}\n" and err == ""
    assert written.name.startswith("talks-stall-over-the-plan-and-1-more-") and written.suffix == ".md"
    assert headings(tokens(written.read_text()))[0].text == "2 articles"
    assert loaded.calls == [(["a.txt", "b.txt"], True)]  # type: ignore[attr-defined]


def test_second_default_export_gets_a_free_name_silently(
        loaded: LoadResult, briefing_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(["a.txt"]) == 0 and export(["a.txt"]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert Path(second) == Path(first).with_name(Path(first).stem + "-2.md")
    assert sorted(p.name for p in exports_dir(briefing_home).iterdir()) == sorted(
        [Path(first).name, Path(second).name])


def test_configured_exports_folder_is_used(loaded: LoadResult, briefing_home: Path,
                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (briefing_home / "config").mkdir(parents=True)
    (briefing_home / "config" / "config.toml").write_text(f'exports = "{tmp_path}/mine"\n')
    assert export(["a.txt"]) == 0
    assert Path(capsys.readouterr().out.strip()).parent == tmp_path / "mine"


def test_broken_config_is_reported_and_the_default_folder_used(
        loaded: LoadResult, briefing_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (briefing_home / "config").mkdir(parents=True)
    (briefing_home / "config" / "config.toml").write_text("exports = [\n")
    assert export(["a.txt"]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()).parent == exports_dir(briefing_home)
    assert err.startswith("briefing: ") and "not valid TOML" in err and err.count("\n") == 1


def test_output_file_filter_and_no_cache(loaded: LoadResult, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.md"
    assert export(["a.txt", "-o", str(out_file), "--filter", "prisoners", "--no-cache"]) == 0
    assert capsys.readouterr().out == f"{out_file}\n"
    toks = tokens(out_file.read_text())
    assert "Filter: “prisoners”" in out_file.read_text()
    assert [h.text for h in headings(toks)][2:4] == ["Proposed terms", "Hostages and prisoners"]
    (table,) = tables(toks)
    assert len(table) == 2
    assert loaded.calls == [(["a.txt"], False)]  # type: ignore[attr-defined]


def test_output_folder_gets_the_default_name(loaded: LoadResult, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert export(["a.txt", "-o", str(tmp_path)]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path and written.name.startswith("talks-stall-over-the-plan-and-1-more-")


def test_existing_output_is_kept_without_force(loaded: LoadResult, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.md"
    out_file.write_text("precious")
    assert export(["a.txt", "-o", str(out_file)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{tmp_path / 'out-2.md'}\n"
    assert err == (f"briefing: {out_file} exists; wrote {tmp_path / 'out-2.md'} instead "
                   "(--force overwrites)\n")
    assert out_file.read_text() == "precious"
    assert export(["a.txt", "-o", str(out_file), "--force"]) == 0
    assert out_file.read_text().startswith("# 2 articles\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-2.md", "out.md"]


def test_dash_writes_markdown_to_stdout_only(loaded: LoadResult, briefing_home: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert export(["a.txt", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# 2 articles\n") and err == ""
    assert not exports_dir(briefing_home).exists()


def test_hostile_briefing_exports_clean(loaded: LoadResult, capsys: pytest.CaptureFixture[str]) -> None:
    loaded.briefings[:] = [hostile_briefing()]
    assert export(["a.txt", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert not {t.type for t in walk(tokens(out))} & HTML_TOKENS


def test_failed_input_is_reported_and_the_rest_exported(
        loaded: LoadResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loaded.errors.append(InputError("bad.txt", "not a text file"))
    assert export(["a.txt", "bad.txt", "-o", str(tmp_path / "x.md")]) == 1
    out, err = capsys.readouterr()
    assert err == "briefing: bad.txt: not a text file\n"
    assert out == f"{tmp_path / 'x.md'}\n" and (tmp_path / "x.md").exists()


def test_nothing_readable_writes_nothing(loaded: LoadResult, briefing_home: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    loaded.briefings.clear()
    loaded.errors.append(InputError("bad.txt", "no such file"))
    assert export(["bad.txt"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == ["briefing: bad.txt: no such file",
                                              "briefing: nothing to export: no input could be read"]
    assert not exports_dir(briefing_home).exists()


def test_missing_output_folder_is_one_line(loaded: LoadResult, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert export(["a.txt", "-o", str(tmp_path / "no" / "x.md")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"briefing: cannot write {tmp_path}/no/x.md: the folder {tmp_path}/no "
                   "does not exist\n")


def test_exports_folder_that_cannot_be_created(loaded: LoadResult, briefing_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (briefing_home / "data").write_text("a file where the folder should be")
    assert export(["a.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: cannot write {briefing_home}/data/exports: ")
    assert err.count("\n") == 1


def test_full_disk_leaves_no_file(loaded: LoadResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    def full(fd: int, data: bytes) -> None:
        os.write(fd, data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer, "_write_all", full)
    assert export(["a.txt", "-o", str(tmp_path / "x.md")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"briefing: cannot write {tmp_path}/x.md: the disk is full\n"
    assert list(tmp_path.iterdir()) == []


# --- the real command, in a subprocess -------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "export", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy(), cwd=ROOT)


def test_smoke_seed_is_written_and_parses(briefing_home: Path) -> None:
    done = run(str(SEED))
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.parent == exports_dir(briefing_home) and written.suffix == ".md"
    toks = tokens(written.read_text(encoding="utf-8"))
    assert [h.text for h in headings(toks)][1] == "Articles"
    assert "gaza-ceasefire.txt" in written.read_text(encoding="utf-8")
    assert not {t.type for t in walk(toks)} & HTML_TOKENS


def test_subprocess_stdout_missing_input_and_usage_errors(tmp_path: Path) -> None:
    to_stdout = run(str(SEED), "-o", "-")
    assert to_stdout.returncode == 0 and to_stdout.stdout.startswith("# ")
    missing = run(str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.md"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.splitlines()[0].startswith(f"briefing: {tmp_path}/missing.txt: ")
    assert not (tmp_path / "x.md").exists()
    usage = run()
    assert usage.returncode == 2 and "usage: briefing export" in usage.stderr


def test_export_package_does_not_import_textual() -> None:
    code = ("import briefing.export, briefing.export.cli, sys; "
            "assert 'textual' not in sys.modules, 'textual imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_render_of_an_empty_briefing_still_parses() -> None:
    from briefing.export import render_markdown

    assert [h.text for h in headings(tokens(render_markdown(Briefing())))] == ["No articles"]
