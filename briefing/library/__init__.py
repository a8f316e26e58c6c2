"""Library: files and folders -> briefings (cache, workers, merge across articles).

The UI, the export and the CLI get briefings from here, never from the engine.

    load(paths, use_cache=, progress=, on_briefing=, stop=)  one briefing per article
    reload(previous, paths, ...)     the same, reusing unchanged files (added/changed/removed)
    merge(briefings)                 one briefing for all articles, with ``changes``
    library_paths()                  what `briefing` opens with no arguments
    add_files(paths)                 `briefing add`

Modules: loader (orchestration), cache (parse cache), workers (process pool),
manifest (articles.toml metadata), merge, changes (what changed), similarity
(text keys), folder (the library folder), cli (`briefing add`).
"""


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# merge and changes are light (and "merge" must be bound to the function here, not
# to the submodule of the same name).
from briefing.library.changes import find_changes
from briefing.library.merge import merge, sort_articles

if TYPE_CHECKING:
    from briefing.library.folder import add_files, library_directory, library_paths
    from briefing.library.loader import LoadResult, load, reload

# The rest resolves on first use (PEP 562): the reader imports ``merge`` at start-up,
# and importing the loader would bring the extraction engine with it (a third of a
# second before the first frame).
_WHERE = {"add_files": "folder", "library_directory": "folder", "library_paths": "folder",
          "LoadResult": "loader", "load": "loader", "reload": "loader"}

__all__ = ["LoadResult", "load", "reload", "merge", "find_changes", "sort_articles",
           "library_paths", "library_directory", "add_files"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f"briefing.library.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'briefing.library' has no attribute {name!r}")
