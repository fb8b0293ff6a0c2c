"""A fast start: ``--version`` and ``--help`` load no library, and each command loads only what it uses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import COMMAND_MODULES

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
    assert len(COMMAND_MODULES) == len(set(COMMAND_MODULES))


def test_a_command_loads_its_own_service_and_not_the_others(tmp_path):
    database = tmp_path / "g.db"
    printed, modules = modules_after("--db", str(database), "contacts", "list", "--json")
    assert json.loads(printed) == []
    assert "app.services.contacts" in modules
    assert not {"app.services.policy", "app.services.handover", "app.services.importing"} & modules
    assert "PySide6" not in modules
    printed, modules = modules_after("--db", str(database), "contacts", "list", "--json")
    assert "alembic" not in modules, "an up-to-date database was checked through Alembic"
