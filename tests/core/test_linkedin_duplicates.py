from __future__ import annotations

from app.core.linkedin.duplicates import NamedPerson, name_key, possible_duplicates


def test_name_key_ignores_case_accents_and_punctuation():
    assert name_key("  Zoë  O'Brien 🎓 ") == "zoe o brien"


def test_alike_names_are_reported_unless_something_proves_them_different():
    everyone = [
        NamedPerson(1, "Ada Quill", has_profile_url=False, is_connection=False),  # typed in by hand
        NamedPerson(2, "Quill Ada", has_profile_url=True, is_connection=True),  # new connection: maybe the same
        NamedPerson(3, "Ada Quil", has_profile_url=True, is_connection=True),  # another member: URLs differ from 2
        NamedPerson(4, "Ben Marsh", has_profile_url=True, is_connection=True),
    ]
    found = possible_duplicates(everyone, new_ids=[2, 3, 4])
    assert {(m.new_id, m.other_id) for m in found} == {(2, 1), (3, 1)}
    assert all(90 <= m.score <= 100 for m in found)
    assert possible_duplicates(everyone, new_ids=[]) == []


def test_two_connections_without_urls_are_two_people():
    everyone = [
        NamedPerson(1, "Ada Quill", has_profile_url=False, is_connection=True),
        NamedPerson(2, "Ada Quill", has_profile_url=False, is_connection=True),
    ]
    assert possible_duplicates(everyone, new_ids=[2]) == []
