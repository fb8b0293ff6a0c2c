"""``gatehouse handover candidates|create|list|status|mark``: handing work contacts over to a successor."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_json, print_table
from app.core.errors import BadInput, parse_enum
from app.core.vocabulary import HandoverFormat, HandoverStatus

if TYPE_CHECKING:
    from app.core.handover import HandoverCandidate, HandoverSummary
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("handover", help="hand your work contacts over to a successor")
    commands = group.add_subparsers(dest="handover_command", metavar="ACTION", required=True)

    candidates = commands.add_parser("candidates", help="who may be handed over, and which clients need naming")
    candidates.add_argument("--json", action="store_true", help="print JSON")
    candidates.set_defaults(handler=list_candidates)

    create = commands.add_parser("create", help="write the handover list (CSV, vCard or PDF) and record it")
    create.add_argument("--to", required=True, metavar="NAME", help="your successor's name")
    create.add_argument("--to-email", default="", metavar="ADDR", help="your successor's e-mail address")
    create.add_argument("--to-url", default="", metavar="URL", help="your successor's LinkedIn profile")
    create.add_argument(
        "--include-client", action="extend", nargs="+", default=[], metavar="ID_OR_URL",
        help="a client without explicit consent to include one by one (repeat for more)",
    )  # fmt: skip
    create.add_argument(
        "--leave-out", action="extend", nargs="+", default=[], metavar="ID_OR_URL",
        help="a contact to leave off the list",
    )  # fmt: skip
    create.add_argument("--format", help="csv, vcf or pdf (default: from the --out file's extension)")
    create.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    create.add_argument("--json", action="store_true", help="print the stored handover as JSON")
    create.set_defaults(handler=create_handover)

    listing = commands.add_parser("list", help="every handover made, with counts per status")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_handovers)

    status = commands.add_parser("status", help="where each contact of a handover stands")
    status.add_argument("handover", nargs="?", type=int, metavar="HANDOVER_ID", help="default: the latest")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=show_status)

    mark = commands.add_parser("mark", help="record that contacts were introduced, declined or skipped")
    mark.add_argument("contacts", nargs="+", metavar="ID_OR_URL")
    mark.add_argument("--as", dest="status", required=True, metavar="STATUS", help=_STATUSES)
    mark.add_argument("--handover", type=int, metavar="HANDOVER_ID", help="default: the latest")
    mark.set_defaults(handler=mark_contacts)


_STATUSES = ", ".join(s.value for s in HandoverStatus)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _candidate_json(candidate: HandoverCandidate) -> dict[str, object]:
    c = candidate.contact
    return {
        "id": c.id,
        "name": c.name,
        "relationship": c.relationship,
        "met_in": c.met_in,
        "consent": c.linkedin_consent,
        "reason": candidate.reason,
        "needs_one_by_one": candidate.needs_one_by_one,
    }


def _summary_json(summary: HandoverSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "created_at": summary.created_at,
        "actor": summary.actor,
        "to": summary.successor.name,
        "to_email": summary.successor.email,
        "to_url": summary.successor.url,
        "format": summary.format,
        "file": summary.file_name,
        "contacts": summary.contact_count,
        "status_counts": {status.value: count for status, count in summary.status_counts.items()},
    }


def list_candidates(args: argparse.Namespace, db: Database) -> int:
    from app.services import handover as service

    found = service.list_candidates(db)
    if args.json:
        print_json([_candidate_json(c) for c in found])
    elif not found:
        print("No candidates: only clients, colleagues and professionals met in the work role or professional "
              "networks can be handed over.")  # fmt: skip
    else:
        print_table(
            ["ID", "NAME", "RELATIONSHIP", "MET IN", "CONSENT", "INCLUDED", "WHY"],
            [
                [c.contact.id, c.contact.name, c.contact.relationship, c.contact.met_in, c.contact.linkedin_consent,
                 "one by one" if c.needs_one_by_one else "yes", c.reason]
                for c in found
            ],
        )  # fmt: skip
    return 0


def _format(args: argparse.Namespace, out: Path) -> HandoverFormat:
    if args.format:
        return parse_enum(HandoverFormat, args.format, "format")
    suffix = out.suffix.lower().lstrip(".")
    try:
        return HandoverFormat(suffix)
    except ValueError:
        raise BadInput(f"say --format csv, vcf or pdf (cannot tell the format of {out.name!r})") from None


def create_handover(args: argparse.Namespace, db: Database) -> int:
    from app.core.handover import HandoverChoices, Successor
    from app.services import handover as service

    out = Path(args.out)
    fmt = _format(args, out)
    choices = HandoverChoices(
        Successor(args.to, args.to_email, args.to_url),
        include_clients=frozenset(service.resolve_contact_ids(db, args.include_client)),
        leave_out=frozenset(service.resolve_contact_ids(db, args.leave_out)),
    )
    result = service.create_handover(db, choices, fmt, out)
    summary = result.summary
    if args.json:
        print_json({**_summary_json(summary), "clients_left_out": [c.contact.id for c in result.plan.clients_left_out]})
        return 0
    print(
        f"Handover {summary.id} to {summary.successor.name}: {_count(summary.contact_count, 'contact')} "
        f"written to {result.path} ({summary.format.value})."
    )
    waiting = len(result.plan.clients_left_out)
    if waiting:
        print(
            f"{_count(waiting, 'client')} without explicit consent {'was' if waiting == 1 else 'were'} left out; "
            "include one by one with --include-client ID_OR_URL (see `gatehouse handover candidates`)."
        )
    return 0


def list_handovers(args: argparse.Namespace, db: Database) -> int:
    from app.services import handover as service

    found = service.list_handovers(db)
    if args.json:
        print_json([_summary_json(s) for s in found])
    elif not found:
        print("No handover yet: create one with `gatehouse handover create`.")
    else:
        print_table(
            ["ID", "DATE", "TO", "FORMAT", "CONTACTS", *[s.value.upper() for s in HandoverStatus], "FILE"],
            [
                [s.id, s.created_at.date(), s.successor.name, s.format, s.contact_count,
                 *[s.status_counts[status] for status in HandoverStatus], s.file_name]
                for s in found
            ],
        )  # fmt: skip
    return 0


def show_status(args: argparse.Namespace, db: Database) -> int:
    from app.services import handover as service

    summary, entries = service.handover_status(db, args.handover)
    if args.json:
        print_json(
            {
                **_summary_json(summary),
                "entries": [
                    {"contact_id": e.contact_id, "name": e.name, "status": e.status,
                     "status_changed_at": e.status_changed_at, "reason": e.reason}
                    for e in entries
                ],
            }
        )  # fmt: skip
        return 0
    counts = ", ".join(f"{count} {status.value}" for status, count in summary.status_counts.items() if count)
    print(
        f"Handover {summary.id} to {summary.successor.name}, {summary.created_at.date()}, "
        f"{summary.format.value}: {counts}."
    )
    print_table(
        ["ID", "NAME", "STATUS", "SINCE"],
        [[e.contact_id, e.name, e.status, e.status_changed_at.date()] for e in entries],
    )
    return 0


def mark_contacts(args: argparse.Namespace, db: Database) -> int:
    from app.services import handover as service

    status = parse_enum(HandoverStatus, args.status, "handover status")
    summary, changed = service.mark(db, args.handover, args.contacts, status)
    unchanged = len(set(args.contacts)) - len(changed)
    note = f" ({unchanged} already {status.value})" if unchanged > 0 else ""
    print(f"Handover {summary.id}: {_count(len(changed), 'contact')} marked {status.value}{note}.")
    return 0
