"""``gatehouse contacts list|add|show|set``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import contact_json, print_json, print_table
from app.core.errors import BadInput, parse_enum
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship

if TYPE_CHECKING:
    from app.core.records import Contact
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("contacts", help="list, add, show and classify contacts")
    commands = group.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list contacts")
    listing.add_argument("--search", metavar="TEXT", help="name, company, position, tag or note containing TEXT")
    listing.add_argument("--relationship", metavar="R", nargs="+", default=[], help="only these relationships")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_contacts, early_handler=list_contacts_early)

    add = commands.add_parser("add", help="add a contact by hand")
    add.add_argument("--first-name", default="")
    add.add_argument("--last-name", default="")
    add.add_argument("--display-name", default="")
    _add_classifying_options(add)
    add.add_argument("--email", action="append", default=[], help="an e-mail address (repeat for more)")
    add.add_argument("--json", action="store_true", help="print the new contact as JSON")
    add.set_defaults(handler=add_contact)

    show = commands.add_parser("show", help="show one contact with its consent history")
    show.add_argument("contact", metavar="ID_OR_URL")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_contact)

    change = commands.add_parser("set", help="classify a contact or record a consent change")
    change.add_argument("contact", metavar="ID_OR_URL")
    _add_classifying_options(change)
    change.add_argument("--untag", action="append", default=[], metavar="T", help="remove a tag")
    change.add_argument("--channel", default="linkedin", help="channel of --consent (default: linkedin)")
    change.add_argument("--consent-note", default="", help="why the consent changed")
    change.add_argument(
        "--consent-source", default="manual", metavar="TEXT", help="where the consent comes from (default: manual)"
    )
    change.add_argument("--consent-date", metavar="DATE", help="when the consent was given (default: today)")
    change.add_argument(
        "--corrects",
        type=int,
        metavar="ENTRY",
        help="the --consent entry corrects a mistaken entry of the history (its number in `contacts show`); "
        "both stay in the history and the mistaken one no longer counts",
    )
    change.add_argument("--json", action="store_true", help="print the contact as JSON")
    change.set_defaults(handler=set_contact)


def _add_classifying_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile-url")
    parser.add_argument("--company")
    parser.add_argument("--position")
    parser.add_argument("--relationship", metavar="R", help=", ".join(r.value for r in Relationship))
    parser.add_argument("--met-in", metavar="M", help=", ".join(m.value for m in MetIn))
    parser.add_argument("--met-where", metavar="TEXT", help="where or how you met")
    parser.add_argument("--met-on", metavar="DATE", help="when you met (YYYY-MM-DD)")
    parser.add_argument("--consent", metavar="STATUS", help=", ".join(c.value for c in ConsentStatus))
    parser.add_argument("--tag", action="append", default=[], metavar="T", help="add a tag (repeat for more)")
    parser.add_argument("--note", metavar="TEXT", help="your notes on this person")


def list_contacts(args: argparse.Namespace, db: Database) -> int:
    from app.services import contacts as service

    found = service.list_contacts(db, search=args.search, relationships=_relationships(args))
    return _print_listing(args, found)


def list_contacts_early(args: argparse.Namespace) -> int | None:
    """The listing of an up-to-date SQLite file, read before SQLAlchemy loads (``app.storage.early_listing``);
    None when the database is to be opened the usual way."""
    from app.storage import early_listing
    from app.storage.locations import chosen_file

    relationships = _relationships(args)  # bad input is refused before the file is touched
    path = chosen_file(args.db)
    if path is None:
        return None
    found = early_listing.list_contacts(path, search=args.search, relationships=relationships)
    return None if found is None else _print_listing(args, found)


def _relationships(args: argparse.Namespace) -> list[Relationship]:
    return [parse_enum(Relationship, r, "relationship") for r in args.relationship]


def _print_listing(args: argparse.Namespace, found: list[Contact]) -> int:
    if args.json:
        print_json([contact_json(c) for c in found])
    elif not found:
        print("No contacts match." if args.search or args.relationship else _EMPTY_RECORD)
    else:
        print_table(
            ["ID", "NAME", "RELATIONSHIP", "MET IN", "CONSENT", "COMPANY", "LAST INTERACTION"],
            [
                [c.id, c.name, c.relationship, c.met_in, c.linkedin_consent, c.company, c.last_interaction]
                for c in found
            ],
        )
    return 0


_EMPTY_RECORD = (
    "No contacts yet. Import your LinkedIn export with `gatehouse import PATH`, "
    "or add one with `gatehouse contacts add`."
)


def add_contact(args: argparse.Namespace, db: Database) -> int:
    from app.core.dates import parse_user_date
    from app.core.records import NewContact
    from app.services import contacts as service

    new = NewContact(
        first_name=args.first_name,
        last_name=args.last_name,
        display_name=args.display_name,
        profile_url=args.profile_url,
        emails=tuple(args.email),
        company=args.company or "",
        position=args.position or "",
        relationship=parse_enum(Relationship, args.relationship, "relationship")
        if args.relationship
        else Relationship.UNSORTED,
        met_in=parse_enum(MetIn, args.met_in, "met-in role") if args.met_in else MetIn.UNKNOWN,
        met_where=args.met_where or "",
        met_on=parse_user_date(args.met_on, "--met-on") if args.met_on else None,
        tags=tuple(args.tag),
        notes=args.note or "",
    )
    consent = {Channel.LINKEDIN: parse_enum(ConsentStatus, args.consent, "consent")} if args.consent else None
    contact = service.add_contact(db, new, consent=consent)
    _print_contact(contact, args.json, f"Added contact {contact.id}: {contact.name}")
    return 0


def show_contact(args: argparse.Namespace, db: Database) -> int:
    from app.services import contacts as service

    detail = service.show_contact(db, args.contact)
    c = detail.contact
    if args.json:
        data = contact_json(c)
        data["consent_history"] = [
            {
                "entry": h.id,
                "channel": h.channel,
                "status": h.status,
                "date": h.changed_on,
                "source": h.source,
                "note": h.note,
                "corrects": h.corrects_id,
                "corrected_by": h.corrected_by_id,
            }
            for h in detail.consent_history
        ]
        print_json(data)
        return 0
    rows = [
        ("Name", c.name),
        ("Profile", c.profile_url_seen or ""),
        ("E-mail", ", ".join(c.emails)),
        ("Company", c.company),
        ("Position", c.position),
        ("Relationship", c.relationship),
        ("Met in", c.met_in),
        ("Where/how met", c.met_where),
        ("Met on", c.met_on or ""),
        ("Connected on", c.connected_on or ""),
        ("Last interaction", c.last_interaction or ""),
        ("Tags", ", ".join(c.tags)),
        ("Notes", c.notes),
    ]
    for label, value in rows:
        print(f"{label + ':':<18}{value}")
    print("Consent:")
    if not detail.consent_history:
        print("  none recorded (not asked)")
    for h in detail.consent_history:
        note = f" - {h.note}" if h.note else ""
        marks = (f" [corrects #{h.corrects_id}]" if h.corrects_id else "") + (
            f" [corrected by #{h.corrected_by_id}, no longer counts]" if h.corrected_by_id else ""
        )
        print(f"  #{h.id:<5} {h.changed_on}  {h.channel:<9} {h.status:<10} ({h.source}){note}{marks}")
    return 0


def set_contact(args: argparse.Namespace, db: Database) -> int:
    from app.core.dates import parse_user_date
    from app.core.records import ContactChanges
    from app.services import contacts as service

    changes = ContactChanges(
        relationship=parse_enum(Relationship, args.relationship, "relationship") if args.relationship else None,
        met_in=parse_enum(MetIn, args.met_in, "met-in role") if args.met_in else None,
        met_where=args.met_where,
        met_on=parse_user_date(args.met_on, "--met-on") if args.met_on else None,
        add_tags=tuple(args.tag),
        remove_tags=tuple(args.untag),
        notes=args.note,
        company=args.company,
        position=args.position,
        profile_url=args.profile_url,
    )
    consent = parse_enum(ConsentStatus, args.consent, "consent") if args.consent else None
    channel = parse_enum(Channel, args.channel, "channel")
    if args.corrects is not None and consent is None:
        raise BadInput("--corrects needs --consent: the consent the mistaken entry should have said")
    contact = service.set_contact(
        db,
        args.contact,
        changes,
        consent=consent,
        channel=channel,
        consent_note=args.consent_note,
        consent_source=" ".join(args.consent_source.split()) or "manual",
        consent_on=parse_user_date(args.consent_date, "--consent-date") if args.consent_date else None,
        consent_corrects=args.corrects,
    )
    _print_contact(contact, args.json, f"Updated contact {contact.id}: {contact.name}")
    return 0


def _print_contact(contact: Contact, as_json: bool, message: str) -> None:
    if as_json:
        print_json(contact_json(contact))
    else:
        print(message)
