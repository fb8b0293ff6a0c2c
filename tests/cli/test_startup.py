"""A fast start: ``--version`` and ``--help`` load no library, and each command loads only what it uses."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest

from app.cli.main import COMMAND_GROUPS, build_parser, command_word

# What a command that answers from its arguments alone must not load (each costs a visible pause).
HEAVY = ("sqlalchemy", "alembic", "PySide6", "sqlcipher3", "psycopg", "keyring", "dateutil", "vobject", "rapidfuzz")
PROBE = (
    "import json, sys\n"
    "from app.cli.main import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "sys.stdout.flush()\n"
    "print('\\n' + json.dumps(sorted(sys.modules)))\n"
)


def modules_after(*args: str) -> tuple[str, set[str]]:
    """What ``gatehouse ARGS`` printed, and every module loaded by then, from a fresh interpreter."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    printed, _, loaded = result.stdout.rpartition("\n[")
    return printed, set(json.loads("[" + loaded))


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(("app.services", "app.storage")))


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("contacts", "--help"), ("handover", "mark", "--help")])
def test_version_and_help_load_no_library(args):
    printed, modules = modules_after(*args)
    assert printed.strip(), "nothing was printed"
    assert heavy_in(modules) == []


def test_help_lists_every_registered_command_group():
    printed, _ = modules_after("--help")
    for command in ("contacts", "import", "export", "requests", "triage", "self-check", "erase", "handover"):
        assert f"    {command}" in printed
    assert len(COMMAND_GROUPS) == len(set(COMMAND_GROUPS))


@pytest.mark.parametrize("group", COMMAND_GROUPS)
def test_each_group_adds_exactly_the_commands_it_is_listed_with(group):
    subparsers = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(f"app.cli.{group}").register(subparsers)
    assert tuple(subparsers.choices) == COMMAND_GROUPS[group]


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["contacts", "list"], "contacts"),
        (["--db", "contacts", "import", "x"], "import"),  # a file named like a command is the --db value
        (["--db=g.db", "backup"], "backup"),
        (["--help"], None),
        (["--d", "g.db", "contacts"], None),  # an abbreviated option: the whole parser decides
        ([], None),
    ],
)
def test_the_command_word_is_found_after_the_global_options(argv, word):
    assert command_word(argv) == word


def test_a_command_parses_the_same_with_its_group_alone_as_with_every_group():
    argv = ["--db", "g.db", "contacts", "set", "7", "--tag", "x", "--consent", "given", "--json"]
    alone = build_parser(argv)
    assert "handover" not in alone.format_help()
    assert vars(alone.parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_a_command_loads_its_own_service_and_not_the_others(tmp_path):
    database = tmp_path / "g.db"
    printed, modules = modules_after("--db", str(database), "contacts", "list", "--json")
    assert json.loads(printed) == []
    assert "app.services.contacts" in modules
    assert not {"app.services.policy", "app.services.handover", "app.services.importing"} & modules
    assert "PySide6" not in modules
    printed, modules = modules_after("--db", str(database), "contacts", "list", "--json")
    assert "alembic" not in modules, "an up-to-date database was checked through Alembic"


def test_listing_an_up_to_date_file_loads_no_sqlalchemy(tmp_path):
    database = tmp_path / "g.db"
    added, _ = modules_after("--db", str(database), "contacts", "add", "--first-name", "Ada", "--last-name", "Quill")
    assert "Ada Quill" in added
    _, modules = modules_after("--db", str(database), "contacts", "list")
    assert "sqlalchemy" in modules  # the day's first open of the file takes its backup the usual way
    printed, modules = modules_after("--db", str(database), "contacts", "list", "--json")
    assert [c["last_name"] for c in json.loads(printed)] == ["Quill"]
    assert not {"sqlalchemy", "alembic", "PySide6", "app.services.contacts"} & modules
    table, modules = modules_after("--db", str(database), "contacts", "list", "--search", "nobody")
    assert table.strip() == "No contacts match." and "sqlalchemy" not in modules


def test_a_command_on_a_sqlite_file_loads_no_postgresql_driver_or_dialect(tmp_path):
    database = tmp_path / "g.db"
    added, modules = modules_after("--db", str(database), "contacts", "add", "--first-name", "Ada", "--last-name", "Ng")
    assert "Ada Ng" in added and "sqlalchemy.orm" in modules
    assert not [m for m in modules if m.startswith(("sqlalchemy.dialects.postgresql", "psycopg"))]


@pytest.mark.parametrize("opens", ["a new database", "a folder, which fails"])
def test_the_garbage_collector_runs_again_once_a_command_has_started(tmp_path, opens):
    """Start-up pauses the cyclic collector; the command's own work (an import of 100,000 rows) has it back."""
    database = tmp_path / "g.db" if opens == "a new database" else tmp_path
    code = (
        "import gc, sys\n"
        "import app.cli.contacts as contacts\n"
        "from app.cli.main import main\n"
        "seen = []\n"
        "listing = contacts.list_contacts\n"
        "contacts.list_contacts = lambda args, db: seen.append(gc.isenabled()) or listing(args, db)\n"
        "sys.argv = ['gatehouse', '--db', sys.argv[1], 'contacts', 'list', '--json']\n"
        "status = main()\n"
        "print(status, seen, gc.isenabled())\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(database)], capture_output=True, text=True, timeout=120)
    expected = "0 [True] True" if opens == "a new database" else "2 [] True"
    assert result.stdout.splitlines()[-1] == expected, result.stderr
