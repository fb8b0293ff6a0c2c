"""Red flags highlighted in a request's note: character formats on a plain-text document, never HTML.

The red-flag detector quotes each match as it read it (styled letters made plain, spacing collapsed, a long phrase
shortened with "…"). ``flag_spans`` finds those phrases again in the note as written, so the highlight sits on the
sender's own characters; positions are in UTF-16 code units, as Qt counts them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.core.policy.red_flags import APOSTROPHES, RedFlagMatch
from app.core.vocabulary import RedFlag
from app.ui.colours import RED_FLAG_GROUND, RED_FLAG_TEXT, RED_FLAG_UNDERLINE


def _folded(text: str) -> tuple[str, list[int]]:
    """The text as the detector reads it (NFKC, straight apostrophes, lower case), and for each of its
    characters the index of the original character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        plain = (
            unicodedata.normalize("NFKC", char).translate(APOSTROPHES).lower() if not char.isascii() else char.lower()
        )
        out.append(plain)
        origin.extend([index] * len(plain))
    return "".join(out), origin


def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    words = phrase.rstrip("…").lower().split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def flag_spans(text: str, matches: Iterable[RedFlagMatch]) -> list[tuple[int, int, RedFlag]]:
    """(start, length, category) of every place in ``text`` where a matched phrase occurs, in UTF-16 units."""
    folded, origin = _folded(text)
    spans = []
    for match in matches:
        pattern = _phrase_pattern(match.phrase)
        if pattern is None:
            continue
        for found in pattern.finditer(folded):
            if found.end() == found.start():
                continue
            first = origin[found.start()]
            last = origin[found.end() - 1] + 1
            start = _utf16(text, first)
            spans.append((start, _utf16(text, last) - start, match.category))
    return sorted(spans)


def flag_format() -> QTextCharFormat:
    """Dark text on a light red ground, underlined: readable in light and dark palettes."""
    chosen = QTextCharFormat()
    chosen.setBackground(RED_FLAG_GROUND)
    chosen.setForeground(RED_FLAG_TEXT)
    chosen.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    chosen.setUnderlineColor(RED_FLAG_UNDERLINE)
    chosen.setFontWeight(700)
    return chosen


class RedFlagHighlighter(QSyntaxHighlighter):
    """Highlights the matched phrases in each line of a note (the note stays plain text)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._matches: tuple[RedFlagMatch, ...] = ()
        self._format = flag_format()

    def set_matches(self, matches: Sequence[RedFlagMatch]) -> None:
        self._matches = tuple(matches)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, length, _category in flag_spans(text, self._matches):
            self.setFormat(start, length, self._format)
