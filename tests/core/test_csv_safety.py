from __future__ import annotations

import pytest

from app.core.csv_safety import neutralise_cell, neutralise_row


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", " =1+1", "\t=1", "\r=1", "＝1+1"],
)
def test_formula_like_cells_get_an_apostrophe(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Ada", "Acme, Inc.", 'Lead "Growth" Hacker', "a=b", "O'Brien", "李", "5"])
def test_ordinary_cells_are_kept(cell):
    assert neutralise_cell(cell) == cell


def test_row_turns_none_into_empty_cells():
    assert neutralise_row(["=x", None, 3]) == ["'=x", "", "3"]
