"""The printable handover: opened and rendered by poppler (pdftoppm, pdftotext), as a reader would see it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from app.core.handover import Successor, build_rows, default_handover_wording, select_candidates
from app.core.records import OwnerProfile
from app.core.vocabulary import ConsentStatus, MetIn, Relationship
from app.reports.handover_pdf import handover_html, write_handover_pdf
from tests.core.test_handover import HOSTILE, contact

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")

OWNER = OwnerProfile("Morgan Reyes", "Careers adviser", "Northfield University")
SAM = Successor("Sam Lee", "sam.lee@northfield.ac.uk", "https://www.linkedin.com/in/samlee")


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text poppler extracts, without whitespace (table cells wrap anywhere) and ligatures ("ﬁ")."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return squash(text)


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.fixture
def handover_pdf(qapp, tmp_path: Path) -> tuple[Path, list]:
    contacts = [contact(i, Relationship.COLLEAGUE, MetIn.WORK_ROLE) for i in range(1, 30)]
    contacts.append(contact(90, Relationship.CLIENT, MetIn.WORK_ROLE, ConsentStatus.EXPLICIT, **HOSTILE))
    rows = build_rows(select_candidates(contacts), SAM, OWNER)
    path = tmp_path / "handover.pdf"
    write_handover_pdf(path, rows, owner=OWNER, successor=SAM, made_on=date(2026, 3, 31))
    return path, list(rows)


def test_every_page_renders(handover_pdf, tmp_path: Path):
    path, _ = handover_pdf
    pages = page_count(path)
    assert pages >= 3  # a cover page and a table long enough to need more than one page
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(image.stat().st_size > 500 for image in images)


def test_the_cover_page_says_who_to_whom_when_and_how_many(handover_pdf):
    path, rows = handover_pdf
    cover = pdf_text(path, 1)
    for expected in ("Handover of work contacts", "From Morgan Reyes", "Careers adviser, Northfield University",
                     "To Sam Lee", "sam.lee@northfield.ac.uk", "Date 2026-03-31", f"Contacts {len(rows)}",
                     "These are personal data of the people listed"):  # fmt: skip
        assert squash(expected) in cover, expected
    assert "First1" not in cover  # the table starts on the next page


def test_the_table_has_every_name_and_repeats_its_header_on_every_page(handover_pdf):
    path, rows = handover_pdf
    text = pdf_text(path)
    for row in rows:
        assert squash(row.name) in text, row.name
        assert squash(row.introduction) in text, row.name
    for page in range(2, page_count(path) + 1):
        assert pdf_text(path, page).startswith(squash("Contact E-mail and profile Relationship Why included")), page


def test_hostile_contact_text_is_shown_literally(handover_pdf):
    path, _ = handover_pdf
    text = pdf_text(path)
    assert squash('<b>Bold</b> <img src="file:///etc/passwd">') in text
    assert squash(HOSTILE["company"]) in text


def test_contact_text_is_escaped_before_it_becomes_html():
    rows = build_rows(select_candidates([contact(1, Relationship.COLLEAGUE, MetIn.WORK_ROLE, **HOSTILE)]), SAM, OWNER)
    markup = handover_html(
        rows, owner=OWNER, successor=SAM, made_on=date(2026, 3, 31), wording=default_handover_wording()
    )
    assert "<b>Bold</b>" not in markup and "&lt;b&gt;Bold&lt;/b&gt;" in markup
    assert "<img" not in markup


def test_no_row_splits_across_pages_and_profile_addresses_are_decoded(qapp, tmp_path: Path):
    long_note = "met at the graduate fair and ran the interview workshop together; " * 3
    contacts = [
        contact(i, Relationship.COLLEAGUE, MetIn.WORK_ROLE, profile_url_seen=f"https://www.linkedin.com/in/jos%C3%A9-{i}",
                position=long_note[: 30 + i * 7 % 120])
        for i in range(1, 60)
    ]  # fmt: skip
    rows = build_rows(select_candidates(contacts), SAM, OWNER)
    path = tmp_path / "handover.pdf"
    write_handover_pdf(path, rows, owner=OWNER, successor=SAM, made_on=date(2026, 3, 31))
    assert page_count(path) >= 4
    text = pdf_text(path)
    assert "%C3%A9" not in text and squash("linkedin.com/in/josé-7") in text
    pages = {page: pdf_text(path, page) for page in range(1, page_count(path) + 1)}
    for row in rows:
        # the row's name and the whole of its introduction (its tallest cell) are on one page
        [page] = [number for number, words in pages.items() if squash(row.name) in words]
        assert squash(row.introduction) in pages[page], row.name
    assert squash(f"2 / {page_count(path)}") in pdf_text(path, 2)  # page numbers at the foot
    # the words people read, not the vocabulary's slugs
    assert "work-role" not in text and squash("work role") in text
