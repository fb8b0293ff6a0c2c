"""Pausing the garbage collector for bulk jobs, and setting aside what they build in a long-lived process."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    """``code`` in a fresh interpreter (the collector's state is the whole process's)."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def test_the_collector_is_paused_inside_and_resumed_after_nested_blocks():
    out = run(
        """
        import gc
        from app.core.many_objects import many_objects
        with many_objects():
            with many_objects():
                inner = gc.isenabled()
            still = gc.isenabled()
        print(inner, still, gc.isenabled(), gc.get_freeze_count())
        """
    )
    assert out == "False False True 0"  # nothing set aside unless the process asks for it


def test_in_a_long_lived_process_what_a_bulk_job_built_is_not_walked_by_later_collections():
    out = run(
        """
        import gc
        from app.core.many_objects import keep_what_bulk_jobs_build, many_objects
        keep_what_bulk_jobs_build()
        with many_objects():
            rows = [(n, str(n), [n]) for n in range(200_000)]
        frozen = gc.get_freeze_count()
        young = gc.get_count()[0]
        gc.collect(0)  # what a keystroke's few allocations trigger: it no longer walks the 400,000 objects
        del rows  # still freed by reference counting when replaced
        print(frozen >= 400_000, young < 1_000, gc.isenabled())
        """
    )
    assert out == "True True True"
