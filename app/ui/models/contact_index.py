"""Filtering and sorting the contacts table on compact in-memory columns (no Qt, no database).

At 30,000 contacts a keystroke in the search box must refresh the table within one frame, so the index keeps a
folded "haystack" per contact (name, company, position, tags, notes; lower case, no accents, folded once when the
row arrives, never per keystroke) and the positions of all rows in the current sort order. A filter walks that
order once; typing more letters narrows the rows already shown.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

from app.core.folding import fold
from app.core.vocabulary import ConsentStatus, MetIn, Relationship
from app.services.contact_table import ContactRow
from app.ui.vocabulary import label


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    POSITION = 2
    RELATIONSHIP = 3
    MET_IN = 4
    CONSENT = 5
    CONNECTED_ON = 6
    LAST_INTERACTION = 7
    TAGS = 8


HEADERS: dict[Column, str] = {
    Column.NAME: "Name",
    Column.COMPANY: "Company",
    Column.POSITION: "Position",
    Column.RELATIONSHIP: "Relationship",
    Column.MET_IN: "Met in",
    Column.CONSENT: "Consent",
    Column.CONNECTED_ON: "Connected on",
    Column.LAST_INTERACTION: "Last interaction",
    Column.TAGS: "Tags",
}

# Filters whose rows are kept, so deleting a letter shows the earlier rows again without a scan.
RECENT_FILTERS = 32

RELATIONSHIP_ORDER = {member: index for index, member in enumerate(Relationship)}
MET_IN_ORDER = {member: index for index, member in enumerate(MetIn)}
CONSENT_ORDER = {member: index for index, member in enumerate(ConsentStatus)}


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


# What the table shows, one plain-text function per column (indexed by Column).
CELL_TEXT: tuple[Callable[[ContactRow], str], ...] = (
    lambda row: row.name,
    lambda row: row.company,
    lambda row: row.position,
    lambda row: label(row.relationship),
    lambda row: label(row.met_in),
    lambda row: label(row.consent),
    lambda row: _date_text(row.connected_on),
    lambda row: _date_text(row.last_interaction),
    lambda row: ", ".join(row.tags),
)


def cell_text(row: ContactRow, column: Column) -> str:
    """What the table shows: the plain text of one cell."""
    return CELL_TEXT[column](row)


def sort_value(row: ContactRow, column: Column) -> object:
    """The native value a column sorts by (the Qt model's sort role)."""
    match column:
        case Column.NAME:
            return row.name.casefold()
        case Column.COMPANY:
            return row.company.casefold()
        case Column.POSITION:
            return row.position.casefold()
        case Column.RELATIONSHIP:
            return RELATIONSHIP_ORDER[row.relationship]
        case Column.MET_IN:
            return MET_IN_ORDER[row.met_in]
        case Column.CONSENT:
            return CONSENT_ORDER[row.consent]
        case Column.CONNECTED_ON:
            return row.connected_on
        case Column.LAST_INTERACTION:
            return row.last_interaction
        case Column.TAGS:
            return ", ".join(row.tags)


_NO_DATE = date.min


def _sort_key(column: Column) -> Callable[[ContactRow], tuple[object, ...]]:
    """Empty text and missing dates sort after the rest (ascending); ties go by name, then id."""
    if column in (Column.CONNECTED_ON, Column.LAST_INTERACTION):

        def key(row: ContactRow) -> tuple[object, ...]:
            value = sort_value(row, column)
            return (value is None, value or _NO_DATE, row.name.casefold(), row.id)

        return key
    if column in (Column.RELATIONSHIP, Column.MET_IN, Column.CONSENT):
        return lambda row: (sort_value(row, column), row.name.casefold(), row.id)
    if column is Column.NAME:
        return lambda row: (row.name == "", row.name.casefold(), row.id)
    return lambda row: (lambda text: (text == "", text, row.name.casefold(), row.id))(sort_value(row, column))


def haystack(row: ContactRow) -> str:
    """The text the search box looks in, folded once per row (case and accents: "bjorn" finds "Björn")."""
    return fold("\n".join((row.name, row.company, row.position, " ".join(row.tags), row.notes)))


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """Search text (in name, company, position, tags and notes) and the relationships and consents shown."""

    text: str = ""
    relationships: frozenset[Relationship] = field(default_factory=frozenset)
    consents: frozenset[ConsentStatus] = field(default_factory=frozenset)

    @property
    def needle(self) -> str:
        return fold(" ".join(self.text.split()))

    def accepts(self, row: ContactRow) -> bool:
        return (
            (not self.relationships or row.relationship in self.relationships)
            and (not self.consents or row.consent in self.consents)
            and (not self.needle or self.needle in haystack(row))
        )


class ContactIndex:
    """All rows, the positions shown (in sort order), and how to get from an id to a row."""

    def __init__(self, rows: Iterable[ContactRow] = ()) -> None:
        self.filter = ContactFilter()
        self.sort_column = Column.NAME
        self.descending = False
        self.set_rows(rows)

    # --- the rows ---------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ContactRow]) -> None:
        self.rows: list[ContactRow] = list(rows)
        self._haystacks: list[str] = [haystack(row) for row in self.rows]
        self._position_of: dict[int, int] = {row.id: position for position, row in enumerate(self.rows)}
        self._counts: Counter[Relationship] = Counter(row.relationship for row in self.rows)
        self._resort()
        self._refilter()

    def replace_rows(self, rows: Iterable[ContactRow]) -> list[int]:
        """Update rows in place (after a classification); returns their positions in ``visible``.

        Rows shown stay shown even if they no longer match the filter, so a classified contact does not
        jump away under the cursor; the next filter change or sort applies to them again.
        """
        changed: set[int] = set()
        for row in rows:
            position = self._position_of.get(row.id)
            if position is None:
                continue
            self._counts[self.rows[position].relationship] -= 1
            self._counts[row.relationship] += 1
            self.rows[position] = row
            self._haystacks[position] = haystack(row)
            changed.add(position)
        if changed:
            self._order_stale = True
            self._recent.clear()
        return [index for index, position in enumerate(self.visible) if position in changed]

    def remove_ids(self, ids: Iterable[int]) -> None:
        gone = set(ids)
        if gone & self._position_of.keys():
            self.set_rows(row for row in self.rows if row.id not in gone)

    def add_rows(self, rows: Sequence[ContactRow]) -> None:
        known = [row for row in rows if row.id not in self._position_of]
        if known:
            self.set_rows([*self.rows, *known])

    # --- what is shown ----------------------------------------------------------------------------------

    def set_filter(self, new: ContactFilter) -> None:
        old = self.filter
        self.filter = new
        cached = None if self._order_stale else self._recent.get(new)
        if cached is not None:  # a backspace back to what was shown a moment ago
            self._recent.move_to_end(new)
            self.visible = list(cached)
            return
        narrowing = (
            not self._order_stale
            and new.relationships == old.relationships
            and new.consents == old.consents
            and old.needle in new.needle
        )
        if narrowing and new.needle == old.needle:
            return
        self._refilter(self.visible if narrowing else None)

    def sort(self, column: Column, descending: bool = False) -> None:
        self.sort_column = column
        self.descending = descending
        self._resort()
        self._refilter()

    def refresh(self) -> None:
        """Apply the filter and the sort order again to every row (after classification or on F5)."""
        if self._order_stale:
            self._resort()
        self._refilter()

    def _remember(self) -> None:
        self._recent[self.filter] = tuple(self.visible)
        self._recent.move_to_end(self.filter)
        while len(self._recent) > RECENT_FILTERS:
            self._recent.popitem(last=False)

    def _resort(self) -> None:
        key = _sort_key(self.sort_column)
        rows = self.rows
        self._order: list[int] = sorted(range(len(rows)), key=lambda position: key(rows[position]))
        if self.descending:
            self._order.reverse()
        self._order_stale = False
        self._recent: OrderedDict[ContactFilter, tuple[int, ...]] = OrderedDict()

    def _refilter(self, candidates: list[int] | None = None) -> None:
        if self._order_stale:
            self._resort()
            candidates = None
        positions = self._order if candidates is None else candidates
        rows = self.rows
        wanted_relationships = self.filter.relationships
        if wanted_relationships:
            positions = [p for p in positions if rows[p].relationship in wanted_relationships]
        wanted_consents = self.filter.consents
        if wanted_consents:
            positions = [p for p in positions if rows[p].consent in wanted_consents]
        needle = self.filter.needle
        if needle:
            haystacks = self._haystacks
            positions = [p for p in positions if needle in haystacks[p]]
        self.visible: list[int] = positions if positions is not self._order else list(positions)
        self._remember()

    # --- lookups ----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.visible)

    @property
    def total(self) -> int:
        return len(self.rows)

    def row_at(self, index: int) -> ContactRow:
        return self.rows[self.visible[index]]

    def row_by_id(self, contact_id: int) -> ContactRow | None:
        position = self._position_of.get(contact_id)
        return None if position is None else self.rows[position]

    def index_of_id(self, contact_id: int) -> int | None:
        """Where the contact is shown, or None."""
        position = self._position_of.get(contact_id)
        if position is None:
            return None
        try:
            return self.visible.index(position)
        except ValueError:
            return None

    def relationship_counts(self) -> Counter[Relationship]:
        """How many contacts have each relationship (kept up to date, not counted on every keystroke)."""
        return Counter(self._counts)

    def known_tags(self) -> set[str]:
        return {tag for row in self.rows for tag in row.tags}
