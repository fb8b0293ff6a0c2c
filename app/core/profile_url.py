"""Normalising LinkedIn profile URLs, so the same person matches across files and exports.

Percent-decode, lowercase, drop the scheme, ``www.``, query string, fragment and trailing ``/``:
``https://www.linkedin.com/in/J%C3%BCrgen-x/`` and ``https://linkedin.com/in/jürgen-x`` are one person.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def normalise_profile_url(url: str | None) -> str | None:
    """Return the matching key for a profile URL, or None for an empty one or one that names no member."""
    if url is None:
        return None
    text = url.strip()
    if not text:
        return None
    if not _SCHEME.match(text):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unbalanced "[" in the host: keep the text itself as the key
        return text.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0].rstrip("/").lower()
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    path = unquote(parts.path).rstrip("/")
    key = f"{host}{path}".lower()
    return key if is_member_key(key) else None


def is_member_key(key: str) -> bool:
    """False for a LinkedIn URL that names no member: ``linkedin.com/in`` (late-2023 exports write it in every
    cell), ``linkedin.com/in/`` or ``linkedin.com`` alone. Other hosts are kept as the user wrote them."""
    host, _, path = key.partition("/")
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return True
    section, _, member = path.partition("/")
    if section in ("in", "pub") or not section:
        return bool(member.strip("/ -_."))
    return True


def looks_like_profile_url(text: str) -> bool:
    """True when ``text`` is a URL or a bare host/path rather than a numeric id."""
    value = text.strip()
    return "/" in value or "." in value
