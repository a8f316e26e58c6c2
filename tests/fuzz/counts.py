"""Examples each property actually ran (test id -> count), reported by conftest.py."""

from collections import Counter

EXAMPLES: Counter[str] = Counter()
