"""``gatehouse profile set|show``: the account kind that limits invitation notes."""

from __future__ import annotations

import pytest

from tests.cli.conftest import assert_one_line_error
from tests.cli.inprocess import InProcess


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> InProcess:
    return InProcess(tmp_path / "cli.db", capsys, monkeypatch)


def test_the_account_kind_is_free_until_set_to_premium(cli):
    assert cli("profile", "show", "--json").json()["account_kind"] == "free"
    assert "LinkedIn account: free (invitation notes up to 200 characters)" in cli("profile", "show").stdout
    result = cli("profile", "set", "--account-kind", "Premium")
    assert result.returncode == 0, result.stderr
    assert "account_kind" in result.stdout
    assert cli("profile", "show", "--json").json()["account_kind"] == "premium"
    assert "LinkedIn account: premium (invitation notes up to 300 characters)" in cli("profile", "show").stdout


def test_the_four_gates_use_the_account_kinds_note_limit(cli):
    cli("contacts", "add", "--first-name", "Ben", "--relationship", "professional", "--met-in", "professional-network")
    free = cli("check", "1", "--channel", "linkedin", "--purpose", "networking", "--note", "x" * 250, "--json").json()
    assert free["note_limit"] == 200
    assert free["gates"][1]["outcome"] == "caution"
    assert "a free LinkedIn account allows 200 characters in an invitation note" in free["gates"][1]["sentence"]
    cli("profile", "set", "--account-kind", "premium")
    premium = cli("check", "1", "--channel", "linkedin", "--purpose", "networking", "--note", "x" * 250, "--json")
    assert premium.json()["note_limit"] == 300
    assert premium.json()["gates"][1]["outcome"] == "pass"


def test_an_unknown_account_kind_is_one_line_and_exit_2(cli):
    result = cli("profile", "set", "--account-kind", "gold")
    assert_one_line_error(result)
    assert "unknown account kind 'gold' (expected one of: free, premium)" in result.stderr
    assert cli("profile", "show", "--json").json()["account_kind"] == "free"
