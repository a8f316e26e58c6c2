"""No full garbage collections while the library builds many objects at once.

A load of a thousand articles builds millions of long-lived, acyclic objects (the
briefings, decoded from the cache or unpickled from the workers), and their merge
builds as many again; every full collection meanwhile walks all of them: 0.35-0.5 s
of CPU for a cold load (taken from the two worker processes on two cores), a third
of a merge. Young collections go on, and reference counting frees the garbage; the
thresholds come back when the last concurrent user leaves.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_users = 0
_saved: tuple[int, ...] = ()


@contextmanager
def young_collections_only() -> Iterator[None]:
    """Within this block (in any thread), the collector skips full collections."""
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = gc.get_threshold()
            if _saved[0] > 0:  # 0: collections are off anyway
                gc.set_threshold(_saved[0], _saved[1], 1 << 30)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and _saved[0] > 0:
                gc.set_threshold(*_saved)
