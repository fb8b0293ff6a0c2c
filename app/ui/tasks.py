"""The one task runner: anything slower than a frame runs off the GUI thread and reports through signals.

A job is a plain function ``work(context) -> result``. It may call ``context.report(done, total, message)``
and should stop when ``context.is_cancelled()``; it never touches a widget. The ``Task`` handle lives in the
GUI thread and emits ``progressed``, ``succeeded``, ``failed`` and ``finished`` there.

``ThreadedTaskRunner`` runs jobs one at a time on a worker thread (database work is serialised, as in Anki's
task manager); ``SynchronousTaskRunner`` runs them at once in the calling thread, for tests.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

# Progress reports closer together than this are merged: an import reports every row.
PROGRESS_INTERVAL_S = 1 / 30


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """An exception raised by a job, carried to the GUI thread with its traceback text."""

    task_name: str
    exception: BaseException
    details: str

    @property
    def message(self) -> str:
        return str(self.exception) or type(self.exception).__name__


class TaskContext:
    """What a job may use: progress reports and the cancellation flag. Safe to call from any thread."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last_report = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and done != 0 and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._task._worker_progress.emit(done, total, message)

    def is_cancelled(self) -> bool:
        return self._task.is_cancelled()


Work = Callable[[TaskContext], Any]


class Task(QObject):
    """A handle on one job. Connect to its signals before the runner starts it (``TaskRunner.submit``)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # TaskFailure
    finished = Signal()

    # Emitted by the worker thread; delivered to the handle in the GUI thread.
    _worker_progress = Signal(int, int, str)
    _worker_done = Signal(object, object)

    def __init__(self, name: str, work: Work, on_done: Callable[[Task], None] | None = None) -> None:
        super().__init__()
        self.name = name
        self._on_done = on_done
        self.work = work
        self.running = False
        self.done = False
        self._cancel = threading.Event()
        self._worker_progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> tuple[object, TaskFailure | None]:
        """Run the job in the current thread and return (result, failure)."""
        try:
            return self.work(TaskContext(self)), None
        except Exception as exc:  # every failure of a job becomes a dialog, not a dead window
            return None, TaskFailure(self.name, exc, traceback.format_exc())

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, message)

    @Slot(object, object)
    def _deliver_done(self, result: object, failure: TaskFailure | None) -> None:
        self._finish(result, failure)

    def _finish(self, result: object, failure: TaskFailure | None) -> None:
        self.running = False
        self.done = True
        if failure is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(failure)
        self.finished.emit()
        if self._on_done is not None:
            self._on_done(self)


class TaskRunner(QObject):
    """Starts jobs and tells the application when it is busy. Failures with no handler go to ``unhandled``."""

    busy_changed = Signal(bool)

    def __init__(self, unhandled: Callable[[TaskFailure], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unhandled = unhandled
        self._active: list[Task] = []

    def set_unhandled_failure_handler(self, handler: Callable[[TaskFailure], None]) -> None:
        self._unhandled = handler

    def submit(
        self,
        name: str,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[TaskFailure], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Start ``work`` and return its handle; the callbacks are connected before it runs."""
        task = self.prepare(name, work, on_success=on_success, on_failure=on_failure, on_progress=on_progress)
        self.start(task)
        return task

    def prepare(
        self,
        name: str,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[TaskFailure], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """A handle for ``work`` that has not started: keep it (to cancel it) before calling ``start``."""
        task = Task(name, work, self._forget)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_success is not None:
            task.succeeded.connect(on_success)
        task.failed.connect(on_failure if on_failure is not None else self._report_unhandled)
        return task

    def start(self, task: Task) -> None:
        self._active.append(task)
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        task.running = True
        self._start(task)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def active_tasks(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started job has returned (used when the window closes)."""
        return True

    def _start(self, task: Task) -> None:
        raise NotImplementedError

    def _report_unhandled(self, failure: TaskFailure) -> None:
        if self._unhandled is not None:
            self._unhandled(failure)
        else:
            raise failure.exception

    def _forget(self, task: Task) -> None:
        if task in self._active:
            self._active.remove(task)
            if not self._active:
                self.busy_changed.emit(False)


class _Job(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        result, failure = self.task.execute()
        self.task._worker_done.emit(result, failure)


class ThreadedTaskRunner(TaskRunner):
    """Runs jobs one after another on a worker thread of its own pool."""

    def __init__(self, unhandled: Callable[[TaskFailure], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(unhandled, parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def _start(self, task: Task) -> None:
        self._pool.start(_Job(task))

    def wait(self, timeout_ms: int = -1) -> bool:
        return self._pool.waitForDone(timeout_ms)


class SynchronousTaskRunner(TaskRunner):
    """Runs each job at once in the calling thread; the signals are emitted before ``submit`` returns."""

    def _start(self, task: Task) -> None:
        task._worker_progress.disconnect(task._deliver_progress)
        task._worker_progress.connect(task._deliver_progress, Qt.ConnectionType.DirectConnection)
        result, failure = task.execute()
        task._finish(result, failure)
