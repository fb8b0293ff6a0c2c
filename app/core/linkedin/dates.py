"""LinkedIn's date forms, each distinct string parsed once.

- Connections.csv ``Connected On``: ``04 Sep 2026``; re-saved by a spreadsheet ``9-Sep-22``; in 2018
  ``1/8/18, 6:14 PM`` (month first).
- Invitations.csv ``Sent At``: ``11/21/26, 10:15 AM`` (month first, 12-hour clock, the exporter's local time).
- messages.csv ``DATE``: ``2026-11-21 10:15:00 UTC``.

The common forms are read by hand (python-dateutil costs about 30 µs a call); anything else goes to dateutil, and
is accepted only when the text names a full date (day, month and year), so ``Sep`` or ``12`` is an error rather
than a guess. Results are cached per distinct string for the life of one ``DateReader`` (one import).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime

MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
)}  # fmt: skip

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{4}|\d{2})$")
_US_DATE_TIME = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_ISO_UTC = re.compile(r"^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:UTC|Z|GMT|\+00:?00)?$")

_DEFAULT_A = datetime(1901, 1, 1)
_DEFAULT_B = datetime(1902, 2, 2)


def _full_year(text: str) -> int:
    """Two-digit years are 1970-2069 (LinkedIn started in 2003)."""
    year = int(text)
    if len(text) != 2:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _clock(hour: str | None, minute: str | None, second: str | None, meridiem: str | None) -> tuple[int, int, int]:
    if hour is None:
        return 0, 0, 0
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if meridiem:
        if not 1 <= h <= 12:
            raise ValueError("hour out of range for a 12-hour clock")
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    return h, m, s


def _dateutil(text: str) -> datetime:
    """dateutil, but only for texts that name day, month and year (two defaults must give the same date)."""
    from dateutil import parser as date_parser  # only for the rare form: LinkedIn's own never load it

    first = date_parser.parse(text, default=_DEFAULT_A, dayfirst=False)
    second = date_parser.parse(text, default=_DEFAULT_B, dayfirst=False)
    if first.date() != second.date():
        raise ValueError("not a full date")
    return first


def parse_day(text: str) -> date:
    """``04 Sep 2026``, ``9-Sep-22``, ``1/8/18, 6:14 PM`` or any full date dateutil reads."""
    if len(text) == 11 and text[2] == " " and text[6] == " ":  # today's form: '2026-09-' + '04', read in C
        prefix = _iso_month(text[3:])
        if prefix:
            try:
                return date.fromisoformat(prefix + text[:2])
            except ValueError:
                pass  # read below, which says what is wrong
    parts = text.split(" ")
    if len(parts) == 3 and len(parts[2]) == 4:  # today's form, read without a regex
        month = MONTHS.get(parts[1].lower())
        if month is not None and parts[0].isdigit() and parts[2].isdigit():
            return date(int(parts[2]), month, int(parts[0]))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        month = MONTHS.get(match.group(2).lower())
        if month is not None:
            return date(_full_year(match.group(3)), month, int(match.group(1)))
    match = _US_DATE_TIME.match(text)
    if match:
        return date(_full_year(match.group(3)), int(match.group(1)), int(match.group(2)))
    return _dateutil(text).date()


@functools.lru_cache(maxsize=16384)  # every month of 1,300 years
def _iso_month(month_year: str) -> str:
    """'Sep 2026' as '2026-09-', or '' when it is not a month and a four-digit year."""
    month, _, year = month_year.partition(" ")
    number = MONTHS.get(month.lower())
    if number is None or len(year) != 4 or not (year.isascii() and year.isdigit()):
        return ""
    return f"{year}-{number:02d}-"


def parse_local_time(text: str) -> datetime:
    """``11/21/26, 10:15 AM`` (naive: the exporting user's local time) or any full date and time."""
    match = _US_DATE_TIME.match(text)
    if match:
        hour, minute, second = _clock(match.group(4), match.group(5), match.group(6), match.group(7))
        return datetime(_full_year(match.group(3)), int(match.group(1)), int(match.group(2)), hour, minute, second)
    value = _dateutil(text)
    return value.replace(tzinfo=None) if value.tzinfo is None else value


def parse_utc_time(text: str) -> datetime:
    """``2026-11-21 10:15:00 UTC`` as an aware UTC datetime; a time without a zone is taken as UTC."""
    if len(text) == 23 and text.endswith(" UTC") and text[10] == " " and text[13] == text[16] == ":":
        return datetime.fromisoformat(text[:19] + "+00:00")  # today's form, read without a regex
    match = _ISO_UTC.match(text)
    value = datetime.fromisoformat(match.group(1)) if match else _dateutil(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class DateReader:
    """Parses each distinct date string once. Raises ValueError with a short reason for unreadable text."""

    def __init__(self) -> None:
        self._days: dict[str, date] = {}
        self._local: dict[str, datetime] = {}
        self._utc: dict[str, datetime] = {}
        self.known_days: Mapping[str, date] = self._days  # read-only view for hot loops: ``known_days.get(text)``
        self.known_utc_times: Mapping[str, datetime] = self._utc

    def day(self, text: str) -> date:
        value = self._days.get(text)
        if value is None:
            try:
                value = self._days[text] = parse_day(text)
            except _FAILURES as exc:
                raise _reason(exc) from None
        return value

    def local_time(self, text: str) -> datetime:
        value = self._local.get(text)
        if value is None:
            try:
                value = self._local[text] = parse_local_time(text)
            except _FAILURES as exc:
                raise _reason(exc) from None
        return value

    def utc_time(self, text: str) -> datetime:
        value = self._utc.get(text)
        if value is None:
            try:
                value = self._utc[text] = parse_utc_time(text)
            except _FAILURES as exc:
                raise _reason(exc) from None
        return value


_FAILURES = (ValueError, OverflowError, TypeError)


def _reason(exc: Exception) -> ValueError:
    return ValueError(str(exc) or "not a date")
