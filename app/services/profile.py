"""The owner profile."""

from __future__ import annotations

from dataclasses import replace

from app.core.records import OwnerProfile
from app.core.vocabulary import AuditAction
from app.storage import owners
from app.storage.audit import record_event
from app.storage.database import Database


def get_profile(db: Database) -> OwnerProfile:
    with db.session() as session:
        return owners.load_profile(session, db.owner_id)


def update_profile(db: Database, **changes: object) -> OwnerProfile:
    """Change the named fields of the owner profile (unknown names are a programming error)."""
    with db.session() as session:
        profile = replace(owners.load_profile(session, db.owner_id), **changes)  # type: ignore[arg-type]
        owners.save_profile(session, db.owner_id, profile)
        record_event(session, db.owner_id, AuditAction.PROFILE_CHANGE, [], {"fields": sorted(changes)})
        return profile
