"""``gatehouse policy show|export|import|reset`` through the real entry point."""

from __future__ import annotations

import pytest

from tests.cli.conftest import assert_one_line_error
from tests.cli.inprocess import InProcess


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> InProcess:
    return InProcess(tmp_path / "cli.db", capsys, monkeypatch)


def test_show_export_edit_import_and_reset(cli, tmp_path):
    shown = cli("policy", "show")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Policy: Default policy (the default policy)\n")
    assert (
        "  1. Selling, trading endorsements or scams -> report\n"
        "       when red flags: selling, endorsement-trading or scam"
    ) in shown.stdout
    assert "Otherwise: reply (template remind-me)" in shown.stdout
    assert "empty in your profile: owner_name (gatehouse profile set)" in shown.stdout

    path = tmp_path / "house.toml"
    exported = cli("policy", "export", str(path))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"Wrote policy 'Default policy' (8 rules, 2 templates) to {path}\n"
    text = path.read_text(encoding="utf-8")
    assert cli("policy", "export", "-").stdout == text

    cli("requests", "add", "--name", "Dee Nobody")
    edited = text.replace('name = "Default policy"', 'name = "House policy"').replace(
        'name = "Stranger without a note"\nthen = "reply"', 'name = "Stranger without a note"\nthen = "ignore"'
    )
    edited = edited.replace('then = "ignore"\ntemplate = "remind-me"', 'then = "ignore"')
    path.write_text(edited, encoding="utf-8")
    dry = cli("policy", "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 of 1 pending requests would get another decision." in dry.stdout
    assert "request 1: reply -> ignore (Stranger without a note)" in dry.stdout
    assert cli("policy", "show").stdout.startswith("Policy: Default policy")  # a dry run saves nothing

    imported = cli("policy", "import", str(path))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Imported policy 'House policy': 8 rules, 2 templates.\n")
    assert cli("policy", "show", "--json").json()["policy"]["name"] == "House policy"
    assert cli("triage", "--json").json()[0]["decision"] == "ignore"

    reset = cli("policy", "reset")
    assert reset.stdout.startswith("Your policy is the default policy again (8 rules).")
    assert cli("policy", "show").stdout.startswith("Policy: Default policy (the default policy)")


def test_a_bad_policy_file_is_one_line_with_the_line_number_and_changes_nothing(gatehouse, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[policy]\nname = "Bad"\n\n[[rule]]\nname = "R"\nthen = "connect"\nwhen.colour = ["red"]\n')
    result = gatehouse("policy", "import", str(path))
    assert_one_line_error(result)
    assert result.stderr.startswith(f'gatehouse: {path}, line 7: rule 1 ("R"): unknown condition "colour"')
    assert gatehouse("policy", "show").stdout.startswith("Policy: Default policy (the default policy)")
    missing = gatehouse("policy", "import", str(tmp_path / "nope.toml"))
    assert_one_line_error(missing)
    assert "no policy file at" in missing.stderr
