"""``gatehouse check``: the brief's example through the real entry point."""

from __future__ import annotations

import pytest

from tests.cli.conftest import assert_one_line_error
from tests.cli.inprocess import InProcess


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> InProcess:
    return InProcess(tmp_path / "cli.db", capsys, monkeypatch)


def test_the_briefs_example_comes_out_stop(gatehouse):
    gatehouse("contacts", "add", "--first-name", "Ben", "--last-name", "Ostrander", "--relationship", "client",
              "--met-in", "work-role", "--profile-url", "linkedin.com/in/ben-o")  # fmt: skip
    result = gatehouse("check", "https://www.linkedin.com/in/ben-o/", "--channel", "linkedin", "--purpose", "personal")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "STOP: Ben Ostrander, by LinkedIn, for a personal matter"
    assert [line.split()[:2] for line in lines[1:]] == [
        ["consent", "fail"], ["channel", "fail"], ["context", "fail"], ["cause", "caution"]
    ]  # fmt: skip
    data = gatehouse("check", "1", "--channel", "linkedin", "--purpose", "personal", "--json").json()
    assert data["verdict"] == "stop"
    assert [g["outcome"] for g in data["gates"]] == ["fail", "fail", "fail", "caution"]
    assert data["gates"][1]["sentence"] == "LinkedIn is for professional matters, not personal ones."


def test_a_consented_work_follow_up_by_email_is_go(cli):
    cli("contacts", "add", "--first-name", "Ben", "--last-name", "Ostrander", "--relationship", "client",
              "--met-in", "work-role", "--email", "ben@example.org")  # fmt: skip
    cli("contacts", "set", "ben@example.org", "--consent", "explicit", "--channel", "email")
    result = cli("check", "ben@example.org", "--channel", "email", "--purpose", "work-follow-up", "--json")
    assert result.json()["verdict"] == "go"


def test_bad_input_is_one_line_and_exit_2(cli):
    assert_one_line_error(cli("check", "42", "--channel", "linkedin", "--purpose", "personal"))
    cli("contacts", "add", "--first-name", "Ben")
    fax = cli("check", "1", "--channel", "fax", "--purpose", "personal")
    assert_one_line_error(fax)
    assert "unknown channel 'fax'" in fax.stderr
    assert_one_line_error(cli("check", "1", "--channel", "email", "--purpose", "gossip"))
    assert_one_line_error(cli("check", "1", "--channel", "email"))
