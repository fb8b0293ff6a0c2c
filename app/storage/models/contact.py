from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, false, orm, text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UTCDateTime, utcnow


class Contact(Base):
    # The column "relationship" shadows sqlalchemy.orm.relationship in this class body, hence orm.relationship.
    __tablename__ = "contact"
    __table_args__ = (
        UniqueConstraint("owner_id", "profile_url"),
        UniqueConstraint("id", "owner_id"),  # the target of a request's (contact_id, owner_id)
        Index("ix_contact_owner_relationship", "owner_id", "relationship"),
        # The draft check's version stamp (how many contacts, the latest change) reads only this index.
        Index("ix_contact_owner_updated", "owner_id", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(Text, default="")
    last_name: Mapped[str] = mapped_column(Text, default="")
    display_name: Mapped[str] = mapped_column(Text, default="")
    # normalised (the matching key) and as seen in the source
    profile_url: Mapped[str | None] = mapped_column(String(512))
    profile_url_seen: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    relationship: Mapped[str] = mapped_column(String(16), default="unsorted")
    # True while the relationship is an import's guess (unsorted, stranger) that the user has not confirmed
    relationship_guessed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    met_in: Mapped[str] = mapped_column(String(24), default="unknown")
    met_where: Mapped[str] = mapped_column(Text, default="")
    met_on: Mapped[date | None] = mapped_column(Date)
    connected_on: Mapped[date | None] = mapped_column(Date)
    last_interaction: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(24), default="manual")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    emails: Mapped[list[ContactEmail]] = orm.relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactEmail.position"
    )
    tags: Mapped[list[ContactTag]] = orm.relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactTag.name"
    )
    consent_history: Mapped[list[ConsentChange]] = orm.relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ConsentChange.id"
    )


class ContactEmail(Base):
    __tablename__ = "contact_email"
    __table_args__ = (Index("ix_contact_email_normalised", "normalised"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(320))
    normalised: Mapped[str] = mapped_column(String(320))


class ContactTag(Base):
    __tablename__ = "contact_tag"
    __table_args__ = (Index("ix_contact_tag_name", "name"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True)


class ConsentChange(Base):
    """Append-only: rows are added, never updated; the current consent is the latest per channel.

    A mistaken entry is never changed or removed: a correction is a new entry that names it in ``corrects_id``;
    the corrected entry then no longer counts, and the history shows both.
    """

    __tablename__ = "consent_change"
    __table_args__ = (
        Index("ix_consent_change_contact_channel", "contact_id", "channel"),
        # Partial on SQLite only: naming a PostgreSQL option here would load that dialect (30 ms) on every start.
        Index("ix_consent_change_corrects_id", "corrects_id", sqlite_where=text("corrects_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("consent_change.id", ondelete="CASCADE"), default=None)
