from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.base import Base, UTCDateTime, utcnow


class Handover(Base):
    """One handover list as exported: who made it, for which successor, when, in which format, to which file.

    Kept so that an erasure or access request can say where a person's data went.
    """

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_owner_created", "owner_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(Text, default="")
    successor_name: Mapped[str] = mapped_column(Text)
    successor_email: Mapped[str] = mapped_column(Text, default="")
    successor_url: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(Text, default="")

    entries: Mapped[list[HandoverContact]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class HandoverContact(Base):
    """A contact on a handover list and where the introduction stands (pending, introduced, declined, skipped).

    Erasing the contact removes these rows with it.
    """

    __tablename__ = "handover_contact"

    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
