"""`briefing add FILES...`: copy articles into the library folder.

One line on stdout per file added (or already there), one line on stderr per file
that could not be added; exit 1 when any failed (the others are still added).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from briefing.errors import InputError
from briefing.library.folder import add_files, library_directory
from briefing.sanitize import clean_line


def run_add_command(args: argparse.Namespace,
                    report: Callable[[Sequence[object]], None]) -> int:
    warnings: list[str] = []
    folder = library_directory(on_config_error=warnings.append)
    if warnings:
        report([f"{w} (using the default library folder)" for w in warnings])
    result = add_files(list(args.files), folder)
    for added in result.added:
        what = "already in the library" if added.skipped else "added"
        print(f"{what}: {clean_line(added.source)} -> {clean_line(added.destination)}")
    report(result.errors)
    if result.added:
        count = sum(not a.skipped for a in result.added)
        print(f"{count} article{'s' if count != 1 else ''} added to {clean_line(str(folder))}")
    sys.stdout.flush()
    return 1 if result.errors else 0


__all__ = ["run_add_command", "InputError"]
