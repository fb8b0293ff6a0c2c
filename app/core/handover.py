"""Handover lists for a departing adviser: who is handed to the successor, why, and with what introduction.

Pure. ``select_candidates`` applies the product's rules to contacts; ``choose`` applies the adviser's explicit
choices (clients ticked one by one, contacts left out); ``build_rows`` writes each row's reason and introduction
from ``resources/templates/handover.toml``; ``rows_to_csv`` and ``rows_to_vcard`` render the files. The Qt PDF
lives in ``app.reports.handover_pdf``. The CLI and the GUI wizard both go through these, so the same choices
give the same files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

import vobject

from app.core.blurb import (
    TemplateOption,
    WordingChecker,
    clean_value,
    first_usable,
    read_wording_file,
    wording_path,
)
from app.core.csv_safety import neutralise_row
from app.core.errors import BadInput
from app.core.records import Contact, OwnerProfile
from app.core.vocabulary import ConsentStatus, HandoverFormat, HandoverStatus, MetIn, Relationship

HANDOVER_RELATIONSHIPS = (Relationship.CLIENT, Relationship.COLLEAGUE, Relationship.PROFESSIONAL)
HANDOVER_MET_IN = (MetIn.WORK_ROLE, MetIn.PROFESSIONAL_NETWORK)
BLOCKING_CONSENT = (ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN)

CSV_HEADERS = (
    "Name",
    "Profile URL",
    "E-mail",
    "Company",
    "Position",
    "Relationship",
    "Met in",
    "Last interaction",
    "Why included",
    "Introduction",
)


@dataclass(frozen=True, slots=True)
class Successor:
    name: str
    email: str = ""
    url: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split(" ", 1)[0] if self.name else ""


@dataclass(frozen=True, slots=True)
class HandoverCandidate:
    """A contact the successor may be introduced to. Clients without explicit consent are candidates only when
    the adviser ticks them one by one (``needs_one_by_one``); everyone else is in unless left out."""

    contact: Contact
    reason: str
    needs_one_by_one: bool

    @property
    def included_by_default(self) -> bool:
        return not self.needs_one_by_one


@dataclass(frozen=True, slots=True)
class HandoverChoices:
    """What the adviser decided: to whom, which clients to include one by one, whom to leave out."""

    successor: Successor
    include_clients: frozenset[int] = frozenset()
    leave_out: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class HandoverRow:
    contact_id: int
    name: str
    first_name: str
    last_name: str
    profile_url: str
    email: str
    company: str
    position: str
    relationship: Relationship
    met_in: MetIn
    last_interaction: date | None
    reason: str
    introduction: str

    def cells(self) -> tuple[str, ...]:
        """The row's cells in the order of ``CSV_HEADERS``."""
        return (
            self.name,
            self.profile_url,
            self.email,
            self.company,
            self.position,
            self.relationship.value,
            self.met_in.value,
            self.last_interaction.isoformat() if self.last_interaction else "",
            self.reason,
            self.introduction,
        )


@dataclass(frozen=True, slots=True)
class HandoverEntry:
    """One contact of a stored handover with its status."""

    contact_id: int
    name: str
    status: HandoverStatus
    status_changed_at: datetime
    reason: str
    company: str = ""  # with the profile address, tells apart two contacts of the same name
    profile_url: str | None = None


@dataclass(frozen=True, slots=True)
class HandoverSummary:
    """A stored handover: who handed what to whom, when, in which format."""

    id: int
    created_at: datetime
    actor: str
    successor: Successor
    format: HandoverFormat
    file_name: str
    status_counts: Mapping[HandoverStatus, int]

    @property
    def contact_count(self) -> int:
        return sum(self.status_counts.values())


# --- wording ----------------------------------------------------------------------------------------------------

INTRODUCTION_PLACEHOLDERS = frozenset(
    {
        "first_name",
        "name",
        "successor",
        "successor_first_name",
        "successor_email",
        "successor_url",
        "owner_name",
        "owner_first_name",
        "role",
        "organisation",
    }
)
REASON_PLACEHOLDERS = frozenset({"met_in", "last_interaction"})
HANDOVER_CONDITIONS = frozenset([r.value for r in HANDOVER_RELATIONSHIPS] + ["explicit-consent", "included-one-by-one"])
PDF_LABELS = (
    "title",
    "from",
    "to",
    "date",
    "count",
    "reminder",
    "column_contact",
    "column_reach",
    "column_relationship",
    "column_reason",
    "column_introduction",
    "last_interaction",
)


@dataclass(frozen=True, slots=True)
class HandoverWording:
    met_in: Mapping[MetIn, str]
    introduction: tuple[tuple[TemplateOption, ...], ...]
    reason: tuple[tuple[TemplateOption, ...], ...]
    pdf: Mapping[str, str]


def parse_handover_wording(path: Path) -> HandoverWording:
    data, raw = read_wording_file(path)
    intro = WordingChecker(path, raw, INTRODUCTION_PLACEHOLDERS, HANDOVER_CONDITIONS)
    reason = WordingChecker(path, raw, REASON_PLACEHOLDERS, HANDOVER_CONDITIONS)
    met_in = intro.words(data, "met_in", [m.value for m in HANDOVER_MET_IN])
    return HandoverWording(
        met_in={MetIn(k): v for k, v in met_in.items()},
        introduction=_parts(intro, data, "introduction"),
        reason=_parts(reason, data, "reason"),
        pdf=intro.words(data, "pdf", PDF_LABELS),
    )


def _parts(check: WordingChecker, data: Mapping[str, object], section: str) -> tuple[tuple[TemplateOption, ...], ...]:
    table = data.get(section)
    parts = table.get("part") if isinstance(table, dict) else None
    if not isinstance(parts, list) or not parts:
        raise check.fail(f"[{section}]", f"no parts: add [[{section}.part]] tables")
    return tuple(
        check.options(p.get("options") if isinstance(p, dict) else None, f"[{section}] part {i + 1}")
        for i, p in enumerate(parts)
    )


@cache
def default_handover_wording() -> HandoverWording:
    return parse_handover_wording(wording_path("handover"))


def _say(parts: Iterable[Sequence[TemplateOption]], values: Mapping[str, str], facts: frozenset[str]) -> str:
    return " ".join(text for part in parts if (text := first_usable(part, values, facts)))


# --- selection --------------------------------------------------------------------------------------------------


def why_not(contact: Contact) -> str | None:
    """None when ``contact`` may be handed over (perhaps one by one); else the reason, in a few words."""
    if contact.relationship not in HANDOVER_RELATIONSHIPS:
        return f"relationship is {contact.relationship.value} (only client, colleague or professional)"
    if contact.met_in not in HANDOVER_MET_IN:
        return f"met in {contact.met_in.value} (only work-role or professional-network)"
    if contact.linkedin_consent in BLOCKING_CONSENT:
        return f"consent is {contact.linkedin_consent.value}"
    return None


def needs_one_by_one(contact: Contact) -> bool:
    return contact.relationship is Relationship.CLIENT and contact.linkedin_consent is not ConsentStatus.EXPLICIT


def _facts(contact: Contact, included_one_by_one: bool) -> frozenset[str]:
    facts = {contact.relationship.value}
    if contact.linkedin_consent is ConsentStatus.EXPLICIT:
        facts.add("explicit-consent")
    if included_one_by_one:
        facts.add("included-one-by-one")
    return frozenset(facts)


def reason_for(contact: Contact, included_one_by_one: bool = False, wording: HandoverWording | None = None) -> str:
    wording = wording or default_handover_wording()
    values = {
        "met_in": wording.met_in.get(contact.met_in, ""),
        "last_interaction": contact.last_interaction.isoformat() if contact.last_interaction else "",
    }
    return _say(wording.reason, values, _facts(contact, included_one_by_one))


def _sort_key(contact: Contact) -> tuple[str, str, int]:
    return (contact.last_name.casefold(), contact.name.casefold(), contact.id)


def select_candidates(contacts: Iterable[Contact], wording: HandoverWording | None = None) -> list[HandoverCandidate]:
    """Every contact the product's rules allow to be handed over, sorted by name, each with its reason."""
    wording = wording or default_handover_wording()
    return [
        HandoverCandidate(contact, reason_for(contact, wording=wording), needs_one_by_one(contact))
        for contact in sorted(contacts, key=_sort_key)
        if why_not(contact) is None
    ]


def choose(
    candidates: Sequence[HandoverCandidate], include_clients: Collection[int] = (), leave_out: Collection[int] = ()
) -> list[HandoverCandidate]:
    """The candidates handed over: those in by default, plus clients ticked one by one, minus those left out."""
    included = set(include_clients)
    excluded = set(leave_out)
    return [
        c for c in candidates if c.contact.id not in excluded and (c.included_by_default or c.contact.id in included)
    ]


# --- rows and files ---------------------------------------------------------------------------------------------


def profile_link(contact: Contact) -> str:
    """The contact's LinkedIn URL as a successor can click it (as seen in the source when it was a URL)."""
    seen = (contact.profile_url_seen or "").strip()
    if seen.lower().startswith(("https://", "http://")):
        return seen
    return f"https://{contact.profile_url}" if contact.profile_url else ""


def build_rows(
    chosen: Sequence[HandoverCandidate],
    successor: Successor,
    owner: OwnerProfile,
    wording: HandoverWording | None = None,
) -> tuple[HandoverRow, ...]:
    wording = wording or default_handover_wording()
    shared = {
        "successor": clean_value(successor.name),
        "successor_first_name": clean_value(successor.first_name),
        "successor_email": clean_value(successor.email),
        "successor_url": clean_value(successor.url),
        "owner_name": clean_value(owner.display_name),
        "owner_first_name": clean_value(owner.first_name),
        "role": clean_value(owner.role_title),
        "organisation": clean_value(owner.organisation),
    }
    rows = []
    for candidate in chosen:
        contact = candidate.contact
        one_by_one = candidate.needs_one_by_one
        facts = _facts(contact, one_by_one)
        first_name = clean_value(contact.first_name or contact.display_name.split(" ", 1)[0])
        values = {**shared, "first_name": first_name, "name": clean_value(contact.name)}
        rows.append(
            HandoverRow(
                contact_id=contact.id,
                name=contact.name,
                first_name=contact.first_name,
                last_name=contact.last_name,
                profile_url=profile_link(contact),
                email=contact.email or "",
                company=contact.company,
                position=contact.position,
                relationship=contact.relationship,
                met_in=contact.met_in,
                last_interaction=contact.last_interaction,
                reason=reason_for(contact, one_by_one, wording),
                introduction=_say(wording.introduction, values, facts),
            )
        )
    return tuple(rows)


def rows_to_csv(rows: Iterable[HandoverRow]) -> str:
    """Spreadsheet-safe CSV: every cell that a spreadsheet could run as a formula is neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADERS)
    for row in rows:
        writer.writerow(neutralise_row(row.cells()))
    return buffer.getvalue()


def rows_to_vcard(rows: Iterable[HandoverRow]) -> str:
    """vCard 4.0, one card per row, with the introduction in NOTE and the relationship in CATEGORIES."""
    cards = []
    for row in rows:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("kind").value = "individual"
        card.add("fn").value = row.name or row.email or row.profile_url or f"Contact {row.contact_id}"
        card.add("n").value = vobject.vcard.Name(family=row.last_name, given=row.first_name)
        if row.email:
            card.add("email").value = row.email
        if row.company:
            card.add("org").value = [row.company]
        if row.position:
            card.add("title").value = row.position
        if row.profile_url:
            card.add("url").value = row.profile_url
        card.add("categories").value = [row.relationship.value]
        card.add("note").value = row.introduction
        cards.append(card.serialize())
    return "".join(cards)


def check_successor(successor: Successor) -> Successor:
    """A successor needs a name; e-mail and URL are optional."""
    name = " ".join(successor.name.split())
    if not name:
        raise BadInput("name the successor with --to NAME")
    return Successor(name, successor.email.strip(), successor.url.strip())
