"""The library folder: `briefing add` (through the CLI) and what `briefing` opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing import locations
from briefing.library.folder import add_files, library_directory, library_paths
from briefing.resources import seeds_dir

from tests.conftest import SEED


def _briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=60)


def test_library_paths_falls_back_to_the_sample() -> None:
    assert library_paths() == [str(seeds_dir())]
    library = locations.library_directory(create=True)
    (library / "notes.toml").write_text("not an article")
    assert library_paths() == [str(seeds_dir())]
    (library / "a.txt").write_text("An article. With words.")
    assert library_paths() == [str(library)]


def test_library_key_in_config(briefing_home: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "my library"
    locations.config_directory(create=True)
    locations.config_file().write_text(f'library = "{chosen.as_posix()}"\n')
    assert library_directory() == chosen
    add_files([str(SEED)])
    assert (chosen / SEED.name).read_bytes() == SEED.read_bytes()
    assert library_paths() == [str(chosen)]


def test_add_via_cli_never_overwrites(tmp_path: Path) -> None:
    library = locations.library_directory()
    other = tmp_path / "gaza-ceasefire.txt"
    other.write_text("Another article with the same name. It differs.")
    os.utime(SEED, None)  # any time; the copy must keep it
    run = _briefing("add", str(SEED))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"added: {SEED} -> {library / 'gaza-ceasefire.txt'}",
        f"1 article added to {library}"]
    assert (library / "gaza-ceasefire.txt").stat().st_mtime_ns == SEED.stat().st_mtime_ns

    run = _briefing("add", str(SEED), str(other))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[:2] == [
        f"already in the library: {SEED} -> {library / 'gaza-ceasefire.txt'}",
        f"added: {other} -> {library / 'gaza-ceasefire-2.txt'}"]
    assert (library / "gaza-ceasefire.txt").read_bytes() == SEED.read_bytes()
    assert (library / "gaza-ceasefire-2.txt").read_bytes() == other.read_bytes()


def test_add_reports_bad_files_and_exits_1(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("# Title\n\nSome text. More text.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n")
    run = _briefing("add", str(good), str(empty), str(tmp_path / "missing.txt"), str(binary))
    assert run.returncode == 1
    assert run.stdout.splitlines()[0] == (
        f"added: {good} -> {locations.library_directory() / 'good.md'}")
    errors = run.stderr.splitlines()
    assert [line.split(": ")[1] for line in errors] == [
        str(empty), str(tmp_path / "missing.txt"), str(binary)]
    assert all(line.startswith("briefing: ") for line in errors)
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in locations.library_directory().iterdir()) == ["good.md"]


def test_add_a_folder() -> None:
    result = add_files([str(seeds_dir())])
    assert result.errors == []
    names = sorted(Path(a.destination).name for a in result.added)
    assert names == sorted(p.name for p in seeds_dir().iterdir() if p.suffix != ".toml")


def test_add_carries_folder_metadata_along() -> None:
    from briefing.library import load

    add_files([str(seeds_dir())])
    add_files([str(seeds_dir() / "gaza-ceasefire.txt")])  # already there: no second entry
    library = locations.library_directory()
    result = load([str(library)])
    dates = sorted(b.articles[0].date[:10] for b in result.briefings)
    assert dates == ["2025-05-30", "2025-06-04", "2025-06-18", "2025-07-02"]
    text = (library / "articles.toml").read_text()
    assert text.count('["gaza-ceasefire.txt"]') == 1
