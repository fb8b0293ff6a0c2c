"""The few colours the app adds to the palette (gates, verdicts, red flags, "too long"), chosen per ground so each
reads at WCAG AA (a contrast of at least 4.5:1) on the light and on the dark palette.

Call ``colour(word, palette)`` where the colour is applied, with the palette of the widget it goes on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# word -> (on a light ground, on a dark ground)
TONES: dict[str, tuple[QColor, QColor]] = {
    "pass": (QColor(0x1B, 0x5E, 0x20), QColor(0x81, 0xC7, 0x84)),
    "go": (QColor(0x1B, 0x5E, 0x20), QColor(0x81, 0xC7, 0x84)),
    "caution": (QColor(0x8A, 0x4B, 0x00), QColor(0xFF, 0xB7, 0x4D)),
    "stop": (QColor(0xB7, 0x1C, 0x1C), QColor(0xFF, 0x8A, 0x80)),
    "error": (QColor(0xB7, 0x1C, 0x1C), QColor(0xFF, 0x8A, 0x80)),  # too long, a problem with a form
}
# A red flag in a note: dark red on light red, the same in both themes (the ground is its own).
RED_FLAG_TEXT = QColor(0x5F, 0x00, 0x00)
RED_FLAG_GROUND = QColor(0xFF, 0xCD, 0xD2)
RED_FLAG_UNDERLINE = QColor(0xB7, 0x1C, 0x1C)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(word: str, palette: QPalette) -> QColor:
    light, dark = TONES[word]
    return dark if is_dark(palette) else light


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def paint(widget: QWidget, word: str) -> None:
    """Give ``widget``'s text the colour for ``word`` on its own ground."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour(word, palette))
    widget.setPalette(palette)
