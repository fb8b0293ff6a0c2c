"""``gatehouse blurb``: the "advice for contacting me" profile text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.core.errors import parse_enum
from app.core.vocabulary import Tone

if TYPE_CHECKING:
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "blurb",
        help='your "advice for contacting me" profile text, from your profile and your policy',
        description="Print the profile text built from your profile (`gatehouse profile set`) and your active "
        "policy. Headline: at most 220 characters; short: at most 300; full: at most 2,600 (LinkedIn's About).",
    )
    command.add_argument("--length", default="full", help="headline, short or full (default: full)")
    command.add_argument("--tone", help="warm or formal (default: the tone in your profile)")
    command.add_argument("--json", action="store_true", help="print JSON with the character count and the limit")
    command.set_defaults(handler=show_blurb)


def show_blurb(args: argparse.Namespace, db: Database) -> int:
    from app.core.blurb import BlurbLength
    from app.services import blurb as service

    length = parse_enum(BlurbLength, args.length, "length")
    tone = parse_enum(Tone, args.tone, "tone") if args.tone else None
    result = service.profile_text(db, length, tone)
    if args.json:
        print_json(
            {
                "text": result.text,
                "length": result.length,
                "tone": result.tone,
                "characters": result.characters,
                "limit": result.limit,
                "policy": result.policy_name,
            }
        )
    else:
        print(result.text)
    return 0
