"""``gatehouse erase``, ``subject-export``, ``review list|mark|period`` and ``transfer``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import contact_json, print_json, print_table
from app.core.errors import BadInput

if TYPE_CHECKING:
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    erase = subparsers.add_parser(
        "erase", help="erase a person and everything about them, keeping only a suppression entry"
    )
    erase.add_argument("contact", metavar="ID_OR_URL")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument("--json", action="store_true", help="print what was erased as JSON")
    erase.set_defaults(handler=erase_contact)

    export = subparsers.add_parser("subject-export", help="write everything held about one person to a JSON file")
    export.add_argument("contact", metavar="ID_OR_URL")
    export.add_argument("--out", metavar="FILE.json", required=True, type=Path)
    export.set_defaults(handler=subject_export, reads_only=True)

    review = subparsers.add_parser("review", help="the review queue: records not reviewed for a while")
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="contacts not reviewed in the review period")
    listing.add_argument("--months", type=int, help="this period instead of the setting (default 12)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=review_list)
    mark = actions.add_parser("mark", help="mark contacts reviewed today")
    mark.add_argument("contacts", metavar="ID_OR_URL", nargs="+")
    mark.set_defaults(handler=review_mark)
    period = actions.add_parser("period", help="show or set the review period in months")
    period.add_argument("months", type=int, nargs="?")
    period.set_defaults(handler=review_period)

    transfer = subparsers.add_parser("transfer", help="team database: hand chosen contacts to a successor's ownership")
    transfer.add_argument("contacts", metavar="ID_OR_URL", nargs="+")
    transfer.add_argument("--to", metavar="ROLE", required=True, help="the successor's database role")
    transfer.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    transfer.set_defaults(handler=transfer_contacts)


def confirm(question: str, yes: bool) -> bool:
    """True with ``--yes``; asks on a terminal; without a terminal, refuses and says how to confirm."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise BadInput(f"{question.rstrip('?')}: confirmation needed; add --yes to confirm without a terminal")
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")


def erase_contact(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service
    from app.services.backup import backups_holding
    from app.services.contacts import show_contact

    contact = show_contact(db, args.contact).contact
    if not confirm(
        f"Erase {contact.name} (contact {contact.id}) and everything about them? This cannot be undone", args.yes
    ):
        print("Nothing was erased.")
        return 1
    result = service.erase_contact(db, str(contact.id))
    if args.json:
        print_json(
            {
                "erased": result.contact_id,
                "suppression_entries": result.suppression_entries,
                "backups_still_holding": backups_holding(db).sentence(),
                "removed": result.removed,
                "handovers": [
                    {"id": h.id, "created_at": h.created_at, "successor": h.successor_name, "format": h.format,
                     "file": h.file_name}
                    for h in result.handovers
                ],
            }
        )  # fmt: skip
        return 0
    print(f"Erased {result.name} (contact {result.contact_id}); a later import will not bring them back.")
    print(backups_holding(db).sentence())
    if result.handovers:
        print("They had been included in these handovers (tell the successors):")
        print_table(
            ["HANDOVER", "DATE", "SUCCESSOR", "FORMAT", "FILE"],
            [[h.id, h.created_at.date() if h.created_at else "", h.successor_name, h.format, h.file_name]
             for h in result.handovers],
        )  # fmt: skip
    else:
        print("They were not included in any handover.")
    return 0


def subject_export(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service

    written = service.write_subject_export(db, args.contact, args.out)
    print(f"Wrote everything held about contact {args.contact} to {written}")
    return 0


def review_list(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service

    queue = service.review_queue(db, months=args.months)
    if args.json:
        print_json({"months": queue.months, "contacts": [contact_json(c) for c in queue.contacts]})
    elif not queue.contacts:
        print(f"Every record has been reviewed in the last {queue.months} months.")
    else:
        print_table(
            ["ID", "NAME", "RELATIONSHIP", "LAST REVIEWED", "ADDED"],
            [[c.id, c.name, c.relationship, c.reviewed_at.date() if c.reviewed_at else "never", c.created_at.date()]
             for c in queue.contacts],
        )  # fmt: skip
        print(f"{len(queue.contacts)} records not reviewed in {queue.months} months.")
    return 0


def review_mark(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service

    marked = service.mark_reviewed(db, args.contacts)
    print(f"Marked {len(marked)} record{'s' if len(marked) != 1 else ''} reviewed today.")
    return 0


def review_period(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service

    if args.months is None:
        print(f"Records are listed for review after {service.review_period(db)} months.")
    else:
        months = service.set_review_period(db, args.months)
        print(f"Records are now listed for review after {months} months.")
    return 0


def transfer_contacts(args: argparse.Namespace, db: Database) -> int:
    from app.services import privacy as service

    if not confirm(f"Hand {len(args.contacts)} contact(s) to {args.to}? They leave your record", args.yes):
        print("Nothing was handed over.")
        return 1
    moved = service.transfer_contacts(db, args.contacts, args.to)
    print(f"Handed {moved} contact{'s' if moved != 1 else ''} to {args.to}.")
    return 0
