"""``gatehouse triage [--json] [--apply]``: what your policy suggests for every pending incoming request."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.core.vocabulary import Decision

if TYPE_CHECKING:
    from app.services.triage import Triage, TriageResult
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    triage = subparsers.add_parser(
        "triage", help="the policy's decision, rule, reason and reply for every pending incoming request"
    )
    triage.add_argument("--apply", action="store_true", help="record the suggestions as your decisions")
    triage.add_argument("--json", action="store_true", help="print JSON")
    triage.add_argument("--as-of", metavar="DATE", help="evaluate as on DATE (default: today)")
    triage.set_defaults(handler=run_triage)


def result_json(result: TriageResult) -> dict[str, object]:
    request, suggestion = result.request, result.suggestion
    return {
        "request_id": request.id,
        "contact_id": request.contact_id,
        "name": request.contact_name,
        "profile_url": request.profile_url,
        "sent_at": request.sent_at,
        "note": request.note,
        "decision": suggestion.decision,
        "rule": suggestion.rule_name,
        "rule_number": suggestion.rule_number,
        "reason": suggestion.reason,
        "reply": suggestion.reply_text,
        "reply_length": suggestion.reply.length if suggestion.reply else None,
        "reply_too_long": suggestion.reply_too_long,
        "template": suggestion.template_id,
        "red_flags": [
            {"category": m.category, "phrase": m.phrase, "phrases": list(m.phrases), "learned": m.learned}
            for m in suggestion.red_flags
        ],
        "warnings": reply_warnings(result),
        "candidate_contact_id": request.candidate_contact_id,
        "probably_connected": request.probably_connected,
    }


def reply_warnings(result: TriageResult) -> list[str]:
    """What a user should know before sending the reply, as the text output prints it."""
    from app.core.policy.templates import REPLY_LIMIT

    reply = result.suggestion.reply
    if reply is None:
        return []
    warnings = []
    if reply.too_long:
        warnings.append(
            f"the reply is {reply.length} characters, over the policy's target for brevity of {REPLY_LIMIT}"
        )
    if reply.missing:
        missing = ", ".join(reply.missing)
        warnings.append(f"empty in your profile: {missing} (set it with `gatehouse profile set`)")
    return warnings


def run_triage(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from app.core.dates import parse_user_date
    from app.services import triage as service

    today = parse_user_date(args.as_of, "--as-of") if args.as_of else date.today()
    triage = service.apply(db, today=today) if args.apply else service.suggest(db, today=today)
    if args.json:
        print_json([result_json(r) for r in triage.results])
        return 0
    if not triage.results:
        print("No pending requests. Add one with `gatehouse requests add --name ...`, or import your LinkedIn export.")
        return 0
    for result in triage.results:
        _print_result(result)
    print(_summary(triage))
    return 0


def _print_result(result: TriageResult) -> None:

    request, suggestion = result.request, result.suggestion
    sent = f", sent {request.sent_at.astimezone():%Y-%m-%d}" if request.sent_at else ""
    print(f"#{request.id} {request.contact_name}{sent} -> {suggestion.decision.value}")
    print(f"    {suggestion.reason}")
    if request.probably_connected:
        print(f"    {request.probably_connected} (contact {request.candidate_contact_id}); check on LinkedIn")
    if request.note.strip():
        print(f"    note: {' '.join(request.note.split())}")
    if suggestion.reply is not None:
        print(f"    reply: {suggestion.reply.text}")
        for warning in reply_warnings(result):
            print(f"    ! {warning}")


def _summary(triage: Triage) -> str:
    counts = triage.counts()
    parts = ", ".join(f"{counts[d]} {d.value}" for d in Decision if counts[d])
    total = len(triage.results)
    noun = "request" if total == 1 else "requests"
    if triage.applied:
        return f"Recorded {total} decision{'s' if total != 1 else ''} under {triage.policy_name!r}: {parts}."
    return (
        f"{total} pending {noun} under {triage.policy_name!r}: {parts}. "
        "`gatehouse triage --apply` records these decisions; `gatehouse decide ID DECISION` overrides one."
    )
