"""The printable handover list: a cover page and a paginated table, rendered by Qt (QTextDocument into a
QPdfWriter; no browser).

Every piece of contact text is escaped with ``html.escape`` before it goes into the document's HTML, so a name
such as ``<b>Ada</b>`` or ``<img src=...>`` is printed literally and never interpreted. The table's header row
is a ``<thead>``, which Qt repeats at the top of every page.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core.errors import BadInput
from app.core.handover import HandoverRow, HandoverWording, Successor, default_handover_wording
from app.core.records import OwnerProfile

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


def handover_html(
    rows: Sequence[HandoverRow],
    *,
    owner: OwnerProfile,
    successor: Successor,
    made_on: date,
    wording: HandoverWording,
) -> str:
    label = wording.pdf
    owner_line = ", ".join(v for v in (owner.role_title, owner.organisation) if v)
    cover = [
        f"<h1>{_text(label['title'])}</h1>",
        '<table cellspacing="0" cellpadding="4">',
        # an owner profile left empty gives no "From" row rather than an empty one
        f'<tr><td class="label">{_text(label["from"])}</td><td>{_lines(owner.display_name, owner_line)}</td></tr>'
        if owner.display_name or owner_line
        else "",
        f'<tr><td class="label">{_text(label["to"])}</td>'
        f"<td>{_lines(successor.name, successor.email, successor.url)}</td></tr>",
        f'<tr><td class="label">{_text(label["date"])}</td><td>{made_on.isoformat()}</td></tr>',
        f'<tr><td class="label">{_text(label["count"])}</td><td>{len(rows)}</td></tr>',
        "</table>",
        # the cover page ends here: Qt honours a page break on a paragraph (not on an enclosing div)
        f'<p class="reminder" style="page-break-after: always;">{_text(label["reminder"])}</p>',
    ]
    headers = ("column_contact", "column_reach", "column_relationship", "column_reason", "column_introduction")
    widths = ("17%", "19%", "12%", "17%", "35%")
    head = "".join(f'<th width="{w}">{_text(label[h])}</th>' for h, w in zip(headers, widths, strict=True))
    body = []
    for row in rows:
        contact = _lines(row.name, row.position, row.company)
        reach = _lines(row.email, row.profile_url)
        last = f"{label['last_interaction']} {row.last_interaction.isoformat()}" if row.last_interaction else ""
        relationship = _lines(row.relationship.value, row.met_in.value, last)
        body.append(
            f'<tr><td>{contact}</td><td class="small">{reach}</td><td class="small">{relationship}</td>'
            f'<td class="small">{_text(row.reason)}</td><td class="small">{_text(row.introduction)}</td></tr>'
        )
    table = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">',
        f"<thead><tr>{head}</tr></thead>",
        *body,
        "</table>",
    ]
    return "<html><body>" + "".join(cover) + "".join(table) + "</body></html>"


def write_handover_pdf(
    path: Path,
    rows: Sequence[HandoverRow],
    *,
    owner: OwnerProfile,
    successor: Successor,
    made_on: date,
    wording: HandoverWording | None = None,
) -> None:
    """Write the handover list as a PDF to ``path`` (A4 landscape, page numbers at the foot of each page)."""
    wording = wording or default_handover_wording()
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(wording.pdf["title"])
    writer.setCreator("Gatehouse")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    document = QTextDocument()
    font = QFont()
    font.setPointSize(9)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(handover_html(rows, owner=owner, successor=successor, made_on=made_on, wording=wording))
    document.setPageSize(QSizeF())  # not paginated: print() paginates to the page, with margins and page numbers
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise BadInput(f"cannot write {path}: Qt produced no PDF")
