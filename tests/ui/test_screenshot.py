"""A real X server (Xvfb) shows the main window over 200 contacts; its screenshot is not blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.screenshots import CONTACTS, XVFB, take_screenshots

pytestmark = pytest.mark.gui


def test_the_main_window_on_xvfb_shows_the_record(tmp_path, qapp):
    if not Path(XVFB).exists():
        pytest.skip("Xvfb is not installed (Debian package xvfb; .ci/run installs it)")
    report = take_screenshots(tmp_path)

    assert report["main-window.png"] == CONTACTS
    assert str(report["status"]).startswith(f"{CONTACTS} contacts · ")
    image = QImage(str(tmp_path / "main-window.png"))
    assert (image.width(), image.height()) == tuple(report["size"])
    colours: set[int] = set()
    dark = 0
    samples = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            samples += 1
            dark += QColor(pixel).lightness() < 100
    assert len(colours) > 200, "the window looks blank or flat"
    # text is thin and dark: present, but far from filling the window
    assert 0.01 < dark / samples < 0.25
    unsorted = QImage(str(tmp_path / "unsorted.png"))
    assert not unsorted.isNull() and unsorted.size() == image.size()
