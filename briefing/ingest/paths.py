"""Paths -> bytes: folder expansion, the size limit, and OS errors as one-line reasons.

Folders are searched recursively (following symbolic links, each real folder at
most once so a link loop cannot run forever; at most ``MAX_DEPTH`` levels and
``MAX_FOLDER_FILES`` articles), skipping hidden files and folders; their
supported files come out sorted by path. A file named on the command line is
read whatever its suffix; in a folder only the supported suffixes count.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
# A folder walk stops here: `briefing ~` must not read a whole home folder.
MAX_FOLDER_FILES = 10_000
MAX_DEPTH = 16
STDIN = "-"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def too_large(path: str, size: int | None = None) -> InputError:
    """The error for an input over ``MAX_BYTES`` (size unknown for streams)."""
    got = f"{_megabytes(size)}, " if size is not None else ""
    return InputError(path, f"file too large ({got}the limit is {_megabytes(MAX_BYTES)})")


def os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error ("no such file", "permission denied")."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return (exc.strerror or exc.__class__.__name__).lower()


def article_id(path: str) -> str:
    """The id an input gets before de-duplication: its file name's stem, made safe.

    "stdin" for "-". Escape sequences, control, bidi and zero-width characters are
    removed and white space folded (a file name is as hostile as the text inside:
    the id is shown and exported); "article" when nothing is left.
    """
    if path == STDIN:
        return "stdin"
    from briefing.sanitize import clean_line

    p = Path(path)
    return clean_line(p.stem or p.name) or "article"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _listable(path: Path) -> bool:
    """A regular file, or one whose stat fails (a loop, a dangling link: read_file names it).

    A named pipe, socket or device in a folder is skipped like a hidden file: opening a
    pipe nobody writes to would wait forever.
    """
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def walk_folder(folder: Path, limit: int = MAX_FOLDER_FILES) -> tuple[list[Path], bool]:
    """The supported files under ``folder``, recursively, sorted; hidden entries skipped.

    Returns ``(files, complete)``: ``complete`` is False when the walk stopped at
    ``limit`` files (the files found so far are returned).
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symbolic link back to a folder already visited
            dirs[:] = []
            continue
        seen.add(key)
        base = Path(root)
        deep = len(base.parts) - base_depth >= MAX_DEPTH
        dirs[:] = [] if deep else sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and is_supported(base / name) \
                    and _listable(base / name):
                if len(found) >= limit:
                    return sorted(found, key=lambda p: p.relative_to(folder).parts), False
                found.append(base / name)
    return sorted(found, key=lambda p: p.relative_to(folder).parts), True


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Each path as given, folders replaced by their supported files (sorted)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            yield raw
            continue
        if not os.access(path, os.R_OK | os.X_OK):
            yield InputError(raw, "permission denied")
            continue
        found, complete = walk_folder(path)
        if not found:
            yield InputError(raw, "no readable articles in folder (looked for "
                                  + " ".join(SUPPORTED_SUFFIXES) + ")")
        elif not complete:
            yield InputError(raw, f"more than {MAX_FOLDER_FILES:,} articles in folder; "
                                  f"read the first {MAX_FOLDER_FILES:,}")
        yield from (str(p) for p in found)


def read_file(path: str) -> bytes:
    """The bytes of ``path``; refuses before reading when over ``MAX_BYTES``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise InputError(path, "no such file (broken symbolic link)") from None
        raise InputError(path, os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder")
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
        raise too_large(path, info.st_size)
    try:
        with open(path, "rb") as handle:
            # Never read more than the limit: a device or a pipe has no size to check first.
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, os_reason(exc)) from None
    if len(data) > MAX_BYTES:
        raise too_large(path)
    return data


def read_stdin() -> bytes:
    """Standard input's bytes, at most ``MAX_BYTES``."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin closed or replaced by a text-only object
        raise InputError(STDIN, "standard input is not available")
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(STDIN, os_reason(exc)) from None
    if len(data) > MAX_BYTES:
        raise too_large(STDIN)
    return data
