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

from briefing.library.changes import find_changes
from briefing.library.folder import add_files, library_directory, library_paths
from briefing.library.loader import LoadResult, load, reload
from briefing.library.merge import merge, sort_articles

__all__ = ["LoadResult", "load", "reload", "merge", "find_changes", "sort_articles",
           "library_paths", "library_directory", "add_files"]
