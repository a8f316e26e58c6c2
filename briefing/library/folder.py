"""The library folder: where `briefing add` copies articles, what `briefing` opens.

The folder is the config key ``library`` (default: ``library`` under the platformdirs
user data folder; ``BRIEFING_HOME`` moves it). With no arguments `briefing` opens it,
or the bundled sample story when it holds no article yet.

Adding never overwrites: a name already taken by another file gets ``-2``, ``-3``...
(created with ``O_EXCL``, so two concurrent adds cannot clobber each other), and a
file whose bytes are already in the library under that name is skipped. The copy
keeps the original's modification time, which dates an article that carries no date,
and the entry its folder's ``articles.toml`` had for it is appended to the library's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing import ingest
from briefing.config import ConfigError, load_config
from briefing.errors import InputError
from briefing.library import manifest
from briefing.resources import seeds_dir


def library_directory(on_config_error: Callable[[str], None] | None = None) -> Path:
    """The configured library folder (the default when the config is broken)."""
    try:
        return load_config().library_directory
    except ConfigError as exc:
        if on_config_error:
            on_config_error(str(exc))
        from briefing.config import Config

        return Config().library_directory


def has_articles(folder: Path) -> bool:
    """True when ``folder`` holds at least one supported article (as ingest lists them)."""
    if not folder.is_dir():
        return False
    return any(not isinstance(item, InputError) for item in ingest.expand([str(folder)]))


def library_paths(folder: Path | None = None) -> list[str]:
    """What `briefing` with no arguments opens: the library folder when it holds
    articles, else the bundled sample story."""
    folder = folder or library_directory()
    if has_articles(folder):
        return [str(folder)]
    return [str(seeds_dir())]


@dataclass
class Added:
    """One file handled by ``add_files``: where it went, or why it was skipped."""

    source: str
    destination: str
    skipped: bool = False


@dataclass
class AddResult:
    added: list[Added] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def _check(path: str) -> bytes:
    """The file's bytes, once ingest has accepted it as an article."""
    if path == "-":
        raise InputError(path, "standard input cannot be added (save it to a file first)")
    if Path(path).suffix.lower() not in ingest.SUPPORTED_SUFFIXES:
        if Path(path).exists():
            kinds = ", ".join(ingest.SUPPORTED_SUFFIXES)
            raise InputError(path, f"not a supported article type ({kinds})")
    ingest.read_path(path)  # raises InputError naming what is wrong
    return Path(path).read_bytes()


def _free_name(folder: Path, name: str, data: bytes) -> tuple[Path, bool]:
    """Create a new file for ``data``: (its path, False), or (existing, True) when the
    same bytes are already there under ``name``."""
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while True:
        candidate = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                if candidate.read_bytes() == data:
                    return candidate, True
            except OSError:
                pass
            n += 1
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        except BaseException:
            candidate.unlink(missing_ok=True)
            raise
        return candidate, False


def add_files(paths: list[str], folder: Path | None = None) -> AddResult:
    """Copy the articles among ``paths`` (files or folders) into the library."""
    folder = folder or library_directory()
    result = AddResult()
    for item in ingest.expand(list(paths)):
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        try:
            data = _check(item)
            folder.mkdir(parents=True, exist_ok=True)
            destination, skipped = _free_name(folder, Path(item).name, data)
            if not skipped:
                stat = os.stat(item)
                os.utime(destination, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            # The metadata its folder kept for it (articles.toml) comes along.
            fields = manifest.folder_metadata(Path(item).parent).get(Path(item).name)
            if fields:
                manifest.record(folder, destination.name, fields)
        except InputError as exc:
            result.errors.append(exc)
            continue
        except Exception as exc:  # a full disk, a permission: one line, not a traceback
            # Imported here: workers brings the engine, which library_paths (run at
            # the reader's start-up) must not wait for.
            from briefing.library.workers import describe

            result.errors.append(InputError(item, describe(exc)))
            continue
        result.added.append(Added(item, str(destination), skipped))
    return result
