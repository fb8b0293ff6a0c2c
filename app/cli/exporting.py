"""``gatehouse export contacts [--format csv|vcf] [--relationship R ...] OUT``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import BadInput, parse_enum
from app.core.vocabulary import EXPORT_FORMATS, Relationship

if TYPE_CHECKING:
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("export", help="export contacts as CSV or vCard")
    what = group.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    contacts = what.add_parser(
        "contacts",
        help="write all contacts (or some relationships) to a CSV or vCard 4.0 file",
        description="Write contacts to OUT. CSV cells that begin with = + - or @ get an apostrophe in front, so a "
        "spreadsheet shows them and never runs them as formulas.",
    )
    contacts.add_argument("out", type=Path, metavar="OUT", help="the file to write (replaced if it exists)")
    contacts.add_argument(
        "--format", choices=EXPORT_FORMATS, help="csv or vcf (default: from OUT's extension, .csv or .vcf)"
    )
    contacts.add_argument(
        "--relationship",
        metavar="R",
        action="append",
        default=[],
        help="only this relationship (repeat, or separate with commas: client,colleague)",
    )
    contacts.set_defaults(handler=run_export_contacts, reads_only=True)  # from a damaged file too: what survives


def run_export_contacts(args: argparse.Namespace, db: Database) -> int:
    from app.services.exporting import export_contacts

    fmt = args.format or {".csv": "csv", ".vcf": "vcf", ".vcard": "vcf"}.get(args.out.suffix.lower())
    if fmt is None:
        raise BadInput(f"{args.out}: say --format csv or --format vcf (the file name does not tell)")
    words = [word for option in args.relationship for word in option.split(",") if word.strip()]
    relationships = [parse_enum(Relationship, r, "relationship") for r in words]
    count = export_contacts(db, fmt, args.out, relationships)
    print(f"Wrote {count} contact(s) to {args.out} ({fmt})")
    return 0
