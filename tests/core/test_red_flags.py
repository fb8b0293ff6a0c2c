"""Red flags over a corpus of realistic request notes (tests/fixtures/red_flag_notes.toml), benign ones included."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.policy.red_flags import find_red_flags, normalise_note
from app.core.vocabulary import RedFlag

CORPUS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "red_flag_notes.toml"
CORPUS = tomllib.loads(CORPUS_FILE.read_text(encoding="utf-8"))["note"]


def test_the_corpus_is_large_and_mixed():
    assert len(CORPUS) >= 60
    benign = [n for n in CORPUS if not n["flags"]]
    assert len(benign) >= 25
    for category in RedFlag:
        assert sum(category.value in n["flags"] for n in CORPUS) >= 5, category


@pytest.mark.parametrize("note", CORPUS, ids=[n["text"][:40] for n in CORPUS])
def test_each_note_raises_exactly_its_categories(note):
    found = find_red_flags(note["text"])
    assert sorted(m.category.value for m in found) == sorted(note["flags"])
    for match in found:  # explainable: the phrase is words of the note itself
        assert _in_note(match.phrase, note["text"])


@pytest.mark.parametrize(
    "note",
    [
        "buy followers",
        "BUY FOLLOWERS",
        "Buy... followers!!!",
        "buy_followers",
        "Buy—followers",
        "Buy 2,500 (real!) followers",
        "𝓑𝓾𝔂 𝓯𝓸𝓵𝓵𝓸𝔀𝓮𝓻𝓼",
    ],
)
def test_detection_ignores_case_punctuation_and_styled_letters(note):
    assert [m.category for m in find_red_flags(note)] == [RedFlag.SELLING]


def test_the_match_names_category_and_phrase():
    (match,) = find_red_flags("Hello! Please send me all your contacts in finance, thanks.")
    assert match.category is RedFlag.HARVESTING
    assert match.phrase == "send me all your contacts"
    assert match.describe() == '"send me all your contacts" (harvesting)'


def test_a_thank_you_that_mentions_contacts_is_not_harvesting():
    for note in (
        "Thank you for the contacts you shared at the fair!",
        "Thanks for all your contacts and advice this year.",
        "Thanks for introducing me to your contacts at Acme.",
    ):
        assert find_red_flags(note) == (), note


def test_negated_phrases_do_not_count():
    assert find_red_flags("No need to reply right away.") == ()
    assert find_red_flags("Please accept my request right away.")[0].category is RedFlag.PRESSURE
    assert find_red_flags("I would never ask you to send me all your contacts.") == ()


def test_a_link_with_a_real_message_is_not_link_only():
    assert find_red_flags("See https://example.org") != ()
    long_note = "I'm the student from Tuesday's drop-in; my portfolio is at https://example.org if that helps."
    assert find_red_flags(long_note) == ()


def test_empty_and_blank_notes_have_no_flags():
    assert find_red_flags("") == ()
    assert find_red_flags("   \n ") == ()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_flags_whose_phrase_is_in_the_note(text):
    for match in find_red_flags(text):
        assert _in_note(match.phrase, text)


def _in_note(phrase: str, note: str) -> bool:
    return phrase.removesuffix("…").lower() in " ".join(normalise_note(note).split()).lower()
