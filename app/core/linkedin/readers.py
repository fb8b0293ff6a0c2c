"""Turning each LinkedIn file into rows. Columns are found by name; old header forms are read too.

Each reader takes the file's display name (used in messages as ``FILE:LINE``), its bytes and a ``DateReader``
shared by the whole import, and yields rows lazily so the caller can report progress and cancel between rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import Any, TypeVar

from app.core.errors import BadInput
from app.core.linkedin.dates import DateReader
from app.core.linkedin.rows import ConnectionRow, FileKind, InvitationRow, MessageRow, ProfileRow, SkippedRow
from app.core.linkedin.table import HeaderSpec, Table, cell, find_table, open_table

CONNECTIONS = HeaderSpec("Connections.csv", ("First Name", "Last Name", "Connected On"))
INVITATIONS = HeaderSpec("Invitations.csv", ("From", "To", "Sent At", "Direction"))
MESSAGES = HeaderSpec("messages.csv", ("Conversation ID", "From", "Date"))
MESSAGES_2018 = HeaderSpec("Messages.csv (2018)", ("From", "To", "Date", "Direction"))
PROFILE = HeaderSpec("Profile.csv", ("First Name", "Last Name"))
PROFILE_SNIFF = HeaderSpec("Profile.csv", ("First Name", "Last Name", "Headline"))

FILE_NAMES = {
    "connections.csv": FileKind.CONNECTIONS,
    "invitations.csv": FileKind.INVITATIONS,
    "messages.csv": FileKind.MESSAGES,
    "profile.csv": FileKind.PROFILE,
}
VCARD_SUFFIXES = (".vcf", ".vcard")
KNOWN_FILES = "Connections.csv, Invitations.csv, messages.csv, Profile.csv or a .vcf vCard file"

Row = ConnectionRow | InvitationRow | MessageRow | ProfileRow | SkippedRow
RowT = TypeVar("RowT", ConnectionRow, InvitationRow, MessageRow)


def kind_for_name(name: str) -> FileKind | None:
    """The kind of a file by its name, as LinkedIn names them (any case); None for files Gatehouse does not read."""
    base = PurePosixPath(name.replace("\\", "/")).name.casefold()
    if base.endswith(VCARD_SUFFIXES):
        return FileKind.VCARD
    return FILE_NAMES.get(base)


def sniff_kind(data: bytes) -> FileKind | None:
    """The kind of a renamed file ('Connections (1).csv'), by its header; None when it is none of ours."""
    head = data[:8192]
    if b"BEGIN:VCARD" in head.upper():
        return FileKind.VCARD
    if len(data) > len(head):
        head = head.rsplit(b"\n", 1)[0]  # whole lines only
    for spec, kind in (
        (CONNECTIONS, FileKind.CONNECTIONS),
        (INVITATIONS, FileKind.INVITATIONS),
        (MESSAGES, FileKind.MESSAGES),
        (MESSAGES_2018, FileKind.MESSAGES),
        (PROFILE_SNIFF, FileKind.PROFILE),
    ):
        try:
            if find_table("", head, spec) is not None:
                return kind
        except BadInput:
            return None
    return None


_SAMPLE_BYTES = 256 * 1024


def estimate_rows(data: bytes) -> int:
    """Roughly the number of rows, for a progress bar: the lines of the first 256 KiB, scaled to the whole file
    (counting every line of a large messages.csv cost as much as a tenth of reading it)."""
    if len(data) <= _SAMPLE_BYTES:
        return data.count(b"\n") + 1
    return data.count(b"\n", 0, _SAMPLE_BYTES) * len(data) // _SAMPLE_BYTES + 1


def _maker(kind: type[RowT]) -> Callable[[tuple[Any, ...]], RowT]:
    """``kind`` (a NamedTuple) from a tuple of all its fields, made in C: its own ``__new__`` is Python code,
    a tenth of the time spent on each of 100,000 rows."""
    return functools.partial(tuple.__new__, kind)  # type: ignore[return-value]


def _bad_date(table: Table, line: int, column: str, text: str, reason: str) -> BadInput:
    return BadInput(f"{table.file}:{line}: cannot read the date {text!r} in column {column} ({reason})")


def read_connections(file: str, data: bytes, dates: DateReader) -> Iterator[ConnectionRow | SkippedRow]:
    table = open_table(file, data, CONNECTIONS)
    first, last = table.index("First Name"), table.index("Last Name")
    url = table.index("URL") if table.has("URL") else table.index("Profile URL")
    email = next((table.index(n) for n in ("Email Address", "E-mail Address", "Email") if table.has(n)), None)
    company, position, connected = table.index("Company"), table.index("Position"), table.index("Connected On")
    known_days, day = dates.known_days, dates.day
    row = _maker(ConnectionRow)
    for line, cells in table.rows():
        first_name, last_name = cells[first].strip(), cells[last].strip()  # type: ignore[index]
        profile_url = cells[url].strip() if url is not None else ""
        address = cells[email].strip() if email is not None else ""
        on_text = cells[connected].strip()  # type: ignore[index]
        if not (first_name or last_name or profile_url or address):
            reason = "a deleted or hidden member (the row holds only a date)" if on_text else "an empty row"
            yield SkippedRow(file, line, reason)
            continue
        connected_on = known_days.get(on_text) if on_text else None
        if connected_on is None and on_text:
            try:
                connected_on = day(on_text)
            except ValueError as exc:
                raise _bad_date(table, line, "Connected On", on_text, str(exc)) from None
        yield row(
            (
                file,
                line,
                first_name,
                last_name,
                profile_url or None,
                address or None,
                cells[company].strip() if company is not None else "",
                cells[position].strip() if position is not None else "",
                connected_on,
            )
        )


def read_invitations(file: str, data: bytes, dates: DateReader) -> Iterator[InvitationRow | SkippedRow]:
    table = open_table(file, data, INVITATIONS)
    sender, receiver, sent = table.index("From"), table.index("To"), table.index("Sent At")
    message, direction = table.index("Message"), table.index("Direction")
    inviter, invitee = table.index("inviterProfileUrl"), table.index("inviteeProfileUrl")
    row = _maker(InvitationRow)
    for line, cells in table.rows():
        way = cells[direction].strip().upper()  # type: ignore[index]
        if way == "INCOMING":
            incoming = True
        elif way == "OUTGOING":
            incoming = False
        else:
            raise BadInput(
                f"{file}:{line}: unknown Direction {cell(cells, direction)!r} (expected INCOMING or OUTGOING)"
            )
        sent_text = cells[sent].strip()  # type: ignore[index]
        try:
            sent_at = dates.local_time(sent_text) if sent_text else None
        except ValueError as exc:
            raise _bad_date(table, line, "Sent At", sent_text, str(exc)) from None
        from_name, to_name = cells[sender].strip(), cells[receiver].strip()  # type: ignore[index]
        inviter_url = (cells[inviter].strip() if inviter is not None else "") or None
        invitee_url = (cells[invitee].strip() if invitee is not None else "") or None
        if not ((from_name or inviter_url) if incoming else (to_name or invitee_url)):  # the other person's
            yield SkippedRow(file, line, "an invitation with neither a name nor a profile URL")
            continue
        yield row(
            (
                file,
                line,
                incoming,
                from_name,
                to_name,
                sent_at,
                cells[message].strip() if message is not None else "",
                inviter_url,
                invitee_url,
            )
        )


def read_messages(file: str, data: bytes, dates: DateReader) -> Iterator[MessageRow]:
    """Messages that count as interactions: drafts and SPAM are left out (not errors, not reported)."""
    table = find_table(file, data, MESSAGES) or find_table(file, data, MESSAGES_2018)
    if table is None:
        raise BadInput(
            f"{file}:1: cannot find the header row of messages.csv "
            "(a line with the columns CONVERSATION ID, FROM, DATE or, in 2018 exports, From, To, Date, Direction)"
        )
    conversation, sender, sender_url = (
        table.index("Conversation ID"),
        table.index("From"),
        table.index("Sender Profile URL"),
    )
    recipients, date_col, folder = table.index("Recipient Profile URLs"), table.index("Date"), table.index("Folder")
    draft = table.index("Is Message Draft")
    known_times, utc_time = dates.known_utc_times, dates.utc_time
    row = _maker(MessageRow)
    for line, cells in table.rows():
        folder_text = cells[folder].strip() if folder is not None else ""
        if folder_text.upper() in _NOT_SENT:
            continue
        if draft is not None and cells[draft].strip().casefold() in ("yes", "true"):
            continue
        conversation_id = cells[conversation].strip() if conversation is not None else ""
        if conversation is not None and not folder_text and not conversation_id:
            continue  # a draft in the 2018 form
        date_text = cells[date_col].strip()  # type: ignore[index]
        sent_at = known_times.get(date_text)
        if sent_at is None:
            try:
                sent_at = utc_time(date_text)
            except ValueError as exc:
                raise _bad_date(table, line, "DATE", date_text, str(exc)) from None
        recipient_text = cells[recipients].strip() if recipients is not None else ""
        yield row(
            (
                file,
                line,
                conversation_id,
                cells[sender].strip(),  # type: ignore[index]
                (cells[sender_url].strip() if sender_url is not None else "") or None,
                _split_urls(recipient_text),
                sent_at,
                folder_text,
            )
        )


_NOT_SENT = frozenset(("SPAM", "DRAFTS", "DRAFT"))


def _split_urls(text: str) -> tuple[str, ...]:
    """A group message's comma-joined recipient URLs (URLs hold no commas: LinkedIn percent-encodes them)."""
    if not text:
        return ()
    if "," not in text:
        return (text,)
    return tuple(u.strip() for u in text.split(",") if u.strip())


def read_profile(file: str, data: bytes, dates: DateReader) -> Iterator[ProfileRow]:
    """The owner's row (the first one); Profile.csv holds no others."""
    table = open_table(file, data, PROFILE)
    for line, cells in table.rows():
        yield ProfileRow(
            file=file,
            line=line,
            first_name=cell(cells, table.index("First Name")),
            last_name=cell(cells, table.index("Last Name")),
            headline=cell(cells, table.index("Headline")),
            twitter_handles=cell(cells, table.index("Twitter Handles")),
            websites=cell(cells, table.index("Websites")),
        )
        return
