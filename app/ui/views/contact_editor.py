"""The contact editor's layout: every field of the record, the consent history and a form to add a change.

Layout only; ``ContactEditorController`` fills it, saves it and reacts to its buttons. Every label that can show
contact data is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
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
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.ui.actions import label
from app.ui.colours import paint
from app.ui.dialogs.messages import bold, plain_label
from app.ui.models.consent_history import ConsentColumn, ConsentHistoryModel
from app.ui.views.widgets import guard_wheel, scrolling


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
        self.setAccessibleName(self.tr("Contact editor"))
        self.setMinimumWidth(320)

        self.heading = plain_label("", wrap=True)
        self.heading.setObjectName("contact-heading")
        self.heading.setAccessibleName(self.tr("Contact name"))
        self.heading.setFont(bold(self.heading.font(), 1.35))
        self.subheading = plain_label("", wrap=True)
        self.subheading.setAccessibleName(self.tr("Company and position"))
        self.subheading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The profile address tells apart two contacts of the same name at the same company.
        self.profile_line = plain_label("", wrap=True)
        self.profile_line.setObjectName("contact-profile-line")
        self.profile_line.setAccessibleName(self.tr("LinkedIn profile address"))
        self.profile_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.open_profile_button = QPushButton(self.tr("Open LinkedIn &profile"))
        self.open_profile_button.setAccessibleName(self.tr("Open LinkedIn profile in the browser"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete contact"))
        self.delete_button.setToolTip(
            self.tr(
                "Remove from your record (a later import brings them back). To honour an erasure request, use "
                "Contacts > Erase this person…"
            )
        )
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.open_profile_button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.delete_button)

        # The record's fields
        self.first_name = _line(self.tr("First name"))
        self.last_name = _line(self.tr("Last name"))
        self.display_name = _line(self.tr("Display name"), self.tr("as LinkedIn shows it, if different"))
        self.profile_url = _line(self.tr("LinkedIn profile URL"), "https://www.linkedin.com/in/…")
        self.emails = _line(self.tr("E-mail addresses"), self.tr("separate several with commas"))
        self.company = _line(self.tr("Company"))
        self.position = _line(self.tr("Position"))
        self.relationship = _combo(self.tr("Relationship"), [r.value for r in Relationship])
        self.met_in = _combo(self.tr("Met in"), [m.value for m in MetIn])
        self.met_where = _line(self.tr("Where or how you met"), self.tr("e.g. careers fair 2024, Leeds"))
        self.met_on = _line(self.tr("Date you met"), self.tr("YYYY-MM-DD"))
        self.tags = _line(self.tr("Tags"), self.tr("separate tags with commas"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(160)
        self.connected_on = _value_label(self.tr("Connected on"))
        self.last_interaction = _value_label(self.tr("Last interaction"))
        self.source = _value_label(self.tr("Source"))
        self.record_dates = _value_label(self.tr("Added and changed"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&First name:"), self.first_name),
            (self.tr("&Last name:"), self.last_name),
            (self.tr("Displa&y name:"), self.display_name),
            (self.tr("LinkedIn URL:"), self.profile_url),
            (self.tr("&E-mail:"), self.emails),
            (self.tr("Compan&y:"), self.company),
            (self.tr("Pos&ition:"), self.position),
            (self.tr("&Relationship:"), self.relationship),
            (self.tr("&Met in:"), self.met_in),
            (self.tr("Met &where:"), self.met_where),
            (self.tr("Met &on:"), self.met_on),
            (self.tr("&Tags:"), self.tags),
            (self.tr("&Notes:"), self.notes),
            (self.tr("Connected on:"), self.connected_on),
            (self.tr("Last interaction:"), self.last_interaction),
            (self.tr("Source:"), self.source),
            (self.tr("Record:"), self.record_dates),
        ):
            form.addRow(text, widget)

        self.error_label = plain_label("")
        self.error_label.setAccessibleName(self.tr("Problem with the form"))
        self.error_label.hide()
        # The unsaved-edits bar: above the form, outside its scroll area, so it is seen wherever the form is scrolled.
        self.unsaved_bar = QFrame()
        self.unsaved_bar.setObjectName("unsaved-bar")
        self.unsaved_bar.setAccessibleName(self.tr("Unsaved edits"))
        self.unsaved_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.unsaved_bar.setAutoFillBackground(True)
        self.unsaved_bar.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # a pair of roles that read together
        self.unsaved_bar.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.pending_label = plain_label("")
        self.pending_label.setAccessibleName(self.tr("Unsaved changes"))
        self.pending_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.pending_label.setFont(bold(self.pending_label.font()))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.save_button.setDefault(False)
        self.revert_button = QPushButton(self.tr("Dis&card"))
        self.revert_button.setAccessibleName(self.tr("Discard the unsaved edits"))
        bar_layout = QHBoxLayout(self.unsaved_bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.pending_label, 1)
        bar_layout.addWidget(self.revert_button)
        bar_layout.addWidget(self.save_button)
        self.unsaved_bar.hide()

        # Consent: current status per channel, the history, and a form to add a change
        consent_box = QGroupBox(self.tr("Consent"))
        consent_box.setAccessibleName(self.tr("Consent"))
        self.current_consent = plain_label("")
        self.current_consent.setAccessibleName(self.tr("Current consent"))
        self.history_model = ConsentHistoryModel(parent=self)
        self.history_table = QTableView()
        self.history_table.setAccessibleName(self.tr("Consent history"))
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
        self.consent_channel = _combo(self.tr("Consent channel"), [c.value for c in Channel])
        self.consent_status = _combo(self.tr("New consent"), [s.value for s in ConsentStatus])
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setAccessibleName(self.tr("Date of the consent change"))
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_source = _line(
            self.tr("Source of the consent change"), self.tr("e.g. asked in person, e-mail of 3 May")
        )
        self.consent_note = _line(self.tr("Note on the consent change"))
        self.add_consent_button = QPushButton(self.tr("&Add consent change"))
        self.add_consent_button.setAccessibleName(self.tr("Add consent change"))
        self.correct_button = QPushButton(self.tr("Co&rrect the selected entry…"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected consent entry"))
        self.correct_button.setToolTip(
            self.tr("Record what the selected entry should have said; the mistaken entry stays in the history")
        )
        self.correct_button.setEnabled(False)
        self.correcting_label = plain_label("")
        self.correcting_label.setAccessibleName(self.tr("Correcting a consent entry"))
        self.correcting_label.hide()
        self.cancel_correction_button = QPushButton(self.tr("Cancel correction"))
        self.cancel_correction_button.setAccessibleName(self.tr("Cancel the correction"))
        self.cancel_correction_button.hide()
        add_form = QFormLayout()
        add_form.addRow(self.tr("C&hannel:"), self.consent_channel)
        add_form.addRow(self.tr("Co&nsent:"), self.consent_status)
        add_form.addRow(self.tr("D&ate:"), self.consent_date)
        add_form.addRow(self.tr("So&urce:"), self.consent_source)
        add_form.addRow(self.tr("No&te:"), self.consent_note)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.cancel_correction_button)
        add_row.addWidget(self.add_consent_button)
        correct_row = QHBoxLayout()
        correct_row.addStretch(1)
        correct_row.addWidget(self.correct_button)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.current_consent)
        consent_layout.addWidget(self.history_table)
        consent_layout.addLayout(correct_row)
        consent_layout.addWidget(self.correcting_label)
        consent_layout.addLayout(add_form)
        consent_layout.addLayout(add_row)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(actions_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body_layout.addWidget(line)
        body_layout.addLayout(form)
        body_layout.addWidget(self.error_label)
        body_layout.addWidget(consent_box)
        body_layout.addStretch(1)
        self.scroll = scrolling(body)
        self.scroll.setAccessibleName(self.tr("Contact details"))
        # Who is being edited, and the unsaved edits, stay in view above the scrolling form.
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        identity = QVBoxLayout()
        identity.setContentsMargins(9, 6, 9, 0)
        identity.setSpacing(2)
        identity.addWidget(self.heading)
        identity.addWidget(self.subheading)
        identity.addWidget(self.profile_line)
        details_layout.addLayout(identity)
        details_layout.addWidget(self.unsaved_bar)
        details_layout.addWidget(self.scroll, 1)

        self.placeholder = plain_label(self.tr("Select a contact to see and edit everything kept about them."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setAccessibleName(self.tr("No contact selected"))
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        guard_wheel(self)

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
        paint(self.error_label, "error")
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_contact_form(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.details if shown else self.placeholder)
