"""The desktop app's privacy pieces: one window per database, a passphrase dialog without a keyring, the
"Encrypt database…" and "Erase this person…" actions with their confirmations."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.records import NewContact
from app.services import contacts
from app.storage.backups import SQLITE_HEADER
from app.storage.database import open_database
from app.storage.lock import ALREADY_OPEN, InstanceLock
from app.ui.application import open_database_for_gui
from app.ui.dialogs.secrets import SecretDialog

pytestmark = pytest.mark.gui


def _answer_next_modal(handle) -> list[str]:
    """Handle the next modal dialog as soon as it shows (a modal exec() would otherwise wait for a person)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(handle(dialog))

    QTimer.singleShot(0, poll)
    return seen


def _click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def _open_message_box(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[-1]


def test_a_second_window_on_the_same_database_is_told_it_is_already_open(tmp_path, qapp):
    path = tmp_path / "g.db"
    with InstanceLock(path):
        seen = _answer_next_modal(lambda box: (box.text(), box.close())[0])
        assert open_database_for_gui(str(path)) is None
    assert seen and ALREADY_OPEN in seen[0]


def test_the_app_holds_the_lock_while_open_and_frees_it_when_closed(tmp_path, qapp):
    path = tmp_path / "g.db"
    database = open_database_for_gui(str(path))
    assert database is not None and database.instance_lock is not None and database.instance_lock.held
    seen = _answer_next_modal(lambda box: (box.text(), box.close())[0])
    assert open_database_for_gui(str(path)) is None
    assert ALREADY_OPEN in seen[0]
    database.close()
    again = open_database_for_gui(str(path))
    assert again is not None
    again.close()


def test_without_a_keyring_the_app_asks_for_a_passphrase(tmp_path, qapp):
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "g.db"

    def choose(dialog: SecretDialog) -> str:
        words = dialog.explanation.text()
        assert "keyring.backends" not in words and "Keyring" not in words  # no Python class names
        assert words.count("passphrase") == 1  # said once
        dialog.secret.setText("a long passphrase")
        dialog.repeat.setText("a long passphrase")
        dialog.accept()
        return "new" if dialog.repeat.isVisibleTo(dialog) else "existing"

    seen = _answer_next_modal(choose)
    database = open_database_for_gui(str(path))
    assert seen == ["new"]
    assert database is not None and database.is_encrypted
    contacts.add_contact(database, NewContact("Ada", "Quill"))
    database.close()

    def enter(dialog: SecretDialog) -> str:
        dialog.secret.setText("a long passphrase")
        dialog.accept()
        return "new" if dialog.repeat.isVisibleTo(dialog) else "existing"

    seen = _answer_next_modal(enter)
    reopened = open_database_for_gui(str(path))
    assert seen == ["existing"]
    assert [c.first_name for c in contacts.list_contacts(reopened)] == ["Ada"]
    reopened.close()


def test_mismatched_passphrases_cannot_be_accepted(qtbot):
    dialog = SecretDialog("Gatehouse passphrase", "Choose one", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.secret.setText("one")
    dialog.repeat.setText("two")
    assert not ok.isEnabled()
    dialog.repeat.setText("one")
    assert ok.isEnabled()


def test_encrypt_database_from_the_menu(make_gui, tmp_path, qtbot):
    path = tmp_path / "plain.db"
    plain = open_database(str(path), encrypt_new=False)
    contacts.add_contact(plain, NewContact("Ada", "Quill", notes="private words"))
    gui = make_gui(database=plain)
    action = gui.context.actions["file.encrypt"]
    assert action.isEnabled()
    action.trigger()
    _click(_open_message_box(qtbot), "Encrypt")
    info = _open_message_box(qtbot)
    assert "unencrypted file is kept" in info.text()
    info.close()
    assert plain.is_encrypted and not action.isEnabled()
    assert not path.read_bytes().startswith(SQLITE_HEADER) and b"private words" not in path.read_bytes()
    assert [c.first_name for c in contacts.list_contacts(plain)] == ["Ada"]  # the app carries on


def test_encrypting_can_be_cancelled(make_gui, tmp_path, qtbot):
    path = tmp_path / "plain.db"
    plain = open_database(str(path), encrypt_new=False)
    gui = make_gui(database=plain)
    gui.context.actions["file.encrypt"].trigger()
    _click(_open_message_box(qtbot), "Cancel")
    assert not plain.is_encrypted and path.read_bytes().startswith(SQLITE_HEADER)


def test_erase_this_person_asks_then_erases(gui, sqlite_db, qtbot):
    ada = contacts.add_contact(sqlite_db, NewContact("Ada", "Quill", profile_url="linkedin.com/in/ada"))
    contacts.add_contact(sqlite_db, NewContact("Ben", "Marsh"))
    gui.context.actions["view.refresh"].trigger()
    page = gui.window.page("contacts")
    row = page.controller.model.row_of_id(ada.id)
    page.controller._set_current_row(row)
    assert page.controller.current_id() == ada.id

    gui.context.actions["contacts.erase"].trigger()
    box = _open_message_box(qtbot)
    assert "Erase Ada Quill" in box.text()
    _click(box, "Erase")
    qtbot.waitUntil(lambda: page.controller.model.row_of_id(ada.id) is None)
    assert [c.first_name for c in contacts.list_contacts(sqlite_db)] == ["Ben"]
