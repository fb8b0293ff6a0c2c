"""All mapped tables. Each module holds the tables of one part of the product; importing this package
registers every one of them on ``Base.metadata`` (Alembic compares against it)."""

from app.storage.models.audit import AuditEvent, AuditEventContact
from app.storage.models.contact import ConsentChange, Contact, ContactEmail, ContactTag
from app.storage.models.handover import Handover, HandoverContact
from app.storage.models.owner import Owner
from app.storage.models.policy import Policy, PolicyRule, PolicyTemplate
from app.storage.models.privacy import PrivacySettings, Suppression
from app.storage.models.request import ConnectionRequest

__all__ = [
    "AuditEvent",
    "AuditEventContact",
    "ConnectionRequest",
    "ConsentChange",
    "Contact",
    "ContactEmail",
    "ContactTag",
    "Handover",
    "HandoverContact",
    "Owner",
    "Policy",
    "PolicyRule",
    "PolicyTemplate",
    "PrivacySettings",
    "Suppression",
]
