"""The handover wizard: successor -> candidates (ticks, reasons, consent warnings) -> introductions (the wording
and a preview per contact) -> format and file -> summary.

The wizard is given the candidates and two functions by its controller (a plan for some choices, and creating the
handover), both calls into ``app.services.handover``; it turns its ticks into the same ``HandoverChoices`` that
`gatehouse handover create --include-client ... --leave-out ...` builds, so both write the same file. Creating
runs in the background (a PDF of thousands of contacts takes a while): the wizard shows that it is writing, waits
with its buttons off, and goes on to the summary, or says why nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.errors import GatehouseError
from app.core.handover import (
    HandoverCandidate,
    HandoverChoices,
    HandoverFormat,
    Successor,
    default_handover_wording,
)
from app.services.handover import HandoverPlan, HandoverResult
from app.ui.colours import paint
from app.ui.dialogs.messages import plain_label
from app.ui.models.handovers import CandidateColumn, CandidatesModel
from app.ui.views.task_progress import TaskProgressView

WIZARD_OBJECT_NAME = "handover-wizard"
SUFFIXES = {HandoverFormat.CSV: ".csv", HandoverFormat.VCF: ".vcf", HandoverFormat.PDF: ".pdf"}
FORMAT_WORDS = {HandoverFormat.CSV: "CSV", HandoverFormat.VCF: "vCard", HandoverFormat.PDF: "PDF"}


Created = Callable[[HandoverResult], None]
Refused = Callable[[str], None]  # why nothing was written or recorded


@dataclass(frozen=True, slots=True)
class HandoverActions:
    """What the wizard may ask of the handover service."""

    plan: Callable[[HandoverChoices], HandoverPlan]
    # Starts writing the file and recording the handover; answers later through one of the two callbacks.
    create: Callable[[HandoverChoices, HandoverFormat, Path, Created, Refused], None]


def format_names() -> dict[HandoverFormat, str]:
    return {
        HandoverFormat.CSV: QCoreApplication.translate(
            "HandoverWizard", "CSV, to open in a spreadsheet (cells that could run as formulas are neutralised)"
        ),
        HandoverFormat.VCF: QCoreApplication.translate(
            "HandoverWizard", "vCard 4.0, to import into an address book (the introduction in the note)"
        ),
        HandoverFormat.PDF: QCoreApplication.translate("HandoverWizard", "PDF to print: a cover page and a table"),
    }


def introduction_wording() -> str:
    """The introduction's wording as the template file has it: each part's options, best first."""
    lines = []
    for number, part in enumerate(default_handover_wording().introduction, start=1):
        lines.append(
            QCoreApplication.translate("HandoverWizard", "Part {number}, the first option that can be filled:").format(
                number=number
            )
        )
        lines.extend(f"  • {option.text}" for option in part)
    return "\n".join(lines)


class SuccessorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your successor"))
        self.setSubTitle(self.tr("Who takes over your work? Their name goes into every introduction."))
        self.name = QLineEdit()
        self.name.setObjectName("successor-name")
        self.name.setAccessibleName(self.tr("Successor's name"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Successor's e-mail address"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Successor's LinkedIn profile"))
        self.url.setPlaceholderText("https://www.linkedin.com/in/…")
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&LinkedIn profile:"), self.url)
        self.registerField("successor*", self.name)

    def successor(self) -> Successor:
        return Successor(" ".join(self.name.text().split()), self.email.text().strip(), self.url.text().strip())


class CandidatesPage(QWizardPage):
    def __init__(self, candidates: list[HandoverCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Whom to hand over"))
        self.setSubTitle(
            self.tr(
                "Clients, colleagues and fellow professionals you met in your work role or through professional "
                "networks, whose consent is not refused or withdrawn. Untick anyone to leave them out."
            )
        )
        self.model = CandidatesModel(candidates, self)
        # Search among the candidates: a fixed string (linear time whatever is typed), any column.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("handover-candidate-search")
        self.search.setAccessibleName(self.tr("Search the candidates"))
        self.search.setPlaceholderText(self.tr("Search names, companies, relationships…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.table = QTableView()
        self.table.setObjectName("handover-candidates")
        self.table.setAccessibleName(self.tr("Candidates: Space ticks or unticks"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((CandidateColumn.INCLUDE, 120), (CandidateColumn.NAME, 160),
                              (CandidateColumn.RELATIONSHIP, 90), (CandidateColumn.MET_IN, 140),
                              (CandidateColumn.CONSENT, 105), (CandidateColumn.COMPANY, 130)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.warning = plain_label()
        self.warning.setObjectName("handover-consent-warning")
        self.warning.setAccessibleName(self.tr("Consent warning"))
        paint(self.warning, "caution")
        self.count = plain_label(wrap=False)
        self.count.setAccessibleName(self.tr("How many are chosen"))
        self.all_button = QPushButton(self.tr("Tick all shown"))
        self.all_button.setAccessibleName(self.tr("Tick every candidate shown"))
        self.none_button = QPushButton(self.tr("Untick all shown"))
        self.none_button.setAccessibleName(self.tr("Untick every candidate shown"))
        self.question: QMessageBox | None = None  # open while asking about clients without explicit consent
        self.tick_clients_button: object | None = None
        self.leave_clients_button: object | None = None
        self._waiting_clients: list[int] = []
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        self.all_button.clicked.connect(self.tick_all_shown)
        self.none_button.clicked.connect(self.untick_all_shown)
        self.model.chosen_changed.connect(self._update)
        self._update()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update()

    def shown(self) -> list[HandoverCandidate]:
        """The candidates the search leaves in the table, in its order."""
        return [
            self.model.candidate_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def tick_all_shown(self) -> None:
        """Tick every candidate shown. Clients without explicit consent are ticked too only when the adviser says
        each of them agreed: the wizard asks once, naming how many."""
        shown = self.shown()
        clients = [c for c in shown if c.needs_one_by_one and not self.model.is_ticked(c.contact.id)]
        self.model.set_ticked_many([c.contact.id for c in shown if not c.needs_one_by_one], True)
        if not clients:
            return
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(self.tr("Clients without explicit consent"))
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setText(
            self.tr(
                "{count} of the candidates shown are clients without explicit consent. Tick them too only if "
                "each of them agreed to be introduced to your successor."
            ).format(count=f"{len(clients):,}")
        )
        self.tick_clients_button = question.addButton(
            self.tr("Tick them too ({count})").format(count=f"{len(clients):,}"), QMessageBox.ButtonRole.AcceptRole
        )
        self.leave_clients_button = question.addButton(
            self.tr("Leave them unticked"), QMessageBox.ButtonRole.RejectRole
        )
        question.setDefaultButton(self.leave_clients_button)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._waiting_clients = [c.contact.id for c in clients]
        question.buttonClicked.connect(self._clients_answered)
        self.question = question
        question.open()

    def _clients_answered(self, button: object) -> None:
        if button is self.tick_clients_button:
            self.model.set_ticked_many(self._waiting_clients, True)
        self._waiting_clients = []
        # the box deletes itself (and its buttons) once closed: keep no reference to them
        self.question = self.tick_clients_button = self.leave_clients_button = None

    def untick_all_shown(self) -> None:
        self.model.set_ticked_many([c.contact.id for c in self.shown()], False)

    def _update(self) -> None:
        chosen = self.model.chosen()
        waiting = [c for c in self.model.candidates() if c.needs_one_by_one]
        ticked_one_by_one = [c for c in chosen if c.needs_one_by_one]
        text = self.tr("{chosen} of {total} chosen").format(
            chosen=f"{len(chosen):,}", total=f"{self.model.rowCount():,}"
        )
        if self.proxy.rowCount() != self.model.rowCount():
            text += self.tr(" · {shown} shown").format(shown=f"{self.proxy.rowCount():,}")
        self.count.setText(text)
        if waiting:
            text = (
                self.tr(
                    "1 client has no explicit consent: they are handed over only when you tick them one by one "
                    "({ticked} ticked). Tick a client only if they agreed to be introduced to your successor."
                )
                if len(waiting) == 1
                else self.tr(
                    "{waiting} clients have no explicit consent: they are handed over only when you tick them one "
                    "by one ({ticked} ticked). Tick a client only if they agreed to be introduced to your successor."
                )
            )
            self.warning.setText(text.format(waiting=len(waiting), ticked=len(ticked_one_by_one)))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(waiting))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.model.chosen())


class IntroductionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Introductions"))
        self.setSubTitle(
            self.tr(
                "Each contact gets an introduction written from this wording (the handover template, which can be "
                "changed or translated for your service). Choose a contact to see theirs."
            )
        )
        self.wording = QPlainTextEdit(introduction_wording())
        self.wording.setObjectName("introduction-wording")
        self.wording.setAccessibleName(self.tr("The introduction's wording"))
        self.wording.setReadOnly(True)
        self.wording.setTabChangesFocus(True)
        self.wording.setMaximumHeight(170)
        self.contact = QComboBox()
        self.contact.setObjectName("introduction-contact")
        self.contact.setAccessibleName(self.tr("Contact to preview"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("introduction-preview")
        self.preview.setAccessibleName(self.tr("The contact's introduction"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.reason = plain_label()
        self.reason.setAccessibleName(self.tr("Why they are on the list"))
        form = QFormLayout()
        form.addRow(self.tr("&Preview for:"), self.contact)
        layout = QVBoxLayout(self)
        layout.addWidget(self.wording)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.reason)
        self.plan: HandoverPlan | None = None
        self.contact.currentIndexChanged.connect(self._show)

    def show_plan(self, plan: HandoverPlan) -> None:
        self.plan = plan
        self.contact.blockSignals(True)
        self.contact.clear()
        for row in plan.rows:
            self.contact.addItem(row.name or row.email or row.profile_url, row.contact_id)
        self.contact.blockSignals(False)
        self.contact.setCurrentIndex(0 if plan.rows else -1)
        self._show()

    def _show(self) -> None:
        index = self.contact.currentIndex()
        if self.plan is None or not 0 <= index < len(self.plan.rows):
            self.preview.setPlainText("")
            self.reason.setText("")
            return
        row = self.plan.rows[index]
        self.preview.setPlainText(row.introduction)
        self.reason.setText(self.tr("Why: {reason}").format(reason=row.reason))


class OutputPage(QWizardPage):
    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Format and file"))
        self.setSubTitle(
            self.tr("The file is written and the handover recorded together: if one fails, neither happens.")
        )
        self.folder = folder
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[HandoverFormat, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for fmt, text in format_names().items():
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Format: {format}").format(format=FORMAT_WORDS[fmt]))
            self.formats.addButton(button)
            self.format_buttons[fmt] = button
            layout.addWidget(button)
        self.format_buttons[HandoverFormat.CSV].setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("handover-file")
        self.path.setAccessibleName(self.tr("File to write"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # Alt+F goes to the file; the label shows "File:" with F underlined
        form.addRow(file_label, file_row)
        self.file_label = file_label
        layout.addLayout(form)
        self.error = plain_label()
        self.error.setObjectName("handover-error")
        self.error.setAccessibleName(self.tr("Why the handover was not made"))
        paint(self.error, "error")
        layout.addWidget(self.error)
        self.progress = TaskProgressView(cancellable=False)
        self.progress.setObjectName("handover-writing")
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.writing = False
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create handover"))
        self.path.textChanged.connect(self.completeChanged)
        self.formats.buttonToggled.connect(lambda _button, checked: self._format_changed() if checked else None)
        self.browse.clicked.connect(self._choose_file)

    def chosen_format(self) -> HandoverFormat:
        return next(fmt for fmt, button in self.format_buttons.items() if button.isChecked())

    def suggest_file(self, successor_name: str) -> None:
        if not self.path.text():
            stem = "handover-" + ("-".join(successor_name.lower().split()) or "successor")
            self.path.setText(str(Path(self.folder or Path.home()) / (stem + SUFFIXES[self.chosen_format()])))

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(SUFFIXES[self.chosen_format()])))

    def _choose_file(self) -> None:
        fmt = self.chosen_format()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Handover file"), self.path.text(), f"{FORMAT_WORDS[fmt]} (*{SUFFIXES[fmt]})"
        )
        if name:
            self.path.setText(name)

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def show_writing(self, writing: bool) -> None:
        """The file is being written and the handover recorded: nothing on the page can change meanwhile."""
        self.writing = writing
        if writing:
            self.error.setText("")
            self.progress.start(self.tr("Writing {file} and recording the handover…").format(file=self.target()))
        else:
            self.progress.finish()
        for widget in (self.path, self.browse, *self.format_buttons.values()):
            widget.setEnabled(not writing)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.writing


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Handover recorded"))
        self.summary = plain_label()
        self.summary.setObjectName("handover-summary")
        self.summary.setAccessibleName(self.tr("What was written and recorded"))
        self.open_button = QPushButton(self.tr("&Open file"))
        self.open_button.setAccessibleName(self.tr("Open the handover file"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.setAccessibleName(self.tr("Show the folder of the handover file"))
        self.open_problem = plain_label()
        self.open_problem.setAccessibleName(self.tr("Why the file could not be opened"))
        paint(self.open_problem, "error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.open_problem)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.path: Path | None = None
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)

    def open_file(self) -> None:
        if self.path is not None:
            self._open(QUrl.fromLocalFile(str(self.path)), self.tr("No program could open {file}."))

    def show_folder(self) -> None:
        if self.path is not None:
            self._open(QUrl.fromLocalFile(str(self.path.parent)), self.tr("No file manager could show {file}."))

    def _open(self, url: QUrl, problem: str) -> None:
        opened = QDesktopServices.openUrl(url)
        self.open_problem.setText("" if opened else problem.format(file=url.toLocalFile()))

    def show_result(self, result: HandoverResult) -> None:
        self.path = Path(result.path)
        summary = result.summary
        self.summary.setText(
            self.tr(
                "{count} contacts handed over to {successor} as {format}:\n{file}\n\n"
                "Each contact starts as pending. On the Handover page, mark them introduced, declined or skipped "
                "as you go. The audit log names every contact exported, so a request about a person's data can say "
                "where it went."
            ).format(
                count=f"{summary.contact_count:,}",
                successor=summary.successor.name,
                format=FORMAT_WORDS.get(summary.format, str(summary.format)),
                file=result.path,
            )
        )


class HandoverWizard(QWizard):
    SUCCESSOR, CANDIDATES, INTRODUCTION, OUTPUT, SUMMARY = range(5)

    def __init__(
        self,
        candidates: list[HandoverCandidate],
        actions: HandoverActions,
        folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(WIZARD_OBJECT_NAME)
        self.setWindowTitle(self.tr("New handover"))
        self.setAccessibleName(self.tr("New handover"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # once the handover is recorded there is nothing left to cancel: only Finish
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._actions = actions
        self.result_: HandoverResult | None = None
        self._validating = False
        self.successor_page = SuccessorPage()
        self.candidates_page = CandidatesPage(candidates)
        self.introduction_page = IntroductionPage()
        self.output_page = OutputPage(folder)
        self.summary_page = SummaryPage()
        for number, page in enumerate(
            (self.successor_page, self.candidates_page, self.introduction_page, self.output_page, self.summary_page)
        ):
            self.setPage(number, page)
        for button, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Create handover")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(button).setAccessibleName(name)
        self.currentIdChanged.connect(self._entered)
        self.resize(1000, 640)

    def choices(self) -> HandoverChoices:
        return self.candidates_page.model.choices(self.successor_page.successor())

    def _entered(self, page_id: int) -> None:
        if page_id == self.INTRODUCTION:
            try:
                self.introduction_page.show_plan(self._actions.plan(self.choices()))
            except GatehouseError as exc:
                self.introduction_page.preview.setPlainText(str(exc))
        elif page_id == self.OUTPUT:
            self.output_page.suggest_file(self.successor_page.successor().name)

    def validateCurrentPage(self) -> bool:
        """On the output page, Create handover starts writing; the summary follows once it is written."""
        if self.currentId() != self.OUTPUT:
            return super().validateCurrentPage()
        if self.result_ is None and not self.output_page.writing:
            self._validating = True
            try:
                self._start_writing()
            finally:
                self._validating = False
        return self.result_ is not None  # a synchronous task runner has answered already

    def _start_writing(self) -> None:
        page = self.output_page
        page.show_writing(True)
        self._set_leaving_enabled(False)
        self._actions.create(self.choices(), page.chosen_format(), page.target(), self._written, self._refused)

    def _written(self, result: HandoverResult) -> None:
        self.result_ = result
        self.summary_page.show_result(result)
        self._set_leaving_enabled(True)
        self.output_page.show_writing(False)
        if not self._validating:
            self.next()

    def _refused(self, message: str) -> None:
        self._set_leaving_enabled(True)
        self.output_page.show_writing(False)
        self.output_page.error.setText(message)

    def _set_leaving_enabled(self, enabled: bool) -> None:
        # Back follows the wizard's own rules again once the page says it is complete (show_writing(False)).
        self.button(QWizard.WizardButton.BackButton).setEnabled(enabled)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    def reject(self) -> None:
        if not self.output_page.writing:  # the file and the record are written together, or neither
            super().reject()
