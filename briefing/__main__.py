"""`python -m briefing`: the same as the `briefing` console script."""

import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
