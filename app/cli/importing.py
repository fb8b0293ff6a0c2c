"""``gatehouse import PATH ... [--json]``: LinkedIn's data export (zip, folder or files) and vCards."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_json

if TYPE_CHECKING:
    from app.services.importing import ImportSummary
    from app.storage.database import Database

SHOWN_AT_MOST = 20
PROFILE_FIELD_NAMES = {
    "display_name": "name",
    "role_title": "role",
    "organisation": "organisation",
    "profile_url": "profile URL",
    "public_handle": "public handle",
    "service_contact": "service contact page",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import LinkedIn's data export (its .zip, folder or files) or vCard files",
        description="Import LinkedIn's 'Download your data' export: the .zip, the unzipped folder, or single files "
        "(Connections.csv, Invitations.csv, messages.csv, Profile.csv) and .vcf vCard files. Importing the same "
        "or a newer export again adds nothing twice and never overwrites what you entered.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a .zip, a folder or a file")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=run_import)


class _TerminalProgress:
    """A one-line percentage on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int, message: str) -> None:
        percent = 100 * done // max(total, 1)
        sys.stderr.write(f"\r{percent:3d}% {message[:60]:<60}")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 66 + "\r")
            sys.stderr.flush()


def run_import(args: argparse.Namespace, db: Database) -> int:
    from app.services.importing import import_paths

    meter = _TerminalProgress() if sys.stderr.isatty() and not args.json else None
    try:
        summary = import_paths(db, args.paths, progress=meter)
    finally:
        if meter is not None:
            meter.clear()
    if args.json:
        print_json(summary.to_json())
    else:
        print_summary(summary)
    return 0


def print_summary(summary: ImportSummary) -> None:
    lines = [f"Read {len(summary.files_read)} file(s):"]
    lines += [f"  {name}" for name in summary.files_read]
    lines.append(
        f"Contacts: {summary.contacts_added} added, {summary.contacts_updated} updated, "
        f"{summary.contacts_unchanged} unchanged"
    )
    requests = f"Connection requests: {summary.requests_added} added"
    if summary.requests_added:
        requests += f" ({summary.requests_incoming} incoming, {summary.requests_outgoing} sent by you)"
    if summary.requests_done:
        requests += f", {summary.requests_done} now connections (done)"
    if summary.requests_settled_by_name:
        requests += (
            f", {summary.requests_settled_by_name} without a profile URL matched to a connection by name and date"
        )
    if summary.requests_probably_connected:
        requests += f", {summary.requests_probably_connected} pending from someone probably already connected"
    lines.append(requests)
    messages = f"Messages: {summary.interactions_seen} seen"
    if summary.interactions_unmatched:
        messages += f", {summary.interactions_unmatched} people in them not in your record"
    if summary.messages_without_urls:
        messages += f", {summary.messages_without_urls} rows without a profile URL (matched to nobody)"
    lines.append(messages)
    if summary.owner_fields_filled:
        lines.append(
            "Your profile: filled " + ", ".join(PROFILE_FIELD_NAMES.get(f, f) for f in summary.owner_fields_filled)
        )
    lines += _listed(
        f"Skipped {len(summary.skipped)} row(s):",
        [f"{s.file}:{s.line}: {s.reason}" for s in summary.skipped],
    )
    if summary.ignored_files:  # one line: an export holds dozens of files Gatehouse has no use for
        shown = ", ".join(summary.ignored_files[:SHOWN_AT_MOST])
        more = len(summary.ignored_files) - SHOWN_AT_MOST
        lines.append(
            f"Ignored {len(summary.ignored_files)} file(s) Gatehouse does not read: {shown}"
            + (f" and {more} more (see --json)" if more > 0 else "")
        )
    lines += _listed(
        f"Possible duplicates by name, not merged ({len(summary.possible_duplicates)}):",
        [
            f"{d.contact_id} {d.name}  ~  {d.other_id} {d.other_name}  (similarity {d.score})"
            for d in summary.possible_duplicates
        ],
    )
    print("\n".join(lines))


def _listed(title: str, items: list[str] | tuple[str, ...]) -> list[str]:
    if not items:
        return []
    lines = [title] + [f"  {item}" for item in items[:SHOWN_AT_MOST]]
    if len(items) > SHOWN_AT_MOST:
        lines.append(f"  ... and {len(items) - SHOWN_AT_MOST} more (see --json)")
    return lines
