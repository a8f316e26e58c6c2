"""Markdown export of the current view: rendering, escaping, safe names, atomic writes.

The app (``e`` dialog, ``y`` copy) and the CLI (``briefing export``) call the same
functions; nothing here imports Textual:

    render_markdown(briefing, spec, exported_at) -> str    the document
    render_view_markdown(briefing, spec) -> str            the same, for the clipboard
    default_export_path(briefing, directory, when) -> Path  folder / safe name from title+date
    write_text(path, text, overwrite=False) -> Path         atomic, free name unless overwrite
"""

from briefing.export.filenames import export_filename, safe_filename
from briefing.export.markdown import render_markdown, render_view_markdown
from briefing.export.paths import default_export_path
from briefing.export.writer import ExportError, write_text

__all__ = ["ExportError", "default_export_path", "export_filename", "render_markdown",
           "render_view_markdown", "safe_filename", "write_text"]
