"""The check of one draft: every finding, in the draft's order, and the light of the worst of them.

Offsets are Python string indexes into the draft as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import re2

from app.core.drafts.clients import NamedPerson, NameMatcher
from app.core.drafts.folded import Folded, Spans
from app.core.drafts.light import LIGHT_ORDER, DraftCategory, DraftCheck, DraftFinding, Light
from app.core.drafts.phrases import phrase_findings, project_findings
from app.core.drafts.terms import EMAIL, PHONE, DraftTerms, digits, term_findings
from app.core.policy.model import DraftsSection
from app.core.records import OwnerProfile

LINK = re2.compile(r"(?i)(?:https?://|www\.)[^\s<>\"')\]]+")
NAMED = frozenset({DraftCategory.CLIENT, DraftCategory.CONFIDENTIAL, DraftCategory.PARTNER, DraftCategory.EMPLOYER})


def check_draft(draft: str, names: NameMatcher, terms: DraftTerms) -> DraftCheck:
    """The light for ``draft`` and every finding, in the draft's order; the light is the worst finding's."""
    folded = Folded.of(draft)
    findings = names.findings(draft, folded)
    links = [(m.start(), m.end()) for m in LINK.finditer(draft)]
    findings += term_findings(draft, folded, terms, links)
    findings += _personal_data(draft, terms, links)
    findings += _link_findings(draft, terms, links)
    named = Spans((f.start, f.end) for f in findings if f.category in NAMED)
    findings += phrase_findings(draft, folded, named)
    findings += project_findings(draft)
    ordered = tuple(sorted(set(findings), key=lambda f: (f.start, -LIGHT_ORDER[f.light], f.end, f.category.value)))
    light = max((f.light for f in ordered), key=LIGHT_ORDER.__getitem__, default=Light.GREEN)
    return DraftCheck(light, ordered)


def _personal_data(draft: str, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    """Someone else's e-mail addresses and phone numbers (the owner's own, from the profile, are fine to give)."""
    found: list[DraftFinding] = []
    emails = []
    for match in EMAIL.finditer(draft):
        emails.append((match.start(), match.end()))
        if match.group(0).lower() not in terms.own_emails:
            found.append(_someone_elses(match, "e-mail address"))
    not_phones = Spans(links + emails)
    for match in PHONE.finditer(draft):
        if not not_phones.covers(match.start(), match.end()) and digits(match.group(0)) not in terms.own_phones:
            found.append(_someone_elses(match, "phone number"))
    return found


def _someone_elses(match: Any, what: str) -> DraftFinding:
    """A red finding for ``match`` (an re2 match in the draft), someone else's ``what``."""
    return DraftFinding(
        Light.RED,
        DraftCategory.PERSONAL_DATA,
        match.start(),
        match.end(),
        match.group(0),
        f"someone else's {what} is their personal data (your own, from your profile, is fine)",
    )


def _link_findings(draft: str, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    found = []
    for a, b in links:
        url = draft[a:b].rstrip(".,;:!?")
        if terms.is_employer_site(url):
            found.append(
                DraftFinding(
                    Light.GREEN,
                    DraftCategory.PUBLIC_SOURCE,
                    a,
                    a + len(url),
                    url,
                    "a link to your employer's own website: a sign that this is public information",
                )
            )
    return found


def check_draft_once(
    draft: str,
    clients: Iterable[NamedPerson],
    owner: OwnerProfile,
    section: DraftsSection | None = None,
) -> DraftCheck:
    """Build the matcher and check one draft (tests and one-off checks; the service keeps the matcher)."""
    return check_draft(draft, NameMatcher(clients), DraftTerms(section or DraftsSection(), owner))
