"""Import from the desktop app: a real LinkedIn-format export, through the task runner, with progress and Cancel."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.services import contact_table as table_service
from app.ui.dialogs.import_summary import ImportSummaryDialog
from app.ui.dialogs.messages import ErrorDialog
from app.ui.tasks import ThreadedTaskRunner
from tests.conftest import EXPORT_TOOL

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def export_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("linkedin") / "Basic_LinkedInDataExport_11-01-2026"
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(folder), "--connections", "400", "--seed", "6"],
        check=True,
        capture_output=True,
    )
    return folder


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_import_reports_progress_shows_the_summary_and_fills_the_table(gui, export_folder, sqlite_db):
    progress: list[tuple[int, int, str]] = []
    controller = gui.import_controller
    controller.import_progressed.connect(lambda *report: progress.append(report))
    contacts_undo = gui.window.page("contacts").context.undo_stack
    contacts_undo.push(_harmless_command())

    controller.import_paths([export_folder])

    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert [done for done, _, _ in progress] == sorted(done for done, _, _ in progress)
    assert not gui.window.progress.isVisible()
    [dialog] = visible(ImportSummaryDialog)
    added = int(dialog.count_labels["contacts_added"].text().replace(",", ""))
    assert added > 350
    assert any("only a date" in line for line in dialog.skipped)  # deleted members, named by file and line
    assert all(":" in line and "Connections.csv" in line for line in dialog.skipped)
    stored = table_service.load_contact_table(sqlite_db)
    page = gui.window.page("contacts")
    assert page.controller.model.contacts.total == len(stored) == added
    assert gui.window.status_labels["contacts"].text().startswith(f"{added:,} contacts")
    assert not contacts_undo.canUndo()  # the record changed under the undo history
    dialog.close()


def test_cancel_stops_the_import_and_nothing_is_written(gui, export_folder, sqlite_db):
    controller = gui.import_controller
    controller.import_progressed.connect(lambda *_: gui.window.progress.cancel_button.click())
    cancelled: list[bool] = []
    controller.import_cancelled.connect(lambda: cancelled.append(True))

    controller.import_paths([export_folder])

    assert cancelled == [True]
    assert table_service.load_contact_table(sqlite_db) == []
    assert visible(ImportSummaryDialog) == []
    assert gui.window.statusBar().currentMessage() == "Import cancelled; nothing was written"
    assert not controller.importing


def test_a_bad_file_is_reported_with_its_name_and_line(gui, tmp_path, sqlite_db):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Quill,https://www.linkedin.com/in/ada,,Acme,Adviser,04 Sep 2026\n"
        "Ben,<b>Marsh</b>,https://www.linkedin.com/in/ben,,Acme,Adviser,yesterday-ish\n",
        encoding="utf-8",
    )
    gui.import_controller.import_paths([folder])
    [dialog] = visible(ErrorDialog)
    message = dialog.message_label.text()
    assert "Connections.csv:3:" in message
    assert "yesterday-ish" in message
    assert "Nothing was imported" in message
    assert dialog.message_label.textFormat() == Qt.TextFormat.PlainText
    assert table_service.load_contact_table(sqlite_db) == []
    dialog.close()


def test_dropping_the_export_on_the_window_imports_it(gui, export_folder, sqlite_db):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export_folder))])
    with warnings.catch_warnings():  # PySide marks Qt 6's only QDragEnterEvent constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    QApplication.sendEvent(gui.window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(200, 200).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(gui.window, drop)
    assert drop.isAccepted()
    assert len(table_service.load_contact_table(sqlite_db)) > 350
    for dialog in visible(ImportSummaryDialog):
        dialog.close()


def test_export_writes_csv_and_vcard(gui, export_folder, tmp_path):
    gui.import_controller.import_paths([export_folder])
    for dialog in visible(ImportSummaryDialog):
        dialog.close()
    written: list[tuple[int, str]] = []
    gui.import_controller.export_finished.connect(lambda count, path: written.append((count, path)))
    gui.import_controller.export_to("csv", tmp_path / "contacts.csv")
    gui.import_controller.export_to("vcf", tmp_path / "contacts.vcf")
    counts = {Path(path).suffix: count for count, path in written}
    assert counts[".csv"] == counts[".vcf"] > 350
    assert (tmp_path / "contacts.csv").read_text(encoding="utf-8").count("\n") > 350
    assert (tmp_path / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == counts[".vcf"]
    assert gui.window.statusBar().currentMessage().startswith(f"Exported {counts['.vcf']:,} contacts")


def test_a_threaded_import_keeps_the_window_responsive(make_gui, export_folder, qtbot, sqlite_db):
    gui = make_gui(runner=ThreadedTaskRunner())
    qtbot.waitUntil(lambda: gui.window.page("contacts").controller.loaded_once, timeout=10_000)
    controller = gui.import_controller
    with qtbot.waitSignal(controller.import_finished, timeout=120_000) as finished:
        controller.import_paths([export_folder])
        assert controller.importing
        assert gui.window.progress.isVisible()  # shown at once; the work runs on the worker thread
    assert finished.args[0].contacts_added > 350
    page = gui.window.page("contacts")
    qtbot.waitUntil(lambda: page.controller.model.contacts.total > 350, timeout=10_000)
    assert not gui.window.progress.isVisible()
    for dialog in visible(ImportSummaryDialog):
        dialog.close()


def _harmless_command():
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("nothing")


def test_the_summary_lists_possible_duplicates_and_skipped_rows_as_plain_text(qtbot):
    from app.services.importing import ImportSummary, PossibleDuplicate, SkippedRow

    summary = ImportSummary(
        contacts_added=2,
        contacts_updated=0,
        contacts_unchanged=0,
        requests_added=1,
        interactions_seen=0,
        skipped=(SkippedRow("Connections.csv", 7, "a deleted or hidden member (the row holds only a date)"),),
        ignored_files=("Rich_Media.csv",),
        possible_duplicates=(PossibleDuplicate(4, "<b>Ada</b> Quill", 2, "Ada Quill", 95),),
    )
    dialog = ImportSummaryDialog(summary)
    qtbot.addWidget(dialog)
    text = dialog.problems.toPlainText()
    assert "<b>Ada</b> Quill (id 4) and Ada Quill (id 2)" in text
    assert "1 deleted or hidden member skipped (LinkedIn keeps only a date) — Connections.csv" in text
    assert "Connections.csv:7: a deleted or hidden member" in dialog.details.toPlainText()
    assert "Rich_Media.csv" in text
    assert dialog.count_labels["requests_added"].text() == "1"


def test_the_summary_groups_the_usual_rows_splits_requests_and_offers_next_steps(gui, export_folder):
    gui.import_controller.import_paths([export_folder])
    [dialog] = visible(ImportSummaryDialog)
    text = dialog.problems.toPlainText()
    [group] = [line for line in text.splitlines() if "deleted or hidden members skipped" in line]
    count = int(group.split()[0])
    assert count == sum("only a date" in line for line in dialog.skipped) > 1  # one line for them all
    assert group.endswith("— Connections.csv") and str(export_folder) not in text  # no full paths
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible() and "Connections.csv:" in dialog.details.toPlainText()
    incoming = int(dialog.count_labels["requests_incoming"].text().replace(",", ""))
    outgoing = int(dialog.count_labels["requests_outgoing"].text().replace(",", ""))
    assert incoming > 0 and outgoing > 0
    assert dialog.profile_filled.isVisible() and "your name" in dialog.profile_filled.text()
    assert "_" not in dialog.profile_filled.text()  # plain words, not field names
    assert not dialog.date_warning.isVisible()
    rows = table_service.load_contact_table(gui.context.database)
    expected = sum(1 for row in rows if row.relationship == "unsorted")
    assert dialog.sort_button.text() == f"Sort {expected:,} unsorted contacts"
    dialog.sort_button.click()
    assert not dialog.isVisible()
    assert gui.window.current_page().key == "contacts"
    assert gui.window.page("contacts").view.chips["unsorted"].isChecked()


def test_the_summary_warns_of_dates_before_linkedin_and_goes_to_the_inbox(gui, qtbot):
    from app.services.importing import ImportSummary

    summary = ImportSummary(
        contacts_added=0, contacts_updated=0, contacts_unchanged=0, requests_added=5, interactions_seen=0,
        skipped=(), ignored_files=(), possible_duplicates=(), requests_incoming=5, dates_before_linkedin=3,
    )  # fmt: skip
    dialog = ImportSummaryDialog(summary, gui.window)
    dialog.inbox_requested.connect(gui.import_controller.show_inbox)
    dialog.show()
    assert dialog.date_warning.isVisible()
    assert dialog.date_warning.text().startswith("3 dates are before May 2003, when LinkedIn started")
    assert dialog.sort_button is None  # nothing unsorted: no such step
    dialog.inbox_button.click()
    assert gui.window.current_page().key == "inbox"
    dialog.deleteLater()
