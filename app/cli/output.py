"""Printing results: JSON with ISO dates and plain-text tables, all of it safe for a terminal.

Contact text is untrusted: a name holding ``ESC[2J`` would clear the screen, a CR would overwrite the line and a
line break inside a cell would break a table. ``terminal_safe`` is the one function that neutralises such text;
``print_table`` applies it to every cell, and ``safe_terminal_output`` puts it on stdout and stderr for the whole
command, so every printer (``print``, ``print_json``, tables) goes through it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.records import Contact

# C0 controls (but for the layout characters), DEL, C1 controls (U+009B is a one-character CSI) and the
# bidirectional overrides that can make text read differently from what it is ("Trojan Source").
_UNSAFE = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_IN_CELL = {code: f"\\u{code:04x}" for code in _UNSAFE}
_IN_CELL.update({0x0A: "\\n", 0x0D: "\\r", 0x09: " "})
_IN_STREAM = {code: text for code, text in _IN_CELL.items() if code not in (0x0A, 0x09)}


def terminal_safe(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with control characters and escape sequences shown as ``\\u001b``-style escapes (linear time).

    In a cell or a one-line field (``keep_lines=False``) CR and LF become ``\\r``/``\\n`` and tabs a space; a
    whole stream keeps its line breaks and tabs (the printers' own), but never a CR.
    """
    return text.translate(_IN_STREAM if keep_lines else _IN_CELL)


class _SafeStream:
    """A text stream that passes everything written through ``terminal_safe`` on its way out."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text, keep_lines=True))  # type: ignore[attr-defined]
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


@contextlib.contextmanager
def safe_terminal_output() -> Iterator[None]:
    """For the length of one command, stdout and stderr neutralise control characters in whatever is printed."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(saved[0]), _SafeStream(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _default(value: object) -> object:
    from datetime import date  # here, not at the top: `gatehouse --help` imports this module

    if isinstance(value, date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def contact_json(contact: Contact) -> dict[str, object]:
    return {
        "id": contact.id,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "display_name": contact.display_name,
        "profile_url": contact.profile_url_seen or (f"https://{contact.profile_url}" if contact.profile_url else None),
        "profile_key": contact.profile_url,
        "email": contact.email,
        "emails": list(contact.emails),
        "company": contact.company,
        "position": contact.position,
        "connected_on": contact.connected_on,
        "relationship": contact.relationship,
        "met_in": contact.met_in,
        "met_where": contact.met_where,
        "met_on": contact.met_on,
        "consent": contact.linkedin_consent,
        "consent_by_channel": {channel.value: status.value for channel, status in contact.consent.items()},
        "last_interaction": contact.last_interaction,
        "tags": list(contact.tags),
        "notes": contact.notes,
        "source": contact.source,
        "created_at": contact.created_at,
        "updated_at": contact.updated_at,
        "reviewed_at": contact.reviewed_at,
    }


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Left-aligned columns separated by two spaces; None prints as an empty cell; a cell stays on its line."""
    cells = [[("" if v is None else terminal_safe(str(v))) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    sys.stdout.write("\n".join(lines) + "\n")
