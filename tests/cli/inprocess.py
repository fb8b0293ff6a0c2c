"""Running ``gatehouse`` inside the test's process: the same parser, handlers and error handling as the entry
point, without starting a Python for every command. Tests that need the real process use ``gatehouse``."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from tests.cli.conftest import Result


class InProcess:
    def __init__(self, database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.database = database
        self._capsys = capsys
        monkeypatch.setenv("GATEHOUSE_DB", str(database))

    def __call__(self, *args: str) -> Result:
        self._capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own exits (bad arguments, --help)
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = self._capsys.readouterr()
        return Result(code, out, err)
