"""Dates typed by people (CLI options, form fields), read with python-dateutil."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dateutil import parser as date_parser

from app.core.errors import BadInput


def parse_user_date(text: str, what: str = "date") -> date:
    try:
        return date_parser.parse(text.strip(), dayfirst=False, yearfirst=True).date()
    except (ValueError, OverflowError):
        raise BadInput(f"cannot read {what} {text!r} (write it as YYYY-MM-DD)") from None


def parse_user_datetime(text: str, what: str = "time") -> datetime:
    """A local or zoned time; a time without a zone is taken as the machine's local time, stored as UTC."""
    try:
        value = date_parser.parse(text.strip(), yearfirst=True)
    except (ValueError, OverflowError):
        raise BadInput(f"cannot read {what} {text!r} (write it as YYYY-MM-DD HH:MM)") from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)
