"""Where an export goes by default: the exports folder plus a safe name from title and date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefing.export.filenames import export_filename
from briefing.model import Briefing


def default_export_path(briefing: Briefing, directory: Path, when: datetime | None = None) -> Path:
    """``directory / <safe title>-<YYYY-MM-DD>.md``; always a direct child of ``directory``."""
    when = when or datetime.now().astimezone()
    return Path(directory) / export_filename(briefing.title, when)


def resolve_target(text: str, directory: Path) -> Path:
    """The path the user typed: ``~`` expanded, a relative path taken from ``directory``."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else Path(directory) / path


__all__ = ["default_export_path", "resolve_target"]
