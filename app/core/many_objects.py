"""Pausing Python's cyclic garbage collector while a bulk job builds many small objects.

Reading or indexing 100,000 contacts builds a few objects per row; the collector would walk the growing heap
again and again meanwhile (half the time of a re-import, or of reading the contacts table, at 30,000 rows).
Nothing these jobs build forms a reference cycle, so reference counting frees it all; the collector runs as
usual afterwards. Counted, so two jobs on two threads do not re-enable it under each other.

What such a job builds would stay in the collector's youngest generation, so the next collection (triggered by
a few hundred allocations of, say, the next keystroke) walks all of it: 25 ms at 100,000 contacts, a frame and a
half dropped in the search box, then again in each older generation. A long-lived process whose bulk jobs build
what it keeps (the desktop app: the contacts table's rows and index, the Inbox's triage) calls
``keep_what_bulk_jobs_build`` once: then the end of each job sets everything alive aside from the collector for
good (``gc.freeze``). Those objects are still freed by reference counting when a later job replaces them; only
a reference cycle among them would never be collected, and these jobs build none.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"holders": 0, "was_enabled": False, "keep": False}


def keep_what_bulk_jobs_build() -> None:
    """From now on, the end of each ``many_objects`` block freezes what is alive then (see the module's text)."""
    _state["keep"] = True


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
            if _state["holders"] == 0:
                if _state["keep"]:
                    gc.freeze()
                if _state["was_enabled"]:
                    gc.enable()
