from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UTCDateTime, utcnow


class Owner(Base):
    """An adviser whose record this is, with the profile that feeds replies and profile text.

    A personal database has one owner; on a team database each adviser's database role names their owner row.
    """

    __tablename__ = "owner"

    id: Mapped[int] = mapped_column(primary_key=True)
    db_role: Mapped[str | None] = mapped_column(String(128), unique=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    role_title: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    profile_url: Mapped[str] = mapped_column(Text, default="")
    group_url: Mapped[str] = mapped_column(Text, default="")
    public_handle: Mapped[str] = mapped_column(Text, default="")
    service_contact: Mapped[str] = mapped_column(Text, default="")
    checks_messages: Mapped[str] = mapped_column(Text, default="")
    tone: Mapped[str] = mapped_column(String(16), default="warm")
    # free or premium: LinkedIn allows 200 or 300 characters in an invitation note
    account_kind: Mapped[str] = mapped_column(String(16), default="free", server_default="free")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
