"""``gatehouse draft check [FILE|-] [--json]``: the traffic light for a post, a comment, a message or a reply."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.core.errors import BadInput

if TYPE_CHECKING:
    from app.storage.database import Database

MAX_DRAFT_BYTES = 1_000_000  # a LinkedIn post is at most 3,000 characters; a megabyte is not a draft


def register(subparsers: argparse._SubParsersAction) -> None:
    draft = subparsers.add_parser("draft", help="check a draft before it goes out: green, yellow or red")
    commands = draft.add_subparsers(dest="draft_command", metavar="COMMAND", required=True)
    check = commands.add_parser(
        "check",
        help="the light of a draft and why: red names a client or says something confidential, yellow needs "
        "judgement, green is fine",
    )
    check.add_argument("file", nargs="?", default="-", metavar="FILE", help="the draft, UTF-8 text (- or none: stdin)")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=check_draft)


def read_draft(name: str) -> str:
    """The draft's text; BadInput (one line) when it cannot be read or is not text."""
    source = "standard input" if name == "-" else name
    try:
        raw = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1) if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise BadInput(f"no draft at {name}") from None
    except IsADirectoryError:
        raise BadInput(f"{name} is a folder, not a draft") from None
    except OSError as exc:
        raise BadInput(f"cannot read {source}: {exc.strerror or exc}") from None
    if len(raw) > MAX_DRAFT_BYTES:
        raise BadInput(f"{source} is over {MAX_DRAFT_BYTES:,} bytes: not a draft")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{source} is not UTF-8 text (byte {exc.start}); save the draft as UTF-8") from None
    if "\x00" in text:
        raise BadInput(f"{source} is not text (it holds NUL bytes)")
    return text


def _shown(text: str) -> str:
    """A finding's words on one line, control characters made visible."""
    flat = " ".join(text.split())
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in flat)


def check_draft(args: argparse.Namespace, db: Database) -> int:
    from app.services import drafts as service

    draft = read_draft(args.file)
    result = service.check_text(db, draft)
    if args.json:
        print_json(result.to_dict())
        return 0
    print(result.summary())
    for finding in result.findings:
        print(
            f"  {finding.light.value:<6} {finding.category.value:<19} {finding.start}-{finding.end} "
            f'"{_shown(finding.text)}": {finding.why}'
        )
    return 0
