"""The Inbox's Sent tab: invitations you sent that still wait, oldest first, with their age."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import requests as request_service
from app.services.importing import import_paths
from app.ui.models.records import ID_ROLE, SORT_ROLE
from app.ui.models.sent_invitations import SentColumn, SentInvitationsModel

pytestmark = pytest.mark.gui

FAMILIES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin" / "families"
TODAY = date(2023, 10, 9)


def test_the_sent_model_passes_the_model_tester_with_native_sort_values(sqlite_db, qtmodeltester):
    import_paths(sqlite_db, [FAMILIES / "2021"], now=datetime(2023, 10, 9, 12, tzinfo=UTC))
    rows = request_service.sent_waiting(sqlite_db, today=TODAY)
    model = SentInvitationsModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(rows)
    assert model.rowCount() == 1  # Gus Reyes; Ben Ostrander accepted (connected after the invitation)
    assert model.index(0, SentColumn.TO).data() == "Gus Reyes"
    assert model.index(0, SentColumn.AGE).data() == "38 days"
    assert model.index(0, SentColumn.AGE).data(SORT_ROLE) == 38
    assert model.index(0, 0).data(ID_ROLE) == rows[0].request.id


def test_hostile_names_and_notes_are_returned_literally(sqlite_db):
    request_service.add_request(sqlite_db, "Someone")  # an incoming one: not on the Sent tab
    assert request_service.sent_waiting(sqlite_db) == []
    model = SentInvitationsModel()
    model.set_rows([])
    assert model.rowCount() == 0


def test_the_sent_tab_lists_waiting_invitations_oldest_first(make_gui, sqlite_db, tmp_path, qtbot):
    folder = tmp_path / "export"
    folder.mkdir()
    text = (FAMILIES / "2021" / "Invitations.csv").read_text(encoding="utf-8")
    text += 'Morgan Adviser,<b>Zed</b> Old,"8/1/23, 9:00 AM",Hi <i>there</i>,OUTGOING\n'
    (folder / "Invitations.csv").write_text(text, encoding="utf-8")
    (folder / "Connections.csv").write_bytes((FAMILIES / "2021" / "Connections.csv").read_bytes())
    import_paths(sqlite_db, [folder], now=datetime(2023, 10, 9, 12, tzinfo=UTC))

    gui = make_gui()
    gui.window.show_page("inbox")
    page = gui.window.page("inbox")
    page.sent.today = TODAY
    with qtbot.waitSignal(page.sent.loaded):
        page.sent.load()
    page.view.tabs.setCurrentIndex(2)
    assert page.view.tabs.tabText(2) == "Sent"
    table = page.view.sent_table
    assert table.isVisible()
    model = table.model()
    names = [model.index(r, SentColumn.TO).data() for r in range(model.rowCount())]
    assert names == ["<b>Zed</b> Old", "Gus Reyes"]  # the oldest first; the markup stays text
    assert model.index(0, SentColumn.AGE).data() == "69 days"
    assert model.index(0, SentColumn.NOTE).data() == "Hi <i>there</i>"
    assert "three weeks or more" in page.view.sent_summary.text()
    assert page.view.sent_summary.textFormat() == Qt.TextFormat.PlainText
    table.setCurrentIndex(model.index(0, 0))
    assert page.current_contact() is not None and page.current_contact()[1] == "<b>Zed</b> Old"
