"""Erasure holds on every way in, and a restore never brings back someone erased since the backup, even when the
restoring process is killed just after the swap. Real ``gatehouse`` processes on real files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.cli.conftest import assert_one_line_error

ROOT = str(Path(__file__).resolve().parents[2])
ADA_URL = "https://www.linkedin.com/in/ada-quill/"

# A restore that SIGKILLs itself the moment the restored file is in place, before anything else runs.
KILLED_RESTORE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from app.storage import backups
    from app.storage.database import open_database
    from app.services.backup import restore_database

    original = backups.swap_in

    def swap_in(replacement, path, keep_old_as):
        original(replacement, path, keep_old_as)
        os.kill(os.getpid(), signal.SIGKILL)

    backups.swap_in = swap_in
    restore_database(open_database(sys.argv[1]), Path(sys.argv[2]))
    """
)


def _names(gatehouse) -> list[str]:
    listed = gatehouse("contacts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    return sorted(c["first_name"] for c in listed.json())


def _add_ada_and_erase_her(gatehouse) -> None:
    added = gatehouse(
        "contacts", "add", "--first-name", "Ada", "--last-name", "Quill", "--profile-url", ADA_URL,
        "--email", "ada@example.org",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert gatehouse("contacts", "add", "--first-name", "Bea").returncode == 0
    erased = gatehouse("erase", "--yes", "1")
    assert erased.returncode == 0, erased.stderr
    # the daily backup taken on opening still holds her: the user is told, and until when
    assert "automatic backup" in erased.stdout and "still hold them until they are replaced (by 20" in erased.stdout


def test_an_erased_person_cannot_come_back_by_hand(gatehouse):
    _add_ada_and_erase_her(gatehouse)
    for attempt in (
        ("requests", "add", "--name", "Ada Quill", "--profile-url", ADA_URL),
        ("requests", "add", "--name", "A. Q.", "--profile-url", "linkedin.com/in/ADA-QUILL"),
        ("contacts", "add", "--first-name", "Ada", "--profile-url", ADA_URL),
        ("contacts", "add", "--first-name", "Someone", "--email", "Ada@Example.org"),
    ):
        refused = gatehouse(*attempt)
        assert_one_line_error(refused)
        assert "erased" in refused.stderr and "nothing was added" in refused.stderr
    assert _names(gatehouse) == ["Bea"]
    assert gatehouse("requests", "list", "--json").json() == []


def test_a_restore_killed_just_after_the_swap_holds_nobody_erased_since(gatehouse, tmp_path):
    added = gatehouse("contacts", "add", "--first-name", "Ada", "--profile-url", ADA_URL)
    assert added.returncode == 0, added.stderr
    backup = tmp_path / "before-erasure.bak"
    assert gatehouse("backup", "--out", str(backup)).returncode == 0
    assert gatehouse("erase", "--yes", "1").returncode == 0
    child = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(gatehouse.database), str(backup)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": ROOT},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert _names(gatehouse) == []  # the restored file came in with her erased again
    refused = gatehouse("contacts", "add", "--first-name", "Ada", "--profile-url", ADA_URL)
    assert_one_line_error(refused)  # and with the suppression entry that keeps her out


def test_a_vcard_matching_an_erased_person_only_by_name_is_held_and_reported(gatehouse, tmp_path):
    _add_ada_and_erase_her(gatehouse)
    cards = tmp_path / "phone.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Quill\nN:Quill;Ada;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Other\nN:Other;Cy;;;\nEND:VCARD\n"
    )
    imported = gatehouse("import", str(cards))
    assert imported.returncode == 0, imported.stderr
    assert "phone.vcf:1" in imported.stdout and "held: the name is that of someone erased" in imported.stdout
    assert _names(gatehouse) == ["Bea", "Cy"]
