"""Exporting contacts as a spreadsheet-safe CSV or as vCard 4.0; every export is written to the audit log."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.core.csv_safety import neutralise_row
from app.core.errors import BadInput, parse_enum
from app.core.records import Contact
from app.core.vcard import write_vcards
from app.core.vocabulary import EXPORT_FORMATS, AuditAction, Relationship
from app.storage import contacts as repo
from app.storage.audit import record_event
from app.storage.bulk import link_event_contacts
from app.storage.database import Database

FORMATS = EXPORT_FORMATS

CSV_COLUMNS = (
    "id", "first_name", "last_name", "display_name", "profile_url", "emails", "company", "position",
    "relationship", "met_in", "met_where", "met_on", "linkedin_consent", "email_consent", "connected_on",
    "last_interaction", "tags", "notes", "source",
)  # fmt: skip


def csv_row(contact: Contact) -> list[object]:
    consent = {channel.value: status.value for channel, status in contact.consent.items()}
    return [
        contact.id,
        contact.first_name,
        contact.last_name,
        contact.display_name,
        contact.profile_url_seen or (f"https://{contact.profile_url}" if contact.profile_url else ""),
        "; ".join(contact.emails),
        contact.company,
        contact.position,
        contact.relationship.value,
        contact.met_in.value,
        contact.met_where,
        contact.met_on.isoformat() if contact.met_on else "",
        consent.get("linkedin", "not-asked"),
        consent.get("email", "not-asked"),
        contact.connected_on.isoformat() if contact.connected_on else "",
        contact.last_interaction.isoformat() if contact.last_interaction else "",
        "; ".join(contact.tags),
        contact.notes,
        contact.source.value,
    ]


def contacts_csv(contacts: Iterable[Contact]) -> str:
    """A CSV (UTF-8, CRLF as RFC 4180 says) whose cells a spreadsheet shows but never runs as formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for contact in contacts:
        writer.writerow(neutralise_row(csv_row(contact)))
    return buffer.getvalue()


def contacts_vcf(contacts: Iterable[Contact]) -> str:
    return "".join(write_vcards(contacts))


def _write_atomically(out: Path, text: str) -> None:
    """Write beside the target, then rename: a failed export never leaves half a file."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(f"{out}: the folder {folder} does not exist")
    if out.is_dir():
        raise BadInput(f"{out}: is a folder; name the file to write")
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temp, out)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise BadInput(f"{out}: cannot write the file ({exc.strerror or exc})") from None


def export_contacts(db: Database, fmt: str, out: Path, relationships: Sequence[Relationship | str] = ()) -> int:
    """Write all contacts (or those of ``relationships``) to ``out`` as csv or vcf; returns how many."""
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    wanted = [r if isinstance(r, Relationship) else parse_enum(Relationship, r, "relationship") for r in relationships]
    out = Path(out)
    with db.session() as session:
        contacts = repo.list_contacts(session, db.owner_id, relationships=wanted)
        text = contacts_csv(contacts) if fmt == "csv" else contacts_vcf(contacts)
        event = record_event(
            session,
            db.owner_id,
            AuditAction.EXPORT,
            (),
            {
                "what": "contacts",
                "format": fmt,
                "file": str(out.resolve()),
                "count": len(contacts),
                "relationships": [r.value for r in wanted],
            },
        )
        link_event_contacts(session, event.id, [c.id for c in contacts])
        _write_atomically(out, text)  # last: if writing fails, the audit event is rolled back with the rest
        return len(contacts)
