"""The reader keeps a big view out of the GC's full passes (gc.freeze), and a reload
lets the previous view's cyclic garbage go instead of freezing it for good."""

from __future__ import annotations

import gc
import weakref

from briefing.ui.app import FREEZE_ITEMS, _settle_memory


class _Node:
    def __init__(self) -> None:
        self.me = self   # a reference cycle: only the cyclic collector frees it


def test_a_big_view_is_frozen_and_a_small_one_is_not() -> None:
    try:
        gc.unfreeze()
        _settle_memory(FREEZE_ITEMS - 1)
        assert gc.get_freeze_count() == 0
        _settle_memory(FREEZE_ITEMS)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_reload_frees_the_garbage_of_the_view_before_it() -> None:
    try:
        node = _Node()
        gone = weakref.ref(node)
        del node
        gc.freeze()   # the first view, frozen with a cycle in it
        assert gone() is not None
        _settle_memory(FREEZE_ITEMS, reloaded=True)
        assert gone() is None
        assert gc.get_freeze_count() > 0   # the new view is frozen in its turn
    finally:
        gc.unfreeze()
