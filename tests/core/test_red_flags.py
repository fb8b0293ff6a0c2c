"""Red flags over a corpus of realistic request notes (tests/fixtures/red_flag_notes.toml), benign ones included."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.policy.red_flags import find_red_flags, normalise_note
from app.core.vocabulary import RedFlag

CORPUS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "red_flag_notes.toml"
CORPUS = tomllib.loads(CORPUS_FILE.read_text(encoding="utf-8"))["note"]
APART_FILE = CORPUS_FILE.with_name("red_flag_notes_apart.toml")
APART = tomllib.loads(APART_FILE.read_text(encoding="utf-8"))["note"]


def test_the_corpus_is_large_and_mixed():
    assert len(CORPUS) >= 300
    benign = [n for n in CORPUS if not n["flags"]]
    assert len(benign) >= 0.45 * len(CORPUS)
    for category in RedFlag:
        assert sum(category.value in n["flags"] for n in CORPUS) >= 10, category
    assert all(len(n["text"]) <= 300 for n in CORPUS)


@pytest.mark.parametrize("note", CORPUS, ids=[n["text"][:40] for n in CORPUS])
def test_each_note_raises_exactly_its_categories(note):
    found = find_red_flags(note["text"])
    assert sorted(m.category.value for m in found) == sorted(note["flags"])
    for match in found:  # explainable: the phrase is words of the note itself
        assert _in_note(match.phrase, note["text"])


def test_notes_written_apart_are_caught_and_good_ones_left_alone():
    """Five sets written apart from the detector: a bad note counts when one of its labels is raised (what the
    default policy then ignores or reports), a good note when nothing is raised at all."""
    bad = [n for n in APART if n["flags"]]
    good = [n for n in APART if not n["flags"]]
    caught = [n for n in bad if {m.category.value for m in find_red_flags(n["text"])} & set(n["flags"])]
    flagged = [n["text"] for n in good if find_red_flags(n["text"])]
    assert len(caught) >= 0.95 * len(bad), [n["text"] for n in bad if n not in caught]
    assert len(flagged) <= 0.02 * len(good), flagged


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


@pytest.mark.parametrize(
    ("note", "category", "words"),
    [
        ("We offer AI tools for universities. Can I book you in for a quick call?", RedFlag.SALES_PITCH, "We offer"),
        ("Please W h a t s A p p   m e on +44 7700 900123", RedFlag.OFF_PLATFORM, "W h a t s A p p"),
        ("Kindly send me your date of birth and your bank details", RedFlag.PERSONAL_DATA, "date of birth"),
        ("Vérifiez votre compte ou il sera suspendu", RedFlag.SCAM, "Vérifiez votre compte"),
        ("Еarn £500 а day from home!", RedFlag.SCAM, "Еarn £500 а day from home"),  # Cyrillic Е and а
        (
            "Endorse my skills and I'll do the same",
            RedFlag.ENDORSEMENT_TRADING,
            "Endorse my skills and I'll do the same",
        ),
    ],
)
def test_new_categories_quote_the_senders_own_words(note, category, words):
    (match,) = [m for m in find_red_flags(note) if m.category is category]
    assert any(words in phrase for phrase in match.phrases), match.phrases
    assert all(_in_note(phrase, note) for phrase in match.phrases)
    assert category.value in match.describe()


def test_a_signal_alone_is_not_enough_for_a_sales_pitch():
    assert find_red_flags("Would you be open to a quick call about my placement?") == ()
    assert find_red_flags("We offer graduate internships - would you be open to a quick call?") == ()
    assert [m.category for m in find_red_flags("We offer an AI platform - would you be open to a call?")] == [
        RedFlag.SALES_PITCH
    ]


def test_a_warning_about_scams_is_not_a_scam():
    assert find_red_flags("Our team warns students never to pay a registration fee for an interview.") == ()


ADVERSARIAL = [
    "endorsed you " + "a_" * 40 + "!",
    "endorsed you " + "a_" * 5000 + "!",
    "write me a recommendation " + "a " * 4990,
    ("send me all your " * 700)[:10_000],
    ("a " * 5000)[:10_000],
    ("http://a.co " * 900)[:10_000],
    ("x@gmail.com " * 900)[:10_000],
    ("07700 900 321 call me on " * 450)[:10_000],
    "𝓑" * 10_000,
    ("endorse me and " * 700)[:10_000],
    # every kind of signal, many times over: each signal's places and the choice among them stay bounded
    (
        "we offer a free demo call today, our platform helps clients; whatsapp me on 0712345678, send your bank "
        "details, bitcoin guaranteed returns, endorse me back, beautiful smile, widower, c0nnecti0ns f a s t. " * 60
    )[:10_000],
    ("a1b2c3d4 " * 1200)[:10_000],
]


@pytest.mark.parametrize("note", ADVERSARIAL + [n[:300] for n in ADVERSARIAL], ids=lambda n: f"{n[:16]}…{len(n)}")
def test_hostile_notes_are_read_in_well_under_50_ms(note):
    find_red_flags(note)  # warm the caches: the first call compiles nothing, but folds characters
    best = min(_timed(note) for _ in range(3))
    assert best < 0.05, best


def test_a_flag_at_the_start_of_a_very_long_note_is_found():
    found = find_red_flags("Buy 1,000 followers now! " + "x" * 9_000)
    assert [m.category for m in found] == [RedFlag.SELLING]


def _timed(note: str) -> float:
    start = time.perf_counter()
    find_red_flags(note)
    return time.perf_counter() - start


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
