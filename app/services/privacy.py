"""Data protection use cases: erasure, subject export, the review queue, handing contacts to a successor."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.records import Contact
from app.core.vocabulary import AuditAction
from app.storage import contacts as repo
from app.storage.audit import list_events, record_event
from app.storage.base import Base, utcnow
from app.storage.database import Database
from app.storage.models import Contact as ContactRow
from app.storage.models import PrivacySettings
from app.storage.suppression import add_suppression

DEFAULT_REVIEW_MONTHS = 12
MAX_REVIEW_MONTHS = 120


@dataclass(frozen=True, slots=True)
class HandoverMention:
    """A handover list that included a person: where their data went."""

    id: int
    created_at: datetime | None
    successor_name: str
    format: str
    file_name: str


@dataclass(frozen=True, slots=True)
class ErasureResult:
    contact_id: int
    name: str
    handovers: tuple[HandoverMention, ...]
    suppression_entries: int
    removed: dict[str, int]


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    months: int
    contacts: tuple[Contact, ...]


# --- erasure -------------------------------------------------------------------------------------------------


def _tables_about_contacts() -> list[tuple[Table, str]]:
    """Every table with a foreign key to contact.id, with that column, children first."""
    found: list[tuple[Table, str]] = []
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == "contact":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "contact" and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def _handovers_including(session: Session, owner_id: int, contact_id: int) -> list[HandoverMention]:
    tables = Base.metadata.tables
    if "handover" not in tables or "handover_contact" not in tables:
        return []
    handover, entry = tables["handover"], tables["handover_contact"]
    rows = session.execute(
        select(handover)
        .join(entry, entry.c.handover_id == handover.c.id)
        .where(entry.c.contact_id == contact_id, handover.c.owner_id == owner_id)
        .order_by(handover.c.created_at, handover.c.id)
    ).mappings()
    return [
        HandoverMention(
            id=row["id"],
            created_at=row.get("created_at"),
            successor_name=row.get("successor_name") or "",
            format=row.get("format") or "",
            file_name=row.get("file_name") or "",
        )
        for row in rows
    ]


def erase_contact(db: Database, id_or_url: str) -> ErasureResult:
    """Remove a person and everything about them in one transaction, keeping only a suppression entry.

    Requests, consent history, e-mails, tags, interactions, handover rows and audit links go with the contact;
    the erasure itself is logged without any personal data, with the handovers that had included the person.
    """
    with db.session() as session:
        row = repo.resolve_row(session, db.owner_id, id_or_url)
        contact_id, name = row.id, repo.to_record(row).name
        handovers = _handovers_including(session, db.owner_id, contact_id)
        suppressed = add_suppression(
            session, db.owner_id, row.profile_url, [e.address for e in row.emails], f"{row.first_name} {row.last_name}"
        )
        removed: dict[str, int] = {}
        for table, column in _tables_about_contacts():
            count = session.execute(select(func.count()).select_from(table).where(table.c[column] == contact_id))
            n = count.scalar_one()
            if n:
                session.execute(delete(table).where(table.c[column] == contact_id))
                removed[table.name] = n
        session.expunge(row)
        session.execute(delete(ContactRow).where(ContactRow.id == contact_id, ContactRow.owner_id == db.owner_id))
        record_event(
            session,
            db.owner_id,
            AuditAction.ERASE,
            [],
            {"handovers": [h.id for h in handovers], "suppression_entries": suppressed, "removed": removed},
        )
        return ErasureResult(contact_id, name, tuple(handovers), suppressed, removed)


# --- subject export ------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-ready copy: dates in ISO 8601, enums as their words, bytes in base64."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def subject_export(db: Database, id_or_url: str) -> dict[str, Any]:
    """Everything held about one person: the record, consent history, and every row in any table about them."""
    with db.session() as session:
        row = repo.resolve_row(session, db.owner_id, id_or_url)
        contact = repo.record_of(session, row)
        related: dict[str, list[dict[str, Any]]] = {}
        for table, column in _tables_about_contacts():
            rows = session.execute(select(table).where(table.c[column] == row.id)).mappings().all()
            if rows:
                related[table.name] = [dict(r) for r in rows]
        events = list_events(session, db.owner_id, contact_id=row.id)
        handovers = _handovers_including(session, db.owner_id, row.id)
        data = {
            "exported_at": datetime.now(UTC),
            "database": db.name,
            "contact": contact,
            "consent_history": repo.consent_history(session, row.id),
            "handovers": handovers,
            "audit_events": events,
            "rows_by_table": {"contact": [_row_dict(session, row.id)], **related},
        }
        record_event(session, db.owner_id, AuditAction.EXPORT, [row.id], {"kind": "subject-export"})
    return _plain(data)


def _row_dict(session: Session, contact_id: int) -> dict[str, Any]:
    table = ContactRow.__table__
    return dict(session.execute(select(table).where(table.c.id == contact_id)).mappings().one())


def write_subject_export(db: Database, id_or_url: str, out: Path) -> Path:
    """Write the subject export as JSON; the file appears whole or not at all."""
    data = subject_export(db, id_or_url)
    target = out.expanduser()
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BadInput(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


# --- review queue --------------------------------------------------------------------------------------------


def review_period(db: Database) -> int:
    with db.session() as session:
        settings = session.get(PrivacySettings, db.owner_id)
        return settings.review_months if settings is not None else DEFAULT_REVIEW_MONTHS


def set_review_period(db: Database, months: int) -> int:
    if not 1 <= months <= MAX_REVIEW_MONTHS:
        raise BadInput(f"the review period must be between 1 and {MAX_REVIEW_MONTHS} months, not {months}")
    with db.session() as session:
        settings = session.get(PrivacySettings, db.owner_id)
        if settings is None:
            session.add(PrivacySettings(owner_id=db.owner_id, review_months=months))
        else:
            settings.review_months = months
    return months


def review_queue(db: Database, *, months: int | None = None, now: datetime | None = None) -> ReviewQueue:
    """Contacts whose record was last reviewed (or, never reviewed, created) more than ``months`` ago, oldest first."""
    period = months if months is not None else review_period(db)
    if period < 1:
        raise BadInput(f"the review period must be at least 1 month, not {period}")
    cutoff = (now or utcnow()) - relativedelta(months=period)
    last_seen = func.coalesce(ContactRow.reviewed_at, ContactRow.created_at)
    with db.session() as session:
        rows = session.scalars(
            repo._with_children(
                select(ContactRow)
                .where(ContactRow.owner_id == db.owner_id, last_seen < cutoff)
                .order_by(last_seen, ContactRow.id)
            )
        ).all()
        consent = repo.current_consent_rows(session, [r.id for r in rows])
        return ReviewQueue(period, tuple(repo.to_record(r, consent.get(r.id)) for r in rows))


def mark_reviewed(db: Database, ids_or_urls: Sequence[str], *, at: datetime | None = None) -> list[Contact]:
    """Stamp today's date as the last review of each contact named."""
    stamp = at or utcnow()
    with db.session() as session:
        rows = [repo.resolve_row(session, db.owner_id, value) for value in ids_or_urls]
        for row in rows:
            row.reviewed_at = stamp
        session.flush()
        record_event(session, db.owner_id, AuditAction.REVIEW, [r.id for r in rows], {"count": len(rows)})
        consent = repo.current_consent_rows(session, [r.id for r in rows])
        return [repo.to_record(r, consent.get(r.id)) for r in rows]


# --- handing contacts to a successor on a team database ------------------------------------------------------


def transfer_contacts(db: Database, ids_or_urls: Sequence[str], successor_role: str) -> int:
    """Move chosen contacts (with their requests) into the successor's record on a team database.

    Row-level security lets an adviser change only their own rows, so the move runs in the database function
    ``gatehouse_transfer_contacts``, which checks that every contact belongs to the calling role and that the
    successor is another adviser of this team database, and writes a ``handover`` audit event for both.
    """
    if db.is_sqlite:
        raise BadInput("handing contacts to a successor's ownership needs a team database (PostgreSQL)")
    role = successor_role.strip()
    if not role:
        raise BadInput("name the successor's database role")
    try:
        with db.session() as session:
            ids = [repo.resolve_row(session, db.owner_id, value).id for value in ids_or_urls]
            # the function checks the successor and records the hand-over in both records
            return session.execute(
                text("SELECT gatehouse_transfer_contacts(:ids, :role)"), {"ids": ids, "role": role}
            ).scalar_one()
    except DBAPIError as exc:
        message = str(exc.orig or exc).strip().splitlines()[0]
        if "duplicate key" in message:
            message = "the successor already has one of these contacts in their record"
        raise BadInput(f"cannot hand over: {message}") from None
