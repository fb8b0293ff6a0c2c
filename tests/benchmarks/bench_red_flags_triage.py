"""Red flags as a user meets them: labelled notes imported as invitations and triaged by the default policy.

What a careers adviser sees is not a category but a decision. Every note of a labelled set becomes an incoming
invitation from an invented stranger in an ``Invitations.csv`` beside a small synthetic export; real
``gatehouse import`` and ``gatehouse triage --json`` processes (an encrypted database, the default) then decide
each one. A bad note is caught when it is flagged and the decision is ignore or report; a good note is wrongly
treated when it is flagged, or ignored or reported.

    python -m tests.benchmarks.bench_red_flags_triage [FILE.toml ...] [--misses]

With no file, the corpus and the sets written apart (``bench_red_flags``) are measured. Targets as there: at least 95%
of bad notes caught and at most 2% of good notes flagged, on the corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_gui import environment
from tests.benchmarks.bench_import import ROOT
from tests.benchmarks.bench_red_flags import APART, CORPUS, FALSE_FLAG_TARGET, HOLDOUT, RECALL_TARGET, load
from tests.benchmarks.bench_startup import gatehouse_command

EXPORT_TOOL = ROOT.parent / "shared" / "tools" / "make_linkedin_export.py"
OWNER_URL = "https://www.linkedin.com/in/morgan-adviser-0c4f1e"
CAUGHT = {"ignore", "report"}


def _export(folder: Path, notes: list[str]) -> list[str]:
    """A small synthetic export whose Invitations.csv holds one incoming invitation per note; the senders' URLs."""
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(folder), "--connections", "30", "--invitations", "4", "--messages", "4"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    path = folder / "Invitations.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, owner = rows[0], "Morgan Adviser"
    urls = []
    for number, note in enumerate(notes):
        url = f"https://www.linkedin.com/in/sender-{number:04d}"
        urls.append(url)
        day = 1 + number % 28
        sent = f"11/{day}/26, 9:{number % 60:02d} AM"
        rows.append([f"Sender {number:04d}", owner, sent, note, "INCOMING", url, OWNER_URL])
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, *rows[1:]])
    return urls


def triage(notes: list[str]) -> dict[str, dict[str, object]]:
    """Each note's triage row (decision, red flags) by the sender's profile URL."""
    with tempfile.TemporaryDirectory(prefix="gatehouse-flags-") as work:
        home = Path(work)
        env = environment(home)
        urls = _export(home / "export", notes)
        db = str(home / "gatehouse.db")
        command = gatehouse_command()
        subprocess.run([*command, "--db", db, "import", str(home / "export")], env=env, check=True,
                       stdout=subprocess.DEVNULL, cwd=ROOT)  # fmt: skip
        out = subprocess.run([*command, "--db", db, "triage", "--json", "--as-of", "2026-12-01"], env=env,
                             check=True, capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    rows = {str(row["profile_url"]).rstrip("/"): row for row in json.loads(out.stdout)}
    return {url: rows[url] for url in urls if url in rows}


def report(label: str, notes: list[tuple[str, frozenset[str]]], show_misses: bool) -> bool:
    texts = [text for text, _ in notes]
    rows = triage(texts)
    caught = wrong = bad = good = 0
    misses = []
    for number, (text, wanted) in enumerate(notes):
        row = rows.get(f"https://www.linkedin.com/in/sender-{number:04d}")
        decision = row["decision"] if row else "missing"
        flags = sorted(flag["category"] for flag in row["red_flags"]) if row else []  # type: ignore[union-attr]
        if wanted:
            bad += 1
            ok = bool(flags) and decision in CAUGHT
            caught += ok
        else:
            good += 1
            ok = not flags and decision not in CAUGHT
            wrong += not ok
        if not ok:
            misses.append(f"      wanted {sorted(wanted)} got {flags} -> {decision}: {text[:100]}")
    recall = caught / bad if bad else 1.0
    false = wrong / good if good else 0.0
    print(f"  {label}: {len(notes)} notes through import + triage")
    print(f"    bad notes flagged and ignored or reported {caught:>3}/{bad:<3} {recall:6.1%}")
    print(f"    good notes flagged, ignored or reported   {wrong:>3}/{good:<3} {false:6.1%}")
    if show_misses:
        print("\n".join(misses))
    return recall >= RECALL_TARGET and false <= FALSE_FLAG_TARGET


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="labelled sets (TOML, as the corpus)")
    parser.add_argument("--misses", action="store_true", help="list every note treated otherwise than labelled")
    args = parser.parse_args(argv)
    print(f"Red flags through triage: targets caught >= {RECALL_TARGET:.0%}, good notes hit <= {FALSE_FLAG_TARGET:.0%}")
    if args.files:
        return 0 if all([report(str(path), load(path), args.misses) for path in args.files]) else 1
    met = report("corpus (developed on)", load(CORPUS), args.misses)
    report("held out", load(HOLDOUT), args.misses)
    report("written apart", load(APART), args.misses)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
