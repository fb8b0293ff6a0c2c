"""Shared fixtures: real SQLite files, a real PostgreSQL server, an isolated home and Qt settings."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs offscreen unless a test starts Xvfb itself; no test touches the user's real data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.storage.database import Database, open_database
from tests.keyring_backend import FILE_ENV as TEST_KEYRING_FILE_ENV
from tests.keyring_backend import TestKeyring
from tests.postgres_server import PostgresServer, ServerUnavailable, start_server

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXPORT_TOOL = SHARED / "tools" / "make_linkedin_export.py"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own HOME and XDG folders and no GATEHOUSE_DB, so nothing leaks in or out."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("GATEHOUSE_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def test_keyring(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestKeyring]:
    """Keyring's real API over an in-memory backend (new databases are encrypted with a key kept there).

    ``gatehouse`` subprocesses load the same backend (PYTHON_KEYRING_BACKEND) and share its entries through a
    file in the test's HOME; no test reaches the user's real keyring. Passphrase variables are cleared.
    """
    import keyring

    monkeypatch.setenv(TEST_KEYRING_FILE_ENV, str(isolated_home / "test-keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.TestKeyring")
    root = str(Path(__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
    for name in ("GATEHOUSE_PASSPHRASE", "GATEHOUSE_NEW_PASSPHRASE", "GATEHOUSE_DB_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    backend = TestKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "gatehouse.db"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        if os.environ.get("CI"):  # .ci/run installs the server: in CI its absence is a failure, not a skip
            pytest.fail(f"PostgreSQL server could not start: {exc}")
        pytest.skip(f"PostgreSQL server could not start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the suite's server."""
    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def postgres_db(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """The same test on a SQLite file and on the PostgreSQL server."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "postgres_db")
