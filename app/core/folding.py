"""Text compared the way a person reads it: without case or accents ("bjorn" finds "Björn", "zoe" finds "Zoë")."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent, written as people type them.
_LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}

# What each non-ASCII character folds to, filled as characters are met. Folding a 100,000-row record then costs a
# scan for runs of non-ASCII characters (one character class: linear time, whatever the text) and a lookup per
# such character, instead of a Python loop over every character.
_TABLE: dict[int, str] = {}
_SEEN: set[str] = set()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    run = match.group()
    new = set(run) - _SEEN
    if new:
        for ch in new:
            _TABLE[ord(ch)] = _fold_char(ch)
        _SEEN.update(new)
    return run.translate(_TABLE)


def _fold_char(ch: str) -> str:
    if ch in _LETTERS:
        return _LETTERS[ch]
    return "".join(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))


def fold(text: str) -> str:
    """``text`` case-folded and without accents; ASCII text is only case-folded (the common case, kept fast)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _NON_ASCII.sub(_fold_run, folded)
