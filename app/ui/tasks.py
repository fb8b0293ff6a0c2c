"""The one task runner: anything slower than a frame runs off the GUI thread and reports through signals.

A job is a plain function ``work(context) -> result``. It may call ``context.report(done, total, message)``
and should stop when ``context.is_cancelled()``; it never touches a widget. The ``Task`` handle lives in the
GUI thread and emits ``progressed``, ``succeeded``, ``failed`` and ``finished`` there.

``ThreadedTaskRunner`` runs jobs one at a time on a worker thread (database work is serialised, as in Anki's
task manager); ``SynchronousTaskRunner`` runs them at once in the calling thread, for tests.

Lifetimes are explicit, because a Qt object finalised on the wrong thread or after its owner crashes the
process (often much later, inside the garbage collector):

- a ``Task`` is owned by the runner while it runs; once it has finished it lets go of its job and of every
  callback connected to it, so nothing keeps it in a reference cycle and the last reference, in the GUI thread,
  deletes it (no Python-owned Qt object is left for the garbage collector, which may run on any thread);
- the worker thread holds no reference to a ``Task`` or to any Qt object but the runner's relay: it drops its
  references to the job before it reports the result, so whatever the job captured is released in the GUI thread;
- a failure keeps the exception and its traceback text, not the traceback's frames (they hold the job's locals,
  database sessions among them, which would otherwise be finalised wherever the last reference goes);
- ``shutdown()`` (the window calls it when it closes) cancels what is running, waits for the worker, and drops
  the results that arrive after it: no callback reaches a page that is being destroyed.
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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

    @classmethod
    def of(cls, task_name: str, exception: BaseException) -> TaskFailure:
        """The failure of ``exception`` just caught, without the frames of its traceback."""
        details = traceback.format_exc()
        _drop_frames(exception)
        return cls(task_name, exception, details)


def _drop_frames(exception: BaseException) -> None:
    seen: set[int] = set()
    current: BaseException | None = exception
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)
            current.__traceback__ = None
        current = current.__cause__ or current.__context__


class TaskContext:
    """What a job may use: progress reports and the cancellation flag. Safe to call from any thread."""

    def __init__(self, report: Callable[[int, int, str], None], cancelled: threading.Event) -> None:
        self._report = report
        self._cancelled = cancelled
        self._last_report = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and done != 0 and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._report(done, total, message)

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()


Work = Callable[[TaskContext], Any]


def run_work(name: str, work: Work, context: TaskContext) -> tuple[object, TaskFailure | None]:
    """Run a job in the current thread and return (result, failure)."""
    try:
        return work(context), None
    except Exception as exc:  # every failure of a job becomes a dialog, not a dead window
        return None, TaskFailure.of(name, exc)


class Task(QObject):
    """A handle on one job. Connect to its signals before the runner starts it (``TaskRunner.submit``).

    Once ``finished`` has been emitted its callbacks are disconnected; plain attributes (``done``, ``name``,
    ``cancel()``) stay usable on a reference kept after that.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # TaskFailure
    finished = Signal()

    def __init__(self, name: str, work: Work, on_done: Callable[[Task], None] | None = None) -> None:
        super().__init__()
        self.name = name
        self._on_done = on_done
        self.work: Work | None = work
        self.running = False
        self.done = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> tuple[object, TaskFailure | None]:
        """Run the job in the current thread and return (result, failure)."""
        if self.work is None:
            raise RuntimeError(f"{self.name}: the job has run already")
        return run_work(self.name, self.work, TaskContext(self.deliver_progress, self._cancel))

    def deliver_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, message)

    def _finish(self, result: object, failure: TaskFailure | None) -> None:
        self.running = False
        self.done = True
        self.work = None
        if failure is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(failure)
        self.finished.emit()
        on_done, self._on_done = self._on_done, None
        if on_done is not None:
            on_done(self)
        self.release()

    def release(self) -> None:
        """Let go of the job and of every callback (they hold pages and controllers)."""
        self.work = None
        self._on_done = None
        for signal in (self.progressed, self.succeeded, self.failed, self.finished):
            if self.isSignalConnected(QMetaMethod.fromSignal(signal)):
                signal.disconnect()


class TaskRunner(QObject):
    """Starts jobs and tells the application when it is busy. Failures with no handler go to ``unhandled``."""

    busy_changed = Signal(bool)

    def __init__(self, unhandled: Callable[[TaskFailure], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unhandled = unhandled
        self._active: list[Task] = []
        self._closed = False

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
        if self._closed:  # the window is closing: nothing new starts
            task.cancel()
            task.release()
            return
        self._active.append(task)
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        task.running = True
        self._start(task)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    @property
    def closed(self) -> bool:
        return self._closed

    def active_tasks(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started job has returned (used when the window closes)."""
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job, wait for the worker, and deliver nothing more: the owner is going away.

        Returns False when a job did not return within ``timeout_ms`` (it is left to finish on its own; its
        result is dropped)."""
        self._closed = True
        self.cancel_all()
        returned = self.wait(timeout_ms)
        abandoned, self._active = self._active, []
        for task in abandoned:
            task.running = False
            task.done = True
            task.release()
        if abandoned:
            self.busy_changed.emit(False)
        return returned

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


class _Relay(QObject):
    """The one object the worker thread emits on; it lives in the GUI thread, so its signals are queued."""

    progressed = Signal(int, int, int, str)  # job key, done, total, message
    done = Signal(int, object, object)  # job key, result, TaskFailure | None


class _Job(QRunnable):
    """What the worker thread runs. It keeps only the job and the relay, and lets go of the job before it
    reports, so the GUI thread releases what the job captured."""

    def __init__(self, key: int, name: str, work: Work, cancelled: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._key = key
        self._name = name
        self._work: Work | None = work
        self._cancelled: threading.Event | None = cancelled
        self._relay: _Relay | None = relay

    def run(self) -> None:
        key, name, relay = self._key, self._name, self._relay
        work, cancelled = self._work, self._cancelled
        self._work = self._cancelled = self._relay = None
        if work is None or cancelled is None or relay is None:
            return
        result, failure = run_work(name, work, TaskContext(_Progress(key, relay).emit, cancelled))
        del work
        relay.done.emit(key, result, failure)


class _Progress:
    """A job's progress reports, sent through the relay with the job's key."""

    __slots__ = ("_key", "_relay")

    def __init__(self, key: int, relay: _Relay) -> None:
        self._key = key
        self._relay = relay

    def emit(self, done: int, total: int, message: str) -> None:
        self._relay.progressed.emit(self._key, done, total, message)


class ThreadedTaskRunner(TaskRunner):
    """Runs jobs one after another on a worker thread of its own pool."""

    def __init__(self, unhandled: Callable[[TaskFailure], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(unhandled, parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._job_progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._job_done, Qt.ConnectionType.QueuedConnection)
        self._keys = itertools.count(1)
        self._running: dict[int, Task] = {}

    def _start(self, task: Task) -> None:
        if task.work is None:
            raise RuntimeError(f"{task.name}: the job has run already")
        key = next(self._keys)
        self._running[key] = task
        self._pool.start(_Job(key, task.name, task.work, task._cancel, self._relay))

    def wait(self, timeout_ms: int = -1) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        returned = super().shutdown(timeout_ms)
        self._running.clear()
        return returned

    @Slot(int, int, int, str)
    def _job_progressed(self, key: int, done: int, total: int, message: str) -> None:
        task = self._running.get(key)
        if task is not None and not self._closed:
            task.deliver_progress(done, total, message)

    @Slot(int, object, object)
    def _job_done(self, key: int, result: object, failure: TaskFailure | None) -> None:
        task = self._running.pop(key, None)
        if task is not None and not self._closed:
            task._finish(result, failure)


class SynchronousTaskRunner(TaskRunner):
    """Runs each job at once in the calling thread; the signals are emitted before ``submit`` returns."""

    def _start(self, task: Task) -> None:
        result, failure = task.execute()
        task._finish(result, failure)
