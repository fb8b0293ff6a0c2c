"""The contacts page's layout: search, filter chips, the classification bar, the table and the editor beside it.

Layout only; ``ContactsController`` gives it behaviour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QKeyCombination, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import ConsentStatus, Relationship
from app.ui.actions import MET_IN_KEYS, RELATIONSHIP_KEYS, label
from app.ui.dialogs.messages import bold, plain_label
from app.ui.models.contact_index import Column
from app.ui.models.contacts_table import ContactsTableModel
from app.ui.views.contact_cells import ContactCells
from app.ui.views.contact_editor import ContactEditorView
from app.ui.views.widgets import set_up_list_table

ALL = "all"

DEFAULT_WIDTHS = {
    Column.NAME: 180,
    Column.COMPANY: 160,
    Column.POSITION: 170,
    Column.RELATIONSHIP: 95,
    Column.MET_IN: 140,
    Column.CONSENT: 85,
    Column.CONNECTED_ON: 100,
    Column.LAST_INTERACTION: 110,
    Column.TAGS: 140,
}

CLASSIFY_HINT = (
    "Keys in the table: "
    + " · ".join(f"{key} {r.value}" for r, key in RELATIONSHIP_KEYS.items())
    + f" · Alt+1–{len(MET_IN_KEYS)} met in · T tag · Ctrl+Z undo"
)


# At 1024 px the table is narrow: what is being classified comes right after the name, before company and position.
DEFAULT_ORDER = (
    Column.NAME,
    Column.RELATIONSHIP,
    Column.MET_IN,
    Column.COMPANY,
    Column.POSITION,
    Column.CONSENT,
    Column.CONNECTED_ON,
    Column.LAST_INTERACTION,
    Column.TAGS,
)


class SearchEdit(QLineEdit):
    """The search box: Escape clears it, and the window's own keys (Ctrl+U "Show unsorted") are not taken over
    by the line editor's (Ctrl+U deletes the line on Linux)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_keys: set[QKeyCombination] = set()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.keyCombination() in self.window_keys:
                event.ignore()  # not ours: the shortcut goes to its action
                return True
            if event.key() == Qt.Key.Key_Escape and self.text():
                event.accept()  # Escape clears the search rather than closing anything
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class CountLabel(QLabel):
    """A count (plain text) whose width is kept for the widest text it will show: the count changes on every
    keystroke, and nothing beside it moves and the window never changes size (only the label is repainted).
    Its minimum width is that reserved width too, so that a label's text never pushes the window wider; the
    field beside it (the search box) is the one that gives way in a narrow window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reserved = 0

    def reserve(self, texts: Iterable[str]) -> None:
        """Keep the width of the widest of ``texts`` (the label's size changes only here)."""
        margins = self.contentsMargins()
        widest = max(map(self.fontMetrics().horizontalAdvance, texts), default=0)
        reserved = widest + margins.left() + margins.right() + 2 * self.margin()
        if reserved != self._reserved:
            self._reserved = reserved
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._reserved, hint.height()) if self._reserved else hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._reserved, hint.height()) if self._reserved else hint


class ContactsTableView(QTableView):
    """The table, set up for 100,000 rows: uniform row heights, no per-row sizing, no word wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts-table")
        self.setAccessibleName(self.tr("Contacts"))
        self.setAccessibleDescription(self.tr("Your contacts; 1-5 set the relationship of the selected rows"))
        set_up_list_table(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        horizontal = self.horizontalHeader()
        horizontal.setSectionsMovable(True)
        horizontal.setSortIndicatorClearable(False)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, ContactsTableModel) and not isinstance(self.itemDelegate(), ContactCells):
            self.setItemDelegate(ContactCells(model, self))  # the view keeps one model for its life

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        delegate = self.itemDelegate()
        if event.type() == QEvent.Type.FontChange and isinstance(delegate, ContactCells):
            delegate.forget_layouts()

    def apply_default_widths(self) -> None:
        for column, width in DEFAULT_WIDTHS.items():
            self.setColumnWidth(column, width)
        header = self.horizontalHeader()
        for visual, column in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(column), visual)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and the last contact (not the first and last column of the row)."""
        model = self.model()
        if (
            model is not None
            and model.rowCount()
            and action
            in (
                QAbstractItemView.CursorAction.MoveHome,
                QAbstractItemView.CursorAction.MoveEnd,
            )
        ):
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
            return model.index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)


class ContactsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts-view")

        # Search, how many contacts it shows, and the consent filter
        self.shown_label = CountLabel()
        self.shown_label.setAccessibleName(self.tr("Contacts shown"))
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search_edit = SearchEdit()
        self.search_edit.setObjectName("contacts-search")
        self.search_edit.setAccessibleName(self.tr("Search contacts"))
        self.search_edit.setPlaceholderText(self.tr("Search names, companies, positions, tags and notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.consent_combo = QComboBox()
        self.consent_combo.setAccessibleName(self.tr("Filter by LinkedIn consent"))
        self.consent_combo.addItem(self.tr("Any consent"), ALL)
        for status in ConsentStatus:
            self.consent_combo.addItem(self.tr("Consent: {status}").format(status=status.value), status.value)
        consent_label = QLabel(self.tr("C&onsent:"))
        consent_label.setBuddy(self.consent_combo)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.shown_label)
        search_row.addSpacing(8)
        search_row.addWidget(consent_label)
        search_row.addWidget(self.consent_combo)

        # Relationship chips: "All" and one per relationship, with counts; "Unsorted" is the classifying view.
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str, QToolButton] = {}
        chips_row = QHBoxLayout()
        chips_row.setSpacing(4)
        for key in (
            ALL,
            Relationship.UNSORTED.value,
            *(r.value for r in Relationship if r is not Relationship.UNSORTED),
        ):
            chip = QToolButton()
            chip.setObjectName(f"chip:{key}")
            chip.setCheckable(True)
            chip.setAutoRaise(False)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setAccessibleName(
                self.tr("All relationships") if key == ALL else self.tr("Only {relationship}").format(relationship=key)
            )
            chip.setText(self.tr("All") if key == ALL else label(key))
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.chip_group.addButton(chip)
            self.chips[key] = chip
            chips_row.addWidget(chip)
        self.chips[ALL].setChecked(True)
        chips_row.addStretch(1)

        # Classification bar: acts on the selected rows
        self.selection_label = CountLabel()
        self.selection_label.setAccessibleName(self.tr("Selection"))
        self.selection_label.setFont(bold(self.selection_label.font()))
        self.relationship_button = self._menu_button(
            self.tr("&Relationship"), self.tr("Set the relationship of the selected contacts")
        )
        self.met_in_button = self._menu_button(self.tr("&Met in"), self.tr("Set where you met the selected contacts"))
        self.consent_button = self._menu_button(
            self.tr("Co&nsent"), self.tr("Record LinkedIn consent for the selected contacts")
        )
        self.tag_button = QPushButton(self.tr("Add &tag…"))
        self.tag_button.setAccessibleName(self.tr("Add tag to selected contacts"))
        self.untag_button = QPushButton(self.tr("Remove ta&g…"))
        self.untag_button.setAccessibleName(self.tr("Remove tag from selected contacts"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last classification"))
        self.hint_label = plain_label(CLASSIFY_HINT, wrap=False)
        self.hint_label.setAccessibleName(self.tr("Classification keys"))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in light and dark palettes
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setToolTip(self.tr("Help > Keyboard shortcuts lists them all"))
        classify_row = QHBoxLayout()
        classify_row.addWidget(self.selection_label)
        for widget in (
            self.relationship_button,
            self.met_in_button,
            self.consent_button,
            self.tag_button,
            self.untag_button,
            self.undo_button,
        ):
            classify_row.addWidget(widget)
        classify_row.addStretch(1)

        # The table, or an empty state in its place
        self.table = ContactsTableView()
        self.empty_record = QWidget()
        self.empty_record.setAccessibleName(self.tr("No contacts yet"))
        empty_heading = plain_label(self.tr("No contacts yet"))
        empty_heading.setFont(bold(empty_heading.font(), 1.4))
        empty_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_text = plain_label(
            self.tr(
                "Gatehouse keeps your own record of who each LinkedIn contact is and how you met them. Import your "
                "LinkedIn data export (a zip, a folder or its CSV files; you can also drop them on this window) or "
                "add a contact by hand."
            )
        )
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_text.setMaximumWidth(520)
        # Centred by its own alignment across the width it is given (not by the layout, which would give a wrapped
        # label too little height for its lines), and never wider than the empty state needs.
        empty_text.setMinimumWidth(0)
        self.import_button = QPushButton(self.tr("&Import LinkedIn export…"))
        self.import_button.setAccessibleName(self.tr("Import LinkedIn export"))
        self.new_contact_button = QPushButton(self.tr("&New contact…"))
        self.new_contact_button.setAccessibleName(self.tr("New contact"))
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.import_button)
        empty_buttons.addWidget(self.new_contact_button)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_record)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_heading)
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(empty_text, 100)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.no_match = QWidget()
        self.no_match.setAccessibleName(self.tr("No contacts match"))
        self.no_match_label = plain_label(self.tr("No contacts match."))
        self.no_match_label.setObjectName("no-match-text")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setFont(bold(self.no_match_label.font(), 1.2))
        self.clear_search_button = QPushButton(self.tr("&Clear the search and filters"))
        self.clear_search_button.setAccessibleName(self.tr("Clear the search and filters"))
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.addStretch(1)
        no_match_layout.addWidget(self.no_match_label)
        no_match_layout.addSpacing(8)
        no_match_layout.addWidget(self.clear_search_button, 0, Qt.AlignmentFlag.AlignHCenter)
        no_match_layout.addStretch(2)
        self.loading = plain_label(self.tr("Reading your contacts…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.tr("Reading contacts"))
        self.table_stack = QStackedWidget()
        for widget in (self.loading, self.table, self.empty_record, self.no_match):
            self.table_stack.addWidget(widget)

        self.editor = ContactEditorView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contacts-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(search_row)
        layout.addLayout(chips_row)
        layout.addLayout(classify_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint_label)

    def _menu_button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)  # a push button draws its menu arrow beside the text, not over it
        button.setAccessibleName(accessible)
        return button

    def show_no_match(self, search: str) -> None:
        """No row passes the search and filters: say so, with the search quoted (as plain text)."""
        self.no_match_label.setText(
            self.tr("No contacts match “{search}”.").format(search=search)
            if search
            else self.tr("No contacts match these filters.")
        )
        self.show_state("no-match")

    def show_counts(self, total: int, counts: Mapping[Relationship, int]) -> None:
        """The counts on the chips: "All  30,000", "Unsorted  1,204", ...

        The words are the contacts page's (context "ContactsController" in the translations): they are shown
        from here both by the page and by the table shown before the page is built."""
        all_text = QCoreApplication.translate("ContactsController", "All  {count}")
        self.chips[ALL].setText(all_text.format(count=f"{total:,}"))
        for relationship in Relationship:
            self.chips[relationship.value].setText(f"{label(relationship.value)}  {counts.get(relationship, 0):,}")

    def selection_buttons(self) -> tuple[QWidget, ...]:
        """What acts on the selected rows (enabled while the table has rows)."""
        return (self.relationship_button, self.met_in_button, self.consent_button, self.tag_button, self.untag_button)

    def show_state(self, state: str) -> None:
        """``loading``, ``table``, ``empty`` (no contacts at all) or ``no-match``."""
        widget = {"loading": self.loading, "table": self.table, "empty": self.empty_record, "no-match": self.no_match}
        self.table_stack.setCurrentWidget(widget[state])
