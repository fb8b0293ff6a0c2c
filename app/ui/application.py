"""Starting the desktop app: QApplication, the database, the main window and its controllers.

``run_gui`` is what ``gatehouse`` with no command calls. Start-up is split so it is easy to extend:
``open_database_for_gui`` is the one place that opens the database and explains failures in a dialog (a lock
file or a passphrase prompt belong there); ``build_main_window`` wires the window for a database already open.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.core.errors import GatehouseError
from app.storage.database import Database, open_database, resolve_database_url
from app.storage.lock import InstanceLock
from app.ui.actions import ACTIONS, ActionRegistry, page_action_specs
from app.ui.context import AppContext, AppEvents
from app.ui.controllers.appearance import AppearanceController
from app.ui.controllers.drafts import DraftsController
from app.ui.controllers.gates import GatesController
from app.ui.controllers.importing import ImportController
from app.ui.controllers.privacy import PrivacyController
from app.ui.controllers.window import WindowController
from app.ui.dialogs.messages import show_error
from app.ui.dialogs.secrets import passphrase_prompt, password_prompt
from app.ui.help import install_translators
from app.ui.main_window import MainWindow
from app.ui.pages import PAGE_TYPES, Page
from app.ui.settings import Settings
from app.ui.tasks import TaskFailure, TaskRunner, ThreadedTaskRunner
from app.ui.theme import apply_color_scheme, apply_theme, dark_palette, follow_color_scheme, is_dark
from app.ui.views.widgets import guard_wheel, install_wheel_guard
from app.ui.welcome import WelcomeController

__all__ = ["apply_color_scheme", "apply_theme", "dark_palette", "follow_color_scheme", "is_dark"]  # re-exported

ORGANISATION = "Gatehouse"
APPLICATION = "Gatehouse"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(argv if argv is not None else sys.argv[:1])
    application.setOrganizationName(ORGANISATION)
    application.setApplicationName(APPLICATION)
    application.setApplicationVersion(__version__)
    # No display name: Qt would append it to every window title ("Gatehouse — gatehouse.db — Gatehouse").
    application.setDesktopFileName("io.github.gatehouse.Gatehouse")  # the .desktop file in packaging/linux/
    icon = _app_icon()
    if icon is not None:
        application.setWindowIcon(icon)
    follow_color_scheme(application)
    install_translators()  # the system's language, before any widget exists
    return application


def _app_icon() -> QIcon | None:
    try:
        from importlib.resources import files

        path = files("app.resources").joinpath("icons", "gatehouse.svg")
        return QIcon(str(path)) if path.is_file() else None
    except (ModuleNotFoundError, OSError):
        return None


# --- start-up -----------------------------------------------------------------------------------------------


def open_database_for_gui(db_choice: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database for the desktop app; on failure explain why in a dialog and return None.

    A personal database file is locked for as long as the app is open ("Gatehouse is already open on this
    database" for a second window); without a usable keyring a dialog asks for the passphrase or password.
    """
    lock: InstanceLock | None = None
    try:
        url = resolve_database_url(db_choice)
        if url.get_backend_name() == "sqlite" and url.database:
            lock = InstanceLock(Path(url.database)).acquire()
        database = open_database(
            url, ask_passphrase=passphrase_prompt(lambda: parent), ask_password=password_prompt(lambda: parent)
        )
        database.instance_lock = lock
        return database
    except GatehouseError as exc:
        if lock is not None:
            lock.release()
        title = QCoreApplication.translate("Application", "Gatehouse cannot open its database")
        box = QMessageBox(QMessageBox.Icon.Critical, title, str(exc))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if parent is not None:
            box.setParent(parent)
        box.exec()
        return None


@dataclass
class Gui:
    """The parts of a running desktop app, for run_gui, tests and benchmarks."""

    window: MainWindow
    context: AppContext
    window_controller: WindowController
    import_controller: ImportController
    privacy_controller: PrivacyController


def build_main_window(
    database: Database,
    *,
    settings: Settings | None = None,
    runner: TaskRunner | None = None,
    page_types: tuple[type[Page], ...] = PAGE_TYPES,
) -> Gui:
    """The main window and its controllers over an open database. Tests pass their own settings and runner."""
    actions = ActionRegistry((*ACTIONS, *page_action_specs((p.key, p.title) for p in page_types)))
    context = AppContext(
        database=database,
        runner=runner if runner is not None else ThreadedTaskRunner(),
        settings=settings if settings is not None else Settings(QSettings()),
        actions=actions,
        events=AppEvents(),
    )
    window = MainWindow(context, page_types)  # it adopts the context's runner, events, actions and undo stacks
    if settings is None:  # the store made here is the window's; a store passed in belongs to the caller
        context.settings.store.setParent(window)
    install_wheel_guard(QCoreApplication.instance(), window)  # unfocused combo and date fields ignore the wheel
    guard_wheel(window)
    context.report_failure = lambda failure: report_failure(window, failure)
    context.runner.set_unhandled_failure_handler(context.report_failure)
    window_controller = WindowController(window, context)
    import_controller = ImportController(window, context)
    privacy_controller = PrivacyController(window, context)
    GatesController(window, context)  # kept by the window (its Qt parent)
    AppearanceController(window, context)
    DraftsController(window, context)  # kept by the window (its Qt parent)
    WelcomeController(window, context)
    return Gui(window, context, window_controller, import_controller, privacy_controller)


def report_failure(parent: QWidget | None, failure: TaskFailure) -> None:
    """An unexpected failure in a background job: a dialog with the message and copyable details."""
    show_error(
        parent,
        QCoreApplication.translate("Application", "Something went wrong"),
        QCoreApplication.translate("Application", "{task} failed: {message}").format(
            task=failure.task_name, message=failure.message
        ),
        failure.details,
    )


def install_exception_hook(parent: Callable[[], QWidget | None]) -> None:
    """An exception in a slot becomes an error dialog instead of a dead or silently broken window."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        if QGuiApplication.instance() is not None:
            title = QCoreApplication.translate("Application", "Something went wrong")
            show_error(parent(), title, str(value) or kind.__name__, details)

    sys.excepthook = hook


def start(db_choice: str | None = None) -> Gui | None:
    """Everything ``run_gui`` does before entering the event loop: the window is shown when this returns."""
    create_application()
    database = open_database_for_gui(db_choice)
    if database is None:
        return None
    gui = build_main_window(database)
    install_exception_hook(lambda: gui.window)
    gui.window.show()
    welcome = gui.window.findChild(WelcomeController, "welcome-controller")
    if welcome is not None:
        welcome.show_once()  # the first start: profile, LinkedIn export, policy
    return gui


def run_gui(db_choice: str | None = None) -> int:
    application = create_application()
    gui = start(db_choice)
    if gui is None:
        return 2
    try:
        return application.exec()
    finally:
        close_gui(gui)


def close_gui(gui: Gui) -> None:
    """Stop the jobs, delete the window and its children now (not in a later garbage collection), close the
    database. The window closing already did the first part, unless it never got a close event."""
    gui.context.shutdown()
    gui.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gui.context.database.close()
