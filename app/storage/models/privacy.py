"""Data protection: suppression entries left by erasures, and each owner's review period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UTCDateTime, utcnow


class Suppression(Base):
    """What is left of an erased person: a SHA-256 of their normalised profile URL or e-mail, nothing readable.

    A later import that meets the same URL or address skips the person instead of bringing them back.
    """

    __tablename__ = "suppression"
    __table_args__ = (UniqueConstraint("owner_id", "kind", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "profile-url" or "email"
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrivacySettings(Base):
    """Per owner: how many months a record may go without review before it is listed in the review queue."""

    __tablename__ = "privacy_settings"

    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"), primary_key=True)
    review_months: Mapped[int] = mapped_column(default=12)
