"""Starting the desktop app: QApplication, the database, the main window and its controllers.

``app.ui.start_up.run_gui`` is what ``gatehouse`` with no command calls. Start-up is split so it is easy to extend:
``open_database_for_gui`` is the one place that opens the database and explains failures in a dialog (a lock
file or a passphrase prompt belong there); ``build_main_window`` wires the window for a database already open.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.core.errors import GatehouseError
from app.storage.lock import InstanceLock
from app.ui.actions import ACTIONS, ActionRegistry, page_action_specs
from app.ui.context import AppContext, AppEvents
from app.ui.controllers.appearance import AppearanceController
from app.ui.dialogs.messages import show_error
from app.ui.help import install_translators
from app.ui.main_window import MainWindow
from app.ui.pages import PAGES, Page, PageEntry
from app.ui.pages import page_types as all_page_types
from app.ui.pages.contacts_preview import ContactsPreview
from app.ui.settings import Settings
from app.ui.tasks import TaskFailure, TaskRunner
from app.ui.theme import apply_color_scheme, apply_theme, dark_palette, follow_color_scheme, is_dark
from app.ui.views.widgets import guard_wheel

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.early_read import EarlyRead
    from app.ui.controllers.importing import ImportController
    from app.ui.controllers.privacy import PrivacyController
    from app.ui.controllers.window import WindowController

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


def open_database_for_gui(
    db_choice: str | None, parent: QWidget | None = None, *, lock: InstanceLock | None = None
) -> Database | None:
    """Open the database for the desktop app; on failure explain why in a dialog and return None.

    A personal database file is locked for as long as the app is open ("Gatehouse is already open on this
    database" for a second window); ``lock``: that lock, taken already. Without a usable keyring a dialog asks
    for the passphrase or password.
    """
    from app.storage.database import open_database, resolve_database_url
    from app.ui.dialogs.secrets import passphrase_prompt, password_prompt

    try:
        url = resolve_database_url(db_choice)
        if lock is None and url.get_backend_name() == "sqlite" and url.database:
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


def window_frame(
    actions: ActionRegistry | None = None, entries: Sequence[PageEntry] = PAGES, title: str = ""
) -> MainWindow:
    """The main window's frame: navigation, menus and shortcuts, a slot per page (``attach_main_window`` fills them)."""
    if actions is None:
        actions = ActionRegistry((*ACTIONS, *page_action_specs((entry.key, entry.title) for entry in entries)))
    return MainWindow(actions, entries, title)


def attach_main_window(
    window: MainWindow,
    database: Database,
    *,
    settings: Settings | None = None,
    runner: TaskRunner | None = None,
    page_types: Sequence[type[Page]] | None = None,
    preview: ContactsPreview | None = None,
) -> Gui:
    """The pages and controllers of ``window`` over an open database; ``preview``: the contacts table already shown."""
    from app.ui.controllers.drafts import DraftsController
    from app.ui.controllers.gates import GatesController
    from app.ui.controllers.importing import ImportController
    from app.ui.controllers.privacy import PrivacyController
    from app.ui.controllers.window import WindowController
    from app.ui.tasks import ThreadedTaskRunner
    from app.ui.welcome import WelcomeController

    context = AppContext(
        database=database,
        runner=runner if runner is not None else ThreadedTaskRunner(),
        settings=settings if settings is not None else Settings(QSettings()),
        actions=window.actions,
        events=AppEvents(),
    )
    build = None
    if preview is not None:
        from app.ui.pages.contacts import ContactsPage

        def build(page_type: type[Page], page_context: AppContext) -> Page | None:
            return ContactsPage(page_context, preview=preview) if page_type is ContactsPage else None

    window.attach(context, page_types if page_types is not None else all_page_types(), build)
    if settings is None:  # the store made here is the window's; a store passed in belongs to the caller
        context.settings.store.setParent(window)
    guard_wheel(window)  # unfocused combo and date fields ignore the wheel
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


def build_main_window(
    database: Database,
    *,
    settings: Settings | None = None,
    runner: TaskRunner | None = None,
    page_types: tuple[type[Page], ...] | None = None,
) -> Gui:
    """The main window and its controllers over an open database. Tests pass their own settings and runner."""
    types = page_types if page_types is not None else all_page_types()
    entries = [PageEntry(t.key, t.title, t.__module__, t.__qualname__) for t in types]
    window = window_frame(entries=entries)
    return attach_main_window(window, database, settings=settings, runner=runner, page_types=types)


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


def show_and_load(
    db_choice: str | None,
    path: Path | None,
    lock: InstanceLock | None,
    reading: EarlyRead | None,
    watch: Callable[[QApplication], None] | None = None,
) -> Gui | None:
    """Start-up after ``app.ui.start_up.start`` has locked the file and set its table reading: the window's frame
    is built and shown meanwhile; once it is painted with the table, the database is opened and the rest of the
    app (its database layer, services and other pages) is loaded and built into the frame. Input that arrives
    meanwhile waits in the queue for the finished window."""
    application = create_application()
    if watch is not None:
        watch(application)
    settings = Settings(QSettings())
    window = window_frame(title=path.name if path is not None else "")
    settings.store.setParent(window)
    preview = ContactsPreview(settings, window)
    window.show_in_slot("contacts", preview.view)
    window.restore_layout(settings)
    window.show()
    _paint()
    early = reading.result() if reading is not None else None
    if early is not None:
        preview.fill(early)
        _paint()
    database = open_database_for_gui(db_choice, window, lock=lock)
    if database is None:
        if early is not None:
            early.close()
        window.close()
        window.deleteLater()
        return None
    gui = attach_main_window(window, database, settings=settings, preview=preview)
    install_exception_hook(lambda: gui.window)
    from app.ui.welcome import WelcomeController

    welcome = gui.window.findChild(WelcomeController, "welcome-controller")
    if welcome is not None:
        welcome.show_once()  # the first start: profile, LinkedIn export, policy
    return gui


def _paint() -> None:
    """Let the window paint what it shows now; what the user types or clicks waits for the finished window."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def close_gui(gui: Gui) -> None:
    """Stop the jobs, delete the window and its children now (not in a later garbage collection), close the
    database. The window closing already did the first part, unless it never got a close event."""
    gui.context.shutdown()
    gui.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gui.context.database.close()
