"""Library: files and folders -> briefings (cache, workers, merge across articles).

The UI, the export and the CLI get briefings from here, never from the engine.
"""

from briefing.library.loader import LoadResult, load
from briefing.library.merge import merge

__all__ = ["LoadResult", "load", "merge"]
