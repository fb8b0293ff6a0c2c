"""The owner's profile as LinkedIn's Profile.csv (and the owner's profile URL) describe it."""

from __future__ import annotations

import re

from app.core.linkedin.rows import ProfileRow
from app.core.records import OwnerProfile

_BRACKETED = re.compile(r"\[([^\]]*)\]")


def _websites(text: str) -> dict[str, str]:
    """``[COMPANY:https://a],[PERSONAL:https://b]`` -> {'COMPANY': 'https://a', 'PERSONAL': 'https://b'}."""
    found: dict[str, str] = {}
    for item in _BRACKETED.findall(text) or [text]:
        label, sep, url = item.partition(":")
        if sep and not url.startswith("//"):
            found.setdefault(label.strip().upper(), url.strip())
        elif item.strip():
            found.setdefault("OTHER", item.strip())
    return found


def owner_profile_from(row: ProfileRow | None, owner_url: str = "") -> OwnerProfile:
    """What the export says about the owner; fields it does not know stay empty."""
    if row is None:
        return OwnerProfile(profile_url=owner_url)
    role, organisation = row.headline, ""
    before, sep, after = row.headline.partition(" at ")
    if sep and before.strip() and after.strip():
        role, organisation = before.strip(), after.strip()
    handles = [h.strip() for h in _BRACKETED.sub(lambda m: m.group(1), row.twitter_handles).split(",") if h.strip()]
    handle = handles[0] if handles else ""
    if handle and not handle.startswith("@"):
        handle = "@" + handle
    sites = _websites(row.websites)
    return OwnerProfile(
        display_name=" ".join(f"{row.first_name} {row.last_name}".split()),
        role_title=role,
        organisation=organisation,
        profile_url=owner_url,
        public_handle=handle,
        service_contact=sites.get("COMPANY", ""),
    )
