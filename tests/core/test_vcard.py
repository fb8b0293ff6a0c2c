from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import BadInput
from app.core.linkedin.rows import SkippedRow
from app.core.records import Contact
from app.core.vcard import VCardPerson, contact_vcard, read_vcards
from app.core.vocabulary import MetIn, Relationship, Source

NOW = datetime(2026, 11, 21, tzinfo=UTC)


def contact(**values) -> Contact:
    base = dict(
        id=1, first_name="Ada", last_name="Quill", display_name="", profile_url="linkedin.com/in/ada-quill",
        profile_url_seen="https://www.linkedin.com/in/ada-quill", emails=("ada@example.org",), company="Acme, Inc.",
        position='Lead "Growth"; Hacker', relationship=Relationship.CLIENT, met_in=MetIn.WORK_ROLE, met_where="",
        met_on=None, connected_on=None, last_interaction=None, tags=(), notes="", source=Source.MANUAL,
        created_at=NOW, updated_at=NOW, reviewed_at=None,
    )  # fmt: skip
    base.update(values)
    return Contact(**base)


def read_one(text: str) -> VCardPerson:
    (person,) = read_vcards("c.vcf", text.encode("utf-8"))
    assert isinstance(person, VCardPerson)
    return person


def test_written_card_is_vcard_4_and_reads_back():
    text = contact_vcard(
        contact(
            emails=("ada@example.org", "a.quill@work.example"), notes="met at the fair\nnice", tags=("alumni", "mentor")
        )
    )
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    person = read_one(text)
    assert (person.first_name, person.last_name, person.display_name) == ("Ada", "Quill", "")
    assert person.profile_url == "https://www.linkedin.com/in/ada-quill"
    assert person.emails == ("ada@example.org", "a.quill@work.example")
    assert (person.company, person.position) == ("Acme, Inc.", 'Lead "Growth"; Hacker')
    assert person.notes == "met at the fair\nnice" and person.tags == ("alumni", "mentor")


def test_an_organisation_keeps_its_display_name():
    person = read_one(contact_vcard(contact(first_name="", last_name="", display_name="Oxbridge Careers Service")))
    assert (person.first_name, person.last_name, person.display_name) == ("", "", "Oxbridge Careers Service")


names = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), min_size=1, max_size=30
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=40, deadline=None)
@given(
    first=names, last=names, company=st.text(max_size=30).map(str.strip), position=st.text(max_size=30).map(str.strip)
)
def test_round_trip_of_any_name_and_organisation(first, last, company, position):
    if any(ch in company + position for ch in "\x00\r\n") or any(ord(ch) < 32 for ch in company + position):
        return
    person = read_one(contact_vcard(contact(first_name=first, last_name=last, company=company, position=position)))
    assert (person.first_name, person.last_name, person.company, person.position) == (first, last, company, position)


def test_other_vcards_are_read_line_by_line():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;;\nFN:John Doe\nEMAIL;TYPE=INTERNET:j@x.org\n"
        "URL:https://example.org\nURL:https://www.linkedin.com/in/john-doe\nORG:Globex;Sales\nEND:VCARD\n"
        "\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:nobody@x.org\nEND:VCARD\n"
    )
    people = list(read_vcards("c.vcf", text.encode()))
    assert isinstance(people[0], VCardPerson)
    assert people[0].profile_url == "https://www.linkedin.com/in/john-doe" and people[0].company == "Globex"
    assert people[1] == SkippedRow("c.vcf", 11, "a vCard without a name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello\n", "c.vcf:1: not part of a vCard"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", "c.vcf:1: this vCard never ends"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nthis is bad\nEND:VCARD\n",
            "c.vcf:7: cannot read this vCard",
        ),
    ],
)
def test_bad_vcards_name_the_line(text, expected):
    with pytest.raises(BadInput) as caught:
        list(read_vcards("c.vcf", text.encode()))
    assert str(caught.value).startswith(expected), str(caught.value)
