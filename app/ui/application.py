"""Starting the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core.errors import GatehouseError
from app.storage.database import open_database
from app.ui.main_window import MainWindow

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
    application.setApplicationDisplayName(APPLICATION)
    return application


def run_gui(db_choice: str | None = None) -> int:
    application = create_application()
    try:
        database = open_database(db_choice)
    except GatehouseError as exc:
        QMessageBox.critical(None, "Gatehouse cannot open its database", str(exc))
        return 2
    window = MainWindow(database)
    window.show()
    try:
        return application.exec()
    finally:
        database.close()
