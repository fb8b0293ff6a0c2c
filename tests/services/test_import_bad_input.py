"""Bad input and cancelling stop the import with FILE:LINE and leave the database exactly as it was."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.errors import BadInput
from app.core.linkedin import archive
from app.services.importing import ImportCancelled, import_paths
from tests.conftest import EXPORT_TOOL
from tests.services.test_import_linkedin import FIXTURES, NOW, snapshot

FILE_LINE = re.compile(r"^\S.*:\d+: \S")


@pytest.fixture
def newer_export(tmp_path: Path) -> Path:
    """A copy of the fixture export in which every connection's company changed (so a leak would show)."""
    folder = tmp_path / "newer"
    shutil.copytree(FIXTURES / "native", folder)
    text = (folder / "Connections.csv").read_text(encoding="utf-8")
    (folder / "Connections.csv").write_text(text.replace(",Globex,", ",Globex Two,"), encoding="utf-8")
    return folder


def spoil(folder: Path, name: str, find: str, replace: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")


def bad_cell_count(folder: Path) -> list[Path]:
    spoil(folder, "Invitations.csv", ",OUTGOING,", ",,OUTGOING,")
    return [folder]


def bad_message_date(folder: Path) -> list[Path]:
    spoil(folder, "messages.csv", " UTC,", " UTC in the afternoon,")
    return [folder]


def bad_connection_date(folder: Path) -> list[Path]:
    lines = (folder / "Connections.csv").read_text(encoding="utf-8").split("\n")
    lines[6] = lines[6].rsplit(",", 1)[0] + ",the 31st of Smarch"  # line 7, the third connection
    (folder / "Connections.csv").write_text("\n".join(lines), encoding="utf-8")
    return [folder]


def no_header(folder: Path) -> list[Path]:
    (folder / "Profile.csv").write_text("Name;Headline\nMorgan;Adviser\n", encoding="utf-8")
    return [folder]


def not_utf8(folder: Path) -> list[Path]:
    (folder / "Invitations.csv").write_bytes(
        (folder / "Invitations.csv").read_bytes().replace(b"Morgan", b"M\xf6rgan", 1)
    )
    return [folder]


def not_our_format(folder: Path) -> list[Path]:
    other = folder.parent / "notes.txt"
    other.write_text("some notes\n", encoding="utf-8")
    return [folder, other]


def corrupt_zip(folder: Path) -> list[Path]:
    target = folder.parent / "export.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f.name)
    data = target.read_bytes()
    target.write_bytes(data[:-30])  # the end of the central directory is gone
    return [folder, target]


def bad_vcard(folder: Path) -> list[Path]:
    card = folder.parent / "people.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Ada Quill\nEND:VCARD\nBEGIN:VCARD\nFN:Ben\n", encoding="utf-8")
    return [folder, card]


@pytest.mark.parametrize(
    ("spoiler", "where"),
    [
        (bad_cell_count, "Invitations.csv:2: expected 7 cells"),
        (bad_message_date, "messages.csv:2: cannot read the date"),
        (bad_connection_date, "Connections.csv:7: cannot read the date 'the 31st of Smarch'"),
        (no_header, "Profile.csv:1: cannot find the header row"),
        (not_utf8, "Invitations.csv:2: not UTF-8 text"),
        (not_our_format, "notes.txt:1: not a file Gatehouse can import"),
        (corrupt_zip, "export.zip:1: not a readable zip archive"),
        (bad_vcard, "people.vcf:5: this vCard never ends"),
    ],
)
def test_bad_input_stops_the_import_and_writes_nothing(db, newer_export, spoiler, where):
    import_paths(db, [FIXTURES / "native"], now=NOW)
    before = snapshot(db)
    paths = spoiler(newer_export)
    with pytest.raises(BadInput) as caught:
        import_paths(db, paths, now=datetime(2026, 12, 1, tzinfo=UTC))
    message = str(caught.value)
    assert FILE_LINE.match(message), message
    assert where in message, message
    assert snapshot(db) == before


def test_oversized_zip_stops_the_import(sqlite_db, newer_export, monkeypatch):
    import_paths(sqlite_db, [FIXTURES / "native"], now=NOW)
    before = snapshot(sqlite_db)
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED_BYTES", 16 * 1024)
    target = newer_export.parent / "export.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(newer_export.iterdir()):
            zf.write(f, f.name)
    with pytest.raises(BadInput, match=r"export.zip:1: the files to import would take .* \(the limit is"):
        import_paths(sqlite_db, [target], now=NOW)
    assert snapshot(sqlite_db) == before


@pytest.fixture(scope="module")
def export_2000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "export"
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(folder), "--connections", "2000", "--messages", "1500", "--seed", "9"],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.mark.parametrize("stage", ["Reading Connections.csv", "Reading messages.csv", "Saving contacts"])
def test_cancelling_at_any_stage_rolls_everything_back(db, export_2000, stage):
    import_paths(db, [FIXTURES / "native"], now=NOW)
    before = snapshot(db)
    stages: list[str] = []

    def is_cancelled() -> bool:
        return bool(stages) and stages[-1].startswith(stage)

    with pytest.raises(ImportCancelled):
        import_paths(db, [export_2000], progress=lambda d, t, m: stages.append(m), is_cancelled=is_cancelled, now=NOW)
    assert stages[-1].startswith(stage)  # "Saving contacts" is reported after rows went to the database
    assert snapshot(db) == before
