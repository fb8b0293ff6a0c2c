"""Data protection in the desktop app: encrypt the database, back it up, erase a person."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import BadInput, GatehouseError, NotFound
from app.services import backup as backup_service
from app.services import contacts as contact_service
from app.services import privacy as privacy_service
from app.storage.keys import PassphraseRequest
from app.ui.context import AppContext
from app.ui.dialogs.messages import confirm, show_error
from app.ui.dialogs.secrets import passphrase_prompt

ENCRYPT = "file.encrypt"
BACKUP = "file.backup"
ERASE = "contacts.erase"


def _info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and file names are never rich text
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class PrivacyController(QObject):
    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.ask_passphrase = passphrase_prompt(lambda: self.window)
        self._connect_signals()
        self._update_actions()

    def _connect_signals(self) -> None:
        a = self.context.actions
        a[ENCRYPT].triggered.connect(self.ask_encrypt)
        a[BACKUP].triggered.connect(self.backup_now)
        a[ERASE].triggered.connect(self.ask_erase)

    def _update_actions(self) -> None:
        db = self.context.database
        a = self.context.actions
        a[ENCRYPT].setEnabled(db.file_path is not None and not db.is_encrypted)
        a[BACKUP].setEnabled(db.file_path is not None)

    # --- encryption -------------------------------------------------------------------------------------

    def ask_encrypt(self) -> None:
        db = self.context.database
        if db.file_path is None or db.is_encrypted:
            _info(self.window, self.tr("Encrypt database"), self.tr("This database is encrypted already."))
            return
        if self.context.runner.busy:
            show_error(
                self.window, self.tr("Encrypt database"), self.tr("Wait until Gatehouse has finished its current work.")
            )
            return
        confirm(
            self.window,
            self.tr("Encrypt database"),
            self.tr("Encrypt {database}?").format(database=db.name),
            self.tr(
                "Gatehouse writes an encrypted copy, checks it, and puts it in place. The key goes to your system "
                "keyring (or you choose a passphrase). The unencrypted file is kept beside it until you delete it."
            ),
            self.tr("&Encrypt"),
            self.encrypt,
        )

    def encrypt(self) -> None:
        db = self.context.database
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        passphrase: str | None = None
        try:
            try:
                result = backup_service.encrypt_database(db)
            except BadInput as exc:
                if "keyring" not in str(exc):
                    raise
                QGuiApplication.restoreOverrideCursor()
                passphrase = self.ask_passphrase(PassphraseRequest(db.name, new=True, reason=str(exc)))
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                if not passphrase:
                    return
                result = backup_service.encrypt_database(db, passphrase=passphrase)
            db.reopen(ask_passphrase=(lambda _request: passphrase) if passphrase else self.ask_passphrase)
        except GatehouseError as exc:
            show_error(self.window, self.tr("Database not encrypted"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._update_actions()
        self.context.events.message.emit(self.tr("The database is encrypted."))
        _info(
            self.window,
            self.tr("Database encrypted"),
            self.tr(
                "{database} is encrypted.\n\nThe unencrypted file is kept as {copy}. Delete it once you have "
                "checked your record: it is not encrypted."
            ).format(database=result.path, copy=result.kept_copy),
        )

    def backup_now(self) -> None:
        try:
            written = backup_service.backup_now(self.context.database)
        except GatehouseError as exc:
            show_error(self.window, self.tr("No backup made"), str(exc))
            return
        self.context.events.message.emit(self.tr("Backed up to {file}").format(file=written))

    # --- erasure ----------------------------------------------------------------------------------------

    def _current_contact_id(self) -> int | None:
        pages = getattr(self.window, "pages", {})
        page = pages.get("contacts") if isinstance(pages, dict) else None
        controller = getattr(page, "controller", None)
        return controller.current_id() if controller is not None else None

    def ask_erase(self) -> None:
        contact_id = self._current_contact_id()
        if contact_id is None:
            return
        try:
            contact = contact_service.show_contact(self.context.database, str(contact_id)).contact
        except NotFound:
            return
        confirm(
            self.window,
            self.tr("Erase this person"),
            self.tr("Erase {name} and everything about them?").format(name=contact.name or self.tr("this contact")),
            self.tr(
                "Erase is for a request to erase a person's data. Their record, consent history, requests, "
                "interactions and handover rows are removed. Only a suppression entry is kept, so a later import "
                "does not bring them back. This cannot be undone. (To tidy your record only, Delete contact is "
                "enough: a later import brings a deleted contact back.)"
            )
            + "\n\n"
            + _backups_sentence(self, backup_service.backups_holding(self.context.database)),
            self.tr("&Erase"),
            lambda: self.erase(contact_id),
        )

    def erase(self, contact_id: int) -> privacy_service.ErasureResult | None:
        try:
            result = privacy_service.erase_contact(self.context.database, str(contact_id))
        except GatehouseError as exc:
            show_error(self.window, self.tr("Nothing was erased"), str(exc))
            return None
        self.context.clear_undo()  # undo entries, on any page, may name the erased contact
        self.context.events.contacts_changed.emit(None)
        held = _backups_sentence(self, backup_service.backups_holding(self.context.database))
        if result.handovers:
            lines = "\n".join(
                f"- {h.created_at.date() if h.created_at else ''} to {h.successor_name} ({h.format}) {h.file_name}"
                for h in result.handovers
            )
            _info(
                self.window,
                self.tr("Person erased"),
                self.tr("{name} was erased. These handovers had included them; tell the successors:").format(
                    name=result.name
                )
                + "\n"
                + lines
                + "\n\n"
                + held,
            )
        else:
            self.context.events.message.emit(
                self.tr("{name} was erased; no handover had included them.").format(name=result.name) + " " + held
            )
        return result


def _backups_sentence(owner: QObject, holding: backup_service.BackupsHolding) -> str:
    """What the erasure could not reach, in the user's language: the backups that still hold the person."""
    parts = []
    if holding.automatic:
        parts.append(
            owner.tr("{count} automatic backup(s) still hold them until they are replaced (by {date} if Gatehouse is "
                     "opened every day).").format(count=holding.automatic, date=holding.replaced_by or "")
        )  # fmt: skip
    if holding.kept:
        parts.append(
            owner.tr("{count} kept backup(s) still hold them until you remove them (File > Backups).").format(
                count=len(holding.kept)
            )
        )
    return " ".join(parts) or owner.tr("No backup holds them.")
