"""Light and dark: follow the desktop's colour scheme, or the theme chosen in View > Theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui.colours import is_dark


def dark_palette() -> QPalette:
    """A dark palette for platforms that report a dark colour scheme but hand Qt a light palette."""
    palette = QPalette()
    window, base, text = QColor(0x2B, 0x2B, 0x2E), QColor(0x1E, 0x1E, 0x21), QColor(0xE8, 0xE8, 0xEA)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(0x26, 0x26, 0x2A)),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor(0x35, 0x35, 0x39)),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(0xFF, 0x8A, 0x80)),
        (QPalette.ColorRole.Link, QColor(0x8A, 0xB4, 0xF8)),
        (QPalette.ColorRole.Highlight, QColor(0x3D, 0x6F, 0xB6)),
        (QPalette.ColorRole.HighlightedText, QColor(0xFF, 0xFF, 0xFF)),
        (QPalette.ColorRole.PlaceholderText, QColor(0x9A, 0x9A, 0xA0)),
    ):
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(0x80, 0x80, 0x86))
    return palette


def apply_color_scheme(application: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Follow the system's light or dark scheme. Where the platform theme already gives a matching palette
    (Windows, macOS, GNOME, KDE) nothing changes; where it says "dark" but the palette is light, use Fusion
    with a dark palette; back to the style's own palette when the scheme turns light again."""
    if scheme is None:
        scheme = application.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark and not is_dark(application.palette()):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            application.setStyle(fusion)
        application.setPalette(dark_palette())
        application.setProperty("gatehouse_dark_palette", True)
    elif scheme != Qt.ColorScheme.Dark and application.property("gatehouse_dark_palette"):
        application.setPalette(application.style().standardPalette())
        application.setProperty("gatehouse_dark_palette", False)


THEMES = ("system", "light", "dark")


def apply_theme(application: QApplication, theme: str) -> None:
    """View > Theme: "system" follows the desktop's scheme (many desktops report none: then the style's own
    palette); "light" and "dark" use Fusion with a light or a dark palette whatever the desktop says."""
    if theme not in THEMES:
        theme = "system"
    application.setProperty("gatehouse_theme", theme)
    if theme == "system":
        if application.property("gatehouse_forced_style"):
            native = application.property("gatehouse_native_style")
            style = QStyleFactory.create(native) if native else None
            if style is not None:
                application.setStyle(style)
            application.setProperty("gatehouse_forced_style", False)
        application.setPalette(application.style().standardPalette())
        application.setProperty("gatehouse_dark_palette", False)
        apply_color_scheme(application)
        return
    if not application.property("gatehouse_forced_style"):
        application.setProperty("gatehouse_native_style", application.style().name())
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        application.setStyle(fusion)
    application.setProperty("gatehouse_forced_style", True)
    application.setPalette(dark_palette() if theme == "dark" else application.style().standardPalette())
    application.setProperty("gatehouse_dark_palette", theme == "dark")


def _scheme_changed(application: QApplication, scheme: Qt.ColorScheme) -> None:
    if application.property("gatehouse_theme") in (None, "system"):  # a chosen theme stays
        apply_color_scheme(application, scheme)


def follow_color_scheme(application: QApplication) -> None:
    apply_color_scheme(application)
    application.styleHints().colorSchemeChanged.connect(lambda scheme: _scheme_changed(application, scheme))
