"""The contact editor's behaviour: load a contact, save what changed, add consent changes, open, delete.

While the form holds unsaved changes it stays on its contact (the table may move on); Save or Revert lets it
follow the table again. Single-contact reads and writes take a few milliseconds, so they run directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from app.core.dates import parse_user_date
from app.core.errors import BadInput, GatehouseError, NotFound
from app.core.records import ConsentChange, ContactChanges
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.services import contacts as contact_service
from app.services.contacts import ContactDetail
from app.ui.context import AppContext
from app.ui.controllers.editing import connect_edits
from app.ui.dialogs.messages import confirm, show_error
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


# A contact the search hides is put away once the typing pauses this long. Typing that hides the contact and
# Backspace that shows it again leave the form as it is, instead of laying out and painting the whole form twice
# on those keystrokes (a frame's time each at 100,000 contacts).
PUT_AWAY_PAUSE_MS = 400


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
        # The contact put away when the search hid it: shown again without a database read when the search
        # shows it again (Backspace); forgotten as soon as anything changes contacts.
        self._put_away: ContactDetail | None = None
        self._loading = False
        self._dirty = False
        self._correcting: ConsentChange | None = None  # the mistaken entry the consent form corrects
        self._put_away_timer = QTimer(self)
        self._put_away_timer.setSingleShot(True)
        self._put_away_timer.setInterval(PUT_AWAY_PAUSE_MS)
        self._put_away_timer.timeout.connect(lambda: self.show_contact(None))
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
        v.correct_button.clicked.connect(self.start_correction)
        v.cancel_correction_button.clicked.connect(self._end_correction)
        v.history_table.selectionModel().selectionChanged.connect(self._update_correct_button)
        v.history_model.modelReset.connect(self._update_correct_button)
        v.open_profile_button.clicked.connect(self.open_profile)
        v.delete_button.clicked.connect(self.ask_delete)
        self.context.events.contacts_changed.connect(self._forget_put_away)

    # --- which contact ----------------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self.detail.contact.id if self.detail else None

    @property
    def dirty(self) -> bool:
        return self._dirty

    def show_contact(self, contact_id: int | None, *, typing: bool = False) -> None:
        """Follow the table's current contact (None: nothing is selected, the form is put away), unless the form
        holds unsaved changes: then it stays on its contact and the unsaved-edits bar says so.

        With ``typing`` (the search hid the contact as the user types), the form is put away once the typing
        pauses (PUT_AWAY_PAUSE_MS), and not at all if the next keystrokes show the contact again."""
        self.wanted_id = contact_id
        if contact_id is None and typing and self.detail is not None and not self._dirty:
            self._put_away_timer.start()
            return
        self._put_away_timer.stop()
        if self._dirty and contact_id != self.contact_id:
            self._update_bar()
            return
        if contact_id is not None and contact_id == self.contact_id:
            self._update_bar()  # already shown: the form (and what is typed in it) stays
            return
        if contact_id is None:
            if self.detail is not None:
                self._put_away = self.detail
        else:
            put_away, self._put_away = self._put_away, None
            if put_away is not None and put_away.contact.id == contact_id:
                # As read a moment ago, and still in the form's fields (only put away): shown again as it is.
                self.detail = put_away
                self.view.show_problem("")
                self.view.show_contact_form(True)
                return
        self._show(contact_id)

    def _forget_put_away(self, _ids: frozenset[int] | None = None) -> None:
        if self._put_away_timer.isActive():  # the form still shows a contact the search hid: put away now
            self.show_contact(None)
        self._put_away = None

    def who(self) -> str:
        """The contact being edited, told apart from others of the same name: "Ada Quill (Acme Careers)"."""
        if self.detail is None:
            return ""
        contact = self.detail.contact
        name = contact.name or self.tr("(no name)")
        extra = contact.company or contact.profile_url or ""
        return f"{name} ({extra})" if extra else name

    def _update_bar(self) -> None:
        v = self.view
        v.unsaved_bar.setVisible(self._dirty)
        if not self._dirty:
            return
        text = self.tr("Unsaved edits to {name}.").format(name=self.who())
        if self.wanted_id != self.contact_id:
            text += " " + (
                self.tr("Save or discard them to see the contact selected in the table.")
                if self.wanted_id is not None
                else self.tr("Save or discard them.")
            )
        v.pending_label.setText(text)

    def reload(self) -> None:
        """Read the contact again (it changed elsewhere), unless the form holds unsaved changes."""
        self._put_away = None
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
            v.show_contact_form(self.detail is not None)
            if self.detail is None:
                return
            contact = self.detail.contact
            v.heading.setText(contact.name or self.tr("(no name)"))
            v.subheading.setText(" · ".join(part for part in (contact.position, contact.company) if part))
            v.profile_line.setText(
                contact.profile_url_seen or contact.profile_url or self.tr("No LinkedIn profile address")
            )
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
            self._reset_consent_form()
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
        changed = dirty != self._dirty
        self._dirty = dirty
        self.view.save_button.setEnabled(dirty)
        self.view.revert_button.setEnabled(dirty)
        self._update_bar()
        if changed:
            self.dirty_changed.emit(dirty)

    def _reset_consent_form(self) -> None:
        """A fresh form for each contact: nothing typed for one person is recorded for the next by mistake."""
        v = self.view
        v.consent_channel.setCurrentIndex(v.consent_channel.findData(Channel.LINKEDIN.value))
        v.consent_status.setCurrentIndex(v.consent_status.findData(ConsentStatus.NOT_ASKED.value))
        v.consent_date.setDate(QDate.currentDate())
        v.consent_source.clear()
        v.consent_note.clear()
        self._end_correction()

    # --- correcting a mistaken consent entry --------------------------------------------------------------

    def _selected_history_entry(self) -> ConsentChange | None:
        rows = self.view.history_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.view.history_model.rowCount():
            return None
        return self.view.history_model.change_at(rows[0].row())

    def _update_correct_button(self) -> None:
        entry = self._selected_history_entry()
        self.view.correct_button.setEnabled(entry is not None and entry.id is not None and entry.counts)

    def start_correction(self) -> None:
        """The form records what the selected entry should have said; the mistaken entry is kept and marked."""
        entry = self._selected_history_entry()
        if entry is None or entry.id is None or not entry.counts:
            return
        v = self.view
        self._correcting = entry
        v.consent_channel.setCurrentIndex(v.consent_channel.findData(entry.channel.value))
        v.consent_status.setCurrentIndex(v.consent_status.findData(entry.status.value))
        v.consent_date.setDate(QDate(entry.changed_on.year, entry.changed_on.month, entry.changed_on.day))
        v.consent_source.setText(entry.source)
        v.correcting_label.setText(
            self.tr(
                "Correcting the entry of {date} ({channel} {status}). Set what it should have said; the mistaken "
                "entry stays in the history, marked corrected."
            ).format(date=entry.changed_on.isoformat(), channel=entry.channel.value, status=entry.status.value)
        )
        v.correcting_label.show()
        v.cancel_correction_button.show()
        v.add_consent_button.setText(self.tr("Record &correction"))
        v.consent_status.setFocus()

    def _end_correction(self) -> None:
        v = self.view
        self._correcting = None
        v.correcting_label.hide()
        v.cancel_correction_button.hide()
        v.add_consent_button.setText(self.tr("&Add consent change"))

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
        source = v.consent_source.text().strip()
        if not source:
            v.show_problem(self.tr("Consent change not recorded: say where it comes from (Source)."))
            v.consent_source.setFocus()
            return
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
                consent_corrects=self._correcting.id if self._correcting is not None else None,
            )
        except GatehouseError as exc:
            v.show_problem(self.tr("Consent change not recorded: {problem}.").format(problem=exc))
            return
        corrected = self._correcting is not None
        self._end_correction()
        if self._dirty:
            # keep the user's unsaved edits; refresh only the consent part
            self.detail = contact_service.show_contact(self.context.database, str(contact_id))
            v.history_model.set_history(self.detail.consent_history)
        else:
            self._show(contact_id)
        self.contact_changed.emit(contact_id)
        self.context.events.message.emit(
            self.tr("Correction recorded; the mistaken entry stays in the history") if corrected
            else self.tr("Consent change recorded")
        )  # fmt: skip

    def open_profile(self) -> bool:
        """Open the contact's LinkedIn profile in the browser; say so when there is none, or no browser started."""
        if self.detail is None:
            return False
        link = profile_link(self.detail.contact.profile_url)
        if link is None:
            self.context.events.message.emit(self.tr("This contact has no LinkedIn profile address"))
            return False
        if QDesktopServices.openUrl(link):
            self.context.events.message.emit(self.tr("Opening the profile in your browser"))
            return True
        QGuiApplication.clipboard().setText(link.toString())
        show_error(
            self.view.window(),
            self.tr("No browser could be started"),
            self.tr(
                "Gatehouse asked your system to open the profile, but no web browser started. The address is "
                "copied: paste it into your browser's address bar."
            ),
            link.toString(),
        )
        return False

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
                "Delete removes them from your record with their consent history; this cannot be undone. The audit "
                "log keeps that a contact was deleted, and a later import of your LinkedIn export brings them back "
                "as a new contact. To honour a request to erase a person's data, use Contacts > Erase this person… "
                "instead: it removes everything held about them and keeps them from being imported again."
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
