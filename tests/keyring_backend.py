"""A keyring backend for the tests: in memory, shared with the ``gatehouse`` subprocesses of the CLI tests.

The autouse fixture in conftest.py installs it with ``keyring.set_keyring`` and names it in
``PYTHON_KEYRING_BACKEND`` for subprocesses. When ``GATEHOUSE_TEST_KEYRING_FILE`` is set (the test's own HOME),
the entries are also kept in that file so a subprocess sees what the test process stored, and the other way
round. It never touches the user's real keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_ENV = "GATEHOUSE_TEST_KEYRING_FILE"
LOCKED_ENV = "GATEHOUSE_TEST_KEYRING_LOCKED"  # set: the keyring behaves as a locked one (KeyringLocked)


class TestKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        super().__init__()
        self._entries: dict[str, str] = {}

    @staticmethod
    def _file() -> Path | None:
        name = os.environ.get(FILE_ENV)
        return Path(name) if name else None

    def _load(self) -> dict[str, str]:
        if os.environ.get(LOCKED_ENV):
            raise KeyringLocked("the collection is locked")
        path = self._file()
        if path is not None and path.exists():
            self._entries = json.loads(path.read_text())
        return self._entries

    def _save(self) -> None:
        path = self._file()
        if path is not None:
            path.write_text(json.dumps(self._entries))

    @staticmethod
    def _key(service: str, username: str) -> str:
        return f"{service}\x00{username}"

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(self._key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._load()[self._key(service, username)] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if self._key(service, username) not in entries:
            raise PasswordDeleteError("no such entry")
        del entries[self._key(service, username)]
        self._save()

    def entries(self, service: str = "gatehouse") -> dict[str, str]:
        prefix = f"{service}\x00"
        return {k[len(prefix) :]: v for k, v in self._load().items() if k.startswith(prefix)}
