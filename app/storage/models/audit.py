from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    """What happened to the record: imports, exports, decisions, erasures, consent changes."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_owner_at", "owner_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)

    contacts: Mapped[list[AuditEventContact]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class AuditEventContact(Base):
    """Which contacts an event concerned; erasing a contact removes these links with it."""

    __tablename__ = "audit_event_contact"
    __table_args__ = ({"sqlite_with_rowid": False},)  # a clustered key: a link is one b-tree entry, not two

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_event.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True)
