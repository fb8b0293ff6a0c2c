"""The traffic light beside a text: its light, and each finding with the words and the reason.

Words are highlighted in the light's colour by a ``QSyntaxHighlighter``: character formats on the editor's plain
document, never HTML built from the draft. The findings list shows plain text only (list items are not rich
text). ``DraftCheckController`` (app.ui.controllers.drafts) gives this view its behaviour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.drafts import DraftCheck, DraftFinding, Light
from app.ui.dialogs.messages import bold, plain_label

# Text colours for the light's name, and grounds for the highlighted words: readable on light and dark palettes.
LIGHT_TEXT = {
    Light.GREEN: QColor(0x2E, 0x7D, 0x32),
    Light.YELLOW: QColor(0xB2, 0x6A, 0x00),
    Light.RED: QColor(0xC6, 0x28, 0x28),
}
LIGHT_GROUND = {
    Light.GREEN: QColor(0xC8, 0xE6, 0xC9),
    Light.YELLOW: QColor(0xFF, 0xE0, 0x82),
    Light.RED: QColor(0xFF, 0xCD, 0xD2),
}
LIGHT_INK = {
    Light.GREEN: QColor(0x1B, 0x3D, 0x1F),
    Light.YELLOW: QColor(0x4A, 0x30, 0x00),
    Light.RED: QColor(0x5F, 0x00, 0x00),
}
ORDER = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}


def light_names() -> dict[Light, str]:
    return {
        Light.GREEN: QCoreApplication.translate("DraftCheck", "Green"),
        Light.YELLOW: QCoreApplication.translate("DraftCheck", "Yellow"),
        Light.RED: QCoreApplication.translate("DraftCheck", "Red"),
    }


def light_format(light: Light) -> QTextCharFormat:
    chosen = QTextCharFormat()
    chosen.setBackground(LIGHT_GROUND[light])
    chosen.setForeground(LIGHT_INK[light])
    if light is not Light.GREEN:
        chosen.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        chosen.setUnderlineColor(LIGHT_TEXT[light])
    return chosen


def utf16_positions(text: str) -> list[int] | None:
    """For each index of ``text`` (and its end), the position Qt counts (UTF-16 units); None when they agree."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) >= 0x10000 else 1))
    return positions


def document_spans(text: str, findings: Sequence[DraftFinding]) -> list[tuple[int, int, Light]]:
    """(start, end, light) in document positions, lower lights first so a red span is drawn over a yellow one."""
    positions = utf16_positions(text)
    spans = []
    for finding in findings:
        start, end = finding.start, finding.end
        if positions is not None:
            start, end = positions[start], positions[end]
        spans.append((start, end, finding.light))
    return sorted(spans, key=lambda span: ORDER[span[2]])


class DraftHighlighter(QSyntaxHighlighter):
    """The findings' words in the light's colour, block by block (the document stays plain text)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, Light]] = []
        self._formats = {light: light_format(light) for light in Light}

    def set_findings(self, text: str, findings: Sequence[DraftFinding]) -> None:
        self._spans = document_spans(text, findings)
        self.rehighlight()

    def clear(self) -> None:
        if self._spans:
            self._spans = []
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text.encode("utf-16-le")) // 2
        for start, end, light in self._spans:
            if end <= block_start or start >= block_end:
                continue
            first = max(start, block_start) - block_start
            self.setFormat(first, min(end, block_end) - block_start - first, self._formats[light])


class DraftCheckView(QWidget):
    """The light in words and colour, and the findings (the light, the words, the reason), one a line."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("draft-check")
        self.light = plain_label()
        self.light.setObjectName("draft-light")
        self.light.setAccessibleName(self.tr("Traffic light"))
        self.light.setFont(bold(self.light.font(), 1.0 if compact else 1.2))
        self.findings = QListWidget()
        self.findings.setObjectName("draft-findings")
        self.findings.setAccessibleName(self.tr("What was found, and why"))
        self.findings.setWordWrap(True)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.setMaximumHeight(90 if compact else 16_777_215)
        self.findings.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.light)
        layout.addWidget(self.findings, 1)
        self.result: DraftCheck | None = None

    def show_waiting(self) -> None:
        self._set_light(None, self.tr("Reading your clients' names to check this text…"))

    def show_problem(self, message: str) -> None:
        self._set_light(None, self.tr("No check: {message}").format(message=message))

    def show_result(self, result: DraftCheck) -> None:
        self.result = result
        summary = {
            Light.RED: self.tr("Red: off limits as it stands. When in doubt, leave it out."),
            Light.YELLOW: self.tr("Yellow: needs your judgement before it goes out."),
            Light.GREEN: self.tr("Green: nothing off limits found."),
        }[result.light]
        self._set_light(result.light, summary)
        self.findings.clear()
        names = light_names()
        for finding in result.findings:
            words = " ".join(finding.text.split())
            item = QListWidgetItem(f"{names[finding.light]} · “{words}”: {finding.why}")
            item.setForeground(LIGHT_TEXT[finding.light])
            item.setData(Qt.ItemDataRole.UserRole, (finding.start, finding.end))
            self.findings.addItem(item)
        self.findings.setVisible(bool(result.findings))

    def _set_light(self, light: Light | None, text: str) -> None:
        self.light.setText(text)
        palette = self.light.palette()
        colour = LIGHT_TEXT[light] if light is not None else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.light.setPalette(palette)
        if light is None:
            self.findings.clear()
            self.findings.setVisible(False)
