"""Finding the files of an export: zip (in memory, capped), folder, single files; ignored files are listed."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from app.core.errors import BadInput, NotFound
from app.core.linkedin import archive
from app.core.linkedin.archive import collect_sources
from app.core.linkedin.rows import FileKind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
ZIP = FIXTURES / "Complete_LinkedInDataExport_11-21-2026.zip"


def kinds(sources):
    return sorted(f.kind.value for f in sources.files)


def test_zip_folder_and_single_files_give_the_same_files():
    from_zip = collect_sources([ZIP])
    from_folder = collect_sources([FIXTURES / "native"])
    single = collect_sources(sorted((FIXTURES / "native").iterdir()))
    assert (
        kinds(from_zip) == kinds(from_folder) == kinds(single) == ["connections", "invitations", "messages", "profile"]
    )
    assert {f.name.rsplit("/", 1)[-1]: f.data for f in from_zip.files} == {
        f.name.rsplit("/", 1)[-1]: f.data for f in from_folder.files
    }
    assert all(f.name.startswith(str(ZIP) + "/") for f in from_zip.files)


def test_other_files_of_an_export_are_ignored_not_errors(tmp_path):
    target = tmp_path / "Basic_LinkedInDataExport_11-21-2026.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.write(FIXTURES / "native" / "Connections.csv", "Connections.csv")
        zf.writestr("Rich_Media.csv", "Date/Time,Media Link\n")
        zf.writestr("Jobs/Job Applications.csv", "Application Date\n")
        zf.writestr("Articles/", "")
    sources = collect_sources([target])
    assert kinds(sources) == ["connections"]
    assert sorted(sources.ignored) == [f"{target}/Jobs/Job Applications.csv", f"{target}/Rich_Media.csv"]

    folder = tmp_path / "export"
    shutil.copytree(FIXTURES / "native", folder)
    (folder / "Learning.csv").write_text("Content Title\n", encoding="utf-8")
    sources = collect_sources([folder])
    assert len(sources.files) == 4 and sources.ignored == (f"{folder}/Learning.csv",)


def test_the_file_nearest_the_top_wins_and_two_at_the_same_depth_are_refused(tmp_path):
    target = tmp_path / "nested.zip"
    data = (FIXTURES / "native" / "Connections.csv").read_bytes()
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("Export/Connections.csv", data)
        zf.writestr("Export/old/Connections.csv", b"junk")
    sources = collect_sources([target])
    assert [f.name for f in sources.files] == [f"{target}/Export/Connections.csv"]
    assert sources.ignored == (f"{target}/Export/old/Connections.csv",)

    twice = tmp_path / "twice.zip"
    with zipfile.ZipFile(twice, "w") as zf:
        zf.writestr("a/Connections.csv", data)
        zf.writestr("b/Connections.csv", data)
    with pytest.raises(BadInput, match=r"twice.zip:1: holds 2 files of the same kind"):
        collect_sources([twice])


def test_member_names_that_climb_out_are_read_in_memory_and_nothing_is_written(tmp_path):
    target = tmp_path / "evil.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("../../outside/Connections.csv", (FIXTURES / "native" / "Connections.csv").read_bytes())
    before = sorted(p.name for p in tmp_path.parent.rglob("*"))
    sources = collect_sources([target])
    assert kinds(sources) == ["connections"]
    assert sorted(p.name for p in tmp_path.parent.rglob("*")) == before


def test_corrupt_zip_is_bad_input(tmp_path):
    target = tmp_path / "broken.zip"
    target.write_bytes(ZIP.read_bytes()[: len(ZIP.read_bytes()) // 2])
    with pytest.raises(BadInput, match=r"broken.zip:1: not a readable zip archive"):
        collect_sources([target])


def test_damaged_member_is_bad_input(tmp_path):
    target = tmp_path / "damaged.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", (FIXTURES / "native" / "Connections.csv").read_bytes())
    raw = bytearray(target.read_bytes())
    start = raw.index(b"Connections.csv") + len("Connections.csv") + 40
    raw[start : start + 20] = bytes(20)  # scribble over compressed data
    target.write_bytes(bytes(raw))
    with pytest.raises(BadInput, match=r"damaged.zip/Connections.csv:1: the zip archive is damaged"):
        collect_sources([target])


def test_oversized_zip_is_refused_before_and_while_unzipping(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED_BYTES", 64 * 1024)
    target = tmp_path / "bomb.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", b"First Name,Last Name,Connected On\n" + b"A,B,04 Sep 2026\n" * 20_000)
    assert target.stat().st_size < 64 * 1024  # small on disk, large once unzipped
    with pytest.raises(BadInput, match=r"bomb.zip:1: the files to import would take"):
        collect_sources([target])

    # one file over the per-file cap
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED_BYTES", 512 * 1024 * 1024)
    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 64 * 1024)
    with pytest.raises(BadInput, match=r"bomb.zip/Connections.csv:1: too large once unzipped"):
        collect_sources([target])

    # a directory that understates the size never gets more than it claims: the read stops and fails its check
    with zipfile.ZipFile(target) as zf:
        info = zf.getinfo("Connections.csv")
        info.file_size = 10
        with pytest.raises(BadInput, match=r"bomb.zip/Connections.csv:1: the zip archive is damaged"):
            archive._read_member(zf, info, "bomb.zip/Connections.csv", 512 * 1024 * 1024)


def test_a_single_file_that_is_none_of_ours_is_an_error(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello\n", encoding="utf-8")
    with pytest.raises(BadInput, match=r"notes.txt:1: not a file Gatehouse can import"):
        collect_sources([other])
    with pytest.raises(NotFound, match=r"missing.csv: no such file"):
        collect_sources([tmp_path / "missing.csv"])


def test_a_renamed_export_file_is_recognised_by_its_header(tmp_path):
    renamed = tmp_path / "Connections (1).csv"
    shutil.copy(FIXTURES / "excel" / "Connections.csv", renamed)
    assert [f.kind for f in collect_sources([renamed]).files] == [FileKind.CONNECTIONS]
