"""Any cell content LinkedIn can write (commas, quotes, emoji, odd spaces) comes back out of the record intact."""

from __future__ import annotations

import csv
import io
import itertools
import urllib.parse
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import contacts as contact_service
from app.services.importing import import_paths

NOW = datetime(2026, 11, 21, tzinfo=UTC)
PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
)
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
_serial = itertools.count()

cells = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from([",", '"', " ", "\u00a0", "'", "=", "🎓", "👍", "é", "ß", "李", ";"]),
    ),
    max_size=25,
)
people = st.lists(
    st.tuples(cells, cells, cells, cells, st.dates(date(2003, 5, 5), date(2026, 11, 21)), st.booleans()),
    min_size=1,
    max_size=5,
)


def write_connections(rows: list[list[str]], excel: bool) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    text = buffer.getvalue().rstrip("\n")
    if excel:
        return "\ufeff".encode() + text.replace("\n", "\r\n").encode("utf-8")
    return (PREAMBLE + text).encode("utf-8")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=people, excel=st.booleans())
def test_cells_round_trip_through_import(sqlite_db, tmp_path, rows, excel):
    written: list[list[str]] = []
    for first, last, company, position, connected_on, unicode_slug in rows:
        slug = f"{'jürgen' if unicode_slug else 'ada'}-{next(_serial)}"
        url = f"https://www.linkedin.com/in/{urllib.parse.quote(slug)}"
        on = f"{connected_on.day}-{connected_on:%b-%y}" if excel else f"{connected_on:%d %b %Y}"
        written.append([first, last, url, "", company, position, on])
    path = tmp_path / f"Connections-{next(_serial)}.csv"
    path.write_bytes(write_connections(written, excel))

    summary = import_paths(sqlite_db, [path], now=NOW)
    assert summary.contacts_added == len(written) and not summary.skipped
    for first, last, url, _, company, position, _ in written:
        contact = contact_service.show_contact(sqlite_db, url.replace("%C3%BC", "ü")).contact
        assert (contact.first_name, contact.last_name, contact.company, contact.position) == (
            first.strip(), last.strip(), company.strip(), position.strip(),
        )  # fmt: skip
        assert contact.profile_url_seen == url
