"""The contacts table of the desktop app: compact rows for the whole record, and bulk classification with undo.

Each function is one use case with one session, like the other services; the rows are frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from app.core.errors import BadInput
from app.core.vocabulary import AuditAction, Channel, ConsentStatus, MetIn, Relationship
from app.storage import contact_table as table
from app.storage import contacts as contacts_repo
from app.storage.audit import record_event
from app.storage.contact_table import ClassificationState, ContactRow
from app.storage.database import Database

__all__ = [
    "Classification",
    "ClassificationResult",
    "ClassificationState",
    "ContactRow",
    "classify_contacts",
    "load_contact_rows",
    "load_contact_table",
    "undo_classification",
]


@dataclass(frozen=True, slots=True)
class Classification:
    """One change applied to many contacts at once; None and () leave a field as it is."""

    relationship: Relationship | None = None
    met_in: MetIn | None = None
    consent: ConsentStatus | None = None
    channel: Channel = Channel.LINKEDIN
    consent_source: str = "manual"
    consent_note: str = ""
    consent_on: date | None = None  # when the consent was given (today when not said)
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return (
            self.relationship is None
            and self.met_in is None
            and self.consent is None
            and not self.add_tags
            and not self.remove_tags
        )

    def describe(self) -> str:
        """A short sentence for the Undo menu item and the status bar."""
        parts: list[str] = []

        def words(value: str) -> str:  # people read "work role", "not asked", "LinkedIn"
            return "LinkedIn" if value == "linkedin" else value.replace("-", " ")

        if self.relationship is not None:
            parts.append(f"relationship to {words(self.relationship)}")
        if self.met_in is not None:
            parts.append(f"met in to {words(self.met_in)}")
        if self.consent is not None:
            parts.append(f"{words(self.channel)} consent to {words(self.consent)}")
        text = "set " + ", ".join(parts) if parts else ""
        if self.add_tags:
            text += ("; " if text else "") + "tag " + ", ".join(self.add_tags)
        if self.remove_tags:
            text += ("; " if text else "") + "untag " + ", ".join(self.remove_tags)
        return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class ClassificationResult:
    """What a bulk change did, enough to undo it, and the changed rows so the table refreshes only those."""

    classification: Classification
    contact_ids: tuple[int, ...]
    before: tuple[ClassificationState, ...]
    consent_change_ids: tuple[int, ...]
    consent_contact_ids: tuple[int, ...]
    rows: tuple[ContactRow, ...]

    @property
    def changed(self) -> bool:
        return bool(self.before or self.consent_change_ids)


def load_contact_table(db: Database) -> list[ContactRow]:
    """Every contact of the record as a compact row, ordered by id."""
    with db.session() as session:
        return table.load_rows(session, db.owner_id)


def load_contact_rows(db: Database, contact_ids: Collection[int]) -> list[ContactRow]:
    """The rows of ``contact_ids`` that still exist, ordered by id."""
    if not contact_ids:
        return []
    with db.session() as session:
        return table.load_rows(session, db.owner_id, contact_ids)


def classify_contacts(
    db: Database, contact_ids: Sequence[int], classification: Classification, *, today: date | None = None
) -> ClassificationResult:
    """Apply one classification to every contact named, in one transaction; contacts gone meanwhile are skipped.

    A consent change is appended to the history only where the current consent on that channel differs.
    """
    if classification.is_empty():
        raise BadInput("nothing to change: choose a relationship, met in, consent or tag")
    with db.session() as session:
        rows = table.contact_rows_for_update(session, db.owner_id, contact_ids)
        ids = [row.id for row in rows]
        before: list[ClassificationState] = []
        for row in rows:
            state = table.classification_state(row)
            if table.classify(
                row,
                relationship=classification.relationship,
                met_in=classification.met_in,
                add_tags=classification.add_tags,
                remove_tags=classification.remove_tags,
            ):
                before.append(state)
        if before:
            session.flush()
            record_event(
                session,
                db.owner_id,
                AuditAction.CONTACT_CHANGE,
                [state.contact_id for state in before],
                _details(classification),
            )
        consent_ids: list[int] = []
        to_change: list[int] = []
        if classification.consent is not None:
            current = contacts_repo.current_consent_on(session, ids, classification.channel)
            to_change = [cid for cid in ids if current.get(cid) is not classification.consent]
            if to_change:
                consent_ids = table.append_consent_changes(
                    session,
                    to_change,
                    classification.channel,
                    classification.consent,
                    changed_on=classification.consent_on or today or date.today(),
                    source=classification.consent_source,
                    note=classification.consent_note,
                )
                record_event(
                    session,
                    db.owner_id,
                    AuditAction.CONSENT_CHANGE,
                    to_change,
                    {
                        "channel": classification.channel.value,
                        "status": classification.consent.value,
                        "source": classification.consent_source,
                        "bulk": True,
                    },
                )
        session.flush()
        return ClassificationResult(
            classification=classification,
            contact_ids=tuple(ids),
            before=tuple(before),
            consent_change_ids=tuple(consent_ids),
            consent_contact_ids=tuple(to_change),
            rows=tuple(table.load_rows(session, db.owner_id, ids)),
        )


def undo_classification(db: Database, result: ClassificationResult) -> list[ContactRow]:
    """Put back what ``result`` changed: the classified fields, and remove the consent entries it appended.

    Returns the rows after the undo. Contacts deleted since are skipped.
    """
    with db.session() as session:
        by_id = {row.id: row for row in table.contact_rows_for_update(session, db.owner_id, result.contact_ids)}
        restored = [
            state.contact_id
            for state in result.before
            if state.contact_id in by_id and table.restore(by_id[state.contact_id], state)
        ]
        withdrawn = table.withdraw_consent_changes(session, db.owner_id, result.consent_change_ids)
        if restored or withdrawn:
            session.flush()
            record_event(
                session,
                db.owner_id,
                AuditAction.CONTACT_CHANGE,
                sorted(set(restored) | {cid for cid in result.consent_contact_ids if cid in by_id and withdrawn}),
                {"undo": result.classification.describe(), "consent_entries_removed": withdrawn},
            )
        return table.load_rows(session, db.owner_id, list(by_id))


def _details(classification: Classification) -> dict[str, object]:
    details: dict[str, object] = {"bulk": True}
    if classification.relationship is not None:
        details["relationship"] = classification.relationship.value
    if classification.met_in is not None:
        details["met_in"] = classification.met_in.value
    if classification.add_tags:
        details["add_tags"] = list(classification.add_tags)
    if classification.remove_tags:
        details["remove_tags"] = list(classification.remove_tags)
    return details
