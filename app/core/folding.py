"""Text compared the way a person reads it: without case or accents ("bjorn" finds "Björn", "zoe" finds "Zoë")."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent, written as people type them.
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """``text`` case-folded and without accents; ASCII text is only case-folded (the common case, kept fast)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
