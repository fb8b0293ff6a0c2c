"""The learned vocabulary: what the signals miss, judged by the words unwanted notes share.

The phrase signals and cue groups catch what their authors thought of. Senders keep finding other words, so a
second reader weighs every word and pair of words of a note by how much more often it appears in the project's
labelled unwanted notes than in its good ones (naive Bayes, with the counts of the labelled sets in
``tests/fixtures``; ``python -m tests.red_flag_words`` counts them again into ``resources/policy/red_flag_words.json``).
It speaks only when no signal has raised a flag, and only when the note's words lean far towards unwanted
(its ``threshold``, in log-odds); the category is the one whose own notes the words resemble most. The flag quotes
the note's words that weighed most, so it explains itself like any other.

Words seen in fewer than two labelled notes carry no weight, so one note's oddity never decides another's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from app.core.vocabulary import RedFlag

MAX_FEATURES = 1200  # words and pairs looked at in one note (a note is read up to red_flags.MAX_READ)
QUOTED = 3  # words or pairs quoted for a learned flag
MIN_EVIDENCE = 1.0  # a word or pair counts as evidence when it is at least e times likelier in unwanted notes
MIN_PLACES = 3  # evidence in this many places apart, not one or two telling words


@dataclass(frozen=True, slots=True)
class Weights:
    prior: float
    weights: dict[str, float]

    def score(self, features: list[tuple[str, int, int]]) -> float:
        seen: set[str] = set()
        total = self.prior
        for feature, _, _ in features:
            if feature not in seen:
                seen.add(feature)
                total += self.weights.get(feature, 0.0)
        return total


@dataclass(frozen=True, slots=True)
class Vocabulary:
    threshold: float
    unwanted: Weights
    categories: dict[RedFlag, Weights]

    def evidence(self, found: list[tuple[str, int, int]]) -> list[tuple[int, int]] | None:
        """Where the words that lean towards unwanted are, weightiest first, when the note leans far enough and
        on several words apart (one or two telling words are not enough: "I verified my account"); else None."""
        if self.unwanted.score(found) <= self.threshold:
            return None
        weights = self.unwanted.weights
        ranked = sorted(
            (item for item in found if weights.get(item[0], 0.0) >= MIN_EVIDENCE), key=lambda i: -weights[i[0]]
        )
        places: list[tuple[int, int]] = []
        for _, start, end in ranked:
            if all(end - 1 <= s or start >= e - 1 for s, e in places):
                places.append((start, end))
        return places if len(places) >= MIN_PLACES else None

    def category(self, found: list[tuple[str, int, int]]) -> RedFlag:
        """The category whose own notes these words resemble most."""
        return max(self.categories, key=lambda name: (self.categories[name].score(found), name.value))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary (``resources/policy/red_flag_words.json``)."""
    text = files("app.resources").joinpath("policy", "red_flag_words.json").read_text(encoding="utf-8")
    return vocabulary_from(json.loads(text))


def vocabulary_from(data: dict) -> Vocabulary:  # type: ignore[type-arg]
    return Vocabulary(
        threshold=float(data["threshold"]),
        unwanted=Weights(float(data["unwanted"]["prior"]), dict(data["unwanted"]["weights"])),
        categories={
            RedFlag(name): Weights(float(part["prior"]), dict(part["weights"]))
            for name, part in data["categories"].items()
        },
    )


def features(words: str) -> list[tuple[str, int, int]]:
    """Each word and each pair of neighbouring words of ``words`` (folded, single spaces, a space at each end),
    with where it is: the offsets of its leading and trailing space, as the signals' matches have."""
    found: list[tuple[str, int, int]] = []
    previous: tuple[str, int] | None = None
    position = 0
    for word in words.split(" "):
        if word:
            start = position - 1
            end = position + len(word) + 1
            found.append((word, start, end))
            if previous is not None:
                found.append((f"{previous[0]} {word}", previous[1], end))
            previous = (word, start)
            if len(found) >= MAX_FEATURES:
                break
        position += len(word) + 1
    return found


def learned_flag(words: str) -> tuple[RedFlag, list[tuple[int, int]]] | None:
    """The category the note's words lean to, and where its weightiest words are; None when they do not lean
    far enough towards unwanted."""
    known = vocabulary()
    found = features(words)
    places = known.evidence(found)
    if places is None:
        return None
    return known.category(found), places[:QUOTED]
