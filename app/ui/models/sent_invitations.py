"""The inbox's Sent tab: invitations the owner sent that still wait, oldest first, with their age.

A thin Qt adapter over ``SentInvitation`` rows from ``app.services.requests.sent_waiting``: a column enum, an id
role (the request id), a sort role with native values (a time, a number of days) and a row role
(``app.ui.models.records``). Names and notes are returned as display text only, drawn as plain text.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from app.services.requests import SentInvitation
from app.ui.models.records import RecordTableModel
from app.ui.models.requests import local_time, one_line


class SentColumn(IntEnum):
    SENT = 0
    TO = 1
    AGE = 2
    NOTE = 3


def sent_headers() -> dict[SentColumn, str]:
    return {
        SentColumn.SENT: QCoreApplication.translate("SentInvitations", "Sent"),
        SentColumn.TO: QCoreApplication.translate("SentInvitations", "To"),
        SentColumn.AGE: QCoreApplication.translate("SentInvitations", "Waiting"),
        SentColumn.NOTE: QCoreApplication.translate("SentInvitations", "Your note"),
    }


def age_text(days: int | None) -> str:
    if days is None:
        return ""
    if days == 1:
        return QCoreApplication.translate("SentInvitations", "1 day")
    return QCoreApplication.translate("SentInvitations", "{days} days").format(days=days)


def _text(row: SentInvitation, column: SentColumn) -> str:
    match column:
        case SentColumn.SENT:
            return local_time(row.request.sent_at)
        case SentColumn.TO:
            return row.request.contact_name
        case SentColumn.AGE:
            return age_text(row.age_days)
        case SentColumn.NOTE:
            return one_line(row.request.note)


class SentInvitationsModel(RecordTableModel):
    """Outgoing invitations still pending, in the order given (oldest first)."""

    columns = SentColumn

    def _header_texts(self) -> dict[int, str]:
        return {int(k): v for k, v in sent_headers().items()}

    def _id(self, row: object) -> int:
        assert isinstance(row, SentInvitation)
        return row.request.id

    def _text(self, row: object, column: int) -> str:
        assert isinstance(row, SentInvitation)
        return _text(row, SentColumn(column))

    def _sort(self, row: object, column: int) -> object:
        assert isinstance(row, SentInvitation)
        if column == SentColumn.SENT:
            sent = row.request.sent_at
            return sent.timestamp() if sent is not None else float("-inf")
        if column == SentColumn.AGE:
            return row.age_days if row.age_days is not None else -1
        return _text(row, SentColumn(column)).casefold()

    def invitation_at(self, row: int) -> SentInvitation:
        invitation = self._rows[row]
        assert isinstance(invitation, SentInvitation)
        return invitation
