"""The learned vocabulary of red flags: up to date with its notes, quiet when a signal spoke, and explained."""

from __future__ import annotations

from app.core.policy.red_flag_vocabulary import Vocabulary, features, learned_flag, vocabulary, vocabulary_from
from app.core.policy.red_flags import find_red_flags, read_note
from tests import red_flag_words
from tests.core.test_red_flags import _in_note

# pairs of common words that lean towards unwanted in the labelled notes, yet tell a reader nothing
COMMON_PAIRS = {"it is", "i am", "to the", "this is", "you are", "i have", "for you", "i will", "have been", "you can"}


def test_the_packaged_vocabulary_is_what_the_labelled_notes_give():
    assert red_flag_words.main(["--check"]) == 0


def test_features_are_the_words_and_pairs_with_their_places():
    words = read_note("Quick call, next week?").words
    found = features(words)
    assert [f for f, _, _ in found] == ["quick", "call", "quick call", "next", "call next", "week", "next week"]
    for feature, start, end in found:
        assert words[start] == " " and words[end - 1] == " " and words[start + 1 : end - 1] == feature


def test_a_note_no_signal_catches_is_flagged_by_the_words_unwanted_notes_share():
    # an invented note that no phrase signal or cue group reads: the vague "lucrative offer" of many scams
    note = "Dear, kindly contact me for a lucrative offer, it is very important"
    assert learned_flag(read_note(note).words) is not None
    found = find_red_flags(note)
    assert len(found) == 1 and found[0].learned
    assert all(_in_note(phrase, note) for phrase in found[0].phrases)
    assert "words of" in found[0].describe()


def test_good_notes_do_not_lean_towards_unwanted():
    for note in (
        "Thanks for the mock interview on Tuesday, I felt much more confident today.",
        "Hello, I'd like to connect.",
        "We're hiring graduates for our 2027 analyst scheme - could I share the details with your students?",
        "Hi Morgan, my daughter saw you at the open day and found it really useful. Thank you!",
    ):
        assert learned_flag(read_note(note).words) is None, note


def test_the_vocabulary_speaks_only_when_no_signal_did():
    note = "Buy 1,000 followers now for $5!"
    found = find_red_flags(note)
    assert found and not any(match.learned for match in found)
    assert vocabulary().threshold > 0


def test_a_learned_flag_quotes_telling_words_never_a_pair_of_common_words():
    notes = [note for note, _ in red_flag_words.labelled_notes()]
    notes.append("Dear, kindly contact me for a lucrative offer, it is very important")  # "it is" leans unwanted
    learned = [(note, match) for note in notes for match in find_red_flags(note) if match.learned]
    assert len(learned) >= 10  # the labelled notes no signal catches
    for note, match in learned:
        quoted = {read_note(phrase).words.strip() for phrase in match.phrases}
        assert not quoted & COMMON_PAIRS, (note, match.phrases)
        assert all(_in_note(phrase, note) for phrase in match.phrases)
    assert learned[-1][1].phrase == "kindly"


def _vocabulary(weights: dict[str, float]) -> Vocabulary:
    part = {"prior": 0.0, "weights": weights}
    return vocabulary_from({"threshold": 1.0, "unwanted": part, "categories": {"scam": part}})


def test_the_quote_prefers_the_weightiest_telling_pair_and_falls_back_to_what_there_is():
    words = read_note("it is a lucrative offer kindly reply to the email").words
    found = features(words)

    def quoted(known: Vocabulary) -> list[str]:
        return [words[start + 1 : end - 1] for start, end in known.telling(found)]

    known = _vocabulary(
        {"it is": 3.0, "to the": 3.0, "lucrative offer": 2.0, "offer": 2.0, "kindly": 1.8, "email": 1.1}
    )
    assert known.evidence(found) is not None  # the note is flagged on all its evidence, common pairs included
    assert quoted(known) == ["lucrative offer", "kindly"]  # "email" weighs too little to quote beside them
    weak = _vocabulary({"it is": 3.0, "to the": 3.0, "email": 1.1})
    assert quoted(weak) == ["email"]  # nothing telling: the best of the rest, still no common pair
    common = _vocabulary({"it is": 3.0, "to the": 2.0})
    assert quoted(common) == ["it is", "to the"]  # only common words: the evidence as it is, not an empty quote
