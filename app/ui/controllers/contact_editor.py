"""The contact editor's behaviour: load a contact, save what changed, add consent changes, open, delete.

While the form holds unsaved changes it stays on its contact (the table may move on); Save or Revert lets it
follow the table again. Single-contact reads and writes take a few milliseconds, so they run directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.core.dates import parse_user_date
from app.core.errors import BadInput, GatehouseError, NotFound
from app.core.records import ContactChanges
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts as contact_service
from app.services.contacts import ContactDetail
from app.ui.context import AppContext
from app.ui.controllers.editing import connect_edits
from app.ui.dialogs.messages import confirm, show_error
from app.ui.settings import CONSENT_SOURCE
from app.ui.views.contact_editor import ContactEditorView
from app.ui.vocabulary import label, phrase


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def normal_tag(tag: str) -> str:
    return " ".join(tag.split()).lower()


def profile_link(profile_url: str | None) -> QUrl | None:
    """The browser address of a stored (normalised) LinkedIn profile; None for anything not on linkedin.com."""
    if not profile_url:
        return None
    host = profile_url.split("/", 1)[0]
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return None
    url = QUrl("https://" + profile_url)
    return url if url.isValid() and url.scheme() == "https" else None


class ContactEditorController(QObject):
    contact_changed = Signal(int)  # saved fields or added a consent change
    contact_deleted = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, view: ContactEditorView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.detail: ContactDetail | None = None
        self.wanted_id: int | None = None  # the contact the table points at
        self._loading = False
        self._dirty = False
        self._connect_signals()
        self._show(None)

    def _connect_signals(self) -> None:
        v = self.view
        connect_edits(
            (v.first_name, v.last_name, v.display_name, v.profile_url, v.emails, v.company, v.position, v.met_where,
             v.met_on, v.tags, v.notes, v.relationship, v.met_in),
            self._mark_dirty,
        )  # fmt: skip
        v.save_button.clicked.connect(self.save)
        v.revert_button.clicked.connect(self.revert)
        v.add_consent_button.clicked.connect(self.add_consent_change)
        v.open_profile_button.clicked.connect(self.open_profile)
        v.delete_button.clicked.connect(self.ask_delete)

    # --- which contact ----------------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self.detail.contact.id if self.detail else None

    @property
    def dirty(self) -> bool:
        return self._dirty

    def show_contact(self, contact_id: int | None) -> None:
        """Follow the table's current contact, unless the form holds unsaved changes."""
        self.wanted_id = contact_id
        if self._dirty and contact_id != self.contact_id:
            name = self.detail.contact.name if self.detail else ""
            self.view.pending_label.setText(
                self.tr(
                    "Unsaved changes to {name}. Save or revert them to see the contact selected in the table."
                ).format(name=name)
            )
            self.view.pending_label.show()
            return
        self._show(contact_id)

    def reload(self) -> None:
        """Read the contact again (it changed elsewhere), unless the form holds unsaved changes."""
        if not self._dirty:
            self._show(self.contact_id)

    def _show(self, contact_id: int | None) -> None:
        detail = None
        if contact_id is not None:
            try:
                detail = contact_service.show_contact(self.context.database, str(contact_id))
            except NotFound:
                detail = None
        self.detail = detail
        self._fill()

    def _fill(self) -> None:
        v = self.view
        self._loading = True
        try:
            v.show_problem("")
            v.pending_label.hide()
            v.show_contact_form(self.detail is not None)
            if self.detail is None:
                return
            contact = self.detail.contact
            v.heading.setText(contact.name or self.tr("(no name)"))
            v.subheading.setText(" · ".join(part for part in (contact.position, contact.company) if part))
            v.first_name.setText(contact.first_name)
            v.last_name.setText(contact.last_name)
            v.display_name.setText(contact.display_name)
            v.profile_url.setText(contact.profile_url_seen or contact.profile_url or "")
            v.emails.setText(", ".join(contact.emails))
            v.company.setText(contact.company)
            v.position.setText(contact.position)
            v.relationship.setCurrentIndex(v.relationship.findData(contact.relationship.value))
            v.met_in.setCurrentIndex(v.met_in.findData(contact.met_in.value))
            v.met_where.setText(contact.met_where)
            v.met_on.setText(contact.met_on.isoformat() if contact.met_on else "")
            v.tags.setText(", ".join(contact.tags))
            v.notes.setPlainText(contact.notes)
            v.connected_on.setText(
                contact.connected_on.isoformat() if contact.connected_on else self.tr("not connected")
            )
            v.last_interaction.setText(
                contact.last_interaction.isoformat() if contact.last_interaction else self.tr("none")
            )
            v.source.setText(label(contact.source))
            reviewed = (
                self.tr(", reviewed {date}").format(date=f"{contact.reviewed_at:%Y-%m-%d}")
                if contact.reviewed_at
                else ""
            )
            v.record_dates.setText(
                self.tr("added {added}, changed {changed}").format(
                    added=f"{contact.created_at:%Y-%m-%d}", changed=f"{contact.updated_at:%Y-%m-%d}"
                )
                + reviewed
            )
            v.open_profile_button.setEnabled(profile_link(contact.profile_url) is not None)
            v.current_consent.setText(
                self.tr("Now: ")
                + ", ".join(
                    f"{label(channel)} {phrase(contact.consent.get(channel, ConsentStatus.NOT_ASKED))}"
                    for channel in (Channel.LINKEDIN, Channel.EMAIL)
                )
                + "".join(
                    f", {label(channel)} {phrase(status)}"
                    for channel, status in contact.consent.items()
                    if channel not in (Channel.LINKEDIN, Channel.EMAIL)
                )
            )
            v.history_model.set_history(self.detail.consent_history)
            v.consent_source.setText(self.context.settings.value(CONSENT_SOURCE))
            v.consent_note.clear()
            for edit in (v.first_name, v.last_name, v.display_name, v.profile_url, v.emails, v.company, v.position):
                edit.setCursorPosition(0)  # show the start of long values, not their end
        finally:
            self._loading = False
        self._set_dirty(False)

    # --- editing ----------------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        if not self._loading and self.detail is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.view.save_button.setEnabled(dirty)
        self.view.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        self._set_dirty(False)
        self._show(self.wanted_id if self.wanted_id is not None else self.contact_id)

    # --- unsaved edits (the window asks before they are lost) -------------------------------------------

    def unsaved_edits(self) -> str:
        if not self._dirty or self.detail is None:
            return ""
        return self.detail.contact.name or self.tr("the contact")

    def save_edits(self, then: Callable[[], None]) -> None:
        if self.save():
            then()

    def discard_edits(self) -> None:
        self.revert()

    def changes(self) -> ContactChanges:
        """What the form changes, as a partial update; raises BadInput naming the field at fault."""
        assert self.detail is not None
        contact = self.detail.contact
        v = self.view
        first, last, display = v.first_name.text().strip(), v.last_name.text().strip(), v.display_name.text().strip()
        if not (first or last or display):
            raise BadInput("a contact needs a first name, a last name or a display name")
        emails = tuple(split_list(v.emails.text()))
        for address in emails:
            if "@" not in address or address.startswith("@") or address.endswith("@"):
                raise BadInput(f"{address!r} is not an e-mail address")
        met_on_text = v.met_on.text().strip()
        met_on = parse_user_date(met_on_text, "the date you met") if met_on_text else None
        if met_on is None and contact.met_on is not None:
            raise BadInput("the date you met cannot be removed once set; correct it instead")
        tags = {normal_tag(t) for t in split_list(v.tags.text())}
        for tag in tags:
            if len(tag) > 64:
                raise BadInput(f"the tag {tag[:20]!r}… is longer than 64 characters")
        old_tags = set(contact.tags)
        url_text = v.profile_url.text().strip()
        old_url = contact.profile_url_seen or contact.profile_url or ""

        def changed(new: str, old: str) -> str | None:
            return new if new != old else None

        return ContactChanges(
            first_name=changed(first, contact.first_name),
            last_name=changed(last, contact.last_name),
            display_name=changed(display, contact.display_name),
            profile_url=changed(url_text, old_url),
            emails=emails if emails != contact.emails else None,
            company=changed(v.company.text().strip(), contact.company),
            position=changed(v.position.text().strip(), contact.position),
            relationship=_changed_enum(Relationship(v.relationship.currentData()), contact.relationship),
            met_in=_changed_enum(MetIn(v.met_in.currentData()), contact.met_in),
            met_where=changed(v.met_where.text().strip(), contact.met_where),
            met_on=met_on if met_on != contact.met_on else None,
            add_tags=tuple(sorted(tags - old_tags)),
            remove_tags=tuple(sorted(old_tags - tags)),
            notes=changed(v.notes.toPlainText(), contact.notes),
        )

    def save(self) -> bool:
        if self.detail is None:
            return False
        contact_id = self.detail.contact.id
        try:
            changes = self.changes()
            if changes.profile_url:
                self._check_profile_free(changes.profile_url, contact_id)
            if not changes.is_empty():
                contact_service.set_contact(self.context.database, str(contact_id), changes)
        except GatehouseError as exc:
            self.view.show_problem(self.tr("Not saved: {problem}.").format(problem=exc))
            return False
        self._set_dirty(False)
        self._show(self.wanted_id if self.wanted_id is not None else contact_id)
        if not changes.is_empty():
            self.contact_changed.emit(contact_id)
            self.context.events.message.emit(self.tr("Contact saved"))
        return True

    def _check_profile_free(self, url: str, contact_id: int) -> None:
        try:
            other = contact_service.show_contact(self.context.database, url).contact
        except (NotFound, BadInput):
            return
        if other.id != contact_id:
            raise BadInput(f"another contact ({other.name}) already has the profile URL {url}")

    def add_consent_change(self) -> None:
        if self.detail is None:
            return
        v = self.view
        contact_id = self.detail.contact.id
        picked = v.consent_date.date()
        source = v.consent_source.text().strip() or "manual"
        try:
            contact_service.set_contact(
                self.context.database,
                str(contact_id),
                ContactChanges(),
                consent=ConsentStatus(v.consent_status.currentData()),
                channel=Channel(v.consent_channel.currentData()),
                consent_on=date(picked.year(), picked.month(), picked.day()),
                consent_source=source,
                consent_note=v.consent_note.text().strip(),
            )
        except GatehouseError as exc:
            v.show_problem(self.tr("Consent change not recorded: {problem}.").format(problem=exc))
            return
        self.context.settings.set_value(CONSENT_SOURCE, source)
        if self._dirty:
            # keep the user's unsaved edits; refresh only the consent part
            self.detail = contact_service.show_contact(self.context.database, str(contact_id))
            v.history_model.set_history(self.detail.consent_history)
        else:
            self._show(contact_id)
        self.contact_changed.emit(contact_id)
        self.context.events.message.emit(self.tr("Consent change recorded"))

    def open_profile(self) -> bool:
        link = profile_link(self.detail.contact.profile_url) if self.detail else None
        if link is None:
            return False
        return QDesktopServices.openUrl(link)

    def ask_delete(self) -> None:
        if self.detail is None:
            return
        contact = self.detail.contact
        parent = self.view.window() if isinstance(self.view.window(), QWidget) else None
        confirm(
            parent,
            self.tr("Delete contact"),
            self.tr("Delete {name} from your record?").format(name=contact.name or self.tr("this contact")),
            self.tr(
                "Their consent history goes with them. This cannot be undone. The audit log keeps only that a "
                "contact was deleted."
            ),
            self.tr("&Delete"),
            lambda: self.delete(contact.id),
        )

    def delete(self, contact_id: int) -> None:
        try:
            contact_service.delete_contact(self.context.database, contact_id)
        except NotFound:
            pass
        except GatehouseError as exc:
            show_error(self.view.window(), self.tr("Contact not deleted"), str(exc))
            return
        self._set_dirty(False)
        if self.contact_id == contact_id:
            self.detail = None
            self._fill()
        self.contact_deleted.emit(contact_id)
        self.context.events.message.emit(self.tr("Contact deleted"))


E = TypeVar("E", Relationship, MetIn)


def _changed_enum(new: E, old: E) -> E | None:
    return new if new != old else None
