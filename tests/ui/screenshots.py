"""Screenshots of the desktop app on a real X server: ``python -m tests.ui.screenshots [OUT_DIR]``.

Starts Xvfb on a free display, fills a fresh database with 200 invented contacts, runs the app the way
``gatehouse`` starts it (``app.ui.application.start``) with QT_QPA_PLATFORM=xcb in a child process, and grabs the
main window from the screen with Qt. Writes ``main-window.png`` and ``unsorted.png`` (default folder:
``resources/screenshots``). ``make screenshots`` runs it; a test runs it into a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "resources" / "screenshots"
CONTACTS = 200
WINDOW_SIZE = (1440, 900)
XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"


class ScreenshotError(RuntimeError):
    pass


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A private X server on a display number it picks itself (-displayfd), stopped afterwards."""
    if not Path(XVFB).exists():
        raise ScreenshotError("Xvfb is not installed (Debian package xvfb; .ci/run installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        if not number:
            raise ScreenshotError(f"Xvfb did not start (exit status {server.poll()})")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def child_environment(home: Path, display: str) -> dict[str, str]:
    """The app's environment: its own HOME and settings, the test keyring, the X server, no accessibility bus."""
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "0",
            "NO_AT_BRIDGE": "1",
            "LANG": "en_GB.UTF-8",
            "LANGUAGE": "en",
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.TestKeyring",
            "GATEHOUSE_TEST_KEYRING_FILE": str(home / "test-keyring.json"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
        }
    )
    for name in ("GATEHOUSE_DB", "GATEHOUSE_PASSPHRASE", "GATEHOUSE_NEW_PASSPHRASE", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "runtime", 0o700)
    return env


def prepare_database(path: Path, env: dict[str, str]) -> None:
    """Create and fill the database in a child too, so it uses the same keyring file as the app."""
    code = (
        "import sys\n"
        "from app.storage.database import open_database\n"
        "from tests.ui.population import populate\n"
        "db = open_database(sys.argv[1])\n"
        f"populate(db, {CONTACTS}, seed=6)\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, capture_output=True, timeout=120)


def take_screenshots(out_dir: Path) -> dict[str, object]:
    """Write the PNGs into ``out_dir``; returns what the app reported (sizes, rows shown)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gatehouse-screenshots-") as temp, xvfb_display() as display:
        home = Path(temp)
        env = child_environment(home, display)
        database = home / "gatehouse.db"
        prepare_database(database, env)
        result = subprocess.run(
            [sys.executable, "-m", "tests.ui.screenshots", "--capture", str(out_dir), str(database)],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if result.returncode != 0:
            raise ScreenshotError(f"the app did not take its screenshots:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])


# --- inside the app process -----------------------------------------------------------------------------------


def capture(out_dir: Path, database: Path) -> dict[str, object]:
    from PySide6.QtCore import QDeadlineTimer, QItemSelectionModel, QThread
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.application import start

    gui = start(str(database))
    if gui is None:
        raise ScreenshotError("the app could not open its database")
    application = QApplication.instance()
    window = gui.window
    page = window.page("contacts")
    controller = page.controller

    def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 20_000) -> None:
        deadline = QDeadlineTimer(timeout_ms)
        while not condition():
            if deadline.hasExpired():
                raise ScreenshotError("the app did not get ready in time")
            application.processEvents()
            QThread.msleep(10)
        for _ in range(20):  # let layout and painting finish
            application.processEvents()
            QThread.msleep(10)

    def grab(name: str) -> None:
        settle()
        screen = window.screen() or QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(window.winId())
        if pixmap.isNull() or pixmap.width() < 100:
            pixmap = window.grab()
        if not pixmap.save(str(out_dir / name), "PNG"):
            raise ScreenshotError(f"cannot write {out_dir / name}")

    window.resize(*WINDOW_SIZE)
    window.move(0, 0)
    window.show_page("contacts")
    settle(lambda: controller.loaded_once and window.isVisible())
    model = controller.model
    table = page.view.table
    row = next(r for r in range(model.rowCount()) if model.row_at(r).relationship.value == "client")
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(model.index(row, 0))
    table.setFocus()
    grab("main-window.png")
    shown_main = model.rowCount()

    gui.context.actions["contacts.show_unsorted"].trigger()
    selection = table.selectionModel()
    for r in range(1, 4):
        selection.select(
            model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    grab("unsorted.png")
    report = {
        "main-window.png": shown_main,
        "unsorted.png": model.rowCount(),
        "size": [window.width(), window.height()],
        "status": window.status_labels["contacts"].text(),
    }
    gui.window.close()
    gui.context.database.close()
    return report


def main(argv: list[str]) -> int:
    if argv[:1] == ["--capture"]:
        report = capture(Path(argv[1]), Path(argv[2]))
        print(json.dumps(report))
        return 0
    out_dir = Path(argv[0]) if argv else DEFAULT_OUT
    report = take_screenshots(out_dir)
    print(f"wrote {', '.join(name for name in report if name.endswith('.png'))} to {out_dir} ({report['status']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
