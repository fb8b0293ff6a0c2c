"""The contact editor's layout: every field of the record, the consent history and a form to add a change.

Layout only; ``ContactEditorController`` fills it, saves it and reacts to its buttons. Every label that can show
contact data is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.ui.actions import label
from app.ui.dialogs.messages import bold, plain_label
from app.ui.models.consent_history import ConsentColumn, ConsentHistoryModel


def _line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _combo(accessible: str, values: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def _value_label(accessible: str) -> QLabel:
    value = plain_label("", wrap=True)
    value.setAccessibleName(accessible)
    return value


class ContactEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-editor")
        self.setAccessibleName("Contact editor")
        self.setMinimumWidth(320)

        self.heading = plain_label("", wrap=True)
        self.heading.setObjectName("contact-heading")
        self.heading.setAccessibleName("Contact name")
        self.heading.setFont(bold(self.heading.font(), 1.35))
        self.subheading = plain_label("", wrap=True)
        self.subheading.setAccessibleName("Company and position")
        self.subheading.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.open_profile_button = QPushButton("Open LinkedIn &profile")
        self.open_profile_button.setAccessibleName("Open LinkedIn profile in the browser")
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.setAccessibleName("Delete contact")
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.open_profile_button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.delete_button)

        # The record's fields
        self.first_name = _line("First name")
        self.last_name = _line("Last name")
        self.display_name = _line("Display name", "as LinkedIn shows it, if different")
        self.profile_url = _line("LinkedIn profile URL", "https://www.linkedin.com/in/…")
        self.emails = _line("E-mail addresses", "separate several with commas")
        self.company = _line("Company")
        self.position = _line("Position")
        self.relationship = _combo("Relationship", [r.value for r in Relationship])
        self.met_in = _combo("Met in", [m.value for m in MetIn])
        self.met_where = _line("Where or how you met", "e.g. careers fair 2024, Leeds")
        self.met_on = _line("Date you met", "YYYY-MM-DD")
        self.tags = _line("Tags", "separate tags with commas")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(160)
        self.connected_on = _value_label("Connected on")
        self.last_interaction = _value_label("Last interaction")
        self.source = _value_label("Source")
        self.record_dates = _value_label("Added and changed")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            ("&First name:", self.first_name),
            ("&Last name:", self.last_name),
            ("Displa&y name:", self.display_name),
            ("LinkedIn URL:", self.profile_url),
            ("&E-mail:", self.emails),
            ("Compan&y:", self.company),
            ("Pos&ition:", self.position),
            ("&Relationship:", self.relationship),
            ("&Met in:", self.met_in),
            ("Met &where:", self.met_where),
            ("Met &on:", self.met_on),
            ("&Tags:", self.tags),
            ("&Notes:", self.notes),
            ("Connected on:", self.connected_on),
            ("Last interaction:", self.last_interaction),
            ("Source:", self.source),
            ("Record:", self.record_dates),
        ):
            form.addRow(text, widget)

        self.error_label = plain_label("")
        self.error_label.setAccessibleName("Problem with the form")
        self.error_label.hide()
        self.pending_label = plain_label("")
        self.pending_label.setAccessibleName("Unsaved changes")
        self.pending_label.hide()
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save contact")
        self.save_button.setDefault(False)
        self.revert_button = QPushButton("Re&vert")
        self.revert_button.setAccessibleName("Revert changes")
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        # Consent: current status per channel, the history, and a form to add a change
        consent_box = QGroupBox("Consent")
        consent_box.setAccessibleName("Consent")
        self.current_consent = plain_label("")
        self.current_consent.setAccessibleName("Current consent")
        self.history_model = ConsentHistoryModel()
        self.history_table = QTableView()
        self.history_table.setAccessibleName("Consent history")
        self.history_table.setModel(self.history_model)
        self.history_table.verticalHeader().hide()
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setWordWrap(False)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.setMinimumHeight(110)
        header = self.history_table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((ConsentColumn.DATE, 90), (ConsentColumn.CHANNEL, 70), (ConsentColumn.STATUS, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.consent_channel = _combo("Consent channel", [c.value for c in Channel])
        self.consent_status = _combo("New consent", [s.value for s in ConsentStatus])
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setAccessibleName("Date of the consent change")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_source = _line("Source of the consent change", "e.g. asked in person, e-mail of 3 May")
        self.consent_note = _line("Note on the consent change")
        self.add_consent_button = QPushButton("&Add consent change")
        self.add_consent_button.setAccessibleName("Add consent change")
        add_form = QFormLayout()
        add_form.addRow("C&hannel:", self.consent_channel)
        add_form.addRow("Co&nsent:", self.consent_status)
        add_form.addRow("D&ate:", self.consent_date)
        add_form.addRow("So&urce:", self.consent_source)
        add_form.addRow("No&te:", self.consent_note)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_consent_button)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.current_consent)
        consent_layout.addWidget(self.history_table)
        consent_layout.addLayout(add_form)
        consent_layout.addLayout(add_row)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.pending_label)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.subheading)
        body_layout.addLayout(actions_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body_layout.addWidget(line)
        body_layout.addLayout(form)
        body_layout.addWidget(self.error_label)
        body_layout.addLayout(save_row)
        body_layout.addWidget(consent_box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName("Contact details")

        self.placeholder = plain_label("Select a contact to see and edit everything kept about them.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setAccessibleName("No contact selected")
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def field_widgets(self) -> list[QWidget]:
        """The editable fields of the record (not the consent form)."""
        return [
            self.first_name,
            self.last_name,
            self.display_name,
            self.profile_url,
            self.emails,
            self.company,
            self.position,
            self.relationship,
            self.met_in,
            self.met_where,
            self.met_on,
            self.tags,
            self.notes,
        ]

    def show_problem(self, text: str) -> None:
        """A problem with the form in an error colour that reads on light and dark palettes."""
        palette = self.error_label.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b00020"))
        self.error_label.setPalette(palette)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_contact_form(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.scroll if shown else self.placeholder)
