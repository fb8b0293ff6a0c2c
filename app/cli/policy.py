"""``gatehouse policy show|export|import|reset``: your contact policy as rules, and as a TOML file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_json

if TYPE_CHECKING:
    from app.core.policy.evaluation import PolicyComparison
    from app.services.policy import TemplateCheck
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("policy", help="your contact policy: rules, default decision, reply templates")
    commands = group.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    show = commands.add_parser("show", help="show the rules in order, the default and the reply templates")
    show.add_argument("--json", action="store_true", help="print the policy as JSON (the policy file's form)")
    show.set_defaults(handler=show_policy)

    export = commands.add_parser("export", help="write the policy to a TOML file you can edit and share")
    export.add_argument("file", metavar="FILE", help="the file to write, or - for the screen")
    export.set_defaults(handler=export_policy)

    load = commands.add_parser("import", help="make a policy file your policy (refused whole if anything is wrong)")
    load.add_argument("file", metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="check the file and show what would change; save nothing")
    load.add_argument("--as-of", metavar="DATE", help="compare decisions as on DATE (default: today)")
    load.set_defaults(handler=import_policy)

    reset = commands.add_parser("reset", help="go back to the default policy")
    reset.set_defaults(handler=reset_policy)


def show_policy(args: argparse.Namespace, db: Database) -> int:
    from app.core.policy.describe import describe_conditions, describe_decision, describe_rule
    from app.core.policy.policy_file import policy_to_dict
    from app.services import policy as service

    view = service.show_policy(db)
    policy = view.policy
    if args.json:
        print_json(policy_to_dict(policy))
        return 0
    print(f"Policy: {policy.name}" + (" (the default policy)" if view.is_default else ""))
    print("Rules, tried in order; the first that matches decides:")
    for number, rule in enumerate(policy.rules, start=1):
        print(f"  {number}. {describe_rule(rule, policy)}")
        print(f"       when {describe_conditions(rule.when)}")
    print(f"Otherwise: {describe_decision(policy.default, policy.default_template)}")
    if policy.templates:
        print("Reply templates:")
        checks = {c.template_id: c for c in view.templates}
        for template in policy.templates:
            print(f"  {template.id} ({_length(checks[template.id])}):")
            for line in template.text.splitlines() or [""]:
                print(f"    {line}")
    return 0


def _length(check: TemplateCheck) -> str:
    from app.core.policy.templates import REPLY_LIMIT

    words = f"about {check.estimated_length} characters"
    if check.too_long:
        words += f", over the policy's target for brevity of {REPLY_LIMIT}"
    if check.missing:
        words += "; empty in your profile: " + ", ".join(check.missing) + " (gatehouse profile set)"
    return words


def export_policy(args: argparse.Namespace, db: Database) -> int:
    from app.core.policy.policy_file import policy_to_toml
    from app.services import policy as service

    if args.file == "-":
        sys.stdout.write(policy_to_toml(service.get_policy(db)))
        return 0
    policy = service.export_policy(db, Path(args.file))
    print(f"Wrote policy {policy.name!r} ({len(policy.rules)} rules, {len(policy.templates)} templates) to {args.file}")
    return 0


def import_policy(args: argparse.Namespace, db: Database) -> int:
    from datetime import date

    from app.core.dates import parse_user_date
    from app.services import policy as service

    today = parse_user_date(args.as_of, "--as-of") if args.as_of else date.today()
    path = Path(args.file)
    if args.dry_run:
        change = service.preview_import(db, path, today=today)
        policy = change.policy
        print(
            f"{path} is a valid policy: {policy.name!r}, {len(policy.rules)} rules, {len(policy.templates)} templates."
        )
        _print_comparison(change.comparison, "would get")
        _print_template_warnings(change.templates)
        print("Nothing was saved (--dry-run).")
        return 0
    change = service.import_policy(db, path, today=today)
    policy = change.policy
    print(f"Imported policy {policy.name!r}: {len(policy.rules)} rules, {len(policy.templates)} templates.")
    _print_comparison(change.comparison, "now get")
    _print_template_warnings(change.templates)
    return 0


def reset_policy(args: argparse.Namespace, db: Database) -> int:
    from app.services import policy as service

    change = service.reset_policy(db)
    print(f"Your policy is the default policy again ({len(change.policy.rules)} rules).")
    _print_comparison(change.comparison, "now get")
    return 0


def _print_comparison(comparison: PolicyComparison, verb: str) -> None:
    if not comparison.total:
        return
    print(f"{comparison.changed} of {comparison.total} pending requests {verb} another decision.")
    for change in comparison.changes[:10]:
        before, after = change.before.decision.value, change.after.decision.value
        print(f"  request {change.request_id}: {before} -> {after} ({change.after.rule_name or 'default'})")
    if comparison.changed > 10:
        print(f"  ... and {comparison.changed - 10} more (see `gatehouse triage`)")


def _print_template_warnings(checks: tuple[TemplateCheck, ...]) -> None:
    for check in checks:
        if check.too_long or check.missing:
            print(f"Note: template {check.template_id}: {_length(check)}.")
