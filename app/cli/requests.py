"""``gatehouse requests add|list`` and ``gatehouse decide``: incoming connection requests and your decisions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import print_json, print_table
from app.core.errors import parse_enum
from app.core.vocabulary import Decision

if TYPE_CHECKING:
    from app.core.records import ConnectionRequest
    from app.storage.database import Database

NOTE_WIDTH = 50
OLD_INVITATION_DAYS = 21  # LinkedIn asks members to withdraw invitations that wait for weeks


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("requests", help="connection requests: add one from LinkedIn's page, list them")
    commands = group.add_subparsers(dest="requests_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="record an incoming request typed or pasted from LinkedIn")
    add.add_argument("--name", required=True, help="the sender's name as LinkedIn shows it")
    add.add_argument("--profile-url", help="the sender's profile URL (finds them in your record)")
    add.add_argument("--note", default="", help="the note that came with the invitation")
    add.add_argument("--sent-at", metavar="TIME", help="when it was sent (YYYY-MM-DD HH:MM; default: now)")
    add.add_argument("--json", action="store_true", help="print the new request as JSON")
    add.set_defaults(handler=add_request)

    listing = commands.add_parser("list", help="list requests, newest first")
    listing.add_argument("--pending", action="store_true", help="only requests not decided yet")
    listing.add_argument(
        "--sent", action="store_true", help="only invitations you sent that still wait, oldest first, with their age"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_requests)

    decide = subparsers.add_parser("decide", help="record your own decision on a request (overrides the policy)")
    decide.add_argument("request", metavar="REQUEST_ID", type=_request_id)
    decide.add_argument("decision", metavar="DECISION", help=", ".join(d.value for d in Decision))
    decide.add_argument("--reply-text", help="the reply to send (with reply; default: the policy's reply)")
    decide.add_argument("--json", action="store_true", help="print the request as JSON")
    decide.set_defaults(handler=decide_request)


def _request_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"a request id is a number, not {text!r}")
    return int(text)


def request_json(request: ConnectionRequest) -> dict[str, object]:
    return {
        "request_id": request.id,
        "contact_id": request.contact_id,
        "name": request.contact_name,
        "profile_url": request.profile_url,
        "direction": request.direction,
        "sent_at": request.sent_at,
        "note": request.note,
        "status": request.status,
        "decision": request.decision,
        "rule": request.rule_name,
        "reason": request.explanation,
        "reply": request.reply_text,
        "decided_at": request.decided_at,
        "candidate_contact_id": request.candidate_contact_id,
        "probably_connected": request.probably_connected,
    }


def add_request(args: argparse.Namespace, db: Database) -> int:
    from app.core.dates import parse_user_datetime
    from app.services import requests as service

    sent_at = parse_user_datetime(args.sent_at, "--sent-at") if args.sent_at else None
    added = service.add_request(db, args.name, profile_url=args.profile_url, note=args.note, sent_at=sent_at)
    request = added.request
    if args.json:
        print_json({**request_json(request), "new_contact": added.new_contact})
        return 0
    if added.new_contact:
        sender = f"new stranger contact {request.contact_id}"
    else:
        sender = f"contact {request.contact_id}, found by {added.matched_by}"
    print(f"Added request {request.id} from {request.contact_name} ({sender}).")
    print("See what your policy suggests with `gatehouse triage`.")
    return 0


def list_sent(args: argparse.Namespace, db: Database) -> int:
    from app.services import requests as service

    waiting = service.sent_waiting(db)
    if args.json:
        print_json([{**request_json(s.request), "age_days": s.age_days} for s in waiting])
    elif not waiting:
        print("No invitations you sent are waiting.")
    else:
        print_table(
            ["ID", "TO", "SENT", "AGE", "NOTE"],
            [
                [
                    s.request.id,
                    s.request.contact_name,
                    s.request.sent_at.astimezone().strftime("%Y-%m-%d") if s.request.sent_at else "",
                    f"{s.age_days} days" if s.age_days is not None else "",
                    _short(s.request.note),
                ]
                for s in waiting
            ],
        )
        old = sum(1 for s in waiting if s.age_days is not None and s.age_days >= OLD_INVITATION_DAYS)
        if old:
            print(f"{old} waiting for {OLD_INVITATION_DAYS} days or more: consider withdrawing them on LinkedIn.")
    return 0


def list_requests(args: argparse.Namespace, db: Database) -> int:
    if args.sent:
        return list_sent(args, db)
    from app.services import requests as service

    found = service.list_requests(db, pending_only=args.pending)
    if args.json:
        print_json([request_json(r) for r in found])
    elif not found:
        print("No pending requests." if args.pending else "No requests yet. Add one with `gatehouse requests add`.")
    else:
        print_table(
            ["ID", "FROM", "DIRECTION", "SENT", "STATUS", "DECISION", "NOTE"],
            [
                [
                    r.id,
                    r.contact_name,
                    r.direction,
                    r.sent_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.sent_at else "",
                    r.status,
                    r.decision or "",
                    _short(r.note) + (f" ({r.probably_connected})" if r.probably_connected else ""),
                ]
                for r in found
            ],
        )
    return 0


def _short(note: str) -> str:
    flat = " ".join(note.split())
    return flat if len(flat) <= NOTE_WIDTH else flat[: NOTE_WIDTH - 1] + "…"


def decide_request(args: argparse.Namespace, db: Database) -> int:
    from app.services import requests as service

    decision = parse_enum(Decision, args.decision, "decision")
    request = service.decide(db, args.request, decision, reply_text=args.reply_text)
    if args.json:
        print_json(request_json(request))
        return 0
    print(f"Request {request.id} from {request.contact_name}: {decision.value}.")
    if request.reply_text:
        print(f"Reply: {request.reply_text}")
    return 0
