"""Write the README screenshot: the reader on the seed fixture, as an SVG.

    python scripts/screenshot.py [OUT.svg] [--size 120x35]

Uses the hand-made seed briefing (tests/fixtures/ui/seed-briefing.json), so the picture
does not change when the extraction engine does. Moves to an item in the Israel pane so
the source preview line shows a sentence.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from briefing.model import Briefing
from briefing.ui.app import BriefingApp

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "ui" / "seed-briefing.json"


async def shoot(out: Path, width: int, height: int) -> None:
    briefing = Briefing.from_json(FIXTURE.read_text(encoding="utf-8"))
    app = BriefingApp(briefing)
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.press("2", "j")
        await pilot.pause()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(app.export_screenshot(title="briefing"), encoding="utf-8")
    print(f"wrote {out} ({width}x{height})")


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the README screenshot (SVG).")
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshot.svg"))
    parser.add_argument("--size", default="120x35", help="terminal size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.lower().split("x"))
    asyncio.run(shoot(Path(args.out), width, height))


if __name__ == "__main__":
    main()
