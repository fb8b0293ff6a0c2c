"""Filtering and sorting the contacts table on compact in-memory columns (no Qt, no database).

At 100,000 contacts a keystroke in the search box must refresh the table within one frame, so the index keeps a
folded "haystack" per contact (name, company, position, tags, notes; lower case, no accents, folded in one call
for all rows when they arrive, never per keystroke), laid out in the current sort order. In a small record a
filter is one pass over that order (a substring test per row); typing more letters narrows the rows already
shown. In a large one the rows come from a word index of compressed bitmaps, whose union is computed in C.
Sorting, too, is stable sorts keyed by list lookups rather than a Python key function per row. The rows shown
are a sequence of ranks that is never changed in place, so a recent filter's rows are kept without a copy.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from itertools import compress, repeat
from operator import attrgetter
from typing import TypeVar

from pyroaring import BitMap

from app.core.contact_rows import ContactRow
from app.core.folding import fold
from app.core.many_objects import many_objects
from app.core.vocabulary import ConsentStatus, MetIn, Relationship
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
# From this many contacts a search looks words up in a ``WordIndex`` where that is cheaper than a scan.
WORD_INDEX_ROWS = 50_000

T = TypeVar("T")

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
_name = attrgetter("name")


def sort_order(rows: Sequence[ContactRow], column: Column, descending: bool = False) -> list[int]:
    """The positions of ``rows`` in the order ``column`` sorts them: empty text and missing dates after the rest
    (ascending), ties by name, then by id.

    The same order as sorting by a (empty, value, name, id) tuple per row, built as stable sorts from the last
    key to the first, each with a list lookup as its key: no Python function called per row.
    """
    order = sorted(range(len(rows)), key=list(map(attrgetter("id"), rows)).__getitem__)
    names = list(map(str.casefold, map(_name, rows)))
    order.sort(key=names.__getitem__)
    empty: list[bool]
    if column is Column.NAME:
        empty = list(map(operator.not_, map(_name, rows)))
    elif column in (Column.RELATIONSHIP, Column.MET_IN, Column.CONSENT):
        ranks = {Column.RELATIONSHIP: RELATIONSHIP_ORDER, Column.MET_IN: MET_IN_ORDER, Column.CONSENT: CONSENT_ORDER}
        attribute = {Column.RELATIONSHIP: "relationship", Column.MET_IN: "met_in", Column.CONSENT: "consent"}
        order.sort(key=list(map(ranks[column].__getitem__, map(attrgetter(attribute[column]), rows))).__getitem__)
        empty = []
    elif column in (Column.CONNECTED_ON, Column.LAST_INTERACTION):
        dates = list(map(attrgetter("connected_on" if column is Column.CONNECTED_ON else "last_interaction"), rows))
        order.sort(key=[value or _NO_DATE for value in dates].__getitem__)
        empty = list(map(operator.not_, dates))
    else:
        texts = (
            list(map(", ".join, map(attrgetter("tags"), rows)))
            if column is Column.TAGS
            else list(map(str.casefold, map(attrgetter(Column(column).name.lower()), rows)))
        )
        order.sort(key=texts.__getitem__)
        empty = list(map(operator.not_, texts))
    if any(empty):
        order.sort(key=empty.__getitem__)
    if descending:
        order.reverse()
    return order


def haystack(row: ContactRow) -> str:
    """The text the search box looks in, folded once per row (case and accents: "bjorn" finds "Björn")."""
    return fold("\n".join((row.name, row.company, row.position, " ".join(row.tags), row.notes)))


def haystacks(rows: Sequence[ContactRow]) -> list[str]:
    """``haystack`` of every row, with built-in functions over all of them (only rows with letters beyond ASCII
    go through ``fold``); each a fresh string, laid out in the order of ``rows``, so that a scan over them in
    that order reads memory in order."""
    texts = list(
        map(
            "\n".join,
            zip(
                map(_name, rows),
                map(attrgetter("company"), rows),
                map(attrgetter("position"), rows),
                map(" ".join, map(attrgetter("tags"), rows)),
                map(attrgetter("notes"), rows),
                strict=True,
            ),
        )
    )
    folded = list(map(str.casefold, texts))
    if all(map(str.isascii, folded)):
        return folded
    return [text if text.isascii() else fold(original) for original, text in zip(texts, folded, strict=True)]


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


class WordIndex:
    """The distinct words of the search texts (split at white space), each with the set of rows it is in, as a
    compressed bitmap (``pyroaring.BitMap``).

    Text without a space lies inside one word, so the rows that contain it are the rows of the words that contain
    it: a pass over the distinct words (first names, surnames, companies, positions and tags repeat from contact
    to contact) and one union of their bitmaps, in C, instead of a substring test on every row. Text with spaces
    lies in rows that hold each of its pieces: the intersection of the pieces' unions, which are then tested.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        rows_of: defaultdict[str, list[int]] = defaultdict(list)
        rows_of_word = rows_of.__getitem__
        for row, text in enumerate(texts):
            # each word of the text gets the row (twice for a word said twice: a bitmap holds it once)
            deque(map(list.append, map(rows_of_word, text.split()), repeat(row)), maxlen=0)
        self.words: list[str] = list(rows_of)
        self.rows: list[BitMap] = list(map(BitMap, rows_of.values()))

    def rows_with(self, piece: str) -> BitMap:
        """The rows whose text holds a word that contains ``piece`` (which holds no white space)."""
        found = [rows for word, rows in zip(self.words, self.rows, strict=True) if piece in word]
        return BitMap.union(*found) if found else BitMap()

    def rows_holding(self, needle: str) -> BitMap:
        """The rows whose text may contain ``needle``: all of them do when it holds no white space; otherwise
        they hold each of its pieces, and only those can contain it."""
        pieces = needle.split()
        rows = self.rows_with(pieces[0])
        for piece in pieces[1:]:
            if not rows:
                break
            rows &= self.rows_with(piece)
        return rows


class ContactIndex:
    """All rows, the rows in sort order with their folded search text, and the ranks (places in that order)
    of the rows shown.

    A filter is a pass over the ranks with a substring test per row. Typing a letter more only looks at the rows
    shown already; deleting one shows the rows of a recent filter again without a scan. From ``WORD_INDEX_ROWS``
    contacts, a search takes the rows of the matching words of a ``WordIndex`` instead (for text with spaces:
    the rows that hold each piece, then tested).
    """

    def __init__(self, rows: Iterable[ContactRow] = ()) -> None:
        self.filter = ContactFilter()
        self.sort_column = Column.NAME
        self.descending = False
        self.set_rows(rows)

    # --- the rows ---------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ContactRow], *, search_now: bool = True) -> None:
        """Show ``rows``. ``search_now=False`` leaves the search texts (and a large record's word index) to
        ``prepare_search`` or the first search: the table is shown sooner (a fifth of the time at 30,000)."""
        with many_objects():  # a few lists and strings per row, no reference cycles
            self.rows: list[ContactRow] = list(rows)  # as given (by id)
            ids = map(attrgetter("id"), self.rows)
            self._position_of: dict[int, int] = dict(zip(ids, range(len(self.rows)), strict=True))
            self._counts: Counter[Relationship] = Counter(map(attrgetter("relationship"), self.rows))
            self._resort()
            if search_now:
                self.prepare_search()
            self._refilter()

    def replace_rows(self, rows: Iterable[ContactRow]) -> list[int]:
        """Update rows in place (after a classification); returns their positions in the table as shown.

        Rows shown stay shown even if they no longer match the filter, so a classified contact does not
        jump away under the cursor; the next filter change or sort applies to them again. The rows are sorted
        again only if a change moves one (a new relationship, in a table sorted by name, moves none).
        """
        changed: list[int] = []
        column = self.sort_column
        for row in rows:
            rank = self._rank_of.get(row.id)
            if rank is None:
                continue
            old = self._sorted[rank]
            if old.name != row.name or sort_value(old, column) != sort_value(row, column):
                self._order_stale = True
            self._counts[old.relationship] -= 1
            self._counts[row.relationship] += 1
            self.rows[self._position_of[row.id]] = row
            self._sorted[rank] = row
            if self._haystacks is not None:  # not built yet: they will be, from the rows as they are then
                text = haystack(row)
                if text != self._haystacks[rank]:
                    self._haystacks[rank] = text
                    self._words = None  # built again when a search needs it
            self._relationships[rank] = row.relationship
            self._consents[rank] = row.consent
            changed.append(rank)
        if changed:
            self._recent.clear()  # what recent filters showed may have changed
        shown = (self._shown_index(rank) for rank in changed)
        return sorted(index for index in shown if index is not None)

    def remove_ids(self, ids: Iterable[int]) -> None:
        gone = set(ids)
        if not gone.isdisjoint(self._position_of):
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
            self.visible = cached
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
        with many_objects():
            self._resort()
            self.prepare_search()
            self._refilter()

    def refresh(self) -> None:
        """Apply the filter and the sort order again to every row (after classification or on F5)."""
        if self._order_stale:
            self._resort()
        self._refilter()

    def _remember(self) -> None:
        self._recent[self.filter] = self.visible
        self._recent.move_to_end(self.filter)
        while len(self._recent) > RECENT_FILTERS:
            self._recent.popitem(last=False)

    def _resort(self) -> None:
        rows = self.rows
        order = sort_order(rows, self.sort_column, self.descending)
        self._sorted: list[ContactRow] = list(map(rows.__getitem__, order))
        ids = map(attrgetter("id"), self._sorted)
        self._rank_of: dict[int, int] = dict(zip(ids, range(len(rows)), strict=True))
        self._haystacks: list[str] | None = None  # by rank: built when a search needs them (``_search_texts``)
        self._relationships: list[Relationship] = list(map(attrgetter("relationship"), self._sorted))
        self._consents: list[ConsentStatus] = list(map(attrgetter("consent"), self._sorted))
        self._words: WordIndex | None = None  # by rank: built again when a search needs it
        self._order_stale = False
        self._recent: OrderedDict[ContactFilter, Sequence[int]] = OrderedDict()

    def _refilter(self, candidates: Sequence[int] | None = None) -> None:
        """``visible``: the ranks (ascending) of the rows that pass the filter, from ``candidates`` or all."""
        if self._order_stale:
            self._resort()
            candidates = None
        ranks = candidates
        wanted = self.filter
        needle = wanted.needle
        if needle:
            looked_up = self._look_up(needle)
            if looked_up is not None:  # a fresh answer (not narrowed from the rows shown): the other filters apply
                ranks, exact = looked_up
                if exact:
                    needle = ""
        if wanted.relationships:
            ranks = _keep(ranks, self._relationships, wanted.relationships.__contains__)
        if wanted.consents:
            ranks = _keep(ranks, self._consents, wanted.consents.__contains__)
        if needle:
            # A comprehension with ``in`` (one specialised bytecode per row) costs half of ``map(str.__contains__)``
            texts = self._search_texts()
            if ranks is None:
                ranks = [rank for rank, text in enumerate(texts) if needle in text]
            else:
                ranks = [rank for rank in ranks if needle in texts[rank]]
        self.visible: Sequence[int] = range(len(self._sorted)) if ranks is None else ranks  # never changed in place
        self._remember()

    def _look_up(self, needle: str) -> tuple[Sequence[int], bool] | None:
        """From the word index (a large record only): the ranks (ascending) of every row that can contain
        ``needle``, and whether they all do (it holds no white space: each of them contains it); None for a small
        record, where a scan costs little."""
        if len(self.rows) < WORD_INDEX_ROWS:
            return None
        return self._word_index().rows_holding(needle).to_array(), needle.split() == [needle]

    def prepare_search(self) -> None:
        """Build the search texts (and a large record's word index) now, not at the next keystroke."""
        self._search_texts()
        if len(self.rows) >= WORD_INDEX_ROWS:
            self._word_index()

    def _search_texts(self) -> list[str]:
        if self._haystacks is None:
            with many_objects():
                self._haystacks = haystacks(self._sorted)
        return self._haystacks

    def _word_index(self) -> WordIndex:
        if self._words is None:
            texts = self._search_texts()
            with many_objects():
                self._words = WordIndex(texts)
        return self._words

    def _shown_index(self, rank: int) -> int | None:
        """Where the row of ``rank`` is in the table as shown, or None (``visible`` is ascending)."""
        index = bisect_left(self.visible, rank)
        return index if index < len(self.visible) and self.visible[index] == rank else None

    # --- lookups ----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.visible)

    @property
    def total(self) -> int:
        return len(self.rows)

    def row_at(self, index: int) -> ContactRow:
        return self._sorted[self.visible[index]]

    def row_by_id(self, contact_id: int) -> ContactRow | None:
        rank = self._rank_of.get(contact_id)
        return None if rank is None else self._sorted[rank]

    def index_of_id(self, contact_id: int) -> int | None:
        """Where the contact is shown, or None."""
        rank = self._rank_of.get(contact_id)
        return None if rank is None else self._shown_index(rank)

    def relationship_counts(self) -> Counter[Relationship]:
        """How many contacts have each relationship (kept up to date, not counted on every keystroke)."""
        return Counter(self._counts)

    def known_tags(self) -> set[str]:
        return {tag for row in self.rows for tag in row.tags}


def _keep(ranks: Sequence[int] | None, values: list[T], wanted: Callable[[T], bool]) -> list[int]:
    """The ranks (all when None) whose value is wanted, in built-in functions only."""
    if ranks is None:
        return list(compress(range(len(values)), map(wanted, values)))
    return list(compress(ranks, map(wanted, map(values.__getitem__, ranks))))
