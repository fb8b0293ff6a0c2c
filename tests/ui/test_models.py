"""The Qt models are sound (qtmodeltester), sort through the view, and hand contact text over literally."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.core.records import ConsentChange
from app.core.vocabulary import Channel, ConsentStatus, Relationship
from app.ui.models.consent_history import ConsentHistoryModel
from app.ui.models.contact_index import Column, ContactFilter
from app.ui.models.contacts_table import ID_ROLE, ROW_ROLE, SORT_ROLE, ContactsTableModel
from tests.ui.test_contact_index import ROWS, row

HOSTILE = ['<img src=x onerror="alert(1)">', "<b>Bold</b> &amp; Co", "<script>x</script>"]


def test_contacts_model_passes_the_model_tester_through_filters_sorts_and_updates(qtmodeltester):
    model = ContactsTableModel(ROWS)
    qtmodeltester.check(model, force_py=True)  # stays connected and checks every change below
    model.set_filter(ContactFilter(text="a"))
    model.sort(Column.CONNECTED_ON, Qt.SortOrder.DescendingOrder)
    model.update_rows([row(1, "Ada Q.", relationship=Relationship.CLIENT)])
    model.remove_ids([3])
    model.add_rows([row(7, "Zara"), row(8, "Zed")])  # "Zed" does not match the search
    assert model.rowCount() == 5
    model.set_rows([])
    assert model.rowCount() == 0


def test_consent_history_model_passes_the_model_tester_and_shows_the_latest_first(qtmodeltester):
    history = [
        ConsentChange(Channel.LINKEDIN, ConsentStatus.IMPLIED, date(2024, 1, 1), "linkedin-export", id=1),
        ConsentChange(Channel.EMAIL, ConsentStatus.EXPLICIT, date(2025, 6, 1), "asked", "<b>yes</b>", id=2),
    ]
    model = ConsentHistoryModel(history)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 2).data() == "Explicit"
    assert model.index(0, 4).data() == "<b>yes</b>"
    assert model.index(1, 0).data(SORT_ROLE) == date(2024, 1, 1)


def test_roles_give_the_id_the_row_and_native_sort_values():
    model = ContactsTableModel(ROWS)
    first = model.index(0, Column.CONNECTED_ON)
    assert first.data(ID_ROLE) == 1
    assert first.data(ROW_ROLE) == ROWS[0]
    assert first.data(SORT_ROLE) == date(2024, 1, 5)
    assert first.data() == "2024-01-05"
    assert model.index(0, Column.TAGS).data() == "alumni"
    assert model.headerData(Column.MET_IN, Qt.Orientation.Horizontal) == "Met in"


def test_clicking_a_header_sorts_and_keeps_the_current_contact(qtbot):
    model = ContactsTableModel(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    view.setCurrentIndex(model.index(model.row_of_id(4), 0))
    view.sortByColumn(Column.COMPANY, Qt.SortOrder.AscendingOrder)
    companies = [model.index(r, Column.COMPANY).data() for r in range(model.rowCount())]
    assert companies[:2] == ["Acme", "Lumen"]  # the rest have none and come last
    assert model.id_at(view.currentIndex().row()) == 4


def test_hostile_text_is_returned_literally():
    model = ContactsTableModel([row(i, text, company=text, tags=(text,)) for i, text in enumerate(HOSTILE, 1)])
    shown = {model.index(r, Column.NAME).data() for r in range(model.rowCount())}
    assert shown == set(HOSTILE)
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) is None  # tooltips would render HTML
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
