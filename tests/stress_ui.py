"""Run the GUI tests N times while busy loops keep the CPUs loaded, and count how the runs ended.

``make stress-ui`` (N=10, LOAD=2 by default). A crash in garbage collection, or any other death of the
interpreter, shows here as a run that ended by a signal; its faulthandler traceback is kept in the log.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def busy_loops(count: int) -> list[subprocess.Popen[bytes]]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=10, help="how many runs of the GUI tests (default 10)")
    parser.add_argument("--load", type=int, default=2, help="busy loops beside the runs (default 2)")
    parser.add_argument("--log-dir", type=Path, default=ROOT / "build" / "stress-ui", help="one log per run")
    parser.add_argument("paths", nargs="*", default=["tests/ui"], help="test paths (default tests/ui)")
    args = parser.parse_args(argv)
    args.log_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CI": "true", "PYTHONFAULTHANDLER": "1"}
    loops = busy_loops(args.load)
    outcomes: list[str] = []
    try:
        for run in range(1, args.runs + 1):
            log = args.log_dir / f"run-{run}.log"
            started = time.monotonic()
            with log.open("wb") as out:
                code = subprocess.call(
                    [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.paths],
                    cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                )  # fmt: skip
            if code == 0:
                outcome = "passed"
            elif code < 0 or code > 128:
                number = -code if code < 0 else code - 128
                outcome = f"died ({signal.Signals(number).name})"
            else:
                outcome = f"failed (exit {code})"
            outcomes.append(outcome)
            print(f"run {run}/{args.runs}: {outcome} in {time.monotonic() - started:.0f} s ({log})", flush=True)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
    passed = outcomes.count("passed")
    print(f"stress-ui: {passed} of {len(outcomes)} runs passed under {args.load} busy loops")
    return 0 if passed == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
