"""Where an export goes by default: the exports folder plus a safe name from title and date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefing.export.filenames import export_filename
from briefing.model import Briefing


def export_title(briefing: Briefing, article: str | None = None) -> tuple[str, str]:
    """The words a file name is made of: the (first) article's title, and for several
    articles "and N more" (kept apart so a long title cannot cut it off). When the view
    shows one ``article`` (by id), its title alone: that is what the file holds."""
    chosen = next((a for a in briefing.articles if a.id == article), None)
    if chosen is not None:
        return chosen.title or chosen.id, ""
    if len(briefing.articles) > 1:
        first = briefing.articles[0]
        return first.title or first.id, f"and {len(briefing.articles) - 1} more"
    return briefing.title, ""


def default_export_path(briefing: Briefing, directory: Path, when: datetime | None = None,
                        article: str | None = None) -> Path:
    """``directory / <safe title>[-and-N-more]-<YYYY-MM-DD>.md``; always a direct child of
    ``directory``. ``article`` is the id of the one article the view shows, if any."""
    when = when or datetime.now().astimezone()
    title, more = export_title(briefing, article)
    return Path(directory) / export_filename(title, when, more)


def resolve_target(text: str, directory: Path) -> Path:
    """The path the user typed: ``~`` expanded, a relative path taken from ``directory``."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else Path(directory) / path


__all__ = ["default_export_path", "export_title", "resolve_target"]
