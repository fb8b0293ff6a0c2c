"""Suppression entries: an erased person's normalised profile URL and e-mails, kept only as SHA-256 digests.

Importers call ``SuppressionIndex.load`` once per import and ``is_suppressed`` per row, so an erased person is
not brought back by a later import of the same export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import BadInput
from app.core.profile_url import normalise_profile_url
from app.storage.base import utcnow
from app.storage.models import Suppression

PROFILE_URL = "profile-url"
EMAIL = "email"
NAME = "name"  # only to hold rows that have neither a profile URL nor an e-mail (never to skip others)
HELD_BY_NAME = (
    "held: the name is that of someone erased at their request, and the row has no profile URL or e-mail to "
    "tell them apart (add them by hand if this is someone else)"
)


def name_digest(full_name: str) -> str | None:
    folded = " ".join(full_name.casefold().split())
    return digest(NAME, folded) if folded else None


def digest(kind: str, normalised: str) -> str:
    return hashlib.sha256(f"gatehouse-suppression:{kind}:{normalised}".encode()).hexdigest()


def keys_for(profile_url: str | None, emails: Iterable[str], name: str = "") -> set[tuple[str, str]]:
    """The (kind, digest) pairs that identify a person by profile URL and e-mail addresses (and name)."""
    keys: set[tuple[str, str]] = set()
    by_name = name_digest(name)
    if by_name:
        keys.add((NAME, by_name))
    url = normalise_profile_url(profile_url)
    if url:
        keys.add((PROFILE_URL, digest(PROFILE_URL, url)))
    for address in emails:
        clean = address.strip().lower()
        if clean:
            keys.add((EMAIL, digest(EMAIL, clean)))
    return keys


def add_suppression(
    session: Session, owner_id: int, profile_url: str | None, emails: Iterable[str], name: str = ""
) -> int:
    """Record the person's digests (once each); returns how many entries were added."""
    existing = SuppressionIndex.load(session, owner_id)
    added = 0
    for kind, value in sorted(keys_for(profile_url, emails, name) - existing.keys):
        session.add(Suppression(owner_id=owner_id, kind=kind, digest=value, created_at=utcnow()))
        added += 1
    session.flush()
    return added


@dataclass(frozen=True)
class SuppressionIndex:
    keys: frozenset[tuple[str, str]]

    @staticmethod
    def load(session: Session, owner_id: int) -> SuppressionIndex:
        rows = session.execute(select(Suppression.kind, Suppression.digest).where(Suppression.owner_id == owner_id))
        return SuppressionIndex(frozenset((kind, value) for kind, value in rows))

    def is_suppressed(self, profile_url: str | None, emails: Iterable[str] = (), *, normalised: bool = False) -> bool:
        """Whether the person with this profile URL (``normalised``: already a matching key) or e-mail was erased."""
        if not self.keys:
            return False
        if normalised:
            found = {(EMAIL, digest(EMAIL, e.strip().lower())) for e in emails if e.strip()}
            if profile_url:
                found.add((PROFILE_URL, digest(PROFILE_URL, profile_url)))
            return not self.keys.isdisjoint(found)
        return not self.keys.isdisjoint(keys_for(profile_url, emails))

    def holds_name(self, *names: str) -> bool:
        """Whether the name (first and last, or a full name) is that of someone erased: for rows without a
        profile URL or e-mail, which are then held rather than let in."""
        if not self.keys:
            return False
        found = name_digest(" ".join(names))
        return found is not None and (NAME, found) in self.keys

    def __len__(self) -> int:
        return len(self.keys)


def is_suppressed(session: Session, owner_id: int, profile_url: str | None, emails: Iterable[str] = ()) -> bool:
    return SuppressionIndex.load(session, owner_id).is_suppressed(profile_url, emails)


ERASED = (
    "that person was erased from your record (their profile URL or e-mail is on the suppression list, so that "
    "nothing brings them back); nothing was added"
)


def refuse_if_erased(session: Session, owner_id: int, profile_url: str | None, emails: Iterable[str] = ()) -> None:
    """Every way a person comes in by hand (a contact added, a request recorded) checks the suppression list."""
    emails = [e for e in emails if e.strip()]
    if not (profile_url and profile_url.strip()) and not emails:
        return  # nothing to look up (and no read before the write, which a busy database would refuse at once)
    if is_suppressed(session, owner_id, profile_url, emails):
        raise BadInput(ERASED)
