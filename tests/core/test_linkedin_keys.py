from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.linkedin.keys import ProfileKeys
from app.core.profile_url import normalise_profile_url

pieces = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(
        [
            *("%C3%BC", "%2F", "%2f", "%", "%zz", "/", "?", "#", " ", "\t", "-", "_", "ü", "A"),
            *("\\", "\\x41", "\\n", "%C3", "%BC", "%E2%82%AC", "%F0%9F%98%80", "%5C", "%5Cx41", "%25", "%4"),
            *("%G1", "%00", "%7F", "%e2%82%ac"),
        ]
    ),
)
slugs = st.lists(pieces, max_size=12).map("".join)
prefixes = st.sampled_from(
    [
        "https://www.linkedin.com/in/",
        "http://www.linkedin.com/in/",
        "https://linkedin.com/in/",
        "https://WWW.LinkedIn.com/in/",
        "www.linkedin.com/in/",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(prefix=prefixes, slug=slugs, tail=st.sampled_from(["", "/", "//", "?trk=x", "#about", " "]))
def test_fast_path_gives_the_same_key_as_the_full_normalisation(prefix, slug, tail):
    url = prefix + slug + tail
    try:
        expected = normalise_profile_url(url)
    except ValueError:  # urlsplit refuses it: the importer still gets a key and carries on
        assert ProfileKeys()(url)
        return
    assert ProfileKeys()(url) == expected


def test_common_forms():
    keys = ProfileKeys()
    assert keys("https://www.linkedin.com/in/Ada-Quill-1a2b3c/") == "linkedin.com/in/ada-quill-1a2b3c"
    assert (
        keys("https://www.linkedin.com/in/J%C3%BCrgen-x")
        == keys("https://linkedin.com/in/jürgen-x")
        == "linkedin.com/in/jürgen-x"
    )
    assert keys("") is None and keys(None) is None
