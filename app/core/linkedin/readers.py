"""Turning each LinkedIn file into rows. Columns are found by name; old header forms are read too.

Each reader takes the file's display name (used in messages as ``FILE:LINE``), its bytes and a ``DateReader``
shared by the whole import, and yields rows lazily so the caller can report progress and cancel between rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from app.core.errors import BadInput
from app.core.linkedin.dates import DateReader
from app.core.linkedin.rows import ConnectionRow, FileKind, InvitationRow, MessageRow, ProfileRow, SkippedRow
from app.core.linkedin.table import HeaderSpec, Table, cell, decode_text, find_table, open_table

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
    try:
        text = head.decode("utf-8-sig", errors="ignore")
    except LookupError:  # pragma: no cover - utf-8 always exists
        return None
    text = text.rsplit("\n", 1)[0] if len(data) > len(head) else text
    for spec, kind in (
        (CONNECTIONS, FileKind.CONNECTIONS),
        (INVITATIONS, FileKind.INVITATIONS),
        (MESSAGES, FileKind.MESSAGES),
        (MESSAGES_2018, FileKind.MESSAGES),
        (PROFILE_SNIFF, FileKind.PROFILE),
    ):
        try:
            if find_table("", text, spec) is not None:
                return kind
        except BadInput:
            return None
    return None


def estimate_rows(data: bytes) -> int:
    """Roughly the number of rows, for a progress bar."""
    return data.count(b"\n") + 1


def _bad_date(table: Table, line: int, column: str, text: str, reason: str) -> BadInput:
    return BadInput(f"{table.file}:{line}: cannot read the date {text!r} in column {column} ({reason})")


def read_connections(file: str, data: bytes, dates: DateReader) -> Iterator[ConnectionRow | SkippedRow]:
    table = open_table(file, decode_text(file, data), CONNECTIONS)
    first, last = table.index("First Name"), table.index("Last Name")
    url = table.index("URL") if table.has("URL") else table.index("Profile URL")
    email = next((table.index(n) for n in ("Email Address", "E-mail Address", "Email") if table.has(n)), None)
    company, position, connected = table.index("Company"), table.index("Position"), table.index("Connected On")
    for line, cells in table.rows():
        first_name, last_name = cell(cells, first), cell(cells, last)
        profile_url, address = cell(cells, url), cell(cells, email)
        on_text = cell(cells, connected)
        if not (first_name or last_name or profile_url or address):
            reason = "a deleted or hidden member (the row holds only a date)" if on_text else "an empty row"
            yield SkippedRow(file, line, reason)
            continue
        try:
            connected_on = dates.day(on_text) if on_text else None
        except ValueError as exc:
            raise _bad_date(table, line, "Connected On", on_text, str(exc)) from None
        yield ConnectionRow(
            file=file,
            line=line,
            first_name=first_name,
            last_name=last_name,
            profile_url=profile_url or None,
            email=address or None,
            company=cell(cells, company),
            position=cell(cells, position),
            connected_on=connected_on,
        )


def read_invitations(file: str, data: bytes, dates: DateReader) -> Iterator[InvitationRow | SkippedRow]:
    table = open_table(file, decode_text(file, data), INVITATIONS)
    sender, receiver, sent = table.index("From"), table.index("To"), table.index("Sent At")
    message, direction = table.index("Message"), table.index("Direction")
    inviter, invitee = table.index("inviterProfileUrl"), table.index("inviteeProfileUrl")
    for line, cells in table.rows():
        way = cell(cells, direction).upper()
        if way not in ("INCOMING", "OUTGOING"):
            raise BadInput(
                f"{file}:{line}: unknown Direction {cell(cells, direction)!r} (expected INCOMING or OUTGOING)"
            )
        sent_text = cell(cells, sent)
        try:
            sent_at = dates.local_time(sent_text) if sent_text else None
        except ValueError as exc:
            raise _bad_date(table, line, "Sent At", sent_text, str(exc)) from None
        row = InvitationRow(
            file=file,
            line=line,
            incoming=way == "INCOMING",
            from_name=cell(cells, sender),
            to_name=cell(cells, receiver),
            sent_at=sent_at,
            message=cell(cells, message),
            inviter_url=cell(cells, inviter) or None,
            invitee_url=cell(cells, invitee) or None,
        )
        if not (row.other_name or row.other_url):
            yield SkippedRow(file, line, "an invitation with neither a name nor a profile URL")
            continue
        yield row


def read_messages(file: str, data: bytes, dates: DateReader) -> Iterator[MessageRow]:
    """Messages that count as interactions: drafts and SPAM are left out (not errors, not reported)."""
    text = decode_text(file, data)
    table = find_table(file, text, MESSAGES) or find_table(file, text, MESSAGES_2018)
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
    for line, cells in table.rows():
        folder_text = cell(cells, folder)
        is_draft = cell(cells, draft).casefold() in ("yes", "true") or (
            conversation is not None and not cell(cells, conversation) and not folder_text
        )
        if is_draft or folder_text.upper() in ("SPAM", "DRAFTS", "DRAFT"):
            continue
        date_text = cell(cells, date_col)
        try:
            sent_at = dates.utc_time(date_text)
        except ValueError as exc:
            raise _bad_date(table, line, "DATE", date_text, str(exc)) from None
        yield MessageRow(
            file=file,
            line=line,
            conversation_id=cell(cells, conversation),
            sender_name=cell(cells, sender),
            sender_url=cell(cells, sender_url) or None,
            recipient_urls=tuple(u.strip() for u in cell(cells, recipients).split(",") if u.strip()),
            sent_at=sent_at,
            folder=folder_text,
        )


def read_profile(file: str, data: bytes, dates: DateReader) -> Iterator[ProfileRow]:
    """The owner's row (the first one); Profile.csv holds no others."""
    table = open_table(file, decode_text(file, data), PROFILE)
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
