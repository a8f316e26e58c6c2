"""The command line: `briefing [FILES...]` opens the app; subcommands work without it.

    briefing [FILES | FOLDER | -]          open the reader (no arguments: the library)
    briefing parse FILES... [--json]       print the model (JSON or a plain summary)
    briefing export FILES... [-o OUT.md]   write the Markdown export without the app
    briefing add FILES...                  copy articles into the library

Exit status: 0 on success, 1 when any input failed (the others are still processed),
2 for usage errors. Errors are one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from briefing import __version__

SUBCOMMANDS = ("parse", "export", "add")
EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-cache", action="store_true",
                        help="parse every file afresh, bypassing the parse cache")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read news articles about a negotiation as a briefing: the parties "
                    "and their positions, the proposed terms and the key figures.",
        epilog="Subcommands: 'briefing parse --help', 'briefing export --help', "
               "'briefing add --help'. With no FILES, the library folder opens "
               "(or the bundled sample story when it is empty).",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILES",
                        help="articles (.txt, .md, .html), folders, or - for stdin")
    _common(parser)
    return parser


def build_subparsers() -> dict[str, argparse.ArgumentParser]:
    parse = argparse.ArgumentParser(prog="briefing parse",
                                    description="Print the briefing model of the articles.")
    parse.add_argument("files", nargs="+", metavar="FILES",
                       help="articles (.txt, .md, .html), folders, or - for stdin")
    parse.add_argument("--json", action="store_true", help="print the model as JSON")
    _common(parse)

    export = argparse.ArgumentParser(prog="briefing export",
                                     description="Write the briefing as Markdown.")
    export.add_argument("files", nargs="+", metavar="FILES",
                        help="articles (.txt, .md, .html), folders, or - for stdin")
    export.add_argument("-o", "--output", metavar="OUT.md",
                        help="file to write ('-' for stdout; default: a new file in the "
                             "exports folder)")
    export.add_argument("--filter", metavar="TEXT", default="",
                        help="keep only the items that match TEXT")
    export.add_argument("--force", action="store_true",
                        help="overwrite OUT.md if it exists")
    _common(export)

    add = argparse.ArgumentParser(prog="briefing add",
                                  description="Copy articles into the library folder.")
    add.add_argument("files", nargs="+", metavar="FILES", help="articles or folders to add")
    return {"parse": parse, "export": export, "add": add}


def _report(errors: Sequence[object]) -> None:
    from briefing.sanitize import clean_line

    for error in errors:
        print(f"briefing: {clean_line(str(error))}", file=sys.stderr)


# json.dumps escapes C0 controls (ESC included) but writes C1 controls (U+0080-U+009F, which
# some terminals obey as CSI/OSC), bidi overrides and zero-width characters raw. They can
# only occur inside JSON strings, so escaping them gives the same JSON, safe on a terminal.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def terminal_safe_json(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def run_parse(args: argparse.Namespace) -> int:
    from briefing.library import load, merge
    from briefing.summary import render_summary

    result = load(args.files, use_cache=not args.no_cache)
    _report(result.errors)
    if result.briefings:
        briefing = merge(result.briefings)
        if args.json:
            out = terminal_safe_json(briefing.to_json()) + "\n"
        else:
            out = render_summary(briefing)
        sys.stdout.write(out)
    return EXIT_INPUT_FAILED if result.errors else EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from briefing.export.cli import run_export_command

    return run_export_command(args, report=_report)


def run_add(args: argparse.Namespace) -> int:
    from briefing.library.cli import run_add_command

    return run_add_command(args, report=_report)


def run_app(args: argparse.Namespace) -> int:
    from briefing.ui.app import run

    return run(args.files, use_cache=not args.no_cache)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            command = argv[0]
            args = build_subparsers()[command].parse_args(argv[1:])
            return {"parse": run_parse, "export": run_export, "add": run_add}[command](args)
        return run_app(build_parser().parse_args(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line + a log
        from briefing.crash import report

        print(f"briefing: {report(error).message}", file=sys.stderr)
        return EXIT_INPUT_FAILED


if __name__ == "__main__":
    sys.exit(main())
