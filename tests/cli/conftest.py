"""Running the real ``gatehouse`` entry point in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> object:
        return json.loads(self.stdout)


@pytest.fixture
def gatehouse(tmp_path: Path):
    """Call ``gatehouse ARGS...`` against a database file in the test's folder."""
    database = tmp_path / "cli.db"

    def run(*args: str, db: str | None = None, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        environment = {**os.environ, "GATEHOUSE_DB": db or str(database), **(env or {})}
        completed = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            input=stdin,
            env=environment,
            timeout=120,
        )
        return Result(completed.returncode, completed.stdout, completed.stderr)

    run.database = database  # type: ignore[attr-defined]
    return run


def assert_one_line_error(result: Result) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
