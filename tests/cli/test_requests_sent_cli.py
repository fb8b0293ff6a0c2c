"""``requests list --sent``, the probable connection in ``requests list --json`` and ``triage --json``, and
placeholder profile URLs in ``requests add``, through the real entry point."""

from __future__ import annotations

from pathlib import Path

FAMILIES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin" / "families"


def test_sent_invitations_oldest_first_with_their_age(gatehouse):
    assert gatehouse("import", str(FAMILIES / "2023-placeholder")).returncode == 0
    listed = gatehouse("requests", "list", "--sent", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = listed.json()
    assert [r["name"] for r in rows] == ["Gus Reyes"]  # Ben Ostrander accepted: he is a connection
    assert rows[0]["direction"] == "outgoing" and rows[0]["age_days"] > 700
    text = gatehouse("requests", "list", "--sent")
    assert "Gus Reyes" in text.stdout and " days" in text.stdout
    assert "consider withdrawing them on LinkedIn" in text.stdout


def test_probable_connections_are_named_in_list_and_triage(gatehouse):
    imported = gatehouse("import", str(FAMILIES / "2021"))
    assert imported.returncode == 0, imported.stderr
    assert "5 incoming, 2 sent by you" in imported.stdout
    assert "3 without a profile URL matched to a connection by name and date" in imported.stdout
    assert "Your profile: filled name" in imported.stdout
    pending = {r["name"]: r for r in gatehouse("requests", "list", "--pending", "--json").json()}
    assert pending["Dana Lindqvist"]["probably_connected"] == (
        "probably already connected: Dana Lindqvist, connected on 2023-03-01"
    )
    assert pending["Eve Stranger"]["candidate_contact_id"] is None
    triage = {r["name"]: r for r in gatehouse("triage", "--json").json()}
    assert set(triage) == {"Eve Stranger", "Dana Lindqvist", "Sam Lee"}  # Ada and Søren were accepted
    assert triage["Sam Lee"]["candidate_contact_id"] == pending["Sam Lee"]["candidate_contact_id"] is not None
    assert "Best wishes, Morgan" in (triage["Eve Stranger"]["reply"] or "")
    text = gatehouse("triage")
    assert "probably already connected: Sam Lee, connected on 2023-06-01" in text.stdout


def test_requests_add_treats_a_placeholder_url_as_none(gatehouse):
    gatehouse("contacts", "add", "--first-name", "Ada", "--last-name", "Quill")
    added = gatehouse(
        "requests", "add", "--name", "Ada Quill", "--profile-url", "https://www.linkedin.com/in", "--json"
    )
    assert added.returncode == 0, added.stderr
    data = added.json()
    assert data["new_contact"] is False and data["profile_url"] is None  # found by her name, not a new 'in' person
