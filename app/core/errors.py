"""Errors a user can act on. Their message is one readable sentence; the CLI prints it and exits 2."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


class GatehouseError(Exception):
    """Base of every error whose message is meant for the user."""


class BadInput(GatehouseError):
    """A value, file or argument the user gave cannot be used."""


class NotFound(GatehouseError):
    """The contact, request or file named does not exist."""


class DatabaseUnavailable(GatehouseError):
    """The database cannot be opened, reached or upgraded."""


class DatabaseTooNew(DatabaseUnavailable):
    """The database was written by a newer Gatehouse than this one."""


def parse_enum(enum_type: type[E], value: str, what: str) -> E:
    """Return ``enum_type(value)`` or raise BadInput naming the allowed words."""
    try:
        return enum_type(value.strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise BadInput(f"unknown {what} {value!r} (expected one of: {allowed})") from None
