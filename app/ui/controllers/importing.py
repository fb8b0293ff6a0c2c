"""Import of a LinkedIn export (menu, or files dropped on the window) and export of contacts, in the background.

The import runs through the task runner with progress in the status bar and a Cancel button; the window stays
usable. At the end the summary is shown; a bad file is reported as "FILE:LINE: what is wrong", and a cancelled
import writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog

from app.core.errors import GatehouseError
from app.ui.context import AppContext
from app.ui.dialogs.import_summary import ImportSummaryDialog, summary_text
from app.ui.dialogs.messages import show_error
from app.ui.main_window import MainWindow
from app.ui.settings import EXPORT_FOLDER, IMPORT_FOLDER
from app.ui.tasks import Task, TaskContext, TaskFailure

IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportController", "LinkedIn export (*.zip *.csv);;All files (*)")
EXPORT_FORMATS = {
    "csv": ("CSV", QT_TRANSLATE_NOOP("ImportController", "CSV file (*.csv)"), ".csv"),
    "vcf": ("vCard", QT_TRANSLATE_NOOP("ImportController", "vCard file (*.vcf)"), ".vcf"),
}


def import_linkedin_export(database: Any, paths: Sequence[Path], context: TaskContext) -> Any:
    """The job: the import service, reporting progress and watching for Cancel."""
    from app.services import importing

    return importing.import_paths(database, list(paths), progress=context.report, is_cancelled=context.is_cancelled)


def is_cancellation(exc: BaseException) -> bool:
    try:
        from app.services.importing import ImportCancelled
    except ImportError:
        return False
    return isinstance(exc, ImportCancelled)


class ImportController(QObject):
    import_progressed = Signal(int, int, str)  # done, total, message
    import_finished = Signal(object)  # the ImportSummary
    import_failed = Signal(str)  # the message shown
    import_cancelled = Signal()
    export_finished = Signal(int, str)  # contacts written, path

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.task: Task | None = None
        self.last_dialog: QObject | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        a = self.context.actions
        a["file.import"].triggered.connect(self.choose_files)
        a["file.import_folder"].triggered.connect(self.choose_folder)
        a["file.export_csv"].triggered.connect(lambda: self.choose_export("csv"))
        a["file.export_vcard"].triggered.connect(lambda: self.choose_export("vcf"))
        self.window.files_dropped.connect(self.import_paths)
        self.window.progress.cancel_button.clicked.connect(self.cancel)

    # --- import -----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import LinkedIn export"),
            self.context.settings.value(IMPORT_FOLDER),
            self.tr(IMPORT_FILTER),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import LinkedIn export folder"), self.context.settings.value(IMPORT_FOLDER)
        )
        if folder:
            self.import_paths([Path(folder)])

    @property
    def importing(self) -> bool:
        return self.task is not None

    def import_paths(self, paths: Sequence[Path]) -> Task | None:
        if self.task is not None:
            self.context.events.message.emit("An import is already running")
            return None
        paths = list(paths)
        if not paths:
            return None
        first = paths[0]
        self.context.settings.set_value(IMPORT_FOLDER, str(first if first.is_dir() else first.parent))
        what = first.name if len(paths) == 1 else self.tr("{count} files").format(count=len(paths))
        self.window.progress.start(self.tr("Importing {what}…").format(what=what))
        database = self.context.database
        task = self.context.runner.prepare(
            self.tr("Import LinkedIn export"),
            lambda context: import_linkedin_export(database, paths, context),
            on_progress=self._progressed,
            on_success=self._imported,
            on_failure=self._import_failed,
        )
        self.task = task  # kept before it starts, so Cancel works even while it reports synchronously
        self.context.runner.start(task)
        return task

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.window.progress.report(done, total, message)
        self.import_progressed.emit(done, total, message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.window.progress.cancelling()

    def _imported(self, summary: Any) -> None:
        self.task = None
        self.window.progress.finish()
        self.context.events.contacts_changed.emit(None)
        self.context.events.message.emit(summary_text(summary))
        dialog = ImportSummaryDialog(summary, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sort_requested.connect(self.show_unsorted)
        dialog.inbox_requested.connect(self.show_inbox)
        dialog.open()
        self.last_dialog = dialog
        self.import_finished.emit(summary)

    def show_unsorted(self) -> None:
        """The import summary's "Sort N unsorted contacts": the Contacts page with the unsorted shown."""
        self.window.show_page("contacts")
        self.context.actions["contacts.show_unsorted"].trigger()

    def show_inbox(self) -> None:
        self.window.show_page("inbox")

    def _import_failed(self, failure: TaskFailure) -> None:
        self.task = None
        self.window.progress.finish()
        if is_cancellation(failure.exception):
            self.context.events.message.emit(self.tr("Import cancelled; nothing was written"))
            self.import_cancelled.emit()
            return
        if isinstance(failure.exception, GatehouseError):
            message = f"{failure.message}\n\nNothing was imported; fix the file or leave it out and import again."
            self.last_dialog = show_error(self.window, self.tr("Import failed"), message)
            self.import_failed.emit(failure.message)
            return
        self.context.report_failure(failure)
        self.import_failed.emit(failure.message)

    # --- export -----------------------------------------------------------------------------------------

    def choose_export(self, fmt: str) -> None:
        title, file_filter, suffix = EXPORT_FORMATS[fmt]
        folder = self.context.settings.value(EXPORT_FOLDER) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export contacts as {format}").format(format=title),
            str(Path(folder) / f"contacts{suffix}"),
            self.tr(file_filter),
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(suffix)
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: Path) -> Task:
        self.context.settings.set_value(EXPORT_FOLDER, str(path.parent))
        database = self.context.database

        def work(_context: TaskContext) -> int:
            from app.services import exporting

            return int(exporting.export_contacts(database, fmt, path))

        return self.context.runner.submit(
            self.tr("Export contacts ({format})").format(format=EXPORT_FORMATS[fmt][0]),
            work,
            on_success=lambda count: self._exported(count, path),
            on_failure=self._export_failed,
        )

    def _exported(self, count: int, path: Path) -> None:
        self.context.events.message.emit(
            self.tr("Exported {count} contacts to {file}").format(count=f"{count:,}", file=path)
        )
        self.export_finished.emit(count, str(path))

    def _export_failed(self, failure: TaskFailure) -> None:
        if isinstance(failure.exception, GatehouseError | OSError):
            self.last_dialog = show_error(self.window, self.tr("Export failed"), failure.message)
            return
        self.context.report_failure(failure)
