"""Bulk reads and writes for imports of tens of thousands of rows.

The import loads what it needs to match people in a few queries, then writes with executemany-style statements
(SQLAlchemy Core on the mapped tables) inside the caller's session and transaction. No ORM objects are built per
row: at 30,000 connections the unit of work would cost more than the whole import.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    Date,
    Integer,
    String,
    bindparam,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.core.vocabulary import Channel
from app.storage.models import AuditEventContact, ConnectionRequest, ConsentChange, Contact, ContactEmail, ContactTag

CHUNK_ROWS = 1000
COLUMN_BATCH_ROWS = 10_000  # contacts read per query as JSON arrays (see _plain_column_batches)
IMPORT_CACHE_KIB = 16 * 1024  # SQLite's page cache while an import writes (its default is 2 MiB)
ContactT = TypeVar("ContactT")

# The SQLite driver (sqlcipher3, a copy of the standard sqlite3 module) looks for an adapter for every None it
# binds, and for a type it has no adapter for it raises and clears two AttributeErrors: about a microsecond per
# NULL, a tenth of a first import's inserts (a new contact has no last interaction yet). An adapter registered
# for None itself (``{}.get``, a C function that returns None) is found at once; NULL is bound as before.
sqlcipher.register_adapter(type(None), {}.get)

contact_table = Contact.__table__
email_table = ContactEmail.__table__
tag_table = ContactTag.__table__
consent_table = ConsentChange.__table__
request_table = ConnectionRequest.__table__
event_contact_table = AuditEventContact.__table__


class ExistingContact(NamedTuple):
    """A contact as an import reads it (``load_contacts``)."""

    id: int
    profile_url: str | None
    profile_url_seen: str | None
    first_name: str
    last_name: str
    display_name: str
    company: str
    position: str
    connected_on: date | None
    last_interaction: date | None
    relationship: str
    source: str
    relationship_guessed: bool = False


class ExistingRequest(NamedTuple):
    """A connection request as an import reads it (``load_requests``)."""

    id: int
    contact_id: int
    direction: str
    sent_at: datetime | None
    status: str
    candidate_contact_id: int | None = None


@contextmanager
def page_cache(session: Session, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """SQLite's page cache of the session's connection at ``kib`` KiB for the block, then as it was.

    With the default 2 MiB an import of 30,000 connections (an 18 MB file) spills pages to the write-ahead log
    before it commits and reads them back to change them again: each time a page is written or read again,
    SQLCipher encrypts or decrypts it and checks its HMAC once more. 16 MiB reads 30% fewer pages back
    (counted at 30,000); 32 MiB would spill none there, but at 100,000 connections it took the importing process
    to the 300 MB it is held under. Other databases: nothing changes.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    cursor = connection.connection.cursor()
    before = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
    cursor.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        # the dirty pages stay until the commit writes them; on a failing connection the error already raised shows
        with suppress(sqlcipher.Error):
            cursor.execute(f"PRAGMA cache_size = {before}")
        cursor.close()


def _as_date(value: object) -> date | None:
    """Dates read as stored: SQLite keeps 'YYYY-MM-DD' text (parsed here in C), PostgreSQL gives dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class _Memo(dict[Any, Any]):
    """Each distinct value converted once: ``memo[value]`` converts on a miss (looked up in C by ``map``)."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, value: Any) -> Any:
        converted = self[value] = self.convert(value)
        return converted


def _same(value: Any) -> Any:
    return value


class _Days(dict[Any, "date | None"]):
    """Dates as stored (SQLite: 'YYYY-MM-DD' text; PostgreSQL: dates), each distinct one parsed once."""

    def __missing__(self, value: Any) -> date | None:
        day = self[value] = value if value is None or isinstance(value, date) else date.fromisoformat(str(value))
        return day


def _plain_rows(session: Session, query: Select[Any]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of a Core ``select`` in batches of the driver's own tuples, as the driver gives the values.

    No SQLAlchemy Row objects and no result processors (the caller converts what it needs): at 100,000 contacts
    building Rows cost more than the query. Only for selects whose parameters need no bind processing (ids).
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    params = compiled.construct_params()
    arguments: Any = tuple(params[name] for name in compiled.positiontup or ()) if compiled.positional else params
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, arguments)
        while batch := cursor.fetchmany(CHUNK_ROWS * 5):
            yield batch
    finally:
        cursor.close()


def _plain_columns(session: Session, query: Select[Any]) -> list[list[Any]] | None:
    """On SQLite, the columns of a Core ``select`` whole, each a list of values as stored; else None.

    SQLite gathers each column into one JSON array (``json_group_array``: text, integers and NULL as they are)
    and ``json.loads`` reads it in C: the driver's own rows cost a lock and a release of the GIL per value, which
    was most of the time a re-import took to read 30,000 contacts. The aggregates see the rows in one pass, so
    the lists line up row by row, in the order the plain select gives. Only for text, integer and NULL columns.
    """
    if session.connection().dialect.name != "sqlite":
        return None
    return _json_columns(session, query)


def _plain_column_batches(session: Session, query: Select[Any], key: Any) -> Iterator[list[list[Any]]] | None:
    """``_plain_columns`` a batch of rows at a time, in the order of ``key`` (a unique whole-number column that the
    select gives first); None when not on SQLite.

    The arrays of one query are held together (by SQLite, then as Python text) until each is read: for all of
    100,000 contacts that was 85 MB at once, and the heap kept much of it after it was freed.
    """
    if session.connection().dialect.name != "sqlite":
        return None
    return _json_column_batches(session, query, key)


def _json_column_batches(session: Session, query: Select[Any], key: Any) -> Iterator[list[list[Any]]]:
    after: int | None = None
    while True:
        page = query.order_by(key).limit(COLUMN_BATCH_ROWS)
        columns = _json_columns(session, page if after is None else page.where(key > after))
        if columns[0]:
            yield columns
        if len(columns[0]) < COLUMN_BATCH_ROWS:
            return
        after = max(columns[0])


def _json_columns(session: Session, query: Select[Any]) -> list[list[Any]]:
    inner = query.subquery()
    arrays = [func.json_group_array(column) for column in inner.c]
    texts = next(_plain_rows(session, select(*arrays)))[0]
    return [json.loads(text) for text in texts]


def load_contacts(
    session: Session, owner_id: int, make: Callable[..., ContactT] = ExistingContact
) -> Iterator[ContactT]:
    """Every contact of the owner, with the columns an import matches and updates (one query, read in batches):
    ``make(*fields)`` for each, the fields in the order of ``ExistingContact`` (a class of the caller's own).

    Done column by column, each converted by a ``map`` in C and ``make`` called by one: a Python loop per
    contact cost as much as the query at 100,000 contacts.
    """
    c = contact_table.c
    # the two date columns are fetched as stored (SQLite: 'YYYY-MM-DD' text) and parsed with date.fromisoformat
    query = select(
        c.id, c.profile_url, c.profile_url_seen, c.first_name, c.last_name, c.display_name, c.company, c.position,
        type_coerce(c.connected_on, String), type_coerce(c.last_interaction, String), c.relationship, c.source,
        c.relationship_guessed,
    ).where(c.owner_id == owner_id)  # fmt: skip
    days = _Days()  # a date per distinct day, not per contact
    words = _Memo(_same)  # one string object per relationship and source word, not one per contact
    batches: Iterator[list[Any]] | None = _plain_column_batches(session, query, c.id)
    if batches is None:
        batches = (_transposed(batch) for batch in _plain_rows(session, query))
    for columns in batches:
        columns[8], columns[9] = map(days.__getitem__, columns[8]), map(days.__getitem__, columns[9])
        columns[10], columns[11] = map(words.__getitem__, columns[10]), map(words.__getitem__, columns[11])
        columns[12] = map(bool, columns[12])
        yield from map(make, *columns)


def _transposed(batch: list[tuple[Any, ...]]) -> list[Iterable[Any]]:
    return list(zip(*batch, strict=True))


def load_emails(session: Session, owner_id: int) -> list[tuple[int, int, str, str]]:
    """(contact id, position, address, normalised) of every e-mail of the owner's contacts."""
    e, c = email_table.c, contact_table.c
    owned = select(c.id).where(c.id == e.contact_id, c.owner_id == owner_id).exists()
    # read from the e-mails (most contacts have none), each one's contact found by its key
    query = select(e.contact_id, e.position, e.address, e.normalised).where(owned).order_by(e.contact_id, e.position)
    return [row for batch in _plain_rows(session, query) for row in batch]


def contacts_with_consent(session: Session, owner_id: int, channel: Channel) -> set[int]:
    """Ids of contacts with any consent recorded on ``channel`` (an import never adds a second opinion)."""
    k, c = consent_table.c, contact_table.c
    recorded = select(k.contact_id).where(k.contact_id == c.id, k.channel == channel.value).exists()
    query = select(c.id).where(c.owner_id == owner_id, recorded)
    whole = _plain_columns(session, query)
    if whole is not None:
        return set(whole[0])
    return {row[0] for batch in _plain_rows(session, query) for row in batch}


def load_requests(session: Session, owner_id: int) -> list[ExistingRequest]:
    r = request_table.c
    query = select(r.id, r.contact_id, r.direction, r.sent_at, r.status, r.candidate_contact_id).where(
        r.owner_id == owner_id
    )
    dialect = session.get_bind().dialect
    processor = r.sent_at.type.dialect_impl(dialect).result_processor(dialect, None)
    times = _Memo(processor if processor is not None else _same)  # an export repeats the minute of many requests
    words = _Memo(_same)
    make = functools.partial(tuple.__new__, ExistingRequest)  # a NamedTuple made in C, without its __new__
    requests: list[ExistingRequest] = []
    for batch in _plain_rows(session, query):
        ids, contact_ids, directions, sent_at, statuses, candidates = zip(*batch, strict=True)
        sent = map(times.__getitem__, sent_at)
        directions, statuses = map(words.__getitem__, directions), map(words.__getitem__, statuses)
        requests.extend(map(make, zip(ids, contact_ids, directions, sent, statuses, candidates, strict=True)))
    return requests


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of at most ``size`` rows, taken lazily (a generator of 100,000 rows is never held whole)."""
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def reserve_contact_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new contacts, so they can be inserted with a plain executemany (no RETURNING).

    PostgreSQL: taken from the column's sequence, safe beside other sessions. SQLite: after the largest id; the
    caller must already have written in this transaction, so it holds SQLite's only write lock and no other
    connection can insert before the transaction ends.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        sequence = session.execute(text("SELECT pg_get_serial_sequence('contact', 'id')")).scalar_one()
        return list(
            session.execute(
                text("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)"),
                {"sequence": sequence, "count": count},
            ).scalars()
        )
    start = session.execute(select(func.max(contact_table.c.id))).scalar() or 0
    return list(range(start + 1, start + count + 1))


_TABLES = {
    "contact": contact_table,
    "contact_email": email_table,
    "contact_tag": tag_table,
    "consent_change": consent_table,
    "connection_request": request_table,
    "audit_event_contact": event_contact_table,
}


def insert_rows(
    session: Session,
    table_name: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    after_chunk: Callable[[int], None] | None = None,
    *,
    same: Mapping[str, Any] | None = None,
) -> None:
    """INSERT many rows (tuples in the order of ``columns``, and the values ``same`` in every row) into one of
    the tables an import fills.

    The statement is compiled by SQLAlchemy for the connection's dialect, each value goes through the bind
    processor SQLAlchemy itself would use for its column (UTC datetimes, dates; remembered per distinct value,
    since an import writes a few thousand dates over and over), and the driver's executemany runs it. This skips
    the per-row parameter bookkeeping of ``Connection.execute``, which cost as much as the inserts themselves at
    30,000 rows. The values ``same`` are converted once; on SQLite those that are whole numbers or text are
    written into the statement (see ``_sql_literal``), so they are not bound again for every row.
    """
    chunks = _chunks(rows, CHUNK_ROWS)
    first = next(chunks, None)
    if first is None:
        return
    table = _TABLES[table_name]
    connection = session.connection()
    dialect = connection.dialect
    bound: dict[str, Any] = {}
    inline: dict[str, Any] = {}
    for name, value in (same or {}).items():
        processor = _bind_processor(table.c[name], dialect)
        converted = value if processor is None or value is None else processor(value)
        written = _sql_literal(converted) if dialect.name == "sqlite" else None
        if written is None:
            bound[name] = converted
        else:
            inline[name] = literal_column(written)
    names = [*columns, *bound]
    processors = {name: _bind_processor(table.c[name], dialect) for name in columns}
    memos: dict[str, dict[Any, Any]] = {name: {} for name in columns}
    statement = insert(table).values(inline) if inline else insert(table)
    compiled = statement.compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ()) if compiled.positional else names
    for chunk in itertools.chain((first,), chunks):
        # column by column: transpose (in C), convert the few typed columns, transpose back in the statement's order
        by_name: dict[str, Sequence[Any]] = dict(zip(columns, zip(*chunk, strict=True), strict=True))
        ordered: list[Iterable[Any]] = []
        for name in order:
            if name in bound:
                ordered.append(itertools.repeat(bound[name], len(chunk)))
                continue
            processor = processors[name]
            values = by_name[name]
            ordered.append(values if processor is None else _converted(values, processor, memos[name]))
        parameters: list[Any] = list(zip(*ordered, strict=True))
        if not compiled.positional:
            parameters = [dict(zip(order, row, strict=True)) for row in parameters]
        connection.exec_driver_sql(compiled.string, parameters)
        if after_chunk is not None:
            after_chunk(len(chunk))


def _sql_literal(value: Any) -> str | None:
    """``value`` as an SQLite literal when it is a whole number or a text without NUL, else None (bound instead).

    Only for the values an import gives for every row (the owner's id, a vocabulary word, its own timestamp);
    text is quoted as SQL quotes it, with each ``'`` doubled.
    """
    if type(value) is bool:
        return "1" if value else "0"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


_ISO_DATE = date.isoformat


def _bind_processor(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The bind processor SQLAlchemy uses for ``column``; for SQLite dates the same text made in C."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    if processor is not None and dialect.name == "sqlite" and type(column.type) is Date:
        # SQLAlchemy's SQLite DATE stores '%04d-%02d-%02d' of year, month and day (a dict and a format per value)
        return _ISO_DATE
    return processor


def _converted(values: Sequence[Any], processor: Callable[[Any], Any], memo: dict[Any, Any]) -> list[Any]:
    """``values`` through ``processor``, each distinct value converted once (``memo`` is kept across chunks).

    SQLite's dates are converted by ``date.isoformat`` itself, in C: a column without None (the connection dates
    of a first import, nearly all different) is mapped directly, without a memo.
    """
    if processor is _ISO_DATE and None not in values:
        return list(map(processor, values))
    for value in set(values).difference(memo):
        memo[value] = None if value is None else processor(value)
    return list(map(memo.__getitem__, values))


def update_contacts(session: Session, changes: Sequence[dict[str, Any]]) -> None:
    """UPDATE contacts by id; each dict holds ``id`` and the columns to set. Grouped by the columns set."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        columns = tuple(sorted(k for k in change if k != "id"))
        groups.setdefault(columns, []).append({"contact_id_": change["id"], **{f"{k}_": change[k] for k in columns}})
    connection = session.connection()
    for columns, rows in groups.items():
        statement = (
            update(contact_table)
            .where(contact_table.c.id == bindparam("contact_id_"))
            .values({name: bindparam(f"{name}_", type_=contact_table.c[name].type) for name in columns})
        )
        for chunk in _chunks(rows, CHUNK_ROWS):
            connection.execute(statement, list(chunk))


def set_request_status(session: Session, request_ids: Iterable[int], status: str) -> None:
    ids = list(request_ids)
    for start in range(0, len(ids), CHUNK_ROWS):
        session.connection().execute(
            update(request_table).where(request_table.c.id.in_(ids[start : start + CHUNK_ROWS])).values(status=status)
        )


def update_requests(session: Session, changes: Sequence[dict[str, Any]]) -> None:
    """UPDATE connection requests by id; each dict holds ``id`` and the columns to set. Grouped by the columns set."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        columns = tuple(sorted(k for k in change if k != "id"))
        groups.setdefault(columns, []).append({"request_id_": change["id"], **{f"{k}_": change[k] for k in columns}})
    connection = session.connection()
    for columns, rows in groups.items():
        statement = (
            update(request_table)
            .where(request_table.c.id == bindparam("request_id_"))
            .values({name: bindparam(f"{name}_") for name in columns})
        )
        for chunk in _chunks(rows, CHUNK_ROWS):
            connection.execute(statement, list(chunk))


def delete_guessed_strangers(session: Session, contact_ids: Sequence[int]) -> list[int]:
    """Delete the contacts among ``contact_ids`` that hold nothing a user entered (no notes, where met, tags,
    e-mails, consent or met-in): strangers an import made for invitations that turned out accepted. Returns those
    deleted."""
    c = contact_table.c
    connection = session.connection()
    plain = [
        row.id
        for row in connection.execute(
            select(c.id).where(
                c.id.in_(list(contact_ids)),
                c.notes == "",
                c.met_where == "",
                c.met_in == "unknown",
                c.reviewed_at.is_(None),
                c.relationship_guessed.is_(True),
                ~select(ContactTag.contact_id).where(ContactTag.contact_id == c.id).exists(),
                ~select(ConsentChange.contact_id).where(ConsentChange.contact_id == c.id).exists(),
            )
        )
    ]
    for chunk in _chunks(plain, CHUNK_ROWS):
        connection.execute(delete(event_contact_table).where(event_contact_table.c.contact_id.in_(chunk)))
        connection.execute(delete(contact_table).where(c.id.in_(chunk)))
    return plain


def contiguous(ids: Sequence[int]) -> bool:
    """Whether ``ids`` (ascending, as reserved) are one unbroken range: then ``BETWEEN`` names exactly them."""
    return bool(ids) and ids[-1] - ids[0] + 1 == len(ids)


def add_consent_for_new_connections(
    session: Session,
    owner_id: int,
    new_ids: Sequence[int],
    *,
    channel: str,
    status: str,
    source: str,
    note: str,
    recorded_at: datetime,
) -> None:
    """One consent entry, dated by ``connected_on``, for each of the new contacts that has that date.

    ``new_ids`` are ids this import reserved and used, in one unbroken range (see ``contiguous``): every contact
    in that range is one of them. A single INSERT ... SELECT instead of 30,000 bound rows.
    """
    if not contiguous(new_ids):
        raise ValueError("add_consent_for_new_connections needs one unbroken range of new ids")
    c, k = contact_table.c, consent_table.c
    chosen = select(
        c.id,
        literal(channel, String),
        literal(status, String),
        c.connected_on,
        literal(source, String),
        literal(note, String),
        literal(recorded_at, k.recorded_at.type),
    ).where(c.owner_id == owner_id, c.id.between(new_ids[0], new_ids[-1]), c.connected_on.is_not(None))
    columns = [k.contact_id, k.channel, k.status, k.changed_on, k.source, k.note, k.recorded_at]
    session.execute(insert(consent_table).from_select(columns, chosen))


def link_new_contacts(session: Session, event_id: int, owner_id: int, new_ids: Sequence[int]) -> None:
    """Link the audit event to the new contacts of one unbroken range of ids, in one INSERT ... SELECT."""
    if not contiguous(new_ids):
        raise ValueError("link_new_contacts needs one unbroken range of new ids")
    c, e = contact_table.c, event_contact_table.c
    chosen = select(literal(event_id, Integer), c.id).where(
        c.owner_id == owner_id, c.id.between(new_ids[0], new_ids[-1])
    )
    session.execute(insert(event_contact_table).from_select([e.event_id, e.contact_id], chosen))


def link_event_contacts(session: Session, event_id: int, contact_ids: Iterable[int]) -> None:
    """The audit event's contacts, written in bulk (an import can concern every contact in the record)."""
    rows = [(event_id, cid) for cid in dict.fromkeys(contact_ids)]
    insert_rows(session, "audit_event_contact", ("event_id", "contact_id"), rows)
