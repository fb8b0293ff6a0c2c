"""Secrets behind a small interface: database keys and team passwords live in the system's keyring.

Every entry is under the service ``gatehouse``: a SQLite file's key under the file's absolute path, a team
database's password under ``USER@HOST:PORT/DB``. When no usable keyring exists (keyring's ``fail`` or ``null``
backend, an empty chain, ``NoKeyringError``, ``KeyringLocked``) the caller falls back to a passphrase asked for
by the UI (a dialog in the GUI, ``$GATEHOUSE_PASSPHRASE`` or the terminal in the CLI). A key is never written
to a file in clear.
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import DatabaseUnavailable

SERVICE = "gatehouse"
PASSPHRASE_ENV = "GATEHOUSE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "GATEHOUSE_NEW_PASSPHRASE"
PASSWORD_ENV = "GATEHOUSE_DB_PASSWORD"
WRONG_KEY = "wrong key or damaged file"


class KeyringUnavailable(Exception):
    """No usable keyring: the caller asks for a passphrase instead."""


class KeyringLocked(KeyringUnavailable):
    """The keyring exists but is locked (a wallet or login keyring not unlocked): the key is not lost."""


KEYRING_LOCKED = (
    "the system keyring is locked: unlock it (log in to your desktop session, or unlock its wallet) and try again"
)


class WrongKey(DatabaseUnavailable):
    """The key or passphrase does not open the file, or the file is damaged."""


class KeyKind(StrEnum):
    RAW = "raw"  # 256 random bits from the keyring: opening is instant (no key derivation)
    PASSPHRASE = "passphrase"  # typed by the user; SQLCipher derives the key (PBKDF2)


@dataclass(frozen=True)
class DatabaseKey:
    kind: KeyKind
    secret: str

    @staticmethod
    def new_random() -> DatabaseKey:
        return DatabaseKey(KeyKind.RAW, secrets.token_hex(32))

    @staticmethod
    def from_stored(value: str) -> DatabaseKey:
        """Keyring entries hold the raw key as 64 hex digits."""
        text = value.strip().lower()
        if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
            return DatabaseKey(KeyKind.RAW, text)
        return DatabaseKey(KeyKind.PASSPHRASE, value)

    def pragma_value(self) -> str:
        """The argument of ``PRAGMA key``/``ATTACH ... KEY``: ``"x'<hex>'"`` (raw form) or a quoted passphrase."""
        if self.kind is KeyKind.RAW:
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print a key by accident
        return f"DatabaseKey({self.kind.value}, ***)"


class SecretStore(ABC):
    """Where Gatehouse keeps secrets. ``get`` returns None when there is no entry."""

    @abstractmethod
    def get(self, name: str) -> str | None: ...

    @abstractmethod
    def set(self, name: str, value: str) -> None: ...

    @abstractmethod
    def delete(self, name: str) -> None: ...


class MemoryStore(SecretStore):
    """Secrets held in memory for one process: a temporary database (self-check, benchmarks) needs no keyring."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class KeyringStore(SecretStore):
    """The system keyring through the ``keyring`` package; raises KeyringUnavailable when it cannot be used."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def load(self) -> None:
        """Load the keyring's modules and find its backend now, without looking anything up (raises
        KeyringUnavailable as ``get`` would)."""
        self._backend()

    def _backend(self):  # noqa: ANN202 (a keyring backend)
        import keyring

        backend = keyring.get_keyring()
        # fail (0), null (-1) and an empty chain (-1) store nothing or silently return None.
        if getattr(backend, "priority", 0) <= 0:
            raise KeyringUnavailable(f"no usable keyring ({type(backend).__module__})")
        return backend

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError
        from keyring.errors import KeyringLocked as Locked

        backend = self._backend()
        try:
            return backend.get_password(self.service, name)
        except Locked as exc:
            raise KeyringLocked(str(exc) or "locked") from None
        except KeyringError as exc:  # NoKeyringError, InitError, ...
            raise KeyringUnavailable(str(exc) or type(exc).__name__) from None

    def set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        backend = self._backend()
        try:
            backend.set_password(self.service, name, value)
            stored = backend.get_password(self.service, name)
        except KeyringError as exc:
            raise KeyringUnavailable(str(exc) or type(exc).__name__) from None
        if stored != value:  # a keyring that silently drops entries must not cost the user their data
            raise KeyringUnavailable("the keyring did not keep the entry")

    def delete(self, name: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        backend = self._backend()
        try:
            backend.delete_password(self.service, name)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise KeyringUnavailable(str(exc) or type(exc).__name__) from None


@dataclass(frozen=True)
class PassphraseRequest:
    """What a passphrase prompt is asked: for which database, whether it is a new one, and why."""

    database: str
    new: bool = False
    reason: str = ""
    attempt: int = 1


# Returns the passphrase, or None when the user cancels.
PassphrasePrompt = Callable[[PassphraseRequest], str | None]
# Returns the password for a team database (its name without password), or None when the user cancels.
PasswordPrompt = Callable[[str], str | None]


def terminal_passphrase(request: PassphraseRequest) -> str | None:
    """The CLI's prompt: ``$GATEHOUSE_PASSPHRASE`` (``$GATEHOUSE_NEW_PASSPHRASE`` for a new one), else the terminal."""
    env_name = NEW_PASSPHRASE_ENV if request.new and os.environ.get(NEW_PASSPHRASE_ENV) else PASSPHRASE_ENV
    from_env = os.environ.get(env_name)
    if from_env:
        if request.attempt > 1:
            return None  # the same value again would fail the same way
        return from_env
    if not sys.stdin.isatty():
        return None
    if request.reason:
        print(request.reason, file=sys.stderr)
    if not request.new:
        return getpass.getpass(f"Passphrase for {request.database}: ") or None
    first = getpass.getpass(f"New passphrase for {request.database}: ")
    if not first:
        return None
    if getpass.getpass("Repeat the passphrase: ") != first:
        print("The two passphrases differ.", file=sys.stderr)
        return None
    return first


def terminal_password(database: str) -> str | None:
    """The CLI's prompt for a team database password: ``$GATEHOUSE_DB_PASSWORD``, else the terminal."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {database}: ") or None
