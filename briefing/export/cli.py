"""`briefing export FILES... [-o OUT.md] [--filter TEXT] [--force] [--no-cache]`.

Loads the articles through the library (parse + merge, like `briefing parse`),
renders the view (the whole briefing, or only what ``--filter`` matches) and writes it:

- no ``-o``: a new file in the exports folder (``exports`` in config.toml, else the
  platform data folder; ``BRIEFING_HOME`` moves it), named from the title and date;
- ``-o OUT.md``: that file; ``-o FOLDER``: the default name inside that folder;
- ``-o -``: the Markdown goes to stdout and nothing is written.

An existing file is never replaced without ``--force``: the first free name is used
instead (``OUT-2.md``; for ``-o`` a note on stderr says so).

Output: the path actually written is printed on **stdout**, alone on its line, so a
script can capture it (``path=$(briefing export a.txt)``); every message and error
goes to stderr as one line.

Exit status: 0 when the file was written from every input; 1 when an input could not
be read (the export is still written from the others), when no input could be read
at all, or when the file could not be written (no partial file is left); 2 for usage
errors (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from briefing.export.markdown import render_markdown
from briefing.export.paths import default_export_path
from briefing.export.writer import ExportError, describe_os_error, write_text
from briefing.view import ViewSpec

EXIT_OK, EXIT_FAILED = 0, 1
Report = Callable[[Sequence[object]], None]


def _exports_directory(report: Report) -> Path:
    """The configured exports folder; a broken config is reported and the default used."""
    from briefing.config import Config, ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as exc:
        report([f"{exc} (using the default exports folder)"])
        config = Config()
    return config.exports_directory


def _target(output: str | None, briefing_title_path: Callable[[Path], Path],
            report: Report) -> Path:
    """Where to write: ``-o`` as given (a folder gets the default name), else the exports folder."""
    if output:
        path = Path(output).expanduser()
        return briefing_title_path(path) if path.is_dir() else path
    directory = _exports_directory(report)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(describe_os_error(directory, exc)) from None
    return briefing_title_path(directory)


def run_export_command(args: argparse.Namespace, report: Report) -> int:
    """Run `briefing export`; ``report`` prints one-line errors (see briefing/cli.py)."""
    from briefing.library import load, merge

    result = load(args.files, use_cache=not args.no_cache)
    report(result.errors)
    if not result.briefings:
        report(["nothing to export: no input could be read"])
        return EXIT_FAILED
    status = EXIT_FAILED if result.errors else EXIT_OK
    briefing = merge(result.briefings)
    now = datetime.now().astimezone()
    text = render_markdown(briefing, ViewSpec(query=args.filter or ""), now)
    if args.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return status
    try:
        target = _target(args.output, lambda folder: default_export_path(briefing, folder, now),
                         report)
        written = write_text(target, text, overwrite=args.force)
    except ExportError as exc:
        report([exc])
        return EXIT_FAILED
    if written != target and args.output:
        # Only worth saying for a name the user chose; default names are free by design.
        report([f"{target} exists; wrote {written} instead (--force overwrites)"])
    print(written)
    return status


__all__ = ["run_export_command"]
