"""The learned vocabulary: what the signals miss, judged by the words unwanted notes share.

The phrase signals and cue groups catch what their authors thought of. Senders keep finding other words, so a
second reader weighs every word and pair of words of a note by how much more often it appears in the project's
labelled unwanted notes than in its good ones (naive Bayes, with the counts of the labelled sets in
``tests/fixtures``; ``python -m tests.red_flag_words`` counts them again into ``resources/policy/red_flag_words.json``).
It speaks only when no signal has raised a flag, and only when the note's words lean far towards unwanted
(its ``threshold``, in log-odds); the category is the one whose own notes the words resemble most. The flag quotes
the note's most telling words, so it explains itself like any other: the weightiest words and pairs that are more
than common words ("it is", "i am", "to the" may lean towards unwanted, but they say nothing to the reader).

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
TELLING = 1.5  # a word or pair worth quoting: at least e^1.5 (4.5) times likelier in unwanted notes
# Words that tell nothing alone: a word or pair made only of these is never quoted while anything else is there.
# The notes' languages, folded as the detector reads them (plain letters, "don't" as "don t").
_COMMON_ENGLISH = (
    "a about after all also am an and any are as at be been being but by can could did do does don each every "
    "for from had has have he her here him his how i if in into is it its just let ll m may me might more most "
    "much must my no not now of off on once one only or our out over per re s she should so some such t than "
    "that the their them then there these they this those to too up us ve very was we were what when where "
    "which who why will with would you your yours"
)
_COMMON_FRENCH = (
    "au aux avec c ce ces cette d dans de des du elle en est et il ils j je l la le les leur leurs ma mais me "
    "mes moi mon n ne nos notre nous on ou par pas pour qu que qui sa se ses son sont suis sur ta te tes toi ton "
    "tu un une vos votre vous y"
)
_COMMON_GERMAN = (
    "am an auch auf aus bei bin bist dass das dein dem den der des dich die dir du ein eine einem einen einer "
    "er es fur habe hat ich ihm ihnen ihr ihre im ist mein meine mich mir mit nicht noch oder sehr sie sind so "
    "uns und von war was wie wir zu"
)
_COMMON_SPANISH = (
    "al como con de del el ella en es esta este estoy la las le les lo los me mi mis muy no nos o para pero "
    "por que se si soy su sus te ti tu un una uno usted y yo"
)
COMMON_WORDS = frozenset(" ".join((_COMMON_ENGLISH, _COMMON_FRENCH, _COMMON_GERMAN, _COMMON_SPANISH)).split())


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
        places = _apart(ranked)
        return places if len(places) >= MIN_PLACES else None

    def telling(self, found: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        """Where the words worth quoting for a flag are, most telling first: the weightiest words and pairs that
        are more than common words, a pair before a word of the same weight (it reads as a phrase), each word or
        pair once. Where a note has none of weight ``TELLING``, those of less; only where the evidence is all
        common words, the evidence as it is."""
        weights = self.unwanted.weights
        evidence = [item for item in found if weights.get(item[0], 0.0) >= MIN_EVIDENCE]
        distinct = [item for item in evidence if not common(item[0])]
        candidates = [item for item in distinct if weights[item[0]] >= TELLING] or distinct or evidence
        first: dict[str, tuple[str, int, int]] = {}
        for item in candidates:
            first.setdefault(item[0], item)
        ranked = sorted(first.values(), key=lambda i: (-weights[i[0]], " " not in i[0]))
        return _apart(ranked)[:QUOTED]

    def category(self, found: list[tuple[str, int, int]]) -> RedFlag:
        """The category whose own notes these words resemble most."""
        return max(self.categories, key=lambda name: (self.categories[name].score(found), name.value))


def common(feature: str) -> bool:
    """True when a word or pair is made only of common words ("it is", "i am", "to the")."""
    return all(word in COMMON_WORDS for word in feature.split(" "))


def _apart(ranked: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The places of ``ranked`` in its order, each sharing no word with a place taken before it."""
    places: list[tuple[int, int]] = []
    for _, start, end in ranked:
        # each place carries the word breaks at its ends: overlapping means sharing a word, not a break
        if all(end - 1 <= s or start >= e - 1 for s, e in places):
            places.append((start, end))
    return places


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
    """The category the note's words lean to, and where its most telling words are; None when they do not lean
    far enough towards unwanted."""
    known = vocabulary()
    found = features(words)
    if known.evidence(found) is None:
        return None
    return known.category(found), known.telling(found)
