"""Spreadsheet-safe cells: a CSV that Gatehouse writes must never make a spreadsheet run a formula.

Spreadsheet programs treat a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula (OWASP "CSV
injection"); a tab or carriage return in front of one of them is skipped by some of them, and some also accept the
full-width forms. Names, positions and notes come from LinkedIn and are untrusted, so every cell we write goes
through ``neutralise_cell``, which puts an apostrophe in front: spreadsheets show the text and never evaluate it.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (leading spaces do not protect it)."""
    stripped = text.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def neutralise_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it: an apostrophe goes in front of formula-like cells."""
    return "'" + text if is_formula_like(text) else text


def neutralise_row(cells: Iterable[object]) -> list[str]:
    """A CSV row of any values (None becomes an empty cell), every cell neutralised."""
    return [neutralise_cell("" if cell is None else str(cell)) for cell in cells]
