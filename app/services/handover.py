"""Handing work contacts over to a successor: candidates, the export (CSV, vCard, PDF), and its record.

The CLI (`gatehouse handover ...`) and the GUI wizard call the same functions with the same explicit choices
(``HandoverChoices``), so they write the same files. Every export is stored (who, to whom, when, which contacts,
which format, to which file) with a status per contact, and an audit event names every contact exported.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.handover import (
    HandoverCandidate,
    HandoverChoices,
    HandoverEntry,
    HandoverFormat,
    HandoverRow,
    HandoverStatus,
    HandoverSummary,
    build_rows,
    check_successor,
    choose,
    rows_to_csv,
    rows_to_vcard,
    select_candidates,
    why_not,
)
from app.core.records import OwnerProfile
from app.core.vocabulary import AuditAction
from app.storage import contacts as contact_repo
from app.storage import handovers as repo
from app.storage import owners
from app.storage.audit import current_actor, record_event
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class HandoverPlan:
    """What an export with these choices would contain, before anything is written."""

    candidates: tuple[HandoverCandidate, ...]
    rows: tuple[HandoverRow, ...]
    owner: OwnerProfile

    @property
    def clients_left_out(self) -> tuple[HandoverCandidate, ...]:
        """Clients without explicit consent that were not ticked one by one."""
        chosen = {row.contact_id for row in self.rows}
        return tuple(c for c in self.candidates if c.needs_one_by_one and c.contact.id not in chosen)


@dataclass(frozen=True, slots=True)
class HandoverResult:
    summary: HandoverSummary
    plan: HandoverPlan
    path: Path


def _candidates(session: Session, owner_id: int) -> list[HandoverCandidate]:
    # SQL narrows by relationship and role met; the pure core applies the product's rules in full
    return select_candidates(repo.candidate_contacts(session, owner_id))


def list_candidates(db: Database) -> list[HandoverCandidate]:
    """Everyone who may be handed over, with the reason; clients needing one-by-one inclusion are flagged."""
    with db.session() as session:
        return _candidates(session, db.owner_id)


def resolve_contact_ids(db: Database, ids_or_urls: Sequence[str]) -> tuple[int, ...]:
    """Contacts named by id, profile URL or e-mail address (as on the command line)."""
    with db.session() as session:
        return tuple(contact_repo.resolve_row(session, db.owner_id, text).id for text in ids_or_urls)


def _plan(session: Session, owner_id: int, choices: HandoverChoices) -> HandoverPlan:
    candidates = _candidates(session, owner_id)
    known = {c.contact.id for c in candidates}
    for contact_id in sorted(set(choices.include_clients) - known):
        contact = contact_repo.record_of(session, contact_repo.get_row(session, owner_id, contact_id))
        raise BadInput(f"contact {contact_id} cannot be handed over: {why_not(contact)}")
    chosen = choose(candidates, choices.include_clients, choices.leave_out)
    owner = owners.load_profile(session, owner_id)
    return HandoverPlan(tuple(candidates), build_rows(chosen, choices.successor, owner), owner)


def plan_handover(db: Database, choices: HandoverChoices) -> HandoverPlan:
    """The rows an export with these choices would write (for a preview); nothing is stored."""
    choices = replace(choices, successor=check_successor(choices.successor))
    with db.session() as session:
        return _plan(session, db.owner_id, choices)


def _check_target(out: Path) -> Path:
    target = out.expanduser()
    if target.is_dir():
        raise BadInput(f"cannot write {out}: it is a folder; name a file")
    if not target.parent.is_dir():
        raise BadInput(f"cannot write {out}: the folder {target.parent} does not exist")
    return target.resolve()


def _write_temporary(target: Path, plan: HandoverPlan, choices: HandoverChoices, fmt: HandoverFormat) -> Path:
    """The file, complete, beside its target (so that moving it into place is atomic)."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        if fmt is HandoverFormat.PDF:
            os.close(handle)
            from app.reports.handover_pdf import write_handover_pdf  # Qt is loaded only for a PDF

            write_handover_pdf(
                temporary, plan.rows, owner=plan.owner, successor=choices.successor, made_on=date.today()
            )
        else:
            text = rows_to_csv(plan.rows) if fmt is HandoverFormat.CSV else rows_to_vcard(plan.rows)
            # CSV with a byte-order mark, so spreadsheet programs read it as UTF-8; vCard 4.0 is UTF-8 by definition
            encoding = "utf-8-sig" if fmt is HandoverFormat.CSV else "utf-8"
            with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
                stream.write(text)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BadInput(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def create_handover(db: Database, choices: HandoverChoices, fmt: HandoverFormat, out: Path) -> HandoverResult:
    """Write the handover file and record it, all or nothing: the file appears only if the record is saved."""
    choices = replace(choices, successor=check_successor(choices.successor))
    target = _check_target(out)
    temporary: Path | None = None
    moved = False
    try:
        with db.session() as session:
            plan = _plan(session, db.owner_id, choices)
            if not plan.rows:
                waiting = len(plan.clients_left_out)
                clients = f"{waiting} client{'' if waiting == 1 else 's'}"
                hint = f" ({clients} without explicit consent can be named one by one)" if waiting else ""
                raise BadInput(f"nothing to hand over: no contact meets the handover rules{hint}")
            temporary = _write_temporary(target, plan, choices, fmt)
            handover = repo.add_handover(
                session,
                db.owner_id,
                actor=current_actor(),
                successor=choices.successor,
                export_format=fmt,
                file_name=str(target),
                rows=plan.rows,
            )
            record_event(
                session,
                db.owner_id,
                AuditAction.HANDOVER,
                [row.contact_id for row in plan.rows],
                {
                    "handover_id": handover.id,
                    "successor": choices.successor.name,
                    "format": fmt.value,
                    "file": str(target),
                    "contacts": len(plan.rows),
                },
            )
            summary = repo.get_summary(session, handover)
            os.replace(temporary, target)
            moved = True
        # the transaction is committed here; only now is the handover both written and recorded
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if moved:
            target.unlink(missing_ok=True)
        raise
    return HandoverResult(summary, plan, target)


def list_handovers(db: Database) -> list[HandoverSummary]:
    with db.session() as session:
        return repo.list_handovers(session, db.owner_id)


def handover_status(db: Database, handover_id: int | None = None) -> tuple[HandoverSummary, list[HandoverEntry]]:
    """A handover (the latest when no id is given) with the status of each of its contacts."""
    with db.session() as session:
        handover = repo.get_handover_row(session, db.owner_id, handover_id)
        return repo.get_summary(session, handover), repo.list_entries(session, handover.id)


def mark(
    db: Database, handover_id: int | None, ids_or_urls: Sequence[str], status: HandoverStatus
) -> tuple[HandoverSummary, list[int]]:
    """Set the status of contacts on a handover (the latest when no id is given); returns the ids changed."""
    if not ids_or_urls:
        raise BadInput("name at least one contact (id, profile URL or e-mail address)")
    with db.session() as session:
        handover = repo.get_handover_row(session, db.owner_id, handover_id)
        contact_ids = [contact_repo.resolve_row(session, db.owner_id, text).id for text in ids_or_urls]
        changed = repo.set_status(session, handover.id, contact_ids, status)
        if changed:
            record_event(
                session,
                db.owner_id,
                AuditAction.HANDOVER,
                changed,
                {"handover_id": handover.id, "status": status.value},
            )
        return repo.get_summary(session, handover), changed
