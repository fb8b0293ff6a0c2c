from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, UTCDateTime, utcnow


class Policy(Base):
    """An owner's contact policy: its name and default decision. Its rules and templates go with it (ON DELETE
    CASCADE); the repository replaces them as a whole."""

    __tablename__ = "policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(Text)
    default_decision: Mapped[str] = mapped_column(String(16))
    default_template: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The [drafts] section as the policy file writes it ({"employer": ..., "confidential": [...]}); None: empty.
    drafts: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class PolicyRule(Base):
    """One rule, in order; its conditions as the policy file writes them (``{"relationship": ["client"]}``)."""

    __tablename__ = "policy_rule"

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(16))
    template_id: Mapped[str | None] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PolicyTemplate(Base):
    """A reply template of the policy, by its id."""

    __tablename__ = "policy_template"

    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), primary_key=True)
    template_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
