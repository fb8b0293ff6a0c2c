"""``gatehouse requests add|list``, ``gatehouse triage [--json] [--apply]`` and ``gatehouse decide``."""

from __future__ import annotations

import pytest

from app.core.vocabulary import AuditAction
from app.storage.audit import list_events
from app.storage.database import open_database
from tests.cli.conftest import assert_one_line_error
from tests.cli.inprocess import InProcess


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> InProcess:
    return InProcess(tmp_path / "cli.db", capsys, monkeypatch)


TRIAGE_KEYS = {"request_id", "name", "profile_url", "sent_at", "note", "decision", "rule", "reason", "reply"}


def test_add_list_triage_apply_and_decide(cli):
    cli("profile", "set", "--name", "Morgan Adviser")
    cli("contacts", "add", "--first-name", "Ada", "--last-name", "Quill", "--relationship", "client",
              "--profile-url", "https://www.linkedin.com/in/ada-q/")  # fmt: skip
    added = cli("requests", "add", "--name", "Ada Quill", "--profile-url", "linkedin.com/in/ada-q",
                      "--sent-at", "2026-11-01 09:30")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added request 1 from Ada Quill (contact 1, found by profile URL).")
    spam = cli("requests", "add", "--name", "Sam Seller", "--note", "Cheap followers, 500 for $5!", "--json")
    assert spam.json()["new_contact"] is True
    assert spam.json()["status"] == "pending"

    listing = cli("requests", "list", "--pending")
    assert listing.stdout.splitlines()[0].split() == ["ID", "FROM", "DIRECTION", "SENT", "STATUS", "DECISION", "NOTE"]
    assert len(listing.stdout.splitlines()) == 3

    suggested = cli("triage", "--json", "--as-of", "2026-11-21")
    assert suggested.returncode == 0, suggested.stderr
    rows = suggested.json()
    assert [set(row) >= TRIAGE_KEYS for row in rows] == [True, True]
    ada, sam = rows
    assert (ada["request_id"], ada["name"], ada["decision"]) == (1, "Ada Quill", "reply")
    assert ada["profile_url"] == "https://www.linkedin.com/in/ada-q/"
    assert ada["sent_at"].startswith("2026-11-01")
    assert ada["rule"] == "Known but not in touch for 24 months, no note"
    assert ada["reason"].endswith("no interaction recorded; no note.")
    assert ada["reply"].startswith("Hi Ada, thank you for the invitation.")
    assert (sam["decision"], sam["rule"], sam["reply"]) == ("report", "Selling, trading endorsements or scams", None)
    assert sam["red_flags"][0]["category"] == "selling"
    assert sam["red_flags"][0]["phrase"] == "Cheap followers"
    assert sam["red_flags"][0]["phrases"][0] == "Cheap followers"
    assert (ada["warnings"], sam["warnings"]) == ([], [])

    text = cli("triage", "--as-of", "2026-11-21")
    assert (
        "#2 Sam Seller" in text.stdout
        and '-> report\n    Selling, trading endorsements or scams: the note says "Cheap' in (text.stdout)
    )
    assert "2 pending requests under 'Default policy': 1 reply, 1 report." in text.stdout

    applied = cli("triage", "--apply", "--as-of", "2026-11-21")
    assert "Recorded 2 decisions under 'Default policy': 1 reply, 1 report." in applied.stdout
    assert cli("triage").stdout.startswith("No pending requests.")

    decided = cli("decide", "2", "ignore", "--json")
    assert decided.returncode == 0, decided.stderr
    assert (decided.json()["decision"], decided.json()["status"]) == ("ignore", "decided")
    assert decided.json()["reason"] == "Decided by hand: ignore (the earlier decision was report)."

    database = open_database(str(cli.database))
    try:
        with database.session() as session:
            events = list_events(session, database.owner_id, action=AuditAction.DECIDE)
    finally:
        database.close()
    assert [(e.details["request_id"], e.details["by"]) for e in events] == [(1, "policy"), (2, "policy"), (2, "hand")]


def test_bad_input_is_one_line_and_exit_2(gatehouse, cli):
    assert_one_line_error(gatehouse("decide", "7", "connect"))  # through the real entry point once
    assert_one_line_error(cli("decide", "seven", "connect"))
    assert_one_line_error(cli("requests", "add", "--name", "Ada", "--sent-at", "someday"))
    cli("requests", "add", "--name", "Ada")
    maybe = cli("decide", "1", "maybe")
    assert_one_line_error(maybe)
    assert "unknown decision 'maybe' (expected one of: connect, reply, ignore, report)" in maybe.stderr
    assert_one_line_error(cli("decide", "1", "connect", "--reply-text", "Hi"))
    assert_one_line_error(cli("triage", "--as-of", "soon"))


def test_triage_json_carries_the_warnings_and_apply_refuses_an_empty_slot(cli):
    # no name in the profile: the signature of every reply would be empty
    cli("requests", "add", "--name", "Dee Nobody", "--note", "Loved your talk on graduate jobs")
    rows = cli("triage", "--json").json()
    assert rows[0]["warnings"] == ["empty in your profile: owner_name (set it with `gatehouse profile set`)"]
    assert "    ! empty in your profile: owner_name" in cli("triage").stdout
    refused = cli("triage", "--apply")
    assert_one_line_error(refused)
    assert "empty slot (owner_name; first: request 1, Dee Nobody); nothing was recorded" in refused.stderr
    assert cli("triage", "--json").json()[0]["request_id"] == 1  # still pending

    cli("profile", "set", "--name", "Morgan Adviser")
    rows = cli("triage", "--json").json()
    assert rows[0]["warnings"] == []
    assert rows[0]["reply"].endswith("through my work. Best wishes, Morgan Adviser")  # no group, no stray words
    assert cli("triage", "--apply").returncode == 0
