"""Pausing Python's cyclic garbage collector while a bulk job builds many small objects.

Reading or indexing 100,000 contacts builds a few objects per row; the collector would walk the growing heap
again and again meanwhile (half the time of a re-import, or of reading the contacts table, at 30,000 rows).
Nothing these jobs build forms a reference cycle, so reference counting frees it all; the collector runs as
usual afterwards. Counted, so two jobs on two threads do not re-enable it under each other.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"holders": 0, "was_enabled": False}


@contextmanager
def many_objects() -> Iterator[None]:
    """The cyclic garbage collector paused for the ``with`` block (and any other block still open)."""
    with _lock:
        if _state["holders"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["holders"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["holders"] -= 1
            if _state["holders"] == 0 and _state["was_enabled"]:
                gc.enable()
