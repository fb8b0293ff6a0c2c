"""Count the labelled notes into the learned vocabulary of red flags (``resources/policy/red_flag_words.json``).

    python -m tests.red_flag_words [--check]

Every word and pair of neighbouring words of every labelled note (as ``red_flags.read_note`` folds it) is counted
in unwanted notes (any label) and in good ones (no label), and for each category in its own notes. A weight is the
log of how much likelier the word is in the one than in the other (add-one-half smoothing); words seen in fewer
than two notes, and words whose weight is too small to matter, are left out. ``--check`` exits 1 when the packaged
file differs from what the fixtures give (the test suite runs it), so the file cannot drift from its notes.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from collections import Counter
from pathlib import Path

from app.core.policy.red_flag_vocabulary import features, vocabulary_from
from app.core.policy.red_flags import read_note
from app.core.vocabulary import RedFlag

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SOURCES = ("red_flag_notes.toml", "red_flag_notes_holdout.toml", "red_flag_notes_apart.toml")
TARGET = ROOT / "resources" / "policy" / "red_flag_words.json"
THRESHOLD = 4.0  # log-odds: chosen so that, left out a set at a time, under 2% of good notes are flagged
MIN_NOTES = 2
MIN_WEIGHT = 0.4  # |weight| below this changes no decision worth keeping
MIN_CATEGORY_WEIGHT = 1.0


def labelled_sets() -> list[list[tuple[str, frozenset[str]]]]:
    """The labelled notes by the set they were written in (the sets of the file written apart one by one)."""
    sets: list[list[tuple[str, frozenset[str]]]] = []
    for name in SOURCES:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        parts = text.split("\n# --- set ") if name == "red_flag_notes_apart.toml" else [text]
        for part in parts:
            notes = tomllib.loads("# " + part).get("note", [])  # the split took the heading's "# --- "
            if notes:
                sets.append([(note["text"], frozenset(note["flags"])) for note in notes])
    return sets


def labelled_notes() -> list[tuple[str, frozenset[str]]]:
    return [note for notes in labelled_sets() for note in notes]


def leave_one_set_out() -> tuple[float, float]:
    """How the vocabulary alone does on notes it was not counted from: each set left out of the counts in turn
    and judged by the rest. The share of its unwanted notes flagged, and of its good notes."""
    sets = labelled_sets()
    caught = bad = flagged = good = 0
    for number, notes in enumerate(sets):
        rest = [note for other, part in enumerate(sets) if other != number for note in part]
        known = vocabulary_from(learn(rest))
        for text, flags in notes:
            found = features(read_note(text).words)
            hit = known.evidence(found) is not None
            if flags:
                bad += 1
                caught += hit
            else:
                good += 1
                flagged += hit
    return caught / bad, flagged / good


def note_features(text: str) -> set[str]:
    return {feature for feature, _, _ in features(read_note(text).words)}


def _weights(wanted: Counter[str], wanted_notes: int, good: Counter[str], good_notes: int, *, against: bool) -> dict:
    """Each feature's weight towards ``wanted``; words that count against it too when ``against``."""
    weights = {}
    for feature in sorted(set(wanted) | set(good)):
        if wanted[feature] + good[feature] < MIN_NOTES:
            continue
        weight = math.log((wanted[feature] + 0.5) / (wanted_notes + 1)) - math.log(
            (good[feature] + 0.5) / (good_notes + 1)
        )
        if weight >= MIN_CATEGORY_WEIGHT or (against and abs(weight) >= MIN_WEIGHT):
            weights[feature] = round(weight, 3)
    return weights


def learn(notes: list[tuple[str, frozenset[str]]]) -> dict:  # type: ignore[type-arg]
    unwanted, good = Counter[str](), Counter[str]()
    per_category = {category.value: Counter[str]() for category in RedFlag}
    counts = Counter[str]()
    bad_notes = good_notes = 0
    for text, flags in notes:
        found = note_features(text)
        if flags:
            unwanted.update(found)
            bad_notes += 1
        else:
            good.update(found)
            good_notes += 1
        for flag in flags:
            per_category[flag].update(found)
            counts[flag] += 1
    categories = {}
    for name, counter in per_category.items():
        if counts[name]:
            categories[name] = {
                "prior": round(math.log(counts[name] / good_notes), 3),
                "weights": _weights(counter, counts[name], good, good_notes, against=False),
            }
    return {
        "about": "Learned from the labelled notes in tests/fixtures by python -m tests.red_flag_words; do not edit.",
        "notes": {"unwanted": bad_notes, "good": good_notes},
        "threshold": THRESHOLD,
        "unwanted": {
            "prior": round(math.log(bad_notes / good_notes), 3),
            "weights": _weights(unwanted, bad_notes, good, good_notes, against=True),
        },
        "categories": categories,
    }


def render(data: dict) -> str:  # type: ignore[type-arg]
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the packaged file is out of date")
    args = parser.parse_args(argv)
    text = render(learn(labelled_notes()))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python -m tests.red_flag_words", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} from {len(labelled_notes())} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
