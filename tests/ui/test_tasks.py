"""The task runner: results, progress and failures arrive as signals in the GUI thread; jobs can be cancelled."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.ui.tasks import SynchronousTaskRunner, TaskFailure, ThreadedTaskRunner


def counting_job(total: int):
    def work(context):
        for done in range(1, total + 1):
            if context.is_cancelled():
                raise RuntimeError("cancelled")
            context.report(done, total, f"row {done}")
        return total

    return work


def test_synchronous_runner_emits_everything_before_submit_returns():
    runner = SynchronousTaskRunner()
    progress, results, busy = [], [], []
    runner.busy_changed.connect(busy.append)
    task = runner.submit("count", counting_job(3), on_progress=lambda *a: progress.append(a), on_success=results.append)
    assert results == [3]
    assert progress[0] == (1, 3, "row 1") and progress[-1] == (3, 3, "row 3")
    assert task.done and not runner.busy
    assert busy == [True, False]


def test_failures_go_to_the_failure_handler_or_else_to_the_unhandled_handler():
    unhandled: list[TaskFailure] = []
    runner = SynchronousTaskRunner(unhandled.append)
    failures: list[TaskFailure] = []

    def broken(_context):
        raise ValueError("the file is empty")

    runner.submit("read", broken, on_failure=failures.append)
    runner.submit("read again", broken)
    assert [f.message for f in failures] == ["the file is empty"]
    assert [f.task_name for f in unhandled] == ["read again"]
    assert "ValueError: the file is empty" in unhandled[0].details


def test_cancelling_from_a_progress_report_stops_a_synchronous_job():
    runner = SynchronousTaskRunner()
    failures: list[TaskFailure] = []
    seen: list[int] = []

    def on_progress(done, _total, _message):
        seen.append(done)
        task.cancel()

    task = runner.prepare("count", counting_job(100), on_progress=on_progress, on_failure=failures.append)
    runner.start(task)
    assert seen == [1]
    assert [f.message for f in failures] == ["cancelled"]


@pytest.mark.gui
def test_threaded_runner_works_off_the_gui_thread_and_reports_in_it(qtbot):
    runner = ThreadedTaskRunner()
    gui_thread = QThread.currentThread()
    worker_threads: list[threading.Thread] = []
    delivered_in: list[QThread] = []
    release = threading.Event()

    def work(context):
        worker_threads.append(threading.current_thread())
        context.report(1, 2, "half")
        release.wait(10)
        context.report(2, 2, "done")
        return "result"

    task = runner.submit("slow", work)
    task.progressed.connect(lambda *_: delivered_in.append(QThread.currentThread()))
    with qtbot.waitSignal(task.progressed, timeout=10_000) as first:
        pass
    assert first.args == [1, 2, "half"]
    assert runner.busy
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as finished:
        release.set()
    assert finished.args == ["result"]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert delivered_in and all(thread is gui_thread for thread in delivered_in)
    qtbot.waitUntil(lambda: not runner.busy)


@pytest.mark.gui
def test_threaded_runner_cancellation_and_failure(qtbot):
    runner = ThreadedTaskRunner()
    started = threading.Event()

    def work(context):
        started.set()
        while not context.is_cancelled():
            threading.Event().wait(0.005)
        raise RuntimeError("stopped by the user")

    failures: list[TaskFailure] = []
    task = runner.submit("endless", work, on_failure=failures.append)
    assert started.wait(10)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()
    assert [f.message for f in failures] == ["stopped by the user"]
    assert runner.wait(5000)


class Witness:
    """Records the thread that finalises it: what a job captures must be released in the GUI thread."""

    def __init__(self, finalised_in: list[str]) -> None:
        self.finalised_in = finalised_in

    def __del__(self) -> None:
        self.finalised_in.append(threading.current_thread().name)


@pytest.mark.gui
def test_what_a_job_captured_is_released_in_the_gui_thread_and_its_handle_deleted(qtbot):
    runner = ThreadedTaskRunner()
    finalised_in: list[str] = []
    for _ in range(20):  # the worker and the GUI thread race to let go: many jobs give the race its chances
        witness = Witness(finalised_in)

        def work(_context, witness=witness):
            return len(witness.finalised_in)

        task = runner.submit("count", work)
        del witness, work
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        del task
    gc.collect()
    assert finalised_in == [threading.main_thread().name] * 20
    runner.shutdown()


@pytest.mark.gui
def test_a_failure_keeps_its_message_and_details_but_not_the_jobs_locals(qtbot):
    runner = ThreadedTaskRunner()
    finalised_in: list[str] = []
    failures: list[TaskFailure] = []

    def work(_context):
        session = Witness(finalised_in)  # stands for a database session open in the job
        raise LookupError(f"no owner ({session.__class__.__name__})")

    task = runner.submit("read", work, on_failure=failures.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert failures[0].message == "no owner (Witness)"
    assert "LookupError" in failures[0].details and "raise LookupError" in failures[0].details
    assert finalised_in, "the failure still holds the job's frame and its locals"
    runner.shutdown()


@pytest.mark.gui
def test_after_shutdown_no_result_reaches_its_callbacks(qtbot):
    runner = ThreadedTaskRunner()
    release = threading.Event()
    delivered: list[object] = []
    task = runner.submit("slow", lambda _context: release.wait(10), on_success=delivered.append)
    release.set()
    assert runner.shutdown(10_000)
    assert not runner.busy and task.done
    runner.submit("too late", lambda _context: 1, on_success=delivered.append)
    QCoreApplication.processEvents()  # the worker has returned: its queued delivery, if any, arrives now
    assert delivered == []
