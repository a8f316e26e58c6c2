#!/usr/bin/env python3
"""Write the hostile corpus of issue 8 into a folder: broken, binary and malicious articles.

    python scripts/make_hostile_corpus.py OUT_DIR [--big] [--folders]

Every case is bytes written under a safe file name, with what `briefing` must do with it:
``ok`` (a briefing, the article text kept), ``error`` (one line naming the file and
the reason) or ``either`` (a briefing or one clear line, never a crash). ``--big`` adds
the 20 MB line and the over-size file; ``--folders`` adds the folder cases (symlink loops,
an unreadable file, 5,000 tiny files) under ``OUT_DIR/folders``.

The corpus is generated, not committed: its files carry terminal escapes (OSC 52
clipboard writes, screen clears) that `git diff` or `git log -p` would replay into a
developer's terminal, and the big ones weigh 40 MB. The tests build it in a temporary
folder (tests/hostile/conftest.py); run this script to get one to open by hand.
"""

from __future__ import annotations

import argparse
import gzip
import os
import struct
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Size limit of ingest (briefing.ingest.MAX_BYTES); restated so the script runs without
# the package installed. The test suite checks the two agree.
MAX_BYTES = 20 * 1024 * 1024

BASE = (
    "Talks resume in Doha\n\n"
    "Qatar said on Monday that both sides had accepted a three-phase plan. "
    "Egypt demanded the release of 120 prisoners within 30 days. "
    "The United Nations rejected any delay to humanitarian aid, saying 600 trucks a day "
    "were needed.\n"
)


@dataclass(frozen=True)
class Case:
    """One corpus file: its name, its bytes and what briefing must make of it."""

    name: str
    data: bytes
    expect: str  # "ok", "error" or "either"
    why: str
    # Substrings the parsed article text must keep verbatim (for "ok" cases) ...
    keeps: tuple[str, ...] = ()
    # ... and must not contain (scripts, navigation).
    drops: tuple[str, ...] = ()
    tags: frozenset[str] = field(default_factory=frozenset)


def _png() -> bytes:
    """A valid 1x1 PNG."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


MARKUP = "[/] [b]unclosed [@click=app.quit]x[/] [link=file:///etc/passwd]x[/] [red on red]hidden"
ESCAPES = ("\x1b[2J\x1b[H"             # clear the screen, cursor home
           "\x1b]52;c;cm0gLXJmIH4=\x07"  # OSC 52: write "rm -rf ~" to the clipboard
           "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"  # OSC 8 link
           "\x1b]0;pwned\x07"           # window title
           "\u009b31m\u0085\u009d0;x\u009c"  # C1 CSI, NEL, OSC, ST as characters
           "\x07\x07\x08\x08\x7f")      # BEL, backspace, DEL
BIDI = "\u202eevil\u202c \u2066isolate\u2069 zero\u200bwidth\u200d\ufeffjoin\u2060er"


def small_cases() -> list[Case]:
    """The cases small enough to build in milliseconds (all but the two 20 MB ones)."""
    utf8 = BASE.encode()
    nested = "<div>" * 10_000 + "<p>Egypt proposed a truce of 60 days.</p>" + "</div>" * 10_000
    return [
        Case("empty.txt", b"", "error", "empty file"),
        Case("whitespace.txt", b" \n\t\r\n   \n\x0b\x0c\n", "error", "whitespace only"),
        Case("bom-only.txt", b"\xef\xbb\xbf", "error", "a UTF-8 BOM and nothing else"),
        Case("unicode-spaces.txt", "\u00a0\u3000\u2003\n\u2028\u2029".encode(), "either",
             "only Unicode spaces and separators"),
        Case("png-renamed.txt", _png(), "error", "a PNG renamed .txt"),
        Case("gzip-renamed.txt", gzip.compress(utf8), "error", "a gzip renamed .txt"),
        Case("gzip-renamed.md", gzip.compress(utf8 * 50), "error", "a gzip renamed .md"),
        Case("invalid-utf8-middle.txt", utf8 + b"Bad bytes \xff\xfe\xc3\x28 here. " + utf8,
             "either", "invalid UTF-8 in the middle of good text"),
        Case("utf16-le-no-bom.txt", BASE.encode("utf-16-le"), "either", "UTF-16 LE without BOM"),
        Case("utf16-be-no-bom.txt", BASE.encode("utf-16-be"), "either", "UTF-16 BE without BOM"),
        Case("utf16-odd-length.txt", "\ufeffTalks.".encode("utf-16") + b"\x00", "either",
             "UTF-16 with BOM and a dangling byte"),
        Case("nul-bytes.txt", utf8.replace(b" ", b" \x00", 5), "either", "NUL bytes in text"),
        Case("all-nul.txt", b"\x00" * 4096, "error", "nothing but NUL bytes"),
        Case("markup.txt", (BASE + f"Egypt rejected {MARKUP} the plan.\n").encode(), "ok",
             "Rich/Textual markup in the text", keeps=(MARKUP,)),
        Case("markup-title.md", (f"---\ntitle: \"{MARKUP}\"\n---\n\n" + BASE).encode(), "ok",
             "markup in the front matter title"),
        Case("escapes.txt", (BASE + f"Qatar said {ESCAPES} talks went on.\n").encode(), "ok",
             "terminal escapes, OSC 52, OSC 8, C1 controls, BEL"),
        Case("escapes-title.txt", (f"Title \x1b[2J\x1b]52;c;eA==\x07here\n\n" + BASE).encode(),
             "ok", "terminal escapes in the headline"),
        Case("bidi.txt", (BASE + f"Egypt said {BIDI} the deal holds.\n").encode(), "ok",
             "bidi overrides and zero-width characters"),
        Case("long-word.txt", (BASE + "Qatar said " + "x" * 200_000 + ".\n").encode(), "ok",
             "a 200,000-character word"),
        Case("long-number.txt", (BASE + "Egypt demanded " + "9" * 5_000 + " trucks.\n").encode(),
             "ok", "a 5,000-digit number"),
        Case("many-dots.txt", (BASE + "." * 100_000 + "\n" + "Mr. " * 20_000 + "\n").encode(),
             "ok", "100,000 full stops and 20,000 abbreviations"),
        Case("cjk-emoji.txt", ("東京会談\n\n東方連合は停戦を要求した。🦊 Front rejected the plan. "
                               "Qatar said 🇶🇦 the 北方同盟 accepted 3 days of talks. 👨‍👩‍👧‍👦\n").encode(),
             "ok", "CJK and emoji names of parties"),
        Case("crlf-cr.txt", BASE.replace("\n", "\r\n").encode() + BASE.replace("\n", "\r").encode(),
             "ok", "CRLF and bare CR line ends"),
        Case("script.html", (
            "<html><head><title>Talks resume</title>"
            "<script>alert('x');document.location='javascript:evil()'</script></head><body>"
            "<nav><a href='javascript:alert(1)'>Home</a></nav>"
            "<iframe src='javascript:alert(2)'></iframe>"
            f"<article><h1>Talks resume</h1><p>{BASE.splitlines()[2]}</p>"
            "<p onclick=\"alert(3)\">Egypt rejected the proposal on Tuesday after talks.</p>"
            "<a href='javascript:void(0)'>more</a></article>"
            "<script>window.alert('second')</script><noscript>noscript text</noscript>"
            "</body></html>").encode(), "either", "scripts, iframes, javascript: links",
            drops=("alert(", "javascript:")),
        Case("nested-divs.html", f"<html><body>{nested}</body></html>".encode(), "either",
             "10,000 nested divs"),
        Case("broken-charset.html", (
            "<html><head><meta charset=\"no-such-charset-\x01\">"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-99\">"
            "<title>Talks</title></head><body><article><p>" + BASE + "</p></article></body></html>"
            ).encode(), "either", "a broken charset declaration"),
        Case("markup-in.html", (
            f"<html><head><title>{MARKUP}</title></head><body><article><p>"
            f"Qatar said {MARKUP} and {ESCAPES} the talks resume. " + BASE
            + "</p></article></body></html>").encode(), "either", "markup and escapes in HTML"),
        Case("entities.html", (
            "<html><head><title>Talks &#27;[2J&#x1b;]52;c;eA==&#7;</title></head><body><article>"
            "<p>Qatar said &#27;[2J &#x9b;31m &#x202e;evil&#x202c; &#0; &#xD800; &#1114112; "
            "&#x85; talks resume. " + BASE + "</p></article></body></html>").encode(), "either",
             "HTML entities that decode to escapes, bidi, NUL and invalid code points"),
        Case("entity-bomb.html", (
            "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
            "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
            "<html><body><article><p>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</p><p>" + BASE
            + "</p></article></body></html>").encode(), "either", "an entity expansion bomb"),
        Case("empty.html", b"<html><head></head><body></body></html>", "error",
             "HTML without any text"),
        Case("not-html.html", _png(), "error", "a PNG renamed .html"),
        Case("front-matter-malformed.md", (
            "---\ntitle: [unclosed\ndate: : : :\n\tsource: {{{\n---\n\n" + BASE).encode(), "ok",
             "malformed front matter", keeps=("Egypt demanded the release",)),
        Case("front-matter-list.md", ("---\n- a\n- b\n---\n\n" + BASE).encode(), "ok",
             "a front matter that is a list", keeps=("Egypt demanded the release",)),
        Case("front-matter-scalar.md", ("---\njust a string\n---\n\n" + BASE).encode(), "ok",
             "a front matter that is a scalar", keeps=("Egypt demanded the release",)),
        Case("front-matter-unclosed.md", ("---\ntitle: Talks\n\n" + BASE).encode(), "either",
             "a front matter that never closes"),
        Case("front-matter-types.md", (
            "---\ntitle: 12\ndate: 2024-13-45\nsource: [1, 2]\nurl: {a: b}\n---\n\n" + BASE
            ).encode(), "ok", "front matter fields of the wrong type",
             keeps=("Egypt demanded the release",)),
        Case("binary-code-block.md", (
            "# Talks\n\n" + BASE + "\n```\n").encode() + bytes(range(256)) + b"\n```\n",
             "either", "binary in a code block"),
        Case("markdown-injection.md", (
            "# Talks\n\n" + BASE + "\n<script>alert(1)</script>\n\n"
            "[click](javascript:alert(1)) ![img](file:///etc/passwd)\n\n"
            "| a | b |\n|---|---|\n| Egypt | rejected the plan |\n\n"
            "Qatar said *the* _plan_ `holds` ### now.\n").encode(), "ok",
             "HTML, javascript: links and tables in Markdown",
             keeps=("Egypt demanded the release",)),
    ]


def big_cases() -> list[Case]:
    """The 20 MB line (just under the limit) and a file over the size limit."""
    line = ("Egypt said talks went on " * (MAX_BYTES // 25))[: MAX_BYTES - 1_000]
    return [
        Case("line-20mb.txt", line.encode() + b"\n", "either",
             "one 20 MB line without a full stop", tags=frozenset({"big"})),
    ]


def write_oversize(folder: Path) -> Path:
    """A sparse file one byte over the limit: costs no disk, must be refused unread."""
    path = folder / "oversize.txt"
    with open(path, "wb") as handle:
        handle.write(BASE.encode())
        handle.truncate(MAX_BYTES + 1)
    return path


def write_cases(folder: Path, cases: list[Case]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in cases:
        path = folder / case.name
        path.write_bytes(case.data)
        paths.append(path)
    return paths


def tiny_files(folder: Path, count: int = 5_000) -> Path:
    """``count`` tiny articles in one folder (one sentence each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"tiny-{n:05d}.txt").write_text(f"Note {n}\n\nEgypt demanded {n} trucks.\n")
    return folder


def symlink_loops(folder: Path) -> Path:
    """A folder linking to itself, a file linking to itself and two files linking to each other,
    next to one good article."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(BASE)
    os.symlink(".", folder / "self-dir")
    os.symlink("..", folder / "parent-dir.txt")
    os.symlink("self.txt", folder / "self.txt")
    os.symlink("ping.txt", folder / "pong.txt")
    os.symlink("pong.txt", folder / "ping.txt")
    os.symlink("missing-target.txt", folder / "dangling.txt")
    return folder


def hostile_names(folder: Path) -> list[Path]:
    """Files whose *names* carry escapes, markup, newlines and bidi overrides."""
    folder.mkdir(parents=True, exist_ok=True)
    names = ["esc-\x1b[2J\x1b]52;c;eA==\x07.txt", "[@click=app.quit]x[-].txt",
             "new\nline.txt", "bidi-\u202etxt.exe.txt", "-dash-first.txt", " space .txt"]
    paths = []
    for name in names:
        path = folder / name
        path.write_text(BASE)
        paths.append(path)
    return paths


def iter_all(big: bool) -> Iterator[Case]:
    yield from small_cases()
    if big:
        yield from big_cases()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument("--big", action="store_true", help="add the 20 MB and over-size files")
    parser.add_argument("--folders", action="store_true",
                        help="add the folder cases under OUT/folders")
    args = parser.parse_args(argv)
    cases = list(iter_all(args.big))
    write_cases(args.out, cases)
    if args.big:
        write_oversize(args.out)
    if args.folders:
        symlink_loops(args.out / "folders" / "symlink-loops")
        tiny_files(args.out / "folders" / "tiny-5000")
        hostile_names(args.out / "folders" / "hostile-names")
    total = sum(len(c.data) for c in cases)
    print(f"wrote {len(cases) + args.big} files ({total:,} bytes"
          + (", plus the over-size sparse file" if args.big else "") + f") to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
