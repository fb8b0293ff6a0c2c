"""Contact text printed by the CLI cannot drive the terminal: escape sequences and control characters are shown,
not obeyed, and a line break inside a name or note does not break a table."""

from __future__ import annotations

import json

from app.cli.output import terminal_safe

HOSTILE_FIRST = "Ada\x1b[2J\x1b]0;pwned\x07"
HOSTILE_COMPANY = "Acme\r\nFAKE ROW  client"


def test_escape_sequences_in_contact_text_never_reach_the_terminal(gatehouse):
    added = gatehouse(
        "contacts", "add", "--first-name", HOSTILE_FIRST, "--last-name", "Quill\u202e",
        "--company", HOSTILE_COMPANY, "--note", "line one\rline two\x9b31m",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    for command in (("contacts", "list"), ("contacts", "show", "1"), ("contacts", "list", "--json")):
        result = gatehouse(*command)
        assert result.returncode == 0, result.stderr
        for raw in ("\x1b", "\x07", "\r", "\x9b", "\u202e"):
            assert raw not in result.stdout, (command, raw)
        assert "\\u001b[2J" in result.stdout
    table = gatehouse("contacts", "list").stdout.splitlines()
    assert len(table) == 2  # the header and one row: the CR/LF in the company did not make a row of its own
    assert "Acme\\r\\nFAKE ROW" in table[1]
    # JSON stays valid and still carries the exact text for a program to read
    assert json.loads(gatehouse("contacts", "list", "--json").stdout)[0]["company"] == HOSTILE_COMPANY


def test_the_one_function_keeps_ordinary_text_and_is_linear():
    assert terminal_safe("Zoë O'Brien — Ltd.\tx") == "Zoë O'Brien — Ltd. x"
    assert terminal_safe("a\nb", keep_lines=True) == "a\nb"
    assert terminal_safe("a\r\nb", keep_lines=True) == "a\\r\nb"
    assert terminal_safe("\x1b" * 1_000_000).count("\\u001b") == 1_000_000
