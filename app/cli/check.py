"""``gatehouse check ID_OR_URL --channel .. --purpose ..``: the four gates before you contact someone."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.core.errors import parse_enum
from app.core.vocabulary import Channel, Purpose

if TYPE_CHECKING:
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check", help="before contacting someone: consent, channel, context and cause say go, caution or stop"
    )
    check.add_argument("contact", metavar="ID_OR_URL", help="the contact's id, profile URL or e-mail address")
    check.add_argument("--channel", required=True, help=", ".join(c.value for c in Channel))
    check.add_argument("--purpose", required=True, help=", ".join(p.value for p in Purpose))
    check.add_argument(
        "--note", help="the note you mean to send with an invitation: checked against your account's limit"
    )
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=check_contact)


def check_contact(args: argparse.Namespace, db: Database) -> int:
    from app.core.gates import CHANNEL_WORDS, PURPOSE_WORDS
    from app.services import gates as service

    channel = parse_enum(Channel, args.channel, "channel")
    purpose = parse_enum(Purpose, args.purpose, "purpose")
    result = service.check(db, args.contact, channel, purpose, note=args.note)
    if args.json:
        print_json(
            {
                "contact_id": result.contact_id,
                "name": result.contact_name,
                "channel": channel,
                "purpose": purpose,
                "verdict": result.verdict,
                "gates": [{"gate": g.gate, "outcome": g.outcome, "sentence": g.sentence} for g in result.gates],
                "note_limit": result.note_limit,
            }
        )
        return 0
    print(
        f"{result.verdict.value.upper()}: {result.contact_name}, by {CHANNEL_WORDS[channel]}, "
        f"for {PURPOSE_WORDS[purpose]}"
    )
    for gate in result.gates:
        print(f"  {gate.gate.value:<8} {gate.outcome.value:<8} {gate.sentence}")
    return 0
