"""Write an export to disk without ever losing data.

- The text goes to a temporary file in the target folder first, is flushed to disk,
  and only then renamed into place (``os.replace`` is atomic on one filesystem), so
  a reader never sees half a file and a failure (full disk, no permission) leaves
  nothing behind but the old state.
- An existing file is never replaced unless the caller says so (``overwrite=True``:
  the user passed ``--force`` or confirmed in the dialog). Otherwise the first free
  name is used: ``name.md``, ``name-2.md``, ``name-3.md`` ... The free name is claimed
  with an exclusive create (``O_EXCL``) just before the rename, so two exports
  started at the same moment cannot pick the same name and clobber each other.

Every failure is raised as ``ExportError`` with a one-line message naming the path
and the reason.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

# Give up looking for a free name after this many (name-2 ... name-999).
MAX_FREE_NAME_TRIES = 999


class ExportError(Exception):
    """The export could not be written; the message is one line for the user."""


def describe_os_error(path: Path | str, exc: OSError) -> str:
    """One line for the user: ``path: reason`` in plain words."""
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif exc.errno == errno.EDQUOT:
        reason = "the disk quota is exceeded"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = "permission denied"
    elif exc.errno == errno.EROFS:
        reason = "the filesystem is read-only"
    elif exc.errno == errno.ENOENT:
        reason = "the folder does not exist"
    elif exc.errno == errno.ENOTDIR:
        reason = "a part of the path is not a folder"
    elif exc.errno == errno.EISDIR:
        reason = "it is a folder"
    elif exc.errno == errno.ENAMETOOLONG:
        reason = "the file name is too long"
    else:
        reason = exc.strerror or exc.__class__.__name__
    return f"cannot write {path}: {reason}"


def candidate_names(path: Path) -> list[Path]:
    """``path`` then ``stem-2.ext``, ``stem-3.ext`` ... in the same folder."""
    return [path] + [path.with_name(f"{path.stem}-{n}{path.suffix}")
                     for n in range(2, MAX_FREE_NAME_TRIES + 1)]


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    """``data`` in a new hidden temp file in ``folder``, flushed to disk; removed on failure.

    Created with mode 0o666 so the umask applies and the export ends up with the
    user's usual permissions (``tempfile.mkstemp`` would leave it private, 0o600).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, flags, 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except BaseException:
        _remove(temp)
        raise
    return temp


def _write_all(fd: int, data: bytes) -> None:
    """Every byte of ``data`` to ``fd``, then flushed to the disk (where a full disk fails)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def _sync_folder(folder: Path) -> None:
    """Best effort: make the rename itself durable (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _claim_free_name(path: Path) -> Path:
    """Create the first free name from ``candidate_names`` (empty, exclusively) and return it."""
    for candidate in candidate_names(path):
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise ExportError(f"cannot write {path}: no free name up to "
                      f"{path.stem}-{MAX_FREE_NAME_TRIES}{path.suffix}")


def write_text(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) at ``path`` atomically; return the path written.

    With ``overwrite=False`` an existing file is kept and the first free name is used
    instead. The folder must exist. Raises ``ExportError`` (one line) on failure, and
    then leaves no temporary or partial file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    temp: Path | None = None
    claimed: Path | None = None
    try:
        # The whole text is on disk before any visible name is touched: a full disk
        # fails here, with nothing to undo but the temp file.
        temp = _write_temp(folder, path.name, text.encode("utf-8"))
        target = path
        if not overwrite:
            target = claimed = _claim_free_name(path)
        os.replace(temp, target)
        temp = claimed = None
        _sync_folder(folder)
        return target
    except OSError as exc:
        raise ExportError(describe_os_error(path, exc)) from None
    finally:
        # Only files this call created are removed: the temp file and an empty claim.
        if temp is not None:
            _remove(temp)
        if claimed is not None:
            _remove(claimed)


__all__ = ["ExportError", "MAX_FREE_NAME_TRIES", "candidate_names", "describe_os_error",
           "write_text"]
