"""Inbox speed in the desktop app: 10,000 pending requests (bench_triage's population), offscreen.

    python -m tests.benchmarks.bench_inbox [--requests N] [--decisions D]

Measures, in the real main window with the threaded task runner: the Inbox read in the background until its list
is filled; one keystroke deciding a request (A, C, I... in turn) until the next request is shown, median and 95th
percentile over D decisions; the policy editor's "what would change" for one edit, until shown. Targets: a
decision within a frame (16 ms), the list filled and the preview shown within a second. ``main()`` returns 1 when a
target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DECISION_TARGET_S = 0.016
READ_TARGET_S = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from app.core.vocabulary import Decision
    from app.storage.database import open_database
    from app.storage.keys import MemoryStore
    from app.ui.application import build_main_window, create_application
    from app.ui.settings import Settings
    from tests.benchmarks.bench_triage import populate

    application = create_application([])

    def wait(condition: object, timeout_s: float = 120.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()
        if not condition():  # type: ignore[operator]
            raise SystemExit("the app did not get ready in time")

    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-inbox-") as folder:
        db = open_database(str(Path(folder) / "bench.db"), secrets=MemoryStore())
        populate(db, args.requests)
        settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        started = time.perf_counter()
        gui = build_main_window(db, settings=settings)
        window = gui.window
        window.resize(1280, 800)
        window.show()
        window.show_page("inbox")
        inbox = window.page("inbox").controller
        wait(lambda: inbox.loaded_once)
        read_s = time.perf_counter() - started
        pending = inbox.model.rowCount()

        table = window.page("inbox").view.table
        table.setFocus()
        keys = [Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_I, Qt.Key.Key_R, Qt.Key.Key_P]
        times = []
        for number in range(min(args.decisions, pending - 1)):
            before = inbox.current_id()
            start = time.perf_counter()
            QTest.keyClick(table, keys[number % len(keys)])
            application.processEvents()
            times.append(time.perf_counter() - start)
            assert inbox.current_id() != before
        median = statistics.median(times)
        p95 = sorted(times)[int(len(times) * 0.95) - 1]

        window.show_page("policy")
        policy = window.page("policy").controller
        wait(lambda: policy.policy is not None)
        policy.select_rule(0)
        form = window.page("policy").view.rule_form
        policy.comparison = None
        start = time.perf_counter()
        form.decision.setCurrentIndex(form.decision.findData(Decision.IGNORE.value))
        policy.refresh_preview()
        wait(lambda: policy.comparison is not None)
        preview_s = time.perf_counter() - start
        changed = policy.comparison.changed if policy.comparison else 0

        gui.context.runner.wait(30_000)
        window.close()
        db.close()

    print(f"{pending:,} pending requests")
    print(f"inbox read and shown:              {read_s:.2f} s (target {READ_TARGET_S:.0f} s)")
    print(f"decision keystroke to next shown:  median {median * 1000:.1f} ms, 95th percentile {p95 * 1000:.1f} ms "
          f"over {len(times)} (target {DECISION_TARGET_S * 1000:.0f} ms)")  # fmt: skip
    print(f"policy edit to 'what would change': {preview_s:.2f} s ({changed:,} would change)")
    missed = median > DECISION_TARGET_S or read_s > READ_TARGET_S or preview_s > READ_TARGET_S
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
