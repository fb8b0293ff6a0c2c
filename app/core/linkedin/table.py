"""Reading one LinkedIn CSV: decode, find the header row by scanning, map columns by name, check every row.

LinkedIn's files changed over the years and spreadsheet programs re-save them (BOM, CRLF, no preamble), so the
header is found by looking for the columns a file needs, and cells are read by column name, never by position.
Every problem is a ``BadInput("FILE:LINE: what is wrong")``.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.core.errors import BadInput

HEADER_SCAN_ROWS = 12  # the header sits on line 1 or after a short preamble (line 4 in today's Connections.csv)
MAX_FIELD_CHARS = 16 * 1024 * 1024  # a message body can be long; csv's default limit (128 KiB) is too small

if csv.field_size_limit() < MAX_FIELD_CHARS:
    csv.field_size_limit(MAX_FIELD_CHARS)


def column_key(name: str) -> str:
    """Header names compared without case, outer spaces, BOM or underscores ('Sent At' = 'sent_at')."""
    return " ".join(name.replace("\ufeff", "").replace("_", " ").split()).casefold()


_BLOCK_BYTES = 1 << 20
_NOT_UTF8 = "save it again as 'CSV UTF-8' or use the file from LinkedIn's export"


def text_lines(file: str, data: bytes) -> Iterator[str]:
    """The lines of a UTF-8 file (a leading BOM dropped), ends kept for ``csv``, decoded a block at a time.

    Lines end at CRLF, LF or a lone CR, as ``open(newline="")`` splits them. Blocks of about a megabyte, cut
    after a newline, keep memory small: one 10 MB string holding a single emoji takes 40 MB. The lines of each
    block come from ``io.StringIO`` itself, chained in C (no Python step per line).
    """
    return itertools.chain.from_iterable(_text_blocks(file, data))


def _text_blocks(file: str, data: bytes) -> Iterator[io.StringIO]:
    start = 3 if data.startswith(codecs.BOM_UTF8) else 0
    size = len(data)
    view = memoryview(data)
    while start < size:
        cut = data.find(b"\n", min(start + _BLOCK_BYTES, size) - 1)
        end = size if cut < 0 else cut + 1
        try:
            text = str(view[start:end], "utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, start + exc.start) + 1  # lines are counted only for the message
            byte = data[start + exc.start]
            raise BadInput(f"{file}:{line}: not UTF-8 text (byte 0x{byte:02x}); {_NOT_UTF8}") from None
        if data.find(b"\x00", start, end) >= 0:  # in UTF-8 only U+0000 has a zero byte; bytes are searched faster
            nul = text.find("\x00")
            line = data.count(b"\n", 0, start) + text.count("\n", 0, nul) + 1
            raise BadInput(f"{file}:{line}: holds a NUL character; this is not a CSV text file")
        yield io.StringIO(text, newline="")
        start = end


def decode_text(file: str, data: bytes) -> str:
    """UTF-8 text (a leading BOM dropped). Other encodings are refused, naming the line, rather than misread."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(f"{file}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); {_NOT_UTF8}") from None
    nul = text.find("\x00")
    if nul >= 0:
        raise BadInput(f"{file}:{text.count(chr(10), 0, nul) + 1}: holds a NUL character; this is not a CSV text file")
    return text


@dataclass(frozen=True)
class HeaderSpec:
    """The columns that identify a file: every name in ``required`` must be present."""

    label: str
    required: tuple[str, ...]

    def matches(self, keys: Sequence[str]) -> bool:
        present = set(keys)
        return all(column_key(name) in present for name in self.required)


@dataclass
class Table:
    """A CSV file with its header found. ``rows()`` yields (line, cells) with exactly one cell per column."""

    file: str
    header_line: int
    columns: dict[str, int]
    width: int
    _reader: Iterator[list[str]]

    def has(self, name: str) -> bool:
        return column_key(name) in self.columns

    def index(self, name: str) -> int | None:
        return self.columns.get(column_key(name))

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        width = self.width
        previous_end = self.header_line
        try:
            for cells in reader:
                start = previous_end + 1
                previous_end = reader.line_num  # type: ignore[attr-defined]
                if len(cells) != width:
                    if not cells or (len(cells) == 1 and not cells[0].strip()):
                        continue  # a blank line (spreadsheets sometimes leave one at the end)
                    raise BadInput(
                        f"{self.file}:{start}: expected {width} cells as in the header on line "
                        f"{self.header_line}, found {len(cells)}"
                    )
                yield start, cells
        except csv.Error as exc:
            raise BadInput(f"{self.file}:{previous_end + 1}: cannot read this CSV row ({exc})") from None


def open_table(file: str, data: bytes, spec: HeaderSpec) -> Table:
    """Find the header row of ``spec`` among the first lines of ``data``; BadInput if it is not there."""
    table = find_table(file, data, spec)
    if table is None:
        wanted = ", ".join(spec.required)
        raise BadInput(f"{file}:1: cannot find the header row of {spec.label} (a line with the columns {wanted})")
    return table


def find_table(file: str, data: bytes, spec: HeaderSpec) -> Table | None:
    reader = csv.reader(text_lines(file, data))
    rows_seen = 0
    while rows_seen < HEADER_SCAN_ROWS:
        try:
            cells = next(reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            raise BadInput(f"{file}:{reader.line_num}: cannot read this CSV line ({exc})") from None
        rows_seen += 1
        keys = [column_key(c) for c in cells]
        if spec.matches(keys):
            columns: dict[str, int] = {}
            for position, key in enumerate(keys):
                columns.setdefault(key, position)
            return Table(file, reader.line_num, columns, len(cells), reader)
    return None


def cell(cells: Sequence[str], index: int | None) -> str:
    """The trimmed cell at ``index``, or "" when the file has no such column."""
    return cells[index].strip() if index is not None else ""
