"""``make bench`` (``python -m tests.benchmarks``): run every ``bench_*.py`` module in this folder.

Each module defines ``main(argv: list[str] | None = None) -> int``, prints its figures and returns 0 when its
targets are met. Benchmarks are not tests: pytest does not collect them and they are not timed assertions.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    folder = Path(__file__).resolve().parent
    status = 0
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    for name in names:
        print(f"== {name} ==", flush=True)
        module = importlib.import_module(f"tests.benchmarks.{name}")
        status |= module.main([])
        sys.stdout.flush()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
