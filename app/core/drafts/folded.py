"""A draft as names and terms are compared in it: case and accents folded, runs of spaces as one, and for each
folded character the draft's character it came from, so a match in the folded text is a span of the draft."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_FOLD_CACHE: dict[str, str] = {}
APOSTROPHES = "’‘ʼ`´"


def _fold_char(char: str) -> str:
    folded = _FOLD_CACHE.get(char)
    if folded is None:
        if char in APOSTROPHES:
            folded = "'"
        elif char.isspace():
            folded = " "
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
            folded = "".join(" " if c.isspace() else c for c in folded)
        if len(_FOLD_CACHE) < 100_000:
            _FOLD_CACHE[char] = folded
    return folded


ASCII_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")  # one character at a time: linear
ASCII_WORD = re.compile(r"[a-zA-Z0-9]+")


def fold(text: str) -> str:
    """Case and accents folded, one space for each run of spaces, trimmed: how names are compared."""
    if text.isascii():
        return " ".join(text.lower().replace("`", "'").split())
    return " ".join("".join(_fold_char(c) for c in text).split())


SPACE_RUN = re.compile(r"^ +| {2,}")  # a plain run of one character: linear in the stdlib engine


@dataclass(frozen=True, slots=True)
class Folded:
    """A draft folded for matching, and for each folded character the index of the draft's character it came
    from, so a match in the folded text is a span of the draft."""

    text: str
    origin: tuple[int, ...]
    length: int  # the draft's length

    @classmethod
    def of(cls, draft: str) -> Folded:
        if draft.isascii():
            pieces: list[str] | str = ASCII_SPACE.sub(" ", draft.lower().replace("`", "'"))
        else:
            pieces = [_FOLD_CACHE.get(c) or _fold_char(c) for c in draft]
        if isinstance(pieces, str) or all(len(p) == 1 for p in pieces):
            # One folded character per character: copy the stretches between runs of spaces in bulk.
            base = pieces if isinstance(pieces, str) else "".join(pieces)
            parts: list[str] = []
            origin: list[int] = []
            position = 0
            for run in SPACE_RUN.finditer(base):
                keep = run.start() if run.start() == 0 else run.start() + 1
                parts.append(base[position:keep])
                origin.extend(range(position, keep))
                position = run.end()
            parts.append(base[position:])
            origin.extend(range(position, len(base)))
            return cls("".join(parts), tuple(origin), len(draft))
        return cls._of_pieces(pieces, len(draft))

    @classmethod
    def _of_pieces(cls, pieces: list[str], length: int) -> Folded:
        chars: list[str] = []
        origin: list[int] = []
        last_space = True
        for index, folded in enumerate(pieces):
            for piece in folded:
                if piece == " ":
                    if last_space:
                        continue
                    last_space = True
                else:
                    last_space = False
                chars.append(piece)
                origin.append(index)
        return cls("".join(chars), tuple(origin), length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The draft's span for folded ``[start, end)``."""
        first = self.origin[start] if start < len(self.origin) else self.length
        last = self.origin[end - 1] + 1 if end > 0 else 0
        return first, max(first, last)


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def bounded(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands as whole words (nothing alphanumeric touches either end)."""
    if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        return False
    return not (end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]))


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as one string, split at white space."""
    return frozenset(text.split())


def tokens(text: str) -> list[str]:
    """The words of a text (letters and digits): plain string work, no pattern at all."""
    if text.isascii():
        return ASCII_WORD.findall(text)
    return "".join(c if c.isalnum() else " " for c in text).split()


class Spans:
    """Spans of the draft, merged and sorted once, so "is this inside one of them" is a binary search (a draft
    with thousands of links or names stays linear-logarithmic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]
