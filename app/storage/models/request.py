from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UTCDateTime, utcnow


class ConnectionRequest(Base):
    __tablename__ = "connection_request"
    __table_args__ = (
        Index("ix_connection_request_owner_status", "owner_id", "status"),
        # a request can only point at a contact of its own owner; a contact handed over takes its requests along
        ForeignKeyConstraint(
            ["contact_id", "owner_id"], ["contact.id", "contact.owner_id"], ondelete="CASCADE", onupdate="CASCADE"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(index=True)
    direction: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decision: Mapped[str | None] = mapped_column(String(16))
    rule_name: Mapped[str | None] = mapped_column(Text)
    explanation: Mapped[str | None] = mapped_column(Text)
    reply_text: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # an invitation without a usable profile URL: the connection of the same name who probably sent it
    candidate_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
