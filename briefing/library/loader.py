"""Read and extract many inputs, collecting per-file errors instead of stopping."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefing import ingest
from briefing.errors import InputError
from briefing.extract import extract
from briefing.model import Briefing

Progress = Callable[[int, int, str], None]
"""``progress(done, total, name)`` after each input."""
OnBriefing = Callable[[Briefing], None]
"""Called with each article's briefing as soon as it is ready (the panes fill in)."""


@dataclass
class LoadResult:
    """The briefing of each article that could be read, and one error per failed input."""

    briefings: list[Briefing] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def load(paths: list[str], *, use_cache: bool = True,
         progress: Progress | None = None,
         on_briefing: OnBriefing | None = None) -> LoadResult:
    """Parse every path (files, folders, "-" for stdin) into one briefing per article."""
    result = LoadResult()
    items = list(ingest.read_all(paths))
    for done, item in enumerate(items, 1):
        if isinstance(item, InputError):
            result.errors.append(item)
            name = item.path
        else:
            briefing = extract(item)
            result.briefings.append(briefing)
            if on_briefing:
                on_briefing(briefing)
            name = item.path or item.id
        if progress:
            progress(done, len(items), name)
    return result
