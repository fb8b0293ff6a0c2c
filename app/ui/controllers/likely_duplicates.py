"""The New contact dialog's warning: contacts whose name is like the one being typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from rapidfuzz import fuzz, process

from app.core.contact_rows import ContactRow
from app.core.linkedin.duplicates import SCORE_CUTOFF, name_key
from app.ui.dialogs.inputs import NewContactDialog


class LikelyDuplicates(QObject):
    """Contacts whose name is like the one typed in ``dialog`` (accents, case and word order aside), shown in the
    dialog as its name fields change. A child of the dialog: it lives and goes with it.

    The names are keyed once when the dialog opens; each keystroke is one rapidfuzz scan over the keys.
    """

    def __init__(self, rows: Sequence[ContactRow], dialog: NewContactDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.rows = list(rows)
        self.keys = [name_key(row.name) for row in self.rows]
        for edit in (dialog.first_name, dialog.last_name):
            edit.textChanged.connect(self._typed)

    def like(self, name: str) -> list[str]:
        key = name_key(name)
        if len(key) < 3:
            return []
        found = process.extract(key, self.keys, scorer=fuzz.token_sort_ratio, score_cutoff=SCORE_CUTOFF, limit=4)
        return [self._who(self.rows[index]) for _key, _score, index in found]

    def _typed(self) -> None:
        self.dialog.show_likely_duplicates(self.like(self.dialog.name()))

    @staticmethod
    def _who(row: ContactRow) -> str:
        extra = row.company or row.position
        return f"{row.name} ({extra})" if extra else row.name
