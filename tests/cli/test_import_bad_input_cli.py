"""Bad input to ``gatehouse import`` and ``--db``: one readable line, exit 2, and nothing written."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import assert_one_line_error
from tests.keyring_backend import FILE_ENV

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
ZIP = FIXTURES / "Complete_LinkedInDataExport_11-21-2026.zip"


def keyring_entries() -> dict[str, str]:
    path = Path(os.environ[FILE_ENV])
    return json.loads(path.read_text()) if path.exists() else {}


def assert_nothing_written(result, database: Path) -> None:
    assert_one_line_error(result)
    assert not database.exists(), "a failed import must not leave an empty database behind"
    assert not [name for name in keyring_entries() if str(database) in name], "nor a keyring entry"


def test_an_empty_folder(gatehouse, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = gatehouse("import", str(empty))
    assert_nothing_written(result, gatehouse.database)
    assert "empty" in result.stderr


def test_a_folder_with_no_known_file(gatehouse, tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "Skills.csv").write_text("Name\nPython\n", encoding="utf-8")
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    result = gatehouse("import", str(folder))
    assert_nothing_written(result, gatehouse.database)
    assert "none of them is a file Gatehouse can import" in result.stderr


def test_a_zip_with_no_known_file_and_a_zip_that_holds_the_export_zip(gatehouse, tmp_path):
    plain = tmp_path / "other.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("Skills.csv", "Name\nPython\n")
    result = gatehouse("import", str(plain))
    assert_nothing_written(result, gatehouse.database)

    outer = tmp_path / "Downloads.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(ZIP, ZIP.name)
    result = gatehouse("import", str(outer))
    assert_nothing_written(result, gatehouse.database)
    assert ZIP.name in result.stderr and "import that zip" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_named_connections_csv_does_not_hang(gatehouse, tmp_path):
    fifo = tmp_path / "Connections.csv"
    os.mkfifo(fifo)
    result = gatehouse("import", str(fifo))  # the runner's timeout (120 s) fails the test if it hangs
    assert_nothing_written(result, gatehouse.database)
    assert "not a regular file" in result.stderr

    folder = tmp_path / "export"
    folder.mkdir()
    os.mkfifo(folder / "Connections.csv")
    shutil.copy(FIXTURES / "native" / "Invitations.csv", folder / "Invitations.csv")
    assert gatehouse("import", str(folder)).returncode == 0  # the FIFO is left alone, the rest is read


def test_db_naming_a_folder(gatehouse, tmp_path):
    result = gatehouse("--db", str(tmp_path), "import", str(ZIP))
    assert_one_line_error(result)
    assert "it is a folder" in result.stderr and "IsADirectoryError" not in result.stderr


def test_a_bad_row_in_a_new_database_leaves_no_file_and_no_key(gatehouse, tmp_path):
    bad = tmp_path / "Connections.csv"
    bad.write_text("First Name,Last Name,Connected On\nAda,Quill,04 Sep 2026\nBen,Marsh,soon\n", encoding="utf-8")
    result = gatehouse("import", str(bad))
    assert_nothing_written(result, gatehouse.database)
    assert f"{bad}:3:" in result.stderr


def test_a_failed_import_into_an_existing_database_keeps_it(gatehouse, tmp_path):
    assert gatehouse("import", str(FIXTURES / "export-2021")).returncode == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(gatehouse("import", str(empty)))
    assert gatehouse.database.exists()
    assert len(gatehouse("contacts", "list", "--json").json()) > 0


def test_renamed_files_in_a_zip_are_read(gatehouse, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(FIXTURES / "native" / "Connections.csv", "export/connection.csv")
        archive.writestr("export/Skills.csv", "Name\nPython\n")
    (tmp_path / "renamed.zip").write_bytes(buffer.getvalue())
    result = gatehouse("import", str(tmp_path / "renamed.zip"))
    assert result.returncode == 0, result.stderr
    assert "connection.csv" in result.stdout
    ignored = [line for line in result.stdout.splitlines() if line.startswith("Ignored")]
    assert len(ignored) == 1 and "Skills.csv" in ignored[0]
