"""The main window: composition only. Navigation, the pages, the menus and the status bar.

Behaviour lives in controllers (``app.ui.controllers``): ``WindowController`` for the window itself,
``ImportController`` for import and export, each page's own controller for its content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.dialogs.messages import plain_label
from app.ui.pages import PAGE_TYPES, Page
from app.ui.views.task_progress import TaskProgressView


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files and folders being dropped (a LinkedIn export zip, its folder or its CSV files)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # list[Path]

    def __init__(self, context: AppContext, page_types: tuple[type[Page], ...] = PAGE_TYPES) -> None:
        super().__init__()
        self.context = context
        context.adopt(self)  # before any page: the runner and the undo stack go before the pages that use them
        self.setObjectName("main-window")
        path = context.database.file_path
        self.setWindowTitle(f"Gatehouse — {path.name if path is not None else context.database.name}")
        self.setAccessibleName(self.tr("Gatehouse"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(150)
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setIconSize(QSize(0, 0))
        self.pages_stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for page_type in page_types:
            page = page_type(context.for_page())  # each page has its own undo history
            self.pages[page.key] = page
            self.pages_stack.addWidget(page)
            item = QListWidgetItem(QCoreApplication.translate("Pages", page.title))  # titles: QT_TRANSLATE_NOOP
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(140, 32))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.pages_stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages_stack, 1)
        self.setCentralWidget(central)

        self.menus: dict[str, QMenu] = context.actions.build_menus(self.menuBar())
        context.actions.install_window_actions(self)

        self.progress = TaskProgressView()
        self.statusBar().addPermanentWidget(self.progress)
        self.status_labels: dict[str, QLabel] = {}
        for key, page in self.pages.items():
            status = plain_label(page.status_text(), wrap=False)
            status.setAccessibleName(
                self.tr("{page} status").format(page=QCoreApplication.translate("Pages", page.title))
            )
            status.setObjectName(f"status:{key}")
            self.status_labels[key] = status
            self.statusBar().addPermanentWidget(status)
            status.setVisible(bool(page.status_text()))

    def page(self, key: str) -> Page:
        return self.pages[key]

    def current_page(self) -> Page:
        page = self.pages_stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> None:
        if key in self.pages:
            self.navigation.setCurrentRow(list(self.pages).index(key))

    def show_status(self, key: str, text: str) -> None:
        label = self.status_labels[key]
        label.setText(text)
        label.setVisible(bool(text))
        self.show_count(key)

    def show_count(self, key: str) -> None:
        """The navigation names the page with its count of things waiting, e.g. "Inbox  214"."""
        page = self.pages[key]
        item = self.navigation.item(list(self.pages).index(key))
        title = QCoreApplication.translate("Pages", page.title)
        count = page.waiting_count()
        item.setText(f"{title}  {count:,}" if count else title)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{page}, {count} waiting").format(page=title, count=f"{count:,}") if count else title,
        )

    # Drag and drop of a LinkedIn export onto any part of the window
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
