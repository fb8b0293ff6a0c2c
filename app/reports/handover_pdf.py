"""The printable handover list: a cover page and a paginated table, rendered by Qt (QTextDocument pieces painted
into a QPdfWriter; no browser).

Every piece of contact text is escaped with ``html.escape`` before it goes into the document's HTML, so a name
such as ``<b>Ada</b>`` or ``<img src=...>`` is printed literally and never interpreted. The table is laid out
here, row by row, so a row never splits across pages; the header row is painted at the top of every page and
"page N of M" at its foot. Profile addresses are printed decoded ("josé", not "jos%C3%A9").
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core.errors import BadInput
from app.core.handover import HandoverRow, HandoverWording, Successor, default_handover_wording
from app.core.records import OwnerProfile
from app.ui.vocabulary import phrase

_application: QApplication | None = None

STYLE = """
h1 { font-size: 20pt; font-weight: 600; }
td.label { font-weight: 600; padding-right: 12px; }
p.reminder { font-size: 10pt; }
th { background-color: #e8e8e8; font-weight: 600; text-align: left; }
td, th { padding: 4px; }
td.small { font-size: 8pt; }
"""


def ensure_gui_application() -> QGuiApplication:
    """Qt needs a GUI application for fonts and painting; from the CLI, start one on the offscreen platform.

    It is a QApplication (a QGuiApplication that also allows widgets), so that anything later in the same
    process that shows a widget still works."""
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI QCoreApplication is running; the PDF needs a QGuiApplication")
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QApplication(sys.argv[:1] or ["gatehouse"])
    return _application


def _text(value: object) -> str:
    """Untrusted text as HTML that shows it literally: escaped, line breaks kept as breaks."""
    return "<br/>".join(html.escape(line, quote=True) for line in str(value).splitlines()) if value else ""


def _lines(*values: str) -> str:
    return "<br/>".join(_text(v) for v in values if v)


def readable_url(url: str) -> str:
    """A profile address as people read it: percent-escapes decoded ("jos%C3%A9" -> "josé"), no scheme."""
    text = unquote(url, errors="replace") if url else ""
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text


HEADERS = ("column_contact", "column_reach", "column_relationship", "column_reason", "column_introduction")
WIDTHS = ("17%", "19%", "12%", "17%", "35%")
TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">'


def cover_html(rows_count: int, *, owner: OwnerProfile, successor: Successor, made_on: date, label: dict) -> str:
    owner_line = ", ".join(v for v in (owner.role_title, owner.organisation) if v)
    return "".join(
        [
            f"<h1>{_text(label['title'])}</h1>",
            '<table cellspacing="0" cellpadding="4">',
            # an owner profile left empty gives no "From" row rather than an empty one
            f'<tr><td class="label">{_text(label["from"])}</td><td>{_lines(owner.display_name, owner_line)}</td></tr>'
            if owner.display_name or owner_line
            else "",
            f'<tr><td class="label">{_text(label["to"])}</td>'
            f"<td>{_lines(successor.name, successor.email, readable_url(successor.url))}</td></tr>",
            f'<tr><td class="label">{_text(label["date"])}</td><td>{made_on.isoformat()}</td></tr>',
            f'<tr><td class="label">{_text(label["count"])}</td><td>{rows_count}</td></tr>',
            "</table>",
            f'<p class="reminder">{_text(label["reminder"])}</p>',
        ]
    )


def header_html(label: dict) -> str:
    return "".join(f'<th width="{w}">{_text(label[h])}</th>' for h, w in zip(HEADERS, WIDTHS, strict=True))


def row_html(row: HandoverRow, label: dict) -> str:
    contact = _lines(row.name, row.position, row.company)
    reach = _lines(row.email, readable_url(row.profile_url))
    last = f"{label['last_interaction']} {row.last_interaction.isoformat()}" if row.last_interaction else ""
    relationship = _lines(phrase(row.relationship), phrase(row.met_in), last)
    cells = (
        f"<td>{contact}</td>",
        f'<td class="small">{reach}</td>',
        f'<td class="small">{relationship}</td>',
        f'<td class="small">{_text(row.reason)}</td>',
        f'<td class="small">{_text(row.introduction)}</td>',
    )
    return (
        "<tr>" + "".join(c.replace("<td", f'<td width="{w}"', 1) for c, w in zip(cells, WIDTHS, strict=True)) + "</tr>"
    )


def handover_html(
    rows: Sequence[HandoverRow],
    *,
    owner: OwnerProfile,
    successor: Successor,
    made_on: date,
    wording: HandoverWording,
) -> str:
    """The whole handover as one HTML document (the PDF paints the same pieces page by page)."""
    label = wording.pdf
    cover = cover_html(len(rows), owner=owner, successor=successor, made_on=made_on, label=label)
    body = "".join(row_html(row, label) for row in rows)
    table = f"{TABLE}<thead><tr>{header_html(label)}</tr></thead>{body}</table>"
    return f"<html><body>{cover}{table}</body></html>"


def _piece(markup: str, writer: QPdfWriter, width: float, font: QFont) -> QTextDocument:
    """One piece of the page (the cover, the header row, one row) laid out at the page's width in the PDF's
    own units, so its height is what it takes on paper."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body>{markup}</body></html>")
    document.setTextWidth(width)
    return document


def write_handover_pdf(
    path: Path,
    rows: Sequence[HandoverRow],
    *,
    owner: OwnerProfile,
    successor: Successor,
    made_on: date,
    wording: HandoverWording | None = None,
) -> None:
    """Write the handover list as a PDF to ``path`` (A4 landscape, "page N of M" at the foot of each page)."""
    wording = wording or default_handover_wording()
    label = wording.pdf
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(wording.pdf["title"])
    writer.setCreator("Gatehouse")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(15, 15, 15, 15))
    )
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    font = QFont()
    font.setPointSize(9)
    footer = _piece('<p align="center" class="small">0 / 0</p>', writer, page.width(), font)
    usable = page.height() - footer.size().height() * 1.5
    cover = _piece(cover_html(len(rows), owner=owner, successor=successor, made_on=made_on, label=label),
                   writer, page.width(), font)  # fmt: skip
    header = _piece(f"{TABLE}<tr>{header_html(label)}</tr></table>", writer, page.width(), font)
    pieces = [_piece(f"{TABLE}{row_html(row, label)}</table>", writer, page.width(), font) for row in rows]

    # Rows go on a page while they fit whole; a row taller than a page (rare) gets a page of its own.
    pages: list[list[QTextDocument]] = []
    room = 0.0
    for piece in pieces:
        height = piece.size().height()
        if not pages or (height > room and pages[-1]):
            pages.append([])
            room = usable - header.size().height()
        pages[-1].append(piece)
        room -= height
    total = 1 + len(pages)

    painter = QPainter(writer)
    try:
        cover.drawContents(painter)
        _page_number(painter, writer, page, font, 1, total)
        for number, on_page in enumerate(pages, start=2):
            writer.newPage()
            painter.save()
            header.drawContents(painter)
            painter.translate(0, header.size().height())
            for piece in on_page:
                piece.drawContents(painter, QRectF(0, 0, page.width(), piece.size().height()))
                painter.translate(0, piece.size().height())
            painter.restore()
            _page_number(painter, writer, page, font, number, total)
    finally:
        painter.end()
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise BadInput(f"cannot write {path}: Qt produced no PDF")


def _page_number(painter: QPainter, writer: QPdfWriter, page: QRectF, font: QFont, number: int, total: int) -> None:
    foot = _piece(f'<p align="center" class="small">{number} / {total}</p>', writer, page.width(), font)
    painter.save()
    painter.translate(QPointF(0, page.height() - foot.size().height()))
    foot.drawContents(painter)
    painter.restore()
