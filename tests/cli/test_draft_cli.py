"""``gatehouse draft check [FILE|-] [--json]``: the light and findings, exit 0 whatever the light, bad input exit 2."""

from __future__ import annotations

import pytest

from tests.cli.conftest import assert_one_line_error
from tests.cli.inprocess import InProcess


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> InProcess:
    return InProcess(tmp_path / "cli.db", capsys, monkeypatch)


def test_a_draft_naming_a_client_is_red_in_text_and_json(cli, tmp_path):
    added = cli("contacts", "add", "--first-name", "José", "--last-name", "Müller", "--relationship", "client")
    assert added.returncode == 0, added.stderr
    draft = tmp_path / "post.txt"
    draft.write_text("Congratulations to jose muller! Call me on 07700 900123.\n", encoding="utf-8")

    shown = cli("draft", "check", str(draft))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "Red: off limits as it stands. When in doubt, leave it out."
    assert lines[1].startswith('  red    client              19-30 "jose muller": names José Müller (contact 1)')
    assert lines[2].startswith('  red    personal-data       43-55 "07700 900123": someone else\'s phone number')

    data = cli("draft", "check", str(draft), "--json").json()
    assert data["light"] == "red"
    assert [(f["category"], f["start"], f["end"], f["text"]) for f in data["findings"]] == [
        ("client", 19, 30, "jose muller"),
        ("personal-data", 43, 55, "07700 900123"),
    ]
    assert set(data["findings"][0]) == {"light", "category", "start", "end", "text", "why"}


def test_green_and_yellow_exit_zero(cli, tmp_path):
    green = tmp_path / "green.txt"
    green.write_text("I hope to see you at the CV workshop.", encoding="utf-8")
    result = cli("draft", "check", str(green), "--json")
    assert (result.returncode, result.json()) == (0, {"light": "green", "findings": []})
    yellow = tmp_path / "yellow.txt"
    yellow.write_text("Sorry for the long queue today.", encoding="utf-8")
    result = cli("draft", "check", str(yellow))
    assert result.returncode == 0
    assert result.stdout.startswith("Yellow: needs your judgement")


def test_the_draft_comes_from_standard_input_through_the_real_process(gatehouse):
    result = gatehouse("draft", "check", "-", "--json", stdin="A student I'm advising got the job!",
                       env={"GATEHOUSE_PASSPHRASE": "test"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.json()["light"] == "red"
    assert result.json()["findings"][0]["category"] == "client-relationship"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00broken", "is not UTF-8 text"),
        (b"text\x00with a NUL", "is not text"),
    ],
)
def test_a_draft_that_is_not_text_is_one_line_and_exit_2(cli, tmp_path, content, message):
    path = tmp_path / "draft.bin"
    path.write_bytes(content)
    result = cli("draft", "check", str(path))
    assert_one_line_error(result)
    assert message in result.stderr


def test_a_missing_file_or_a_folder_is_one_line_and_exit_2(cli, tmp_path):
    for name, message in ((str(tmp_path / "nope.txt"), "no draft at"), (str(tmp_path), "is a folder")):
        result = cli("draft", "check", name)
        assert_one_line_error(result)
        assert message in result.stderr
