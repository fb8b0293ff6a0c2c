"""``gatehouse [--db PATH_OR_URL] COMMAND ...``; with no command, the desktop app opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import NoReturn

from sqlalchemy.exc import DBAPIError

from app import __version__
from app.cli import (
    blurb,
    check,
    contacts,
    drafts,
    exporting,
    handover,
    importing,
    maintenance,
    policy,
    privacy,
    profile,
    requests,
    selfcheck,
    triage,
)
from app.cli.output import safe_terminal_output
from app.core.errors import GatehouseError
from app.storage.database import Database, discard_new_file, new_file_for, open_database

# Each group module has ``register(subparsers)``, which adds its commands with
# ``set_defaults(handler=...)``; a handler takes (args, database) and returns the exit status.
COMMAND_GROUPS: tuple[ModuleType, ...] = (
    contacts,
    profile,
    importing,
    exporting,
    requests,
    triage,
    policy,
    check,
    drafts,
    selfcheck,
    privacy,
    maintenance,
    blurb,
    handover,
)

Handler = Callable[[argparse.Namespace, Database], int]


class ArgumentParser(argparse.ArgumentParser):
    """Bad arguments are one readable line and exit status 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="gatehouse",
        description="Run your own LinkedIn contact policy. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"gatehouse {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $GATEHOUSE_DB, else the file in your data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(args.db)
    with safe_terminal_output():  # contact text is untrusted: no escape sequence reaches the terminal
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    if not getattr(args, "opens_database", True):  # e.g. self-check, which uses a temporary database of its own
        return handler(args, None)  # type: ignore[arg-type]
    try:
        created = new_file_for(args.db)
        database = open_database(args.db, allow_damaged=getattr(args, "reads_only", False))
        try:
            return handler(args, database)
        except GatehouseError:
            if created is not None:  # a command that failed on a database it created leaves none behind
                database.close()
                discard_new_file(created, database.secrets)
            raise
        finally:
            database.close()
    except GatehouseError as exc:
        # One line whatever the message quotes (a value read from a file may hold a line break).
        print("gatehouse: " + str(exc).replace("\r", "\\r").replace("\n", "\\n"), file=sys.stderr)
        return 2
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        print(f"gatehouse: database error: {reason}; nothing was written", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("gatehouse: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
