"""Red flags: recall and false-flag rate per category on the labelled corpus, and on the held-out set.

    python -m tests.benchmarks.bench_red_flags [--misses]

tests/fixtures/red_flag_notes.toml is the corpus the detector was developed on; red_flag_notes_holdout.toml and
red_flag_notes_apart.toml (five sets by five writers) were written apart, to estimate how the detector does on notes
it has not seen; their headers say what each scored blind, before it was read.
Recall of a category: the notes labelled with it that raise it. False flags of a category: the good notes (no
label at all) that raise it. Targets, on the corpus: recall at least 95% and false flags at most 2%, overall
and in every category. Also times the detector on the adversarial notes of tests/core/test_red_flags.py.
``main()`` returns 1 when a target is missed on the corpus (the held-out figures are reported, not judged).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from pathlib import Path

from app.core.policy.red_flags import find_red_flags
from app.core.vocabulary import RedFlag
from tests.red_flag_words import leave_one_set_out

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = FIXTURES / "red_flag_notes.toml"
HOLDOUT = FIXTURES / "red_flag_notes_holdout.toml"
APART = FIXTURES / "red_flag_notes_apart.toml"
RECALL_TARGET = 0.95
FALSE_FLAG_TARGET = 0.02


def load(path: Path) -> list[tuple[str, frozenset[str]]]:
    notes = tomllib.loads(path.read_text(encoding="utf-8"))["note"]
    return [(note["text"], frozenset(note["flags"])) for note in notes]


def report(label: str, notes: list[tuple[str, frozenset[str]]], show_misses: bool) -> bool:
    """Prints the figures of one set; True when its targets are met."""
    found = [frozenset(m.category.value for m in find_red_flags(text)) for text, _ in notes]
    good = [f for (_, wanted), f in zip(notes, found, strict=True) if not wanted]
    bad = [(w, f) for (_, w), f in zip(notes, found, strict=True) if w]
    print(f"  {label}: {len(notes)} notes, {len(bad)} bad, {len(good)} good")
    met = True
    rows = []
    for category in RedFlag:
        name = category.value
        labelled = [f for w, f in bad if name in w]
        caught = sum(name in f for f in labelled)
        false = sum(name in f for f in good)
        recall = caught / len(labelled) if labelled else 1.0
        rate = false / len(good) if good else 0.0
        met = met and recall >= RECALL_TARGET and rate <= FALSE_FLAG_TARGET
        rows.append(
            f"    {name:<20} recall {caught:>3}/{len(labelled):<3} {recall:6.1%}   false flags {false:>2} {rate:5.1%}"
        )
    flagged = sum(bool(w & f) for w, f in bad)
    any_false = sum(bool(f) for f in good)
    overall_recall = flagged / len(bad) if bad else 1.0
    overall_false = any_false / len(good) if good else 0.0
    met = met and overall_recall >= RECALL_TARGET and overall_false <= FALSE_FLAG_TARGET
    print(
        f"    {'every category':<20} recall {flagged:>3}/{len(bad):<3} {overall_recall:6.1%}   "
        f"false flags {any_false:>2} {overall_false:5.1%}   (a bad note counts when one of its labels is raised)"
    )
    print("\n".join(rows))
    if show_misses:
        for (text, wanted), got in zip(notes, found, strict=True):
            if wanted != got:
                print(f"      wanted {sorted(wanted)} got {sorted(got)}: {text[:100]}")
    return met


def adversarial_timing() -> bool:
    notes = {
        "endorsed you + a_ x40": "endorsed you " + "a_" * 40 + "!",
        "endorsed you + a_ x5000": "endorsed you " + "a_" * 5000 + "!",
        "10,000 x 'send me all '": ("send me all " * 900)[:10_000],
        "10,000 spaced letters": ("a " * 5000)[:10_000],
        "10,000 styled letters": "𝓑" * 10_000,
        "every signal, 60 times": (
            "we offer a free demo call today, our platform helps clients; whatsapp me on 0712345678, send your bank "
            "details, bitcoin guaranteed returns, endorse me back, beautiful smile, widower, c0nnecti0ns f a s t. " * 60
        )[:10_000],
    }
    worst = 0.0
    for label, note in notes.items():
        start = time.perf_counter()
        find_red_flags(note)
        took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"    {label:<26} {len(note):>6} characters  {took * 1000:7.2f} ms")
    return worst < 0.05


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every note whose flags differ from its label")
    args = parser.parse_args(argv)
    print(f"Red flags: targets recall >= {RECALL_TARGET:.0%}, false flags <= {FALSE_FLAG_TARGET:.0%} (on the corpus)")
    met = report("corpus (developed on)", load(CORPUS), args.misses)
    report("held out", load(HOLDOUT), args.misses)
    report("written apart (seven sets, each measured blind first)", load(APART), args.misses)
    print("  learned vocabulary alone, each labelled set left out of the counts in turn (threshold as packaged)")
    recall, false = leave_one_set_out()
    print(f"    unwanted notes it flags {recall:6.1%}   good notes it flags {false:5.1%}")
    print("  adversarial notes (target: each under 50 ms)")
    fast = adversarial_timing()
    return 0 if met and fast else 1


if __name__ == "__main__":
    sys.exit(main())
