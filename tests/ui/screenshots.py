"""Screenshots of the desktop app on a real X server: ``python -m tests.ui.screenshots [OUT_DIR]``.

Starts Xvfb on a free display and builds a demo database the way an adviser's fills up: the shared tool's
synthetic LinkedIn export (connections, invitations, messages) imported through the import service, a filled
owner profile, part of the record classified, and a colleague added by hand who then sends an invitation. It runs
the app the way ``gatehouse`` starts it (``app.ui.start_up.start``, so the first-start welcome appears) with
QT_QPA_PLATFORM=xcb in a child process, and grabs each window from the screen with Qt. Writes (default folder:
``resources/screenshots``) ``welcome.png``, ``main-window.png``, ``unsorted.png``, ``inbox.png``, ``policy.png``,
``profile-text.png``, ``handover-wizard.png``, ``handover-introduction.png``, ``handover.png`` and ``gates.png``.
``make screenshots`` runs it; a test runs it into a temporary folder.
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
EXPORT_TOOL = ROOT.parent / "shared" / "tools" / "make_linkedin_export.py"
CONNECTIONS = 240
INVITATIONS = 40
EXPORT_DATE = "2026-11-20T10:00:00"
PICTURES = (
    "welcome.png",
    "main-window.png",
    "unsorted.png",
    "inbox.png",
    "policy.png",
    "profile-text.png",
    "handover-wizard.png",
    "handover-introduction.png",
    "handover.png",
    "gates.png",
    "inbox-1024.png",
    "import-summary.png",
)
WINDOW_SIZE = (1440, 900)
SMALL_SIZE = (1024, 700)  # a small laptop: the Inbox's decision buttons must still be in view
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


def prepare_database(path: Path, env: dict[str, str], export: Path) -> None:
    """Write the shared tool's export, then build the database in a child (so it uses the app's keyring file)."""
    if not EXPORT_TOOL.exists():
        raise ScreenshotError(f"the synthetic export tool is missing: {EXPORT_TOOL}")
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(export), "--connections", str(CONNECTIONS), "--invitations",
         str(INVITATIONS), "--messages", "300", "--seed", "7", "--now", EXPORT_DATE],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshots", "--prepare", str(path), str(export)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise ScreenshotError(f"the demo database was not built:\n{result.stderr[-3000:]}")


def build_demo_database(path: Path, export: Path) -> None:
    """The export imported through the service, a filled profile, part of the record classified by rules of thumb
    an adviser might follow, and a colleague met last month whose invitation is waiting."""
    from datetime import date, timedelta

    from app.core.records import NewContact
    from app.core.vocabulary import ConsentStatus, MetIn, Relationship
    from app.services import contact_table, contacts, importing, profile
    from app.services import requests as request_service
    from app.services.contact_table import Classification
    from app.storage.database import open_database

    db = open_database(str(path))
    try:
        importing.import_paths(db, [export])
        profile.update_profile(
            db,
            display_name="Morgan Reed",
            role_title="Careers Adviser",
            organisation="Northbridge University",
            profile_url="https://www.linkedin.com/in/morgan-reed-careers",
            group_url="linkedin.com/groups/northbridge-careers",
            public_handle="@northbridge_careers",
            service_contact="northbridge.ac.uk/careers",
            checks_messages="once a week",
        )
        rows = [r for r in contact_table.load_contact_table(db) if r.relationship is Relationship.UNSORTED]
        groups: dict[tuple[Relationship, MetIn, ConsentStatus | None], list[int]] = {}
        for number, row in enumerate(rows):
            match number % 10:
                case 0 | 1 | 2:
                    key = (Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.EXPLICIT if number % 20 < 10 else None)
                case 3:
                    key = (Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.NOT_ASKED)
                case 4:
                    key = (Relationship.COLLEAGUE, MetIn.WORK_ROLE, None)
                case 5 | 6:
                    key = (Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK, None)
                case 7 if number % 20 == 7:
                    key = (Relationship.PERSONAL, MetIn.PERSONAL_LIFE, None)
                case _:
                    continue  # still unsorted: classified a little at a time
            groups.setdefault(key, []).append(row.id)
        for (relationship, met_in, consent), ids in groups.items():
            contact_table.classify_contacts(db, ids, Classification(relationship=relationship, met_in=met_in,
                                                                    consent=consent))  # fmt: skip
        colleague = contacts.add_contact(
            db,
            NewContact("Priya", "Haddad", profile_url="linkedin.com/in/priya-haddad-northbridge",
                       company="Northbridge University", position="Employer Engagement Officer",
                       relationship=Relationship.COLLEAGUE, met_in=MetIn.WORK_ROLE, met_where="induction week",
                       last_interaction=date.today() - timedelta(days=20)),
        )  # fmt: skip
        request_service.add_request(
            db, colleague.name, profile_url="https://www.linkedin.com/in/priya-haddad-northbridge/",
            note="Lovely to meet you at induction, Morgan!",
        )  # fmt: skip
    finally:
        db.close()


def take_screenshots(out_dir: Path) -> dict[str, object]:
    """Write the PNGs into ``out_dir``; returns what the app reported (sizes, rows shown)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gatehouse-screenshots-") as temp, xvfb_display() as display:
        home = Path(temp)
        env = child_environment(home, display)
        database = home / "gatehouse.db"
        prepare_database(database, env, home / "linkedin-export")
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
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.gates import Purpose
    from app.core.vocabulary import Channel, ConsentStatus, Decision, Relationship
    from app.ui.dialogs.gates import GatesDialog
    from app.ui.start_up import start
    from app.ui.welcome import WelcomeDialog
    from app.ui.wizards.handover import HandoverWizard

    gui = start(str(database))
    if gui is None:
        raise ScreenshotError("the app could not open its database")
    application = QApplication.instance()
    window = gui.window
    actions = gui.context.actions
    page = window.page("contacts")
    controller = page.controller
    report: dict[str, object] = {}

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

    def grab(name: str, widget: QWidget | None = None) -> None:
        shown = widget or window
        settle()
        screen = shown.screen() or QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(shown.winId())
        if pixmap.isNull() or pixmap.width() < 100:
            pixmap = shown.grab()
        if not pixmap.save(str(out_dir / name), "PNG"):
            raise ScreenshotError(f"cannot write {out_dir / name}")
        report[name] = [pixmap.width(), pixmap.height()]

    def visible(kind: type[QWidget]) -> QWidget:
        found = [w for w in window.findChildren(kind) if w.isVisible()]
        if not found:
            raise ScreenshotError(f"no {kind.__name__} is shown")
        return found[-1]

    window.resize(*WINDOW_SIZE)
    window.move(0, 0)
    settle(lambda: controller.loaded_once and window.isVisible())

    # The first start: the welcome over the window
    welcome = visible(WelcomeDialog)
    grab("welcome.png", welcome)
    welcome.reject()

    # Contacts
    window.show_page("contacts")
    model = controller.model
    table = page.view.table
    row = next(r for r in range(model.rowCount()) if model.row_at(r).relationship is Relationship.CLIENT)
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(model.index(row, 0))
    table.setFocus()
    grab("main-window.png")
    report["contacts"] = model.contacts.total
    report["shown"] = model.rowCount()
    report["status"] = window.status_labels["contacts"].text()

    actions["contacts.show_unsorted"].trigger()
    selection = table.selectionModel()
    for r in range(1, 4):
        selection.select(
            model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    grab("unsorted.png")
    report["unsorted"] = model.rowCount()
    actions["contacts.show_all"].trigger()

    # Inbox: a request whose note raised a red flag
    inbox = window.page("inbox").controller
    window.show_page("inbox")
    settle(lambda: inbox.loaded_once)
    flagged = max(range(inbox.model.rowCount()), key=lambda r: len(inbox.model.result_at(r).suggestion.red_flags))
    inbox.select_row(flagged)
    window.page("inbox").view.table.setFocus()
    grab("inbox.png")
    report["pending"] = inbox.model.rowCount()

    # Policy: an edit not saved yet, and what it would change
    policy = window.page("policy").controller
    window.show_page("policy")
    settle(lambda: policy.policy is not None)
    policy.select_rule(next(r for r in range(policy.model.rowCount())
                            if policy.model.rule_at(r).name == "Stranger with a note"))  # fmt: skip
    form = window.page("policy").view.rule_form
    form.decision.setCurrentIndex(form.decision.findData(Decision.IGNORE.value))
    policy.refresh_preview()
    settle(lambda: policy.comparison is not None)
    grab("policy.png")
    report["policy_changes"] = policy.comparison.changed if policy.comparison else 0
    policy.revert()

    # Profile text
    profile_text = window.page("profile-text").controller
    window.show_page("profile-text")
    settle(lambda: profile_text.policy is not None)
    grab("profile-text.png")

    # Handover: the wizard's candidates and introductions, then the page with the handover made
    actions["handover.new"].trigger()
    settle(lambda: any(w.isVisible() for w in window.findChildren(HandoverWizard)))  # once the candidates are read
    wizard = visible(HandoverWizard)
    assert isinstance(wizard, HandoverWizard)
    wizard.successor_page.name.setText("Sam Okafor")
    wizard.successor_page.email.setText("s.okafor@northbridge.ac.uk")
    wizard.next()
    grab("handover-wizard.png", wizard)
    report["candidates"] = wizard.candidates_page.model.rowCount()
    wizard.next()
    grab("handover-introduction.png", wizard)
    wizard.next()
    wizard.output_page.path.setText(str(database.parent / "handover-sam-okafor.csv"))
    wizard.next()
    settle(lambda: wizard.currentId() == wizard.SUMMARY)  # written in the background
    wizard.accept()
    handover = window.page("handover")
    settle(lambda: handover.controller.handovers_model.rowCount() > 0)
    if handover.controller.entries_model.rowCount() > 1:
        handover.view.entries.setCurrentIndex(handover.controller.entries_model.index(1, 0))
        actions["handover.mark.introduced"].trigger()
    grab("handover.png")

    # Before you contact: the brief's example (a client met in the work role, no consent, personal, LinkedIn)
    window.show_page("contacts")
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).relationship is Relationship.CLIENT and model.row_at(r).consent is ConsentStatus.NOT_ASKED
    )
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    actions["contacts.check"].trigger()
    gates = visible(GatesDialog)
    assert isinstance(gates, GatesDialog)
    gates.choose(Channel.LINKEDIN, Purpose.PERSONAL)
    grab("gates.png", gates)
    report["verdict"] = gates.result.verdict.value if gates.result else ""
    gates.reject()

    report["size"] = [window.width(), window.height()]

    # A small screen: the Inbox at 1024x700, a long suggestion wrapped, its buttons in view
    window.resize(*SMALL_SIZE)
    window.show_page("inbox")
    inbox.select_row(0)
    window.page("inbox").view.table.setFocus()
    grab("inbox-1024.png")
    report["small_size"] = [window.width(), window.height()]
    window.resize(*WINDOW_SIZE)

    # The import summary: the export imported again from the app (nothing new; the usual rows grouped)
    from app.ui.dialogs.import_summary import ImportSummaryDialog

    gui.import_controller.import_paths([database.parent / "linkedin-export"])
    settle(lambda: any(w.isVisible() for w in window.findChildren(ImportSummaryDialog)))
    summary = visible(ImportSummaryDialog)
    grab("import-summary.png", summary)
    summary.reject()

    gui.window.close()
    gui.context.database.close()
    return report


def main(argv: list[str]) -> int:
    if argv[:1] == ["--prepare"]:
        build_demo_database(Path(argv[1]), Path(argv[2]))
        return 0
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
