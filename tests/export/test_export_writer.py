"""Atomic writes, free names, no overwrite, and failures that leave nothing behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing.export import writer
from briefing.export.writer import ExportError, write_text


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_utf8_with_unix_line_ends(tmp_path: Path) -> None:
    path = write_text(tmp_path / "a.md", "é\nline\n")
    assert path == tmp_path / "a.md"
    assert path.read_bytes() == "é\nline\n".encode()
    assert listing(tmp_path) == ["a.md"]


def test_existing_file_is_kept_and_a_free_name_is_used(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("old")
    (tmp_path / "a-2.md").write_text("old 2")
    assert write_text(tmp_path / "a.md", "new") == tmp_path / "a-3.md"
    assert write_text(tmp_path / "a.md", "newer") == tmp_path / "a-4.md"
    assert (tmp_path / "a.md").read_text() == "old"
    assert (tmp_path / "a-2.md").read_text() == "old 2"
    assert (tmp_path / "a-3.md").read_text() == "new"
    assert listing(tmp_path) == ["a-2.md", "a-3.md", "a-4.md", "a.md"]


def test_overwrite_replaces_in_place(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("old")
    assert write_text(tmp_path / "a.md", "new", overwrite=True) == tmp_path / "a.md"
    assert (tmp_path / "a.md").read_text() == "new"
    assert listing(tmp_path) == ["a.md"]


def test_no_free_name_left_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "MAX_FREE_NAME_TRIES", 3)
    for name in ("a.md", "a-2.md", "a-3.md"):
        (tmp_path / name).write_text("old")
    with pytest.raises(ExportError, match=r"no free name up to a-3\.md"):
        write_text(tmp_path / "a.md", "new")
    assert listing(tmp_path) == ["a-2.md", "a-3.md", "a.md"]


def test_missing_folder_and_folder_target_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as missing:
        write_text(tmp_path / "nope" / "a.md", "x")
    assert str(missing.value) == (f"cannot write {tmp_path}/nope/a.md: the folder "
                                  f"{tmp_path}/nope does not exist")
    with pytest.raises(ExportError, match="it is a folder"):
        write_text(tmp_path, "x", overwrite=True)
    assert listing(tmp_path) == []


def full_disk(fd: int, data: bytes) -> None:
    """Takes a few bytes, then fails like a full disk."""
    os.write(fd, data[:3])
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("overwrite", [False, True])
def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          overwrite: bool) -> None:
    (tmp_path / "keep.md").write_text("precious")
    monkeypatch.setattr(writer, "_write_all", full_disk)
    target = tmp_path / ("keep.md" if overwrite else "new.md")
    with pytest.raises(ExportError) as failure:
        write_text(target, "x" * 10_000, overwrite=overwrite)
    assert str(failure.value) == f"cannot write {target}: the disk is full"
    assert listing(tmp_path) == ["keep.md"]
    assert (tmp_path / "keep.md").read_text() == "precious"


def test_export_gets_the_usual_permissions_not_private_temp_ones(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_text(tmp_path / "a.md", "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_failed_rename_removes_temp_and_claimed_name(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer.os, "replace", refuse)
    with pytest.raises(ExportError, match=r"new\.md: permission denied$"):
        write_text(tmp_path / "new.md", "text")
    assert listing(tmp_path) == []


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)  # a real read-only folder when not root (root ignores modes)
    else:
        def denied(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(writer, "_write_temp", denied)
    try:
        with pytest.raises(ExportError) as failure:
            write_text(folder / "a.md", "x")
        assert str(failure.value) == f"cannot write {folder}/a.md: permission denied"
        assert listing(folder) == []
    finally:
        folder.chmod(0o700)


def test_describe_os_error_messages() -> None:
    describe = writer.describe_os_error
    assert describe("p", OSError(errno.EROFS, "x")) == "cannot write p: the filesystem is read-only"
    assert describe("p", OSError(errno.EDQUOT, "x")) == "cannot write p: the disk quota is exceeded"
    assert describe("p", OSError(errno.EIO, "Input/output error")) == "cannot write p: Input/output error"
