"""``gatehouse profile show|set``: the adviser's own profile."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.core.errors import parse_enum
from app.core.vocabulary import AccountKind, Tone

if TYPE_CHECKING:
    from app.core.records import OwnerProfile
    from app.storage.database import Database

# option name -> OwnerProfile field, with the label shown by `profile show`
OPTIONS = {
    "name": ("display_name", "Name"),
    "role": ("role_title", "Role"),
    "organisation": ("organisation", "Organisation"),
    "profile_url": ("profile_url", "Profile URL"),
    "group_url": ("group_url", "Group URL"),
    "handle": ("public_handle", "Public handle"),
    "service_contact": ("service_contact", "Service contact"),
    "checks_messages": ("checks_messages", "Checks messages"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("profile", help="your own profile (feeds replies, profile text, handovers)")
    commands = group.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    show = commands.add_parser("show", help="show your profile")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_profile)
    change = commands.add_parser("set", help="change fields of your profile")
    for option in OPTIONS:
        change.add_argument("--" + option.replace("_", "-"), dest=option)
    change.add_argument("--tone", help="warm or formal")
    change.add_argument(
        "--account-kind",
        help="free or premium: your LinkedIn account (an invitation note holds 200 characters on free, 300 on Premium)",
    )
    change.set_defaults(handler=set_profile)


def profile_json(profile: OwnerProfile) -> dict[str, object]:
    data: dict[str, object] = {option: getattr(profile, field) for option, (field, _) in OPTIONS.items()}
    data["tone"] = profile.tone.value
    data["account_kind"] = profile.account_kind.value
    return data


def show_profile(args: argparse.Namespace, db: Database) -> int:
    from app.core.gates import invitation_note_limit
    from app.services import profile as service

    profile = service.get_profile(db)
    if args.json:
        print_json(profile_json(profile))
        return 0
    for field, label in OPTIONS.values():
        print(f"{label + ':':<17}{getattr(profile, field) or '(not set)'}")
    print(f"{'Tone:':<17}{profile.tone.value}")
    limit = invitation_note_limit(profile.account_kind)
    print(f"{'LinkedIn account:':<17} {profile.account_kind.value} (invitation notes up to {limit} characters)")
    return 0


def set_profile(args: argparse.Namespace, db: Database) -> int:
    from app.services import profile as service

    changes: dict[str, object] = {
        field: getattr(args, option).strip()
        for option, (field, _) in OPTIONS.items()
        if getattr(args, option) is not None
    }
    if args.tone is not None:
        changes["tone"] = parse_enum(Tone, args.tone, "tone")
    if args.account_kind is not None:
        changes["account_kind"] = parse_enum(AccountKind, args.account_kind, "account kind")
    if not changes:
        print("Nothing to change: name at least one field (see `gatehouse profile set --help`).")
        return 0
    service.update_profile(db, **changes)
    print("Profile updated: " + ", ".join(sorted(changes)))
    return 0
