"""What every page of the main window is: a widget with a key, a title and a status line.

A page is built from the ``AppContext`` (database, task runner, settings, actions, events). To add a page,
write one ``Page`` subclass in its own module under ``app/ui/pages/`` (its ``title`` marked with
``QT_TRANSLATE_NOOP("Pages", ...)``: it is translated where it is shown) and list it in ``PAGE_TYPES``
(``app/ui/pages/__init__.py``); the navigation, the View menu and Ctrl+N shortcuts follow from that list.

A page whose form can hold unsaved edits names what holds them in ``edits``: the window then asks (Save, Discard,
Cancel) before the page is left or the window closed with edits unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.context import AppContext


class UnsavedEdits(Protocol):
    """A form that may hold edits not saved yet (the policy editor, the profile form, the contact editor)."""

    def unsaved_edits(self) -> str:
        """What the unsaved edits are to ("the policy", "Ada Quill"), for the question; "" when there are none."""
        ...

    def save_edits(self, then: Callable[[], None]) -> None:
        """Save them and call ``then`` once they are saved; not when saving fails (the form says why)."""
        ...

    def discard_edits(self) -> None:
        """Forget them: the form shows what is saved."""
        ...


class Page(QWidget):
    key: ClassVar[str]
    title: ClassVar[str]
    edits: UnsavedEdits | None = None  # what on the page can hold unsaved edits, if anything
    # Pages that say something in the status bar (e.g. "30,000 contacts · 1,204 unsorted") emit it here.
    status_changed = Signal(str)
    # A page asks to be shown (e.g. Edit > Find while another page is current).
    show_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page:{self.key}")
        self.setAccessibleName(QCoreApplication.translate("Pages", self.title))

    def set_view(self, view: QWidget) -> None:
        """The page shows ``view`` (its layout), edge to edge."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)

    def status_text(self) -> str:
        return ""

    def waiting_count(self) -> int | None:
        """How many things wait on this page (the navigation shows it beside the title); None: nothing to count."""
        return None

    def page_shown(self) -> None:
        """The page became the current one (give the keyboard focus to its main widget)."""

    def save_state(self) -> None:
        """Write splitter and column layout to the settings (the window is closing)."""


class EmptyStatePage(Page):
    """A page not built yet: it says so, and what to do meanwhile."""

    heading: ClassVar[str]
    explanation: ClassVar[str]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        title = QCoreApplication.translate("Pages", self.title)
        heading = QLabel(QCoreApplication.translate("Pages", self.heading))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(heading.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setAccessibleName(f"{title}: {heading.text()}")
        explanation = QLabel(QCoreApplication.translate("Pages", self.explanation))
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setMaximumWidth(560)
        explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        explanation.setAccessibleName(self.tr("About {page}").format(page=title))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(explanation, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.heading_label = heading
        self.explanation_label = explanation
