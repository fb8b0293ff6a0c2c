"""A red-flag signal: a word pattern over a folded note, with the category it counts towards and its weight.

Patterns are written over the note as ``red_flags.read_note`` folds it: lower case, plain letters, every break a
single space. In a pattern a space is a word break, ``~`` the rest of a word, ``W(n)`` up to ``n`` words of any
kind. Every pattern is compiled by RE2, so it runs in time linear in the note whatever it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.vocabulary import RedFlag


@dataclass(frozen=True, slots=True)
class Signal:
    category: RedFlag
    name: str  # what the signal is, in words (shown nowhere yet; it documents the weight)
    weight: float  # 1: enough alone; ½: needs another signal of the category; below 0: counts against it
    pattern: str  # over the folded words: a space is a word break, "~" the rest of a word, W(n) up to n words
    negatable: bool = False


def W(n: int) -> str:
    """Up to ``n`` words of any kind."""
    return f"(?:[^ ]+ ){{0,{n}}}"


def alt(words: str) -> str:
    """Alternatives separated by "|" (a word may itself be several words)."""
    return "(?:" + words + ")"
