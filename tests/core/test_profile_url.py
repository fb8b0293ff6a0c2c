from __future__ import annotations

import pytest

from app.core.linkedin.keys import profile_key
from app.core.profile_url import normalise_profile_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/J%C3%BCrgen-x/",
        "https://linkedin.com/in/jürgen-x",
        "http://www.linkedin.com/in/jürgen-x?trk=abc#top",
        "  linkedin.com/in/JÜRGEN-x/  ",
        "www.linkedin.com/in/jürgen-x",
    ],
)
def test_every_form_of_a_profile_url_is_one_person(url):
    assert normalise_profile_url(url) == "linkedin.com/in/jürgen-x"


def test_different_people_stay_different():
    assert normalise_profile_url("https://www.linkedin.com/in/ada-1") != normalise_profile_url(
        "https://www.linkedin.com/in/ada-2"
    )


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_urls_have_no_key(empty):
    assert normalise_profile_url(empty) is None


def test_a_malformed_url_still_has_a_key():
    assert normalise_profile_url("https://[x/in/Ada/") == "[x/in/ada"


@pytest.mark.parametrize(
    "placeholder",
    [
        "https://www.linkedin.com/in",
        "https://www.linkedin.com/in/",
        "linkedin.com/in",
        "https://www.linkedin.com",
        "https://www.linkedin.com/in/-",
    ],
)
def test_a_url_that_names_no_member_is_no_url(placeholder):
    assert normalise_profile_url(placeholder) is None
    assert profile_key(placeholder) is None  # the import's fast path agrees


def test_other_hosts_and_real_members_keep_their_keys():
    assert normalise_profile_url("https://www.linkedin.com/in/in") == "linkedin.com/in/in"
    assert normalise_profile_url("https://example.org/") == "example.org"
