"""The handover wizard and page: successor, candidates with ticks and consent warnings, introductions, format and
file, summary; the CSV is the one `gatehouse handover create` writes for the same choices; past handovers with
per-contact status that can be updated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWizard

from app.core.handover import HandoverFormat, HandoverStatus
from app.core.records import NewContact
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import handover as handover_service
from app.services.contacts import add_contact
from app.services.profile import update_profile
from app.ui.models.handovers import CandidateColumn, CandidatesModel
from app.ui.tasks import Task, TaskRunner
from app.ui.wizards.handover import HandoverWizard
from tests.cli.inprocess import InProcess

pytestmark = pytest.mark.gui


@pytest.fixture
def record(sqlite_db):
    update_profile(sqlite_db, display_name="Morgan Reyes", organisation="Northfield University")

    def add(first: str, relationship: Relationship, met_in: MetIn, consent: ConsentStatus | None, **kw) -> int:
        new = NewContact(first, "Example", profile_url=f"linkedin.com/in/{first.lower()}",
                         relationship=relationship, met_in=met_in, **kw)  # fmt: skip
        return add_contact(sqlite_db, new, consent={Channel.LINKEDIN: consent} if consent else None).id

    return {
        "ada": add("Ada", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.EXPLICIT, emails=("ada@example.org",)),
        "ben": add("Ben", Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.IMPLIED),
        "cy": add("Cy", Relationship.COLLEAGUE, MetIn.PROFESSIONAL_NETWORK, None, company="=1+2"),
        "di": add("Di", Relationship.PERSONAL, MetIn.WORK_ROLE, None),
        "eve": add("Eve", Relationship.PROFESSIONAL, MetIn.PROFESSIONAL_NETWORK, ConsentStatus.IMPLIED),
    }


@pytest.fixture
def cli(sqlite_db, capsys, monkeypatch) -> InProcess:
    return InProcess(sqlite_db.file_path, capsys, monkeypatch)


def start_wizard(gui) -> HandoverWizard:
    gui.context.actions["handover.new"].trigger()
    wizard = gui.window.findChild(HandoverWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def row_of(model: CandidatesModel, contact_id: int) -> int:
    return next(r for r in range(model.rowCount()) if model.candidate_at(r).contact.id == contact_id)


def test_the_wizard_writes_the_same_csv_as_the_command_line(record, gui, cli, tmp_path, qtbot):
    wizard = start_wizard(gui)
    assert gui.window.current_page().key == "handover"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.SUCCESSOR and not next_button.isEnabled()
    qtbot.keyClicks(wizard.successor_page.name, "Sam Lee")
    wizard.successor_page.email.setText("sam@northfield.ac.uk")
    assert next_button.isEnabled()
    wizard.next()

    assert wizard.currentId() == wizard.CANDIDATES
    model = wizard.candidates_page.model
    assert {model.candidate_at(r).contact.id for r in range(model.rowCount())} == {
        record["ada"],
        record["ben"],
        record["cy"],
        record["eve"],
    }  # the personal contact never appears
    ben = row_of(model, record["ben"])
    assert model.index(ben, CandidateColumn.INCLUDE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(ben, CandidateColumn.INCLUDE).data() == "tick one by one"
    assert model.index(ben, CandidateColumn.REASON).data() == (
        "Client met in my work role, without explicit consent: include one by one."
    )
    warning = wizard.candidates_page.warning
    assert warning.isVisible() and warning.text().startswith("1 client has no explicit consent")
    model.set_ticked(record["ben"], True)  # named one by one
    model.set_ticked(record["eve"], False)  # left out
    assert wizard.candidates_page.count.text() == "3 of 4 chosen"
    wizard.next()

    assert wizard.currentId() == wizard.INTRODUCTION
    intro = wizard.introduction_page
    assert "{successor} is taking over my work at {organisation}." in intro.wording.toPlainText()
    assert [intro.contact.itemText(i) for i in range(intro.contact.count())] == [
        "Ada Example", "Ben Example", "Cy Example"
    ]  # fmt: skip
    assert intro.preview.toPlainText().startswith("Hi Ada, Sam Lee is taking over my work at Northfield University.")
    intro.contact.setCurrentIndex(1)
    assert intro.reason.text() == "Why: Client met in my work role, included one by one."
    wizard.next()

    assert wizard.currentId() == wizard.OUTPUT
    output = wizard.output_page
    assert output.path.text().endswith("handover-sam-lee.csv")
    wizard_csv = tmp_path / "wizard.csv"
    output.path.setText(str(wizard_csv))
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Create handover"
    wizard.next()
    assert wizard.currentId() == wizard.SUMMARY
    assert wizard.summary_page.summary.text().startswith("3 contacts handed over to Sam Lee as CSV:")

    cli_csv = tmp_path / "cli.csv"
    result = cli("handover", "create", "--to", "Sam Lee", "--to-email", "sam@northfield.ac.uk",
                 "--include-client", str(record["ben"]), "--leave-out", str(record["eve"]),
                 "--format", "csv", "--out", str(cli_csv))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert wizard_csv.read_bytes() == cli_csv.read_bytes()
    assert "'=1+2" in wizard_csv.read_text(encoding="utf-8-sig")  # neutralised for spreadsheets
    wizard.accept()


def test_past_handovers_list_each_contacts_status_and_marking_updates_it(record, gui, tmp_path, qtbot, qtmodeltester):
    wizard = start_wizard(gui)
    wizard.successor_page.name.setText("Sam Lee")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.output_page.format_buttons[HandoverFormat.VCF].setChecked(True)
    assert wizard.output_page.path.text().endswith("handover-sam-lee.vcf")
    wizard.output_page.path.setText(str(tmp_path / "missing-folder" / "out.vcf"))
    wizard.next()
    assert wizard.currentId() == wizard.OUTPUT  # refused: nothing written, nothing recorded
    assert "does not exist" in wizard.output_page.error.text()
    assert handover_service.list_handovers(gui.context.database) == []
    wizard.output_page.path.setText(str(tmp_path / "out.vcf"))
    wizard.next()
    assert wizard.currentId() == wizard.SUMMARY
    wizard.accept()

    page = gui.window.page("handover")
    view = page.view
    assert view.stack.currentWidget() is view.splitter
    assert page.controller.handovers_model.rowCount() == 1
    assert page.controller.handovers_model.index(0, 1).data() == "Sam Lee"
    entries = page.controller.entries_model
    assert [entries.entry_at(r).name for r in range(entries.rowCount())] == ["Ada Example", "Cy Example",
                                                                            "Eve Example"]  # fmt: skip
    assert {entries.entry_at(r).status for r in range(entries.rowCount())} == {HandoverStatus.PENDING}
    qtmodeltester.check(page.controller.handovers_model)
    qtmodeltester.check(entries)

    view.entries.setCurrentIndex(entries.index(1, 0))
    view.entries.setFocus()
    qtbot.keyClick(view.entries, Qt.Key.Key_I)
    _summary, stored = handover_service.handover_status(gui.context.database)
    assert {e.name: e.status for e in stored}["Cy Example"] is HandoverStatus.INTRODUCED
    assert entries.entry_at(entries.row_of_id(record["cy"])).status is HandoverStatus.INTRODUCED
    assert "1 introduced" in view.entries_heading.text()
    view.mark_buttons[HandoverStatus.DECLINED].click()
    _summary, stored = handover_service.handover_status(gui.context.database)
    assert {e.name: e.status for e in stored}["Cy Example"] is HandoverStatus.DECLINED

    # marks are undone on the handover page, one step at a time, back to what each contact had
    undo = gui.context.actions["edit.undo"]
    assert undo.isEnabled() and undo.text() == "&Undo mark Cy Example declined"
    undo.trigger()
    _summary, stored = handover_service.handover_status(gui.context.database)
    assert {e.name: e.status for e in stored}["Cy Example"] is HandoverStatus.INTRODUCED
    undo.trigger()
    _summary, stored = handover_service.handover_status(gui.context.database)
    assert {e.name: e.status for e in stored}["Cy Example"] is HandoverStatus.PENDING
    assert not undo.isEnabled()
    gui.context.actions["edit.redo"].trigger()
    _summary, stored = handover_service.handover_status(gui.context.database)
    assert {e.name: e.status for e in stored}["Cy Example"] is HandoverStatus.INTRODUCED


def test_candidates_model_passes_the_model_tester(record, sqlite_db, qtmodeltester):
    model = CandidatesModel(handover_service.list_candidates(sqlite_db))
    qtmodeltester.check(model)
    model.set_all(True)
    assert not model.is_ticked(record["ben"])  # "tick all" leaves clients without explicit consent alone
    model.set_all(False)
    assert model.chosen() == []


def test_every_page_of_the_wizard_names_its_controls(record, gui):
    from tests.ui.accessibility import unnamed_controls

    wizard = start_wizard(gui)
    wizard.successor_page.name.setText("Sam Lee")
    for _page in range(3):
        assert unnamed_controls(wizard) == [], wizard.currentId()
        wizard.next()


class HeldTaskRunner(TaskRunner):
    """Starts each job only when the test releases it, in order, as the worker thread would: the test sees the
    window while the job is under way."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Task] = []

    def _start(self, task: Task) -> None:
        self.held.append(task)

    def release(self) -> list[str]:
        names = []
        while self.held:
            task = self.held.pop(0)
            names.append(task.name)
            result, failure = task.execute()
            task._finish(result, failure)
        return names


def test_candidates_are_read_and_the_handover_written_in_the_background(record, make_gui, tmp_path):
    runner = HeldTaskRunner()
    gui = make_gui(runner=runner)
    runner.release()
    view = gui.window.page("handover").view
    new_handover = gui.context.actions["handover.new"]

    new_handover.trigger()
    assert gui.window.current_page().key == "handover"
    assert gui.window.findChild(HandoverWizard) is None  # not before the candidates are read
    assert view.progress.isVisible() and view.progress.message.text() == "Reading your contacts for the handover…"
    assert not view.new_button.isEnabled() and not new_handover.isEnabled()
    assert runner.release()[-1] == "Read the handover candidates"  # after the page's list of past handovers
    wizard = gui.window.findChild(HandoverWizard)
    assert wizard is not None and wizard.isVisible()
    assert not view.progress.isVisible() and view.new_button.isEnabled() and new_handover.isEnabled()

    wizard.successor_page.name.setText("Sam Lee")
    for _page in range(3):
        wizard.next()
    output = wizard.output_page
    output.path.setText(str(tmp_path / "missing-folder" / "out.csv"))
    wizard.next()
    assert wizard.currentId() == wizard.OUTPUT and output.progress.isVisible()
    assert output.progress.message.text().startswith("Writing ")
    for button in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.CancelButton):  # fmt: skip
        assert not wizard.button(button).isEnabled(), button
    assert not output.path.isEnabled()
    wizard.reject()  # Escape or the window's close button: the file and the record are written together
    assert wizard.isVisible()
    assert runner.release() == ["Write the handover"]
    assert wizard.currentId() == wizard.OUTPUT and "does not exist" in output.error.text()
    assert not output.progress.isVisible() and output.path.isEnabled()
    assert all(wizard.button(b).isEnabled() for b in (QWizard.WizardButton.CommitButton,
                                                       QWizard.WizardButton.CancelButton))  # fmt: skip

    output.path.setText(str(tmp_path / "out.csv"))
    wizard.next()
    assert wizard.currentId() == wizard.OUTPUT
    assert runner.release()[0] == "Write the handover"
    assert wizard.currentId() == wizard.SUMMARY
    assert (tmp_path / "out.csv").is_file()
    assert wizard.summary_page.summary.text().startswith("3 contacts handed over to Sam Lee as CSV:")
    runner.release()  # the handover page reads the list again
    assert gui.window.page("handover").controller.handovers_model.rowCount() == 1
    wizard.accept()


def test_search_tick_all_shown_and_the_end_of_the_wizard(record, gui, tmp_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

    wizard = start_wizard(gui)
    qtbot.keyClicks(wizard.successor_page.name, "Sam Lee")
    wizard.next()
    page = wizard.candidates_page
    model = page.model
    page.none_button.click()
    assert page.count.text() == "0 of 4 chosen"
    # search among the candidates: the table shows only the matches, and Tick all ticks what is shown
    qtbot.keyClicks(page.search, "client")
    assert page.proxy.rowCount() == 2  # Ada and Ben
    assert page.count.text() == "0 of 4 chosen · 2 shown"
    page.all_button.click()
    assert model.is_ticked(record["ada"]) and not model.is_ticked(record["ben"])  # Ben is asked about
    question = page.question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert question.text().startswith("1 of the candidates shown are clients without explicit consent")
    page.tick_clients_button.click()
    assert model.is_ticked(record["ben"])
    assert not model.is_ticked(record["cy"])  # not shown: not ticked
    page.search.clear()
    page.all_button.click()
    assert page.question is None  # no client left to ask about
    assert page.count.text() == "4 of 4 chosen"  # every candidate, not "3 of 4"
    assert model.index(row_of(model, record["cy"]), CandidateColumn.MET_IN).data() == "Professional network"
    wizard.next()
    wizard.next()

    output = wizard.output_page
    assert output.file_label.text() == "&File:" and output.file_label.buddy() is output.path  # shown as "File:"
    output.path.setText(str(tmp_path / "handover.csv"))
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.next()
    assert wizard.currentId() == wizard.SUMMARY
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # recorded: nothing to cancel
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    summary = wizard.summary_page
    files = _FileManager()
    QDesktopServices.setUrlHandler("file", files, "open")  # Qt's own hook: where file addresses go
    try:
        summary.open_button.click()
        summary.folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert files.opened == [str(tmp_path / "handover.csv"), str(tmp_path)]
    assert summary.open_problem.text() == ""
    wizard.accept()


class _FileManager(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_a_mark_names_one_contact_as_written_even_with_braces_in_the_name(qapp):
    from datetime import UTC, datetime

    from app.core.handover import HandoverEntry
    from app.core.vocabulary import HandoverStatus
    from app.ui.controllers.handover import MarkCommand

    def entry(contact_id: int, name: str) -> HandoverEntry:
        return HandoverEntry(contact_id, name, HandoverStatus.PENDING, datetime.now(UTC), "")

    one = MarkCommand(None, 1, [entry(1, "Ada {count} {0} Quill")], HandoverStatus.INTRODUCED)
    assert one.text() == "mark Ada {count} {0} Quill introduced"
    two = MarkCommand(None, 1, [entry(1, "Ada"), entry(2, "Ben")], HandoverStatus.INTRODUCED)
    assert two.text() == "mark 2 contacts introduced"
