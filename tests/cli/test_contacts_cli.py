from __future__ import annotations

from app import __version__
from app.storage.database import connect_sqlite_file
from tests.cli.conftest import assert_one_line_error


def test_version(gatehouse):
    result = gatehouse("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"gatehouse {__version__}"


def test_empty_record_explains_what_to_do(gatehouse):
    result = gatehouse("contacts", "list")
    assert result.returncode == 0
    assert "No contacts yet" in result.stdout and "gatehouse import" in result.stdout
    assert gatehouse("contacts", "list", "--json").json() == []


def test_add_list_show_and_classify_a_contact(gatehouse):
    added = gatehouse(
        "contacts", "add", "--first-name", "Ada", "--last-name", "Quill",
        "--profile-url", "https://www.linkedin.com/in/Ada-Quill/", "--email", "ada@example.org",
        "--company", "Acme, Inc.", "--relationship", "client", "--consent", "implied", "--tag", "alumni", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    contact_id = added.json()["id"]

    listed = gatehouse("contacts", "list", "--json").json()
    assert len(listed) == 1
    row = listed[0]
    for key in ("id", "first_name", "last_name", "profile_url", "email", "company", "position", "connected_on",
                "relationship", "met_in", "consent", "last_interaction", "tags"):  # fmt: skip
        assert key in row
    assert (row["relationship"], row["consent"], row["email"], row["tags"]) == (
        "client", "implied", "ada@example.org", ["alumni"],
    )  # fmt: skip
    assert row["connected_on"] is None and row["last_interaction"] is None

    changed = gatehouse(
        "contacts", "set", "linkedin.com/in/ada-quill", "--met-in", "work-role",
        "--consent", "withdrawn", "--consent-note", "asked by e-mail", "--note", "Met at the fair",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    shown = gatehouse("contacts", "show", str(contact_id), "--json").json()
    assert shown["met_in"] == "work-role" and shown["consent"] == "withdrawn"
    assert [h["status"] for h in shown["consent_history"]] == ["implied", "withdrawn"]
    assert shown["notes"] == "Met at the fair"

    text = gatehouse("contacts", "show", "https://linkedin.com/in/ada-quill")
    assert "Ada Quill" in text.stdout and "withdrawn" in text.stdout


def test_search_and_relationship_filters(gatehouse):
    gatehouse("contacts", "add", "--first-name", "Ada", "--last-name", "Quill", "--company", "Acme")
    gatehouse("contacts", "add", "--first-name", "Ben", "--last-name", "Marsh", "--relationship", "colleague")
    assert [c["first_name"] for c in gatehouse("contacts", "list", "--search", "acme", "--json").json()] == ["Ada"]
    found = gatehouse("contacts", "list", "--relationship", "colleague", "client", "--json").json()
    assert [c["first_name"] for c in found] == ["Ben"]


def test_bad_input_is_one_line_exit_2_and_writes_nothing(gatehouse):
    gatehouse("contacts", "add", "--first-name", "Ada", "--last-name", "Quill")
    with connect_sqlite_file(gatehouse.database) as raw:
        before = raw.execute("SELECT count(*) FROM audit_event").fetchone()

    for args in (
        ("contacts", "set", "1", "--relationship", "friendish"),
        ("contacts", "set", "1", "--met-in", "pub"),
        ("contacts", "set", "1", "--consent", "maybe"),
        ("contacts", "set", "42", "--relationship", "client"),
        ("contacts", "show", "https://www.linkedin.com/in/nobody"),
        ("contacts", "add", "--relationship", "client"),
        ("contacts", "add", "--first-name", "X", "--met-on", "the day after never"),
        ("contacts", "frobnicate"),
        ("profile", "set", "--tone", "shouty"),
    ):
        assert_one_line_error(gatehouse(*args))

    with connect_sqlite_file(gatehouse.database) as raw:
        assert raw.execute("SELECT count(*) FROM audit_event").fetchone() == before
        assert raw.execute("SELECT relationship FROM contact").fetchall() == [("unsorted",)]


def test_unreachable_database_is_one_line_exit_2(gatehouse):
    result = gatehouse("contacts", "list", db="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert_one_line_error(result)
    assert "cannot open database" in result.stderr


def test_option_wins_over_environment(gatehouse, tmp_path):
    other = tmp_path / "other.db"
    assert gatehouse("--db", str(other), "contacts", "add", "--first-name", "Solo").returncode == 0
    assert other.exists()
    assert gatehouse("contacts", "list", "--json").json() == []


def test_profile_set_and_show(gatehouse):
    result = gatehouse("profile", "set", "--name", "Morgan Adviser", "--organisation", "Oxbridge Careers Service")
    assert result.returncode == 0, result.stderr
    shown = gatehouse("profile", "show", "--json").json()
    assert shown["name"] == "Morgan Adviser" and shown["organisation"] == "Oxbridge Careers Service"
    assert shown["tone"] == "warm"


def test_a_mistaken_consent_entry_is_corrected_from_the_command_line(gatehouse):
    added = gatehouse("contacts", "add", "--first-name", "Ada", "--last-name", "Quill", "--json")
    contact_id = str(added.json()["id"])
    recorded = gatehouse(
        "contacts", "set", contact_id, "--consent", "explicit", "--consent-source", "careers fair sheet",
        "--consent-date", "2026-05-01",
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    [entry] = gatehouse("contacts", "show", contact_id, "--json").json()["consent_history"]
    assert (entry["source"], entry["date"]) == ("careers fair sheet", "2026-05-01")

    corrected = gatehouse(
        "contacts", "set", contact_id, "--consent", "refused", "--consent-source", "sheet read again",
        "--consent-date", "2026-05-01", "--corrects", str(entry["entry"]),
    )  # fmt: skip
    assert corrected.returncode == 0, corrected.stderr
    shown = gatehouse("contacts", "show", contact_id, "--json").json()
    assert shown["consent"] == "refused"
    assert [(h["status"], h["corrects"], h["corrected_by"] is not None) for h in shown["consent_history"]] == [
        ("explicit", None, True),
        ("refused", entry["entry"], False),
    ]
    text = gatehouse("contacts", "show", contact_id).stdout
    assert "corrected by #" in text and f"[corrects #{entry['entry']}]" in text

    again = gatehouse("contacts", "set", contact_id, "--consent", "implied", "--corrects", str(entry["entry"]))
    assert_one_line_error(again)
    assert "corrected already" in again.stderr
    missing = gatehouse("contacts", "set", contact_id, "--corrects", str(entry["entry"]))
    assert_one_line_error(missing)
    assert "--corrects needs --consent" in missing.stderr
