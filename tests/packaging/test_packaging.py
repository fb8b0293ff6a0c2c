"""Packaging: the bundle's contents, the Linux desktop files, the version in one place, and self-check."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__
from app.cli import selfcheck
from app.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.gatehouse.Gatehouse"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def load_bundle_contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_contents", ROOT / "packaging" / "bundle_contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_carries_every_alembic_revision_as_a_python_file():
    contents = load_bundle_contents()
    shipped = {(Path(source).relative_to(ROOT).as_posix(), target) for source, target in contents.data_files(ROOT)}
    revisions = sorted((ROOT / "migrations" / "versions").glob("*.py"))
    assert any(path.name.startswith("0001_") for path in revisions)
    for path in revisions:
        assert (path.relative_to(ROOT).as_posix(), "app/migrations/versions") in shipped
    assert ("migrations/env.py", "app/migrations") in shipped
    assert ("migrations/script.py.mako", "app/migrations") in shipped
    assert not any("__pycache__" in source for source, _ in shipped)


def test_the_bundle_carries_the_resources_where_app_resources_points():
    contents = load_bundle_contents()
    shipped = {(Path(source).relative_to(ROOT).as_posix(), target) for source, target in contents.data_files(ROOT)}
    assert ("resources/icons/gatehouse.svg", "app/resources/icons") in shipped
    # The user guide and the pages of help it links (the command line, privacy, speed, development).
    for page in sorted((ROOT / "resources" / "help").glob("*.md")):
        assert (page.relative_to(ROOT).as_posix(), "app/resources/help") in shipped
    assert ("resources/help/user-guide.md", "app/resources/help") in shipped
    for template in (ROOT / "resources" / "templates").rglob("*"):
        if template.is_file() and "__pycache__" not in template.parts:
            relative = template.parent.relative_to(ROOT / "resources").as_posix()
            assert (template.relative_to(ROOT).as_posix(), f"app/resources/{relative}") in shipped
    # Translation sources are for translators; the bundle needs only the compiled .qm files.
    assert not any(source.endswith(".ts") for source, _ in shipped)


def test_what_the_revisions_import_is_added_to_the_bundle():
    imports = load_bundle_contents().migration_imports(ROOT)
    assert "alembic" in imports
    assert "sqlalchemy" in imports
    assert "app.storage.models" in imports


def test_the_spec_is_one_file_for_every_system():
    spec = (ROOT / "packaging" / "gatehouse.spec").read_text(encoding="utf-8")
    assert "contents.data_files(ROOT)" in spec
    assert "contents.migration_imports(ROOT)" in spec
    for system in ("windows", "macos", "linux"):
        assert f'PLATFORM == "{system}"' in spec


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed")
def test_the_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_the_desktop_file_metainfo_and_icon_name_the_same_application():
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "gatehouse"
    assert entry["Icon"] == APP_ID
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.find("provides/binary").text == "gatehouse"
    icon = ElementTree.parse(ROOT / "resources" / "icons" / "gatehouse.svg").getroot()
    assert icon.tag == "{http://www.w3.org/2000/svg}svg"


def test_the_metainfo_screenshots_are_the_readmes():
    component = ElementTree.parse(METAINFO).getroot()
    images = [image.text or "" for image in component.iter("image")]
    assert images, "the metainfo has no screenshots"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert relative.startswith("resources/")
        assert (ROOT / relative).is_file(), f"{relative} is not in the repository"
        assert relative in readme, f"the README does not show {relative}"


def test_the_version_lives_in_one_place_and_the_release_notes_follow_it():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\S+)", changelog, flags=re.MULTILINE)
    assert newest is not None and newest.group(1) == __version__
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__
    assert 'version = { attr = "app.__version__" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_gatehouse_version_prints_it(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"gatehouse {__version__}"


def test_self_check_passes_from_the_source_tree_and_never_touches_your_database(tmp_path, isolated_home):
    mine = tmp_path / "mine.db"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(mine), "self-check", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "GATEHOUSE_DB": str(mine), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["version"] == __version__
    assert [check["name"] for check in report["checks"]] == [name for name, _ in selfcheck.CHECKS]
    database = next(check for check in report["checks"] if check["name"] == "database")
    assert "encrypted" in database["detail"]
    assert not mine.exists()
    assert not (isolated_home / ".local" / "share" / "Gatehouse").exists()


def test_self_check_says_what_is_missing_from_a_broken_installation(tmp_path, monkeypatch, capsys, qapp):
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(selfcheck, "resource", lambda *parts: empty.joinpath(*parts))
    status = main(["self-check"])
    out = capsys.readouterr().out
    assert status == 1
    assert re.search(r"^FAILED\s+resources\s+.*gatehouse\.svg", out, flags=re.MULTILINE), out
    assert re.search(r"^ok\s+database\s", out, flags=re.MULTILINE), out
    assert "checks passed; failed: resources, qt" in out


def test_the_wheel_builds_without_warnings_of_our_own_and_carries_the_help(tmp_path):
    """`pip install` printed setuptools' warnings about this project (the old licence table, data folders missing
    from `packages`); the wheel must build without them and still carry every resource."""
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    ours = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if re.search(r"BuildBackendWarning|SetuptoolsDeprecationWarning|is absent from the `packages`", line)
    ]
    assert ours == []
    [wheel] = (tmp_path / "wheel").glob("gatehouse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in (ROOT / "resources").rglob("*"):
        if resource.is_file() and "__pycache__" not in resource.parts and not resource.name.startswith("."):
            assert f"app/resources/{resource.relative_to(ROOT / 'resources').as_posix()}" in names, resource
