"""What an import did: counts (invitations to you and yours apart), the profile fields it filled, the usual skipped
rows grouped ("27 deleted or hidden members skipped") with every row a click away, warnings, and what to do next.

The summary is read defensively (``getattr`` with defaults): the dialog shows what the import report carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.colours import paint
from app.ui.dialogs.messages import bold, plain_label
from app.ui.vocabulary import listing, profile_field

COUNTS = (
    ("contacts_added", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts added")),
    ("contacts_updated", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts updated")),
    ("contacts_unchanged", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Contacts unchanged")),
    ("requests_incoming", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Invitations to you, new")),
    ("requests_outgoing", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Your invitations still waiting, new")),
    ("requests_done", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Invitations now accepted (closed)")),
    ("interactions_seen", QT_TRANSLATE_NOOP("ImportSummaryDialog", "Messages read for last interaction")),
)
REQUESTS_ADDED = QT_TRANSLATE_NOOP("ImportSummaryDialog", "Connection requests added")

# The usual reasons a row is skipped, as a group: (one, many). Others are shown as "N rows skipped: reason".
GROUPS: dict[str, tuple[str, str]] = {
    "a deleted or hidden member (the row holds only a date)": (
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "1 deleted or hidden member skipped (LinkedIn keeps only a date)"),
        QT_TRANSLATE_NOOP(
            "ImportSummaryDialog", "{count} deleted or hidden members skipped (LinkedIn keeps only a date)"
        ),
    ),
    "an empty row": (
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "1 empty row skipped"),
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "{count} empty rows skipped"),
    ),
    "on the suppression list (erased at their request)": (
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "1 person skipped: erased at their request"),
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "{count} people skipped: erased at their request"),
    ),
    "an invitation with neither a name nor a profile URL": (
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "1 invitation skipped: no name and no profile address"),
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "{count} invitations skipped: no name and no profile address"),
    ),
    "a vCard without a name": (
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "1 vCard without a name skipped"),
        QT_TRANSLATE_NOOP("ImportSummaryDialog", "{count} vCards without a name skipped"),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummaryDialog", text)


def _skipped_parts(item: Any) -> tuple[str, int, str]:
    if isinstance(item, tuple):
        file, line, reason = item
        return str(file), int(line), str(reason)
    return str(item.file), int(item.line), str(item.reason)


def skipped_lines(skipped: Iterable[Any]) -> list[str]:
    """``FILE:LINE: reason`` for each skipped row (tuples or objects with file, line, reason)."""
    return [f"{file}:{line}: {reason}" for file, line, reason in map(_skipped_parts, skipped)]


def skipped_groups(skipped: Iterable[Any]) -> list[str]:
    """One line per reason and file, most common first: "27 deleted or hidden members skipped (...) —
    Connections.csv"; the file by its name, not its path inside the export."""
    counts: Counter[tuple[str, str]] = Counter()
    for file, _line, reason in map(_skipped_parts, skipped):
        counts[(reason, PurePath(file).name)] += 1
    lines = []
    for (reason, file), count in counts.most_common():
        if reason in GROUPS:
            one, many = GROUPS[reason]
            text = _tr(one) if count == 1 else _tr(many).format(count=f"{count:,}")
        else:
            text = _tr("{count} rows skipped: {reason}").format(count=f"{count:,}", reason=reason)
        lines.append(f"{text} — {file}")
    return lines


def summary_text(summary: Any) -> str:
    """The summary in a few words, for the status bar."""
    added = getattr(summary, "contacts_added", 0)
    updated = getattr(summary, "contacts_updated", 0)
    skipped = len(getattr(summary, "skipped", ()) or ())
    text = _tr("Import finished: {added} contacts added, {updated} updated").format(
        added=f"{added:,}", updated=f"{updated:,}"
    )
    return text + (_tr(", {skipped} rows skipped").format(skipped=f"{skipped:,}") if skipped else "")


def _count(summary: Any, name: str) -> int:
    return int(getattr(summary, name, 0) or 0)


class ImportSummaryDialog(QDialog):
    sort_requested = Signal()  # "Sort N unsorted contacts": the Contacts page, unsorted shown
    inbox_requested = Signal()  # "Go to the Inbox"

    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.setAccessibleName(self.tr("Import summary"))
        self.setObjectName("import-summary")
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        split = hasattr(summary, "requests_incoming") and (
            _count(summary, "requests_incoming") + _count(summary, "requests_outgoing")
            == _count(summary, "requests_added")
        )
        rows = list(COUNTS)
        if not split:  # an import report without the two directions: one line for both
            rows = [r for r in rows if r[0] not in ("requests_incoming", "requests_outgoing")]
            rows.insert(3, ("requests_added", REQUESTS_ADDED))
        for field_name, title in rows:
            number = _count(summary, field_name)
            if field_name == "requests_done" and not number:
                continue
            value = plain_label(f"{number:,}", wrap=False)
            title = self.tr(title)
            value.setAccessibleName(title)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[field_name] = value
            form.addRow(f"{title}:", value)
        layout.addLayout(form)

        # What the import filled in the adviser's own profile.
        filled = [profile_field(name) for name in getattr(summary, "owner_fields_filled", ()) or ()]
        self.profile_filled = plain_label(
            self.tr("Your profile: {fields} filled in from the export (check them on the Profile text page).").format(
                fields=listing(filled)
            )
            if filled
            else ""
        )
        self.profile_filled.setAccessibleName(self.tr("Profile fields filled"))
        self.profile_filled.setVisible(bool(filled))
        layout.addWidget(self.profile_filled)

        # Dates before LinkedIn existed: a date column misread, or typed wrong in a spreadsheet.
        early = _count(summary, "dates_before_linkedin")
        self.date_warning = plain_label(
            self.tr(
                "{count} dates are before May 2003, when LinkedIn started: the export's dates may have been "
                "changed by a spreadsheet. Check a few contacts' \u201cconnected on\u201d dates."
            ).format(count=f"{early:,}")
            if early
            else ""
        )
        self.date_warning.setObjectName("import-date-warning")
        self.date_warning.setAccessibleName(self.tr("Dates to check"))
        paint(self.date_warning, "caution")
        self.date_warning.setVisible(bool(early))
        layout.addWidget(self.date_warning)

        # The problems: duplicates, the usual skipped rows in groups, ignored files; every row on request.
        self.skipped = skipped_lines(getattr(summary, "skipped", ()) or ())
        self.groups = skipped_groups(getattr(summary, "skipped", ()) or ())
        ignored = [str(name) for name in getattr(summary, "ignored_files", ()) or ()]
        self.duplicates = [
            f"{d.name} (id {d.contact_id}) and {d.other_name} (id {d.other_id})"
            for d in getattr(summary, "possible_duplicates", ()) or ()
        ]
        self.problems: QPlainTextEdit | None = None
        self.details: QPlainTextEdit | None = None
        self.details_button: QPushButton | None = None
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
            text.extend(self.groups)
            if ignored:
                if text:
                    text.append("")
                text.append(self.tr("Files ignored (not part of a LinkedIn export Gatehouse reads):"))
                text.extend(PurePath(name).name for name in ignored)
            self.problems = QPlainTextEdit("\n".join(text).strip())
            self.problems.setReadOnly(True)
            self.problems.setAccessibleName(self.tr("Possible duplicates, rows skipped and files ignored"))
            lines = self.problems.document().blockCount()
            spacing = self.problems.fontMetrics().lineSpacing()
            self.problems.setMinimumHeight(min(110, spacing * (lines + 1) + 12))
            self.problems.setMaximumHeight(max(spacing * (lines + 1) + 12, 60) if lines < 8 else 16777215)
            layout.addWidget(self.problems, 1)
            if self.skipped:
                self.details_button = QPushButton(self.tr("Show each skipped row"))
                self.details_button.setCheckable(True)
                self.details_button.setAccessibleName(self.tr("Show each skipped row, with its file and line"))
                self.details = QPlainTextEdit("\n".join(self.skipped))
                self.details.setReadOnly(True)
                self.details.setAccessibleName(self.tr("Each skipped row: file, line and reason"))
                self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                self.details.setVisible(False)
                self.details_button.toggled.connect(self.details.setVisible)
                layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
                layout.addWidget(self.details, 1)

        # Next steps.
        unsorted = _count(summary, "unsorted_contacts")
        incoming = _count(summary, "requests_incoming") if split else _count(summary, "requests_added")
        next_title = plain_label(self.tr("Next"), wrap=False)
        next_title.setFont(bold(next_title.font()))
        buttons = QDialogButtonBox()
        self.sort_button: QPushButton | None = None
        self.inbox_button: QPushButton | None = None
        if unsorted:
            self.sort_button = QPushButton(
                self.tr("Sort {count} unsorted contacts").format(count=f"{unsorted:,}")
                if unsorted != 1
                else self.tr("Sort 1 unsorted contact")
            )
            self.sort_button.setAccessibleName(self.sort_button.text())
            self.sort_button.clicked.connect(self._sort)
            buttons.addButton(self.sort_button, QDialogButtonBox.ButtonRole.ActionRole)
        if incoming:
            self.inbox_button = QPushButton(self.tr("Go to the Inbox"))
            self.inbox_button.setAccessibleName(self.tr("Go to the Inbox"))
            self.inbox_button.clicked.connect(self._inbox)
            buttons.addButton(self.inbox_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        if self.sort_button or self.inbox_button:
            layout.addWidget(next_title)
            (self.sort_button or self.inbox_button).setDefault(True)  # type: ignore[union-attr]
        layout.addWidget(buttons)
        self.resize(560, 440 if self.details or (self.problems and self.problems.maximumHeight() > 400) else 300)

    def _sort(self) -> None:
        self.sort_requested.emit()
        self.accept()

    def _inbox(self) -> None:
        self.inbox_requested.emit()
        self.accept()
