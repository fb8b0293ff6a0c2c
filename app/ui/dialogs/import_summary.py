"""What an import did: counts, the rows skipped (file, line, reason) and the files ignored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.dialogs.messages import plain_label

COUNTS = (
    ("contacts_added", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts added")),
    ("contacts_updated", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts updated")),
    ("contacts_unchanged", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts unchanged")),
    ("requests_added", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Connection requests added")),
    ("interactions_seen", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Messages read for last interaction")),
)


def skipped_lines(skipped: Iterable[Any]) -> list[str]:
    """``FILE:LINE: reason`` for each skipped row (tuples or objects with file, line, reason)."""
    lines = []
    for item in skipped:
        if isinstance(item, tuple):
            file, line, reason = item
        else:
            file, line, reason = item.file, item.line, item.reason
        lines.append(f"{file}:{line}: {reason}")
    return lines


def summary_text(summary: Any) -> str:
    """The summary in a few words, for the status bar."""
    added = getattr(summary, "contacts_added", 0)
    updated = getattr(summary, "contacts_updated", 0)
    skipped = len(getattr(summary, "skipped", ()) or ())
    text = QCoreApplication.translate(
        "ImportSummaryDialog", "Import finished: {added} contacts added, {updated} updated"
    ).format(added=f"{added:,}", updated=f"{updated:,}")
    return text + (
        QCoreApplication.translate("ImportSummaryDialog", ", {skipped} rows skipped").format(skipped=f"{skipped:,}")
        if skipped
        else ""
    )


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.setAccessibleName(self.tr("Import summary"))
        self.setObjectName("import-summary")
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for field_name, title in COUNTS:
            value = plain_label(f"{int(getattr(summary, field_name, 0) or 0):,}", wrap=False)
            title = self.tr(title)
            value.setAccessibleName(title)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[field_name] = value
            form.addRow(f"{title}:", value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.skipped = skipped_lines(getattr(summary, "skipped", ()) or ())
        ignored = [str(name) for name in getattr(summary, "ignored_files", ()) or ()]
        self.duplicates = [
            f"{d.name} (id {d.contact_id}) and {d.other_name} (id {d.other_id})"
            for d in getattr(summary, "possible_duplicates", ()) or ()
        ]
        self.problems: QPlainTextEdit | None = None
        if self.skipped or ignored or self.duplicates:
            text = []
            if self.duplicates:
                text.append(
                    self.tr("{count} possible duplicates (alike names; nothing was merged):").format(
                        count=f"{len(self.duplicates):,}"
                    )
                )
                text.extend(self.duplicates)
                text.append("")
            if self.skipped:
                text.append(self.tr("{count} rows skipped:").format(count=f"{len(self.skipped):,}"))
                text.extend(self.skipped)
            if ignored:
                if text:
                    text.append("")
                text.append(self.tr("Files ignored (not part of a LinkedIn export Gatehouse reads):"))
                text.extend(ignored)
            self.problems = QPlainTextEdit("\n".join(text))
            self.problems.setReadOnly(True)
            self.problems.setAccessibleName(self.tr("Possible duplicates, rows skipped and files ignored"))
            self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.problems.setMinimumHeight(160)
            layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 420 if self.problems else 220)
