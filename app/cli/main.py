"""``gatehouse [--db PATH_OR_URL] COMMAND ...``; with no command, the desktop app opens.

Start-up is kept small: this module and the command modules import only ``argparse``, the standard library
and the plain ``app.core`` modules, so ``--version`` and ``--help`` answer at once. A handler imports the
services it uses when it runs (see ``app/cli/__init__.py``).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.core.errors import GatehouseError

if TYPE_CHECKING:
    from app.storage.database import Database

# The command groups, in the order --help lists them, each with the commands it adds: a group is a module
# ``app.cli.<name>`` with ``register(subparsers)``, which adds those commands with ``set_defaults(handler=...)``;
# a handler takes (args, database) and returns the exit status; a command that can answer before the database is
# opened the usual way also sets ``early_handler``, which takes (args) and returns the status, or None to have
# ``handler`` run after all. A new group is one more entry here
# (tests/cli/test_startup.py checks that each module adds exactly the commands named).
COMMAND_GROUPS: dict[str, tuple[str, ...]] = {
    "contacts": ("contacts",),
    "profile": ("profile",),
    "importing": ("import",),
    "exporting": ("export",),
    "requests": ("requests", "decide"),
    "triage": ("triage",),
    "policy": ("policy",),
    "check": ("check",),
    "drafts": ("draft",),
    "selfcheck": ("self-check",),
    "privacy": ("erase", "subject-export", "review", "transfer"),
    "maintenance": ("backup", "restore", "encrypt", "rekey"),
    "blurb": ("blurb",),
    "handover": ("handover",),
}
Handler = Callable[[argparse.Namespace, "Database"], int]


class ArgumentParser(argparse.ArgumentParser):
    """Bad arguments are one readable line and exit status 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names after the global ``--db``, if it names one before any other option."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            return None if word.startswith("-") else word
    return None


def group_of(command: str | None) -> str | None:
    return next((group for group, commands in COMMAND_GROUPS.items() if command in commands), None)


def build_parser(argv: Sequence[str] | None = None) -> ArgumentParser:
    """The ``gatehouse`` parser. Given the arguments of a command, only the group that adds it is registered:
    registering every group's options is most of what ``--help`` costs, and the command reads the same."""
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
    named = group_of(command_word(argv)) if argv is not None else None
    for name in (named,) if named else COMMAND_GROUPS:
        importlib.import_module(f"app.cli.{name}").register(subparsers)
    return parser


def _database_error(exc: BaseException) -> str | None:
    """The first line of a database driver's error, if ``exc`` is one (SQLAlchemy is loaded by then)."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DBAPIError):
        return None
    return str(exc.orig or exc).strip().splitlines()[0]


class StartUp:
    """A process's start-up without the cyclic garbage collector.

    Starting loads a few hundred thousand objects that live as long as the process (modules, SQLAlchemy's
    classes, the mapped tables) and none of them is garbage, yet the collector walks them again and again as
    they pile up: a fifth of a short command's time. So it is paused until the database is open, and what
    exists by then is set aside for good (``gc.freeze``): the command's own work is collected as usual,
    without walking the libraries again. Only the process's own command line pauses it (``main()`` without
    arguments); a test calling ``main([...])`` leaves its collector alone.
    """

    def __init__(self, own_process: bool) -> None:
        self._resume = own_process and gc.isenabled()
        if self._resume:
            gc.disable()

    def done(self, *, freeze: bool = True) -> None:
        if not self._resume:
            return
        self._resume = False
        if freeze:
            gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    start_up = StartUp(own_process=argv is None)
    try:
        arguments = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(arguments).parse_args(arguments)
        if args.command is None:
            start_up.done(freeze=False)  # the desktop app's objects are the Qt lifetimes' business
            from app.ui.start_up import run_gui

            return run_gui(args.db)
        from app.cli.output import safe_terminal_output

        with safe_terminal_output():  # contact text is untrusted: no escape sequence reaches the terminal
            return _run(args, start_up)
    finally:
        start_up.done(freeze=False)


def _run(args: argparse.Namespace, start_up: StartUp) -> int:
    handler: Handler = args.handler
    if not getattr(args, "opens_database", True):  # e.g. self-check, which uses a temporary database of its own
        start_up.done()
        return handler(args, None)  # type: ignore[arg-type]
    try:
        early: Callable[[argparse.Namespace], int | None] | None = getattr(args, "early_handler", None)
        status = early(args) if early is not None else None
        if status is not None:
            return status
        from app.storage.database import discard_new_file, new_file_for, open_database

        created = new_file_for(args.db)
        database = open_database(args.db, allow_damaged=getattr(args, "reads_only", False))
        start_up.done()
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
    except KeyboardInterrupt:
        print("gatehouse: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        reason = _database_error(exc)
        if reason is None:
            raise
        print(f"gatehouse: database error: {reason}; nothing was written", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
