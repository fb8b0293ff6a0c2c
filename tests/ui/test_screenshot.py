"""A real X server (Xvfb) shows every page over a demo database built from the shared tool's LinkedIn export; no
screenshot is blank, and each shows what it is meant to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.screenshots import PICTURES, XVFB, take_screenshots

pytestmark = pytest.mark.gui


def looks_drawn(image: QImage) -> tuple[int, float]:
    """(distinct colours, share of dark pixels) over a grid of samples."""
    colours: set[int] = set()
    dark = 0
    samples = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            samples += 1
            dark += QColor(pixel).lightness() < 100
    return len(colours), dark / samples


def test_every_page_on_xvfb_over_the_demo_record(tmp_path, qapp):
    if not Path(XVFB).exists():
        pytest.skip("Xvfb is not installed (Debian package xvfb; .ci/run installs it)")
    report = take_screenshots(tmp_path)

    assert report["shown"] == report["contacts"] and int(report["contacts"]) > 240  # the export's connections
    assert str(report["status"]).startswith(f"{report['contacts']} contacts · {report['unsorted']} unsorted")
    assert int(report["pending"]) > 20  # the export's invitations, and the colleague's
    assert int(report["policy_changes"]) > 0  # the policy page shows an edit's effect before saving
    assert int(report["candidates"]) > 50
    assert report["verdict"] == "stop"  # the brief's example
    window = QImage(str(tmp_path / "main-window.png"))
    assert (window.width(), window.height()) == tuple(report["size"])
    for name in PICTURES:
        image = QImage(str(tmp_path / name))
        assert not image.isNull(), name
        assert [image.width(), image.height()] == report[name], name
        colours, dark = looks_drawn(image)
        assert colours > 30, f"{name} looks blank or flat"
        # text is thin and dark: present, but far from filling the window
        assert 0.005 < dark < 0.25, f"{name}: {dark:.3f} of it is dark"
