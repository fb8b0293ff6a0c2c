"""The review queue: records not reviewed within the review period (a setting, 12 months by default)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.core.errors import BadInput
from app.core.records import NewContact
from app.core.vocabulary import AuditAction
from app.services import contacts, privacy
from app.storage.audit import list_events
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)


def test_review_queue_lists_records_not_reviewed_in_the_period(db):
    old = contacts.add_contact(db, NewContact("Old", "Record"))
    fresh = contacts.add_contact(db, NewContact("Fresh", "Record"))
    reviewed_long_ago = contacts.add_contact(db, NewContact("Reviewed", "Long-ago"))
    two_years_ago = datetime(2024, 1, 10, tzinfo=UTC)
    with db.session() as session:
        session.execute(
            text("UPDATE contact SET created_at = :at WHERE id IN (:a, :b)"),
            {"at": two_years_ago, "a": old.id, "b": reviewed_long_ago.id},
        )
    privacy.mark_reviewed(db, [str(reviewed_long_ago.id)], at=datetime(2024, 6, 1, tzinfo=UTC))
    now = datetime(2025, 3, 1, tzinfo=UTC)

    queue = privacy.review_queue(db, now=now)
    assert queue.months == 12
    assert [c.id for c in queue.contacts] == [old.id]  # reviewed 9 months ago: not yet due
    assert [c.id for c in privacy.review_queue(db, months=6, now=now).contacts] == [old.id, reviewed_long_ago.id]
    privacy.set_review_period(db, 3)
    assert privacy.review_period(db) == 3
    assert fresh.id not in [c.id for c in privacy.review_queue(db, now=now).contacts]

    marked = privacy.mark_reviewed(db, [str(old.id)], at=now)
    assert marked[0].reviewed_at == now
    assert [c.id for c in privacy.review_queue(db, now=now).contacts] == [reviewed_long_ago.id]
    with db.session() as session:
        assert len(list_events(session, db.owner_id, action=AuditAction.REVIEW)) == 2


def test_a_review_period_out_of_range_is_refused(db):
    with pytest.raises(BadInput, match="between 1 and 120"):
        privacy.set_review_period(db, 0)
    assert privacy.review_period(db) == 12


def test_cli_review_queue(gatehouse):  # noqa: F811
    gatehouse("contacts", "add", "--first-name", "Ada")
    assert "reviewed in the last 12 months" in gatehouse("review", "list").stdout
    assert gatehouse("review", "period", "6").returncode == 0
    assert "after 6 months" in gatehouse("review", "period").stdout
    assert gatehouse("review", "list", "--json").json() == {"months": 6, "contacts": []}
    marked = gatehouse("review", "mark", "1")
    assert marked.returncode == 0 and "Marked 1 record" in marked.stdout
    assert gatehouse("contacts", "show", "1", "--json").json()["reviewed_at"] is not None
    assert_one_line_error(gatehouse("review", "period", "0"))
