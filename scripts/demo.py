"""Open the reader on a saved briefing JSON (a developer tool, not part of the CLI).

    python scripts/demo.py tests/fixtures/ui/seed-briefing.json

Lets you look at the UI with a fixed model while the extraction engine changes, e.g.
``../shared/tools/tui-look -s 60x20 -- .venv/bin/python scripts/demo.py FILE.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.model import Briefing
from briefing.ui.app import BriefingApp


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    briefing = Briefing.from_json(Path(sys.argv[1]).read_text(encoding="utf-8"))
    BriefingApp(briefing).run()


if __name__ == "__main__":
    main()
