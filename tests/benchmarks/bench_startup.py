"""Start-up benchmark: whole ``gatehouse`` processes, from start to exit, beside the floors they are held to.

Each figure is the median of ``--repeat`` fresh processes, as CPU time (user + system, of the process and its
children) and wall time; the ratios are on CPU time, which a busy shared machine disturbs least.

- interpreter floor: ``python -c "import sqlite3, csv, json"``;
- ``gatehouse --version`` and ``gatehouse --help``: at most 3x the interpreter floor;
- ``gatehouse contacts list --json`` on a small, up-to-date encrypted database: at most 10x that floor;
- import floor: a process that reads the export with ``csv.reader`` and inserts its connections and invitations
  with ``sqlite3.executemany`` into tables like Gatehouse's (``bench_import``'s floor, as a whole process);
- ``gatehouse import`` of 30,000 connections into a new database (encrypted, the default): at most 3x the
  import floor.

Gatehouse's own modules are compiled to bytecode first, as installing it does (``pip install`` writes the
bytecode of every module it installs; the bundle holds it too): a working copy run with PYTHONDONTWRITEBYTECODE
would otherwise compile ``app/`` afresh in every process, which no user's start-up pays.

    python -m tests.benchmarks.bench_startup [--repeat 7] [--size 30000]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.benchmarks.bench_gui import environment
from tests.benchmarks.bench_import import DATA, ROOT, export_folder, floor_tables

INTERPRETER_FLOOR = (sys.executable, "-c", "import sqlite3, csv, json")
ANSWER_TARGET = 3.0  # --version, --help
COMMAND_TARGET = 10.0  # a command on an up-to-date database
IMPORT_TARGET = 3.0  # a whole import, process start to exit


def gatehouse_command() -> list[str]:
    """The installed ``gatehouse`` script beside this interpreter (what a user runs), else ``python -m app``."""
    script = Path(sys.executable).with_name("gatehouse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system, children included) and wall seconds of one process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def median_of(argv: Sequence[str], env: dict[str, str], repeat: int, prepare: object = None) -> tuple[float, float]:
    cpus, walls = [], []
    for _ in range(repeat):
        if callable(prepare):
            prepare()
        cpu, wall = run_once(argv, env)
        cpus.append(cpu)
        walls.append(wall)
    return statistics.median(cpus), statistics.median(walls)


def _line(label: str, figure: tuple[float, float], floor: tuple[float, float] | None = None, target: float = 0) -> str:
    cpu, wall = figure
    text = f"  {label:<50}{cpu * 1000:8.0f} ms CPU {wall * 1000:8.0f} ms wall"
    if floor is None:
        return text
    ratio = cpu / floor[0]
    verdict = "ok" if ratio <= target else "MISSED"
    return text + f"  {ratio:5.1f}x floor (target <= {target:.0f}x: {verdict})"


def compile_bytecode() -> None:
    """The bytecode of every module the measured processes load from this working copy, as installing writes."""
    for folder in ("app", "migrations", "tests/benchmarks"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    for module in ("tests/__init__.py", "tests/keyring_backend.py"):
        compileall.compile_file(ROOT / module, quiet=1)


def run(repeat: int, size: int) -> int:
    missed = 0
    compile_bytecode()
    folder = export_folder(size)
    DATA.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=DATA, prefix="startup-") as work_name:
        work = Path(work_name)
        (work / "home").mkdir()
        env = environment(work / "home")
        gatehouse = gatehouse_command()
        print(f"\nStart-up benchmark: median of {repeat} processes; ratios on CPU time ({' '.join(gatehouse)})")
        floor = median_of(INTERPRETER_FLOOR, env, repeat)
        print(_line('interpreter floor: python -c "import sqlite3, csv, json"', floor))
        for args in (["--version"], ["--help"]):
            figure = median_of([*gatehouse, *args], env, repeat)
            missed += figure[0] > ANSWER_TARGET * floor[0]
            print(_line(f"gatehouse {' '.join(args)}", figure, floor, ANSWER_TARGET))
        small = work / "small.db"
        listing = [*gatehouse, "--db", str(small), "contacts", "list", "--json"]
        adding = [*gatehouse, "--db", str(small), "contacts", "add", "--first-name", "Ada", "--last-name", "Quill"]
        run_once(adding, env)  # created and migrated
        run_once(listing, env)  # today's backup taken: what follows is an ordinary day's command
        figure = median_of(listing, env, repeat)
        missed += figure[0] > COMMAND_TARGET * floor[0]
        print(_line("gatehouse contacts list --json (small database)", figure, floor, COMMAND_TARGET))

        tables = floor_tables(work)
        floor_process = [sys.executable, "-m", "tests.benchmarks.bench_import", "--measure", "floor"]
        imports = max(3, repeat // 2)
        import_floor = median_of([*floor_process, "--tables", str(tables), str(folder)], env, imports)
        print(_line(f"import floor, {size:,} connections, as a process", import_floor))
        target_db = work / "import.db"

        def fresh() -> None:
            for old in work.glob("import.db*"):
                old.unlink()

        importing = [*gatehouse, "--db", str(target_db), "import", str(folder), "--json"]
        figure = median_of(importing, env, imports, prepare=fresh)
        missed += figure[0] > IMPORT_TARGET * import_floor[0]
        print(_line("gatehouse import (new encrypted database)", figure, import_floor, IMPORT_TARGET))
        run_once(importing, env)  # today's backup of the imported database taken
        again = median_of(importing, env, imports)
        print(_line("gatehouse import again (all unchanged)", again, import_floor, IMPORT_TARGET))
        missed += again[0] > IMPORT_TARGET * import_floor[0]
    sys.stdout.flush()
    return 1 if missed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_startup", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--repeat", type=int, default=7, help="processes per figure (the median is kept)")
    parser.add_argument("--size", type=int, default=30_000, help="connections in the imported export")
    options = parser.parse_args(argv)
    os.environ.pop("GATEHOUSE_DB", None)
    return run(options.repeat, options.size)


if __name__ == "__main__":
    raise SystemExit(main())
