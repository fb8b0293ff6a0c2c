"""Fuzzing the readers with hypothesis: mutated LinkedIn CSVs, zips, vCards and policy TOML files.

The only outcomes allowed are a successful import or the documented clear error (BadInput naming the file), and
after an error the database is exactly as it was. The number of examples is bounded (GATEHOUSE_FUZZ_EXAMPLES,
default 40 per reader, the same examples every run) so the suite stays quick and steady in CI; set it to fuzz
for longer with new random examples each time.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import BadInput
from app.core.policy.model import default_policy
from app.core.policy.policy_file import policy_from_toml, policy_to_toml
from app.services import policy as policy_service
from app.services.importing import import_paths
from app.storage.database import Database
from tests.cli.conftest import assert_one_line_error, gatehouse  # noqa: F401 (the CLI fixture)
from tests.conftest import EXPORT_TOOL

EXAMPLES = int(os.environ.get("GATEHOUSE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    # The same examples on every ordinary run (no flaky suite); new random ones when fuzzing on purpose.
    derandomize="GATEHOUSE_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

VCARDS = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Quill\r\nN:Quill;Ada;;;\r\nEMAIL:ada@example.org\r\n"
    "ORG:Acme\r\nTITLE:Director\r\nURL:https://www.linkedin.com/in/ada-quill\r\nNOTE:met at the fair\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Xu\r\nN:Xu;Jürgen;;;\r\nEMAIL;TYPE=work:j@x.org\r\nEND:VCARD\r\n"
).encode()

MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.sampled_from([b",", b'"', b"\n", b"\r", b"\x00", b"\xff\xfe",
                                                                  b"=cmd|' /C calc'!A0", b"\xef\xbb\xbf", b";"])),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 200)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("duplicate-line"), st.floats(0, 1), st.integers(1, 5)),
    st.tuples(st.just("text"), st.floats(0, 1), st.text(max_size=30)),
)  # fmt: skip


def mutate(data: bytes, mutations: list[tuple[str, float, object]]) -> bytes:
    out = bytearray(data)
    for kind, where, arg in mutations:
        at = int(where * len(out))
        if kind == "flip" and out:
            at = min(at, len(out) - 1)
            out[at] ^= int(arg)  # type: ignore[arg-type]
        elif kind == "insert":
            out[at:at] = arg  # type: ignore[assignment]
        elif kind == "text":
            out[at:at] = str(arg).encode("utf-8", "surrogatepass")
        elif kind == "delete":
            del out[at : at + int(arg)]  # type: ignore[arg-type]
        elif kind == "truncate":
            del out[at:]
        elif kind == "duplicate-line":
            lines = bytes(out).split(b"\n")
            index = min(int(where * len(lines)), len(lines) - 1)
            lines[index:index] = [lines[index]] * int(arg)  # type: ignore[arg-type]
            out = bytearray(b"\n".join(lines))
    return bytes(out)


def fingerprint(db: Database) -> str:
    """Every row of every table, hashed: equal fingerprints mean the database is unchanged."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        tables = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seed-export")
    subprocess.run(
        [sys.executable, str(EXPORT_TOOL), str(folder), "--connections", "25", "--invitations", "8",
         "--messages", "12", "--seed", "5"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    found = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    found["contacts.vcf"] = VCARDS
    return found


class Importer:
    """Imports one fuzzed file into the database and checks the outcome."""

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.folder = folder
        self.count = 0
        self.outcomes: dict[str, int] = {"imported": 0, "refused": 0}

    def check(self, name: str, data: bytes) -> None:
        self.count += 1
        case = self.folder / f"case{self.count}"
        case.mkdir()
        path = case / name
        path.write_bytes(data)
        before = fingerprint(self.db)
        try:
            import_paths(self.db, [path])
        except BadInput as exc:
            message = str(exc)
            assert message.strip(), "an empty error message"
            assert name in message or "import" in message, f"the error does not name the file: {message}"
            assert fingerprint(self.db) == before, f"the database changed although the import was refused: {message}"
            self.outcomes["refused"] += 1
        else:
            self.outcomes["imported"] += 1


@pytest.fixture
def importer(sqlite_db: Database, tmp_path: Path) -> Importer:
    return Importer(sqlite_db, tmp_path)


@pytest.mark.parametrize("name", ["Connections.csv", "Invitations.csv", "messages.csv", "Profile.csv"])
def test_mutated_linkedin_csv_files(name, seeds, importer):
    @FUZZ
    @given(mutations=st.lists(MUTATION, min_size=1, max_size=6))
    def run(mutations):
        importer.check(name, mutate(seeds[name], mutations))

    run()
    assert importer.count >= min(EXAMPLES, 10), importer.outcomes


def test_mutated_vcards(seeds, importer):
    @FUZZ
    @given(mutations=st.lists(MUTATION, min_size=1, max_size=6))
    def run(mutations):
        importer.check("contacts.vcf", mutate(seeds["contacts.vcf"], mutations))

    run()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def test_mutated_zips(seeds, importer):
    members = {name: seeds[name] for name in ("Connections.csv", "Invitations.csv", "messages.csv", "Profile.csv")}

    @FUZZ
    @given(
        target=st.sampled_from([*members, "the zip itself"]),
        mutations=st.lists(MUTATION, min_size=1, max_size=6),
        nested=st.booleans(),
    )
    def run(target, mutations, nested):
        inside = dict(members)
        if target in inside:
            inside[target] = mutate(inside[target], mutations)
        if nested:
            inside = {f"Basic_LinkedInDataExport_11-21-2026/{k}": v for k, v in inside.items()}
        data = _zip(inside)
        if target == "the zip itself":
            data = mutate(data, mutations)
        importer.check("Basic_LinkedInDataExport_11-21-2026.zip", data)

    run()


def test_mutated_policy_files(sqlite_db, tmp_path):
    seed = policy_to_toml(default_policy()).encode()
    assert policy_from_toml(seed.decode()) == default_policy()
    count = 0

    @FUZZ
    @given(mutations=st.lists(MUTATION, min_size=1, max_size=6))
    def run(mutations):
        nonlocal count
        count += 1
        path = tmp_path / f"policy{count}.toml"
        path.write_bytes(mutate(seed, mutations))
        before = fingerprint(sqlite_db)
        try:
            policy_service.import_policy(sqlite_db, path)
        except BadInput as exc:
            assert path.name in str(exc) or str(path) in str(exc), str(exc)
            assert fingerprint(sqlite_db) == before, str(exc)

    run()


def test_cli_errors_stay_on_one_line_when_the_file_holds_line_breaks(seeds, tmp_path, gatehouse):  # noqa: F811
    """Found by this fuzzer: a line break inside a quoted date made the error two lines on stderr."""
    path = tmp_path / "Invitations.csv"
    path.write_bytes(mutate(seeds["Invitations.csv"], [("insert", 0.646484375, b"\n")]))
    result = gatehouse("import", str(path))
    assert result.returncode in (0, 2), result
    if result.returncode == 2:
        assert_one_line_error(result)
        assert "Invitations.csv" in result.stderr
