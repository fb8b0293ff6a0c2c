"""Desktop app benchmark at 30,000 and 100,000 contacts: start-up, typing in the search box, scrolling, memory.

Each figure comes from a fresh app process started the way ``gatehouse`` starts it (``app.ui.application.start``,
threaded task runner, an encrypted SQLite database with its key in a keyring), on Qt's offscreen platform:

- start-up: from just before the process is spawned to the main window's first paint, and to the first paint of
  the contacts table with its rows in it (seen by an event filter on the application, installed before the
  window exists); median of ``--repeat`` runs;
- empty-window floor: in the same run, a process that shows a bare QMainWindow holding a QTableView and paints
  it (what any Qt app pays: the interpreter, PySide6, the platform plugin, a first paint);
- keystroke: one key typed into the search box (queries of names, companies, tags; backspaces too) until the
  table has been refiltered and repainted; median and 95th percentile over all keys;
- scrolling: the table scrolled from top to bottom a page at a time; the database statements run meanwhile
  are counted (the target is none);
- memory: peak resident memory (ru_maxrss) of the app process after loading, filtering and scrolling.

Targets at 30,000 contacts: shown within 1.5 s and the table filled within 4x the empty-window floor,
keystroke median within 16 ms (one frame at 60 Hz), no query while scrolling, under 250 MB. At 100,000 the
keystroke's 95th percentile stays within 16 ms.

    python -m tests.benchmarks.bench_gui [--sizes 30000 100000] [--repeat 5]

The databases are built once (bulk insert of invented contacts, ``tests/ui/population.py``) in ``bench-data/``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench-data"
SHOWN_TARGET_S = 1.5
FILLED_TARGET = 4.0  # the table filled, as a multiple of the empty-window floor
P95_SIZE = 100_000  # where the keystroke's 95th percentile is held to one frame
KEYSTROKE_TARGET_MS = 16.0
MEMORY_TARGET_MB = 250
TARGET_SIZE = 30_000
# What people type: names, a company, a tag, a position; each followed by backspaces back to empty.
QUERIES = ("ada", "martin", "acme", "mentor", "careers adviser", "kowalski", "zz")


def environment(home: Path) -> dict[str, str]:
    """The app's environment: its own HOME (settings, keyring file), the offscreen platform, the test keyring."""
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
            "GATEHOUSE_TEST_KEYRING_FILE": str(home / "test-keyring.json"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
        }
    )
    for name in ("GATEHOUSE_DB", "GATEHOUSE_PASSPHRASE", "GATEHOUSE_NEW_PASSPHRASE"):
        env.pop(name, None)
    return env


def database_for(size: int) -> tuple[Path, dict[str, str]]:
    home = DATA / f"gui-{size}"
    path = home / "gatehouse.db"
    env = environment(home)
    if not (home / "ready").exists():
        home.mkdir(parents=True, exist_ok=True)
        for old in home.glob("gatehouse.db*"):
            old.unlink()
        (home / "test-keyring.json").unlink(missing_ok=True)
        code = (
            "import sys\n"
            "from app.storage.database import open_database\n"
            "from tests.ui.population import populate\n"
            "db = open_database(sys.argv[1])\n"
            "populate(db, int(sys.argv[2]), seed=int(sys.argv[2]))\n"
            "db.close()\n"
        )
        subprocess.run([sys.executable, "-c", code, str(path), str(size)], env=env, check=True)
        (home / "ready").write_text("built by bench_gui\n")
    return path, env


# --- inside the app process -----------------------------------------------------------------------------------


def _start_app(database: Path, watch: Any = None) -> Any:
    from app.ui.start_up import start

    gui = start(str(database), watch=watch)
    if gui is None:
        raise SystemExit("the app could not open the benchmark database")
    return gui


def _wait(application: Any, condition: Any, timeout_s: float = 120.0) -> None:
    """Run the event loop (as ``app.exec()`` would: idle, the GIL free for the worker) until ``condition()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()
    check()
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit("the app did not get ready in time")
    application.processEvents()


class _FirstPaints:
    """When a widget of a main window was first painted, and when the contacts table was first painted with rows
    in it.

    An application-wide event filter, installed before the window exists: it sees the paints as they happen,
    whatever the app does between them (the app shows its window before it has finished starting)."""

    def __init__(self, application: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

        paints = self
        self.shown: float | None = None
        self.filled: float | None = None

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                    if paints.shown is None and isinstance(watched.window(), QMainWindow):
                        paints.shown = time.time()
                    table = watched.parent()
                    if (
                        paints.filled is None
                        and isinstance(table, QTableView)
                        and table.objectName() == "contacts-table"
                        and watched is table.viewport()
                    ):
                        model = table.model()
                        if model is not None and model.rowCount() > 0:
                            paints.filled = time.time()
                return False

        self._filter = Filter()
        application.installEventFilter(self._filter)

    def remove(self, application: Any) -> None:
        application.removeEventFilter(self._filter)


def probe_start(database: Path) -> dict[str, float]:
    """Times (epoch seconds) at which the window was first painted, and its contacts table painted with rows."""
    from PySide6.QtWidgets import QApplication

    imported = time.time()
    watched: list[_FirstPaints] = []
    gui = _start_app(database, watch=lambda application: watched.append(_FirstPaints(application)))
    ready = time.time()  # every page built, the window ready for input
    application = QApplication.instance()
    paints = watched[0]
    controller = gui.window.page("contacts").controller
    _wait(application, lambda: controller.loaded_once and paints.filled is not None)
    paints.remove(application)
    rows = controller.model.contacts.total
    gui.window.close()
    assert paints.shown is not None and paints.filled is not None
    return {"imported": imported, "shown": paints.shown, "filled": paints.filled, "ready": ready, "rows": rows}


def probe_floor(_database: Path) -> dict[str, float]:
    """The empty-window floor: a bare QMainWindow with an empty QTableView, shown and painted."""
    imported = time.time()
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication.instance() or QApplication([])
    paints = _FirstPaints(application)
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1200, 800)
    window.show()
    application.processEvents()
    paints.remove(application)
    shown = paints.shown if paints.shown is not None else time.time()
    window.close()
    window.deleteLater()
    application.processEvents()
    return {"imported": imported, "shown": shown, "filled": shown, "ready": shown, "rows": 0}


def probe_use(database: Path) -> dict[str, Any]:
    """Keystroke latencies, statements while scrolling and peak memory of one app session."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    gui = _start_app(database)
    application = QApplication.instance()
    page = gui.window.page("contacts")
    controller = page.controller
    _wait(application, lambda: controller.loaded_once)
    view = page.view
    table = view.table

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    view.search_edit.setFocus()
    application.processEvents()

    def keystroke(key: Qt.Key, text: str = "") -> float:
        before = PaintCounter.paints
        started = time.perf_counter()
        if text:
            QTest.keyClick(view.search_edit, text)
        else:
            QTest.keyClick(view.search_edit, key)
        application.processEvents()  # the model reset, the table's layout and its repaint
        elapsed = (time.perf_counter() - started) * 1000
        if PaintCounter.paints == before and table.isVisible():
            application.processEvents()
        return elapsed

    latencies: list[float] = []
    shown_after: dict[str, int] = {}
    for query in QUERIES:
        for char in query:
            latencies.append(keystroke(Qt.Key.Key_unknown, char))
        shown_after[query] = controller.model.rowCount()
        for _ in query:
            latencies.append(keystroke(Qt.Key.Key_Backspace))
    total = controller.model.rowCount()

    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    engine = gui.context.database.engine
    event.listen(engine, "before_cursor_execute", count)
    table.setFocus()
    scrollbar = table.verticalScrollBar()
    pages = 0
    scroll_started = time.perf_counter()
    while scrollbar.value() < scrollbar.maximum():
        scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
        application.processEvents()
        pages += 1
    scroll_ms = (time.perf_counter() - scroll_started) * 1000
    event.remove(engine, "before_cursor_execute", count)

    gui.window.close()
    return {
        "keystrokes": latencies,
        "shown_after": shown_after,
        "rows": total,
        "scroll_pages": pages,
        "scroll_ms_per_page": scroll_ms / max(pages, 1),
        "scroll_statements": statements,
        "paints": PaintCounter.paints,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# --- the parent -----------------------------------------------------------------------------------------------


def _child(kind: str, database: Path, env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_gui", kind, str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{result.stderr[-3000:]}")
    return spawned, json.loads(result.stdout.strip().splitlines()[-1])


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def run(sizes: list[int], repeat: int) -> int:
    status = 0
    for size in sizes:
        started = time.monotonic()
        database, env = database_for(size)
        print(f"{size:,} contacts (database ready in {time.monotonic() - started:.1f} s)", flush=True)
        shown, filled, ready, interpreter, floor = [], [], [], [], []
        for _ in range(repeat):
            spawned, times = _child("--probe-floor", database, env)
            floor.append(times["shown"] - spawned)
            spawned, times = _child("--probe-start", database, env)
            interpreter.append(times["imported"] - spawned)
            shown.append(times["shown"] - spawned)
            filled.append(times["filled"] - spawned)
            ready.append(times["ready"] - spawned)
            assert times["rows"] == size, times
        _, use = _child("--probe-use", database, env)
        keys = sorted(use["keystrokes"])
        median = statistics.median(keys)
        p95 = keys[int(0.95 * (len(keys) - 1))]
        shown_s, filled_s, floor_s = statistics.median(shown), statistics.median(filled), statistics.median(floor)
        targets = size <= TARGET_SIZE
        ok_shown = shown_s <= SHOWN_TARGET_S or not targets
        ok_filled = filled_s <= FILLED_TARGET * floor_s or not targets
        ok_keys = (median <= KEYSTROKE_TARGET_MS or not targets) and (p95 <= KEYSTROKE_TARGET_MS or size < P95_SIZE)
        ok_scroll = use["scroll_statements"] == 0
        ok_memory = use["maxrss_mb"] <= MEMORY_TARGET_MB or not targets
        print(
            f"  start-up: window shown {shown_s:.2f} s (median of {repeat}; interpreter and imports "
            f"{statistics.median(interpreter):.2f} s), table filled {filled_s:.2f} s, every page ready "
            f"{statistics.median(ready):.2f} s"
            + (f"  [{_verdict(ok_shown)}: target {SHOWN_TARGET_S} s]" if targets else "")
        )
        print(
            f"  empty-window floor (bare QMainWindow + QTableView shown): {floor_s:.2f} s; table filled at "
            f"{filled_s / floor_s:.1f}x the floor"
            + (f"  [{_verdict(ok_filled)}: target {FILLED_TARGET:.0f}x]" if targets else "")
        )
        print(
            f"  keystroke in the search box: median {median:.1f} ms, 95th percentile {p95:.1f} ms, "
            f"worst {keys[-1]:.1f} ms over {len(keys)} keys"
            + (
                f"  [{_verdict(ok_keys)}: target median {KEYSTROKE_TARGET_MS:.0f} ms]"
                if targets
                else f"  [{_verdict(ok_keys)}: target 95th percentile {KEYSTROKE_TARGET_MS:.0f} ms]"
                if size >= P95_SIZE
                else ""
            )
        )
        print(f"  rows shown after typing: {use['shown_after']}")
        print(
            f"  scrolling {use['scroll_pages']:,} pages: {use['scroll_ms_per_page']:.1f} ms a page, "
            f"{use['scroll_statements']} database statements  [{_verdict(ok_scroll)}: target 0]"
        )
        print(
            f"  peak resident memory: {use['maxrss_mb']:.0f} MB"
            + (f"  [{_verdict(ok_memory)}: target {MEMORY_TARGET_MB} MB]" if targets else "")
        )
        if not (ok_shown and ok_filled and ok_keys and ok_scroll and ok_memory):
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    probes = {"--probe-start": probe_start, "--probe-use": probe_use, "--probe-floor": probe_floor}
    if args[:1] and args[0] in probes:
        probe = probes[args[0]]
        print(json.dumps(probe(Path(args[1]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_gui", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(args)
    return run(options.sizes, options.repeat)


if __name__ == "__main__":
    raise SystemExit(main())
