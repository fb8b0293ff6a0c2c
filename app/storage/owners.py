"""The owner profile: the adviser's own name, role and channels."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy.orm import Session

from app.core.records import OwnerProfile
from app.core.vocabulary import AccountKind, Tone
from app.storage.models import Owner

PROFILE_FIELDS = tuple(f.name for f in fields(OwnerProfile))
ENUM_FIELDS = ("tone", "account_kind")  # stored as their words; never filled in by an import


def load_profile(session: Session, owner_id: int) -> OwnerProfile:
    row = session.get_one(Owner, owner_id)
    values = {name: getattr(row, name) for name in PROFILE_FIELDS if name not in ENUM_FIELDS}
    return OwnerProfile(**values, tone=Tone(row.tone), account_kind=AccountKind(row.account_kind))


def save_profile(session: Session, owner_id: int, profile: OwnerProfile) -> None:
    row = session.get_one(Owner, owner_id)
    for name in PROFILE_FIELDS:
        value = getattr(profile, name)
        setattr(row, name, value.value if isinstance(value, (Tone, AccountKind)) else value)


def fill_empty_fields(current: OwnerProfile, found: OwnerProfile) -> OwnerProfile:
    """Take values from ``found`` only where ``current`` is empty (an import never overwrites the user's words)."""
    updates = {
        name: getattr(found, name)
        for name in PROFILE_FIELDS
        if name not in ENUM_FIELDS and not getattr(current, name) and getattr(found, name)
    }
    return replace(current, **updates)
