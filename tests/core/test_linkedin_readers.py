"""The LinkedIn readers on real-format files: both variants of the shared tool and the older header forms."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core.errors import BadInput
from app.core.linkedin.dates import DateReader
from app.core.linkedin.readers import (
    kind_for_name,
    read_connections,
    read_invitations,
    read_messages,
    read_profile,
    sniff_kind,
)
from app.core.linkedin.rows import ConnectionRow, FileKind, InvitationRow, SkippedRow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"


def connections(path: Path) -> list[ConnectionRow | SkippedRow]:
    return list(read_connections(path.name, path.read_bytes(), DateReader()))


def test_native_and_spreadsheet_variants_give_the_same_connections():
    native = connections(FIXTURES / "native" / "Connections.csv")
    excel = connections(FIXTURES / "excel" / "Connections.csv")
    assert (FIXTURES / "excel" / "Connections.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in (FIXTURES / "excel" / "Connections.csv").read_bytes()

    def people(rows):
        return [
            (r.first_name, r.last_name, r.profile_url, r.email, r.company, r.position, r.connected_on)
            for r in rows
            if isinstance(r, ConnectionRow)
        ]

    assert people(native) == people(excel)
    assert len(people(native)) > 50
    first = next(r for r in native if isinstance(r, ConnectionRow))
    assert first.line == 5  # after the three-line "Notes:" preamble and the header
    assert next(r for r in excel if isinstance(r, ConnectionRow)).line == 2  # no preamble when re-saved


def test_names_are_trimmed_and_keep_their_letters():
    rows = [r for r in connections(FIXTURES / "native" / "Connections.csv") if isinstance(r, ConnectionRow)]
    text = (FIXTURES / "native" / "Connections.csv").read_text(encoding="utf-8")
    assert "Zdeněk ," in text  # the tool writes a trailing space...
    zdenek = next(r for r in rows if r.first_name.startswith("Zdeněk"))
    assert zdenek.first_name == "Zdeněk" and zdenek.last_name == "Çelik"  # ...which is trimmed
    assert "%C4%9B" in (zdenek.profile_url or "")  # the URL stays as LinkedIn wrote it


def test_deleted_members_are_skipped_with_their_line():
    rows = connections(FIXTURES / "native" / "Connections.csv")
    skipped = [r for r in rows if isinstance(r, SkippedRow)]
    assert skipped and all("deleted or hidden member" in s.reason for s in skipped)
    lines = (FIXTURES / "native" / "Connections.csv").read_text(encoding="utf-8").split("\n")
    for s in skipped:
        assert lines[s.line - 1].startswith(",,,,,,")


def test_2018_connections_without_url_or_preamble():
    rows = connections(FIXTURES / "export-2018" / "Connections.csv")
    people = [r for r in rows if isinstance(r, ConnectionRow)]
    assert [(p.first_name, p.last_name, p.connected_on) for p in people] == [
        ("Ada", "Quill", date(2018, 1, 8)),
        ("Ben", "Ostrander", date(2017, 12, 24)),
        ("Søren", "Müller", date(2017, 11, 3)),
        ("Chidi", "Okafor", date(2017, 9, 30)),
    ]
    assert people[0].email == "ada.quill@example.org" and people[0].company == "Acme, Inc."
    assert people[1].position == 'Lead "Growth" Hacker'
    assert all(p.profile_url is None for p in people)
    assert [(s.line, "deleted" in s.reason) for s in rows if isinstance(s, SkippedRow)] == [(5, True)]


def test_2021_connections_with_preamble_and_no_url():
    people = [r for r in connections(FIXTURES / "export-2021" / "Connections.csv") if isinstance(r, ConnectionRow)]
    assert [(p.first_name, p.connected_on, p.line) for p in people] == [
        ("Dana", date(2021, 11, 3), 5),
        ("Eero", date(2021, 10, 17), 6),
        ("Farah", date(2021, 2, 2), 7),
    ]
    assert people[1].position == "Head of Talent, EMEA"


def test_invitations_both_directions_and_without_url_columns():
    current = list(
        read_invitations("Invitations.csv", (FIXTURES / "native" / "Invitations.csv").read_bytes(), DateReader())
    )
    assert all(isinstance(r, InvitationRow) for r in current)
    incoming = [r for r in current if r.incoming]
    outgoing = [r for r in current if not r.incoming]
    assert incoming and outgoing
    assert {r.owner_url for r in current} == {"https://www.linkedin.com/in/morgan-adviser-0c4f1e"}
    assert all(r.other_url and r.other_url != r.owner_url for r in current)

    old = list(
        read_invitations("Invitations.csv", (FIXTURES / "export-2021" / "Invitations.csv").read_bytes(), DateReader())
    )
    assert [(r.incoming, r.other_name, r.sent_at, r.other_url) for r in old] == [
        (False, "Gus Reyes", datetime(2021, 11, 2, 16, 10), None),
        (True, "Hana Novak", datetime(2021, 11, 20, 9, 2), None),
        (True, "Dana Lindqvist", datetime(2021, 10, 30, 19, 45), None),
    ]
    assert old[1].message == "Hi Morgan, we met at the careers fair."


@pytest.mark.parametrize("folder", ["native", "excel"])
def test_messages_leave_out_drafts_and_spam(folder):
    raw = (FIXTURES / folder / "messages.csv").read_bytes()
    rows = list(read_messages("messages.csv", raw, DateReader()))
    all_rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))[1:]
    kept = [r for r in all_rows if r[9] in ("INBOX", "ARCHIVE")]
    assert len(rows) == len(kept)
    assert all(r.sent_at.tzinfo is UTC for r in rows)
    group = [r for r in rows if len(r.recipient_urls) > 1]
    assert group and all(u.startswith("https://www.linkedin.com/in/") for g in group for u in g.recipient_urls)


def test_message_header_forms_2021_2024_and_2018():
    older = list(read_messages("m.csv", (FIXTURES / "export-2021" / "messages.csv").read_bytes(), DateReader()))
    assert [(m.sender_url, m.recipient_urls) for m in older][:1] == [
        ("https://www.linkedin.com/in/dana-lindqvist-0a0a0a", ())
    ]
    later = list(read_messages("m.csv", (FIXTURES / "export-2024" / "messages.csv").read_bytes(), DateReader()))
    assert len(later) == 3  # the draft and the SPAM row are left out
    assert later[2].recipient_urls == (
        "https://www.linkedin.com/in/jo-silva-0d0d0d",
        "https://www.linkedin.com/in/kofi-mensah-0e0e0e",
    )
    oldest = list(read_messages("M.csv", (FIXTURES / "export-2018" / "Messages.csv").read_bytes(), DateReader()))
    assert [(m.sender_name, m.sender_url, m.sent_at) for m in oldest] == [
        ("Ada Quill", None, datetime(2018, 1, 9, 10, 0, tzinfo=UTC)),
        ("Morgan Adviser", None, datetime(2018, 1, 9, 11, 30, tzinfo=UTC)),
    ]


def test_profile_row():
    for folder in ("native", "excel"):
        (row,) = read_profile("Profile.csv", (FIXTURES / folder / "Profile.csv").read_bytes(), DateReader())
        assert (row.first_name, row.last_name, row.twitter_handles) == ("Morgan", "Adviser", "CareersMorgan")
        assert row.headline.startswith("Careers Adviser at ")


def test_kinds_by_name_and_by_header():
    assert kind_for_name("Connections.csv") is FileKind.CONNECTIONS
    assert kind_for_name("export/MESSAGES.csv") is FileKind.MESSAGES
    assert kind_for_name("people.VCF") is FileKind.VCARD
    assert kind_for_name("Rich_Media.csv") is None
    assert sniff_kind((FIXTURES / "native" / "Connections.csv").read_bytes()) is FileKind.CONNECTIONS
    assert sniff_kind((FIXTURES / "excel" / "Invitations.csv").read_bytes()) is FileKind.INVITATIONS
    assert sniff_kind((FIXTURES / "export-2018" / "Messages.csv").read_bytes()) is FileKind.MESSAGES
    assert sniff_kind(b"Name,Value\na,b\n") is None


HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Name,Company\nAda,Acme\n", "Connections.csv:1: cannot find the header row"),
        (
            (HEADER + "Ada,Quill,,,Acme,,04 Sep 2026\nBen,Marsh,,,Acme,04 Sep 2026\n").encode(),
            "Connections.csv:3: expected 7 cells",
        ),
        (
            (HEADER + "Ada,Quill,,,Acme,,someday\n").encode(),
            "Connections.csv:2: cannot read the date 'someday' in column Connected On",
        ),
        ((HEADER + "Ada,Quill,,,Acme,,Sep 2026\n").encode(), "Connections.csv:2: cannot read the date 'Sep 2026'"),
        ((HEADER + "Ada,Quill,,,Acme,,31 Feb 2026\n").encode(), "Connections.csv:2: cannot read the date"),
        ((HEADER + "Ad\xe9le,Quill,,,Acme,,04 Sep 2026\n").encode("latin-1"), "Connections.csv:2: not UTF-8 text"),
        ((HEADER + "Ada\x00,Quill,,,Acme,,04 Sep 2026\n").encode(), "Connections.csv:2: holds a NUL character"),
    ],
)
def test_bad_connections_name_file_and_line(data, expected):
    with pytest.raises(BadInput) as caught:
        list(read_connections("Connections.csv", data, DateReader()))
    assert str(caught.value).startswith(expected), str(caught.value)


def test_bad_invitation_direction_and_date():
    head = "From,To,Sent At,Message,Direction\n"
    with pytest.raises(BadInput, match=r"^I.csv:2: unknown Direction 'SIDEWAYS'"):
        list(read_invitations("I.csv", (head + 'A B,Me,"1/2/26, 1:00 PM",,SIDEWAYS\n').encode(), DateReader()))
    with pytest.raises(BadInput, match=r"^I.csv:3: cannot read the date '13/45/26, 1:00 PM' in column Sent At"):
        list(
            read_invitations(
                "I.csv",
                (head + 'A B,Me,"1/2/26, 1:00 PM",,INCOMING\nC D,Me,"13/45/26, 1:00 PM",,INCOMING\n').encode(),
                DateReader(),
            )
        )


def test_bad_message_date_names_the_line():
    head = "CONVERSATION ID,FROM,SENDER PROFILE URL,DATE,FOLDER\n"
    data = (head + "c1,A,https://linkedin.com/in/a,2026-01-01 10:00:00 UTC,INBOX\nc1,B,,not a date,INBOX\n").encode()
    with pytest.raises(BadInput, match=r"^m.csv:3: cannot read the date 'not a date' in column DATE"):
        list(read_messages("m.csv", data, DateReader()))
