"""The main window: composition only. Navigation, the pages, the menus and the status bar.

Behaviour lives in controllers (``app.ui.controllers``): ``WindowController`` for the window itself,
``ImportController`` for import and export, each page's own controller for its content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    QVBoxLayout,
    QWidget,
)

from app.ui.actions import ActionRegistry
from app.ui.context import AppContext
from app.ui.dialogs.messages import plain_label
from app.ui.pages import Page, PageEntry
from app.ui.settings import CURRENT_PAGE, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from app.ui.views.task_progress import TaskProgressView

# Builds one page itself (a page made from what was shown before it, such as the contacts table read early), or
# returns None for the page to be built as usual.
PageBuilder = Callable[[type[Page], AppContext], Page | None]


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files and folders being dropped (a LinkedIn export zip, its folder or its CSV files)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    """The window in two steps: its frame (navigation, menus, status bar, an empty slot per page) from the page
    entries alone, then ``attach`` with the app's context builds the pages into their slots. ``start`` shows the
    frame, with the contacts table already read (``ContactsPreview``), before the rest of the app has loaded."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, actions: ActionRegistry, entries: Sequence[PageEntry], title: str = "") -> None:
        super().__init__()
        self.context: AppContext | None = None  # set by ``attach``
        self.setObjectName("main-window")
        self.setWindowTitle(f"Gatehouse — {title}" if title else "Gatehouse")
        self.setAccessibleName(self.tr("Gatehouse"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.actions = actions
        actions.setParent(self)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(150)
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setIconSize(QSize(0, 0))
        self.pages_stack = QStackedWidget()
        self.entries = tuple(entries)
        self.pages: dict[str, Page] = {}
        self.slots: dict[str, QWidget] = {}  # what each page's place shows until the page is built
        for entry in self.entries:
            slot = QWidget()
            slot.setObjectName(f"slot:{entry.key}")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.slots[entry.key] = slot
            self.pages_stack.addWidget(slot)
            item = QListWidgetItem(QCoreApplication.translate("Pages", entry.title))  # titles: QT_TRANSLATE_NOOP
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
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

        self.menus: dict[str, QMenu] = actions.build_menus(self.menuBar())
        actions.install_window_actions(self)

        self.progress = TaskProgressView()
        self.statusBar().addPermanentWidget(self.progress)
        self.status_labels: dict[str, QLabel] = {}

    def show_in_slot(self, key: str, widget: QWidget) -> None:
        """Show ``widget`` in the place of page ``key`` until the page is built (the contacts table, read early)."""
        layout = self.slots[key].layout()
        assert layout is not None
        layout.addWidget(widget)

    def attach(self, context: AppContext, page_types: Sequence[type[Page]], build: PageBuilder | None = None) -> None:
        """Build the pages, each with its own undo history, into their slots; the window adopts the context's
        runner, events and undo stacks (before any page: the pages use them)."""
        self.context = context
        context.adopt(self)
        path = context.database.file_path
        self.setWindowTitle(f"Gatehouse — {path.name if path is not None else context.database.name}")
        current = self.pages_stack.currentIndex()
        for page_type in page_types:
            page_context = context.for_page()
            page = build(page_type, page_context) if build is not None else None
            page = page if page is not None else page_type(page_context)
            self.pages[page.key] = page
            slot = self.slots.pop(page.key)
            index = self.pages_stack.indexOf(slot)
            self.pages_stack.insertWidget(index, page)
            self.pages_stack.removeWidget(slot)
            slot.deleteLater()
        self.pages_stack.setCurrentIndex(current)
        for key, page in self.pages.items():
            status = plain_label(page.status_text(), wrap=False)
            status.setAccessibleName(
                self.tr("{page} status").format(page=QCoreApplication.translate("Pages", page.title))
            )
            status.setObjectName(f"status:{key}")
            self.status_labels[key] = status
            self.statusBar().addPermanentWidget(status)
            status.setVisible(bool(page.status_text()))

    def restore_layout(self, settings: Settings) -> None:
        """The size, place and page the window had when it was last closed (the contacts page the first time)."""
        geometry = settings.value(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        key = settings.value(CURRENT_PAGE)
        self.show_page(key if self._row_of(key) is not None else "contacts")

    def page(self, key: str) -> Page:
        return self.pages[key]

    def current_page(self) -> Page:
        page = self.pages_stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> None:
        row = self._row_of(key)
        if row is not None:
            self.navigation.setCurrentRow(row)

    def _row_of(self, key: str) -> int | None:
        keys = [entry.key for entry in self.entries]
        return keys.index(key) if key in keys else None

    def show_status(self, key: str, text: str) -> None:
        label = self.status_labels[key]
        label.setText(text)
        label.setVisible(bool(text))
        self.show_count(key)

    def show_count(self, key: str) -> None:
        """The navigation names the page with its count of things waiting, e.g. "Inbox  214"."""
        page = self.pages[key]
        row = self._row_of(key)
        assert row is not None
        item = self.navigation.item(row)
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
