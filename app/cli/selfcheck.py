"""``gatehouse self-check``: prove that this installation works, without touching your own data.

It opens a fresh SQLite database in a temporary folder and applies every migration, round-trips an encrypted
SQLCipher file, loads the PostgreSQL driver, the keyring backends and the libraries the readers use, finds the
bundled resources, and starts Qt offscreen to draw the icon and write a PDF. It needs no keyring, no display
and no network, so it is what ``make dist-test`` runs inside the built bundle.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app import __version__
from app.cli.output import print_json, print_table

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.keys import PassphraseRequest

ICON = ("icons", "gatehouse.svg")
USER_GUIDE = ("help", "user-guide.md")
_qt_application: object | None = None


class CheckResult(NamedTuple):  # not a dataclass: `gatehouse --help` imports this module
    name: str
    ok: bool
    detail: str


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-check",
        help="check that this installation works (uses a temporary database, never yours)",
        description="Check that this installation works: migrations, encryption, drivers, resources and Qt. "
        "Uses a temporary database and never opens yours. Exits 0 when every check passes, 1 otherwise.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_self_check, opens_database=False)


def run_self_check(args: argparse.Namespace, _database: Database | None = None) -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="gatehouse-self-check-") as folder:
        results = run_checks(Path(folder))
    if args.json:
        print_json({"version": __version__, "ok": all(r.ok for r in results), "checks": [r._asdict() for r in results]})
    else:
        print_table(["result", "check", "detail"], [("ok" if r.ok else "FAILED", r.name, r.detail) for r in results])
        failed = [r.name for r in results if not r.ok]
        summary = f"gatehouse {__version__}: {len(results) - len(failed)} of {len(results)} checks passed"
        print(summary + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 0 if all(r.ok for r in results) else 1


def run_checks(folder: Path) -> list[CheckResult]:
    results = []
    for name, check in CHECKS:
        try:
            results.append(CheckResult(name, True, check(folder)))
        except Exception as exc:  # a self-check reports every failure instead of stopping at the first
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            results.append(CheckResult(name, False, f"{type(exc).__name__}: {reason}"))
    return results


def check_database(folder: Path) -> str:
    """The Alembic revisions shipped as files take an empty database to the head (what upgrading an older
    file needs), and a new encrypted database, created at the head directly, has the same tables and opens
    again with its key."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect
    from sqlalchemy.engine import URL

    from app.storage import migrate
    from app.storage.database import create_database_engine, open_database
    from app.storage.keys import MemoryStore

    revisions = list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    head = migrate.head_revision()
    engine = create_database_engine(URL.create("sqlite", database=str(folder / "revisions.db")))
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            migrated = migrate.current_revisions(connection)
            migrated_tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    if migrated != (head,):
        raise RuntimeError(f"the revisions took an empty database to {migrated}, not to the head revision {head}")
    path = folder / "self-check.db"
    keys = MemoryStore()
    database = open_database(str(path), secrets=keys, ask_passphrase=_no_passphrase)
    try:
        encrypted = database.is_encrypted
        with database.engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    finally:
        database.close()
    if not encrypted or path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("the new database file was written without encryption")
    if set(tables) != migrated_tables:
        raise RuntimeError(f"a new database has other tables than the revisions make: {sorted(tables)}")
    reopened = open_database(str(path), secrets=keys, ask_passphrase=_no_passphrase)
    try:
        with reopened.engine.connect() as connection:
            current = migrate.current_revisions(connection)
    finally:
        reopened.close()
    if current != (head,):
        raise RuntimeError(f"the new database is at {current}, not at the head revision {head}")
    count = len(revisions)
    return f"all {count} revisions apply up to {head}; a new encrypted database is there too ({len(tables)} tables)"


def _no_passphrase(_request: PassphraseRequest) -> str | None:
    """The temporary database's key is in a MemoryStore; nobody is ever asked for a passphrase."""
    return None


def check_encryption(_folder: Path) -> str:
    """SQLCipher's native library is the one in use."""
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(":memory:")
    try:
        cipher_version = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    if not cipher_version:
        raise RuntimeError("the SQLite library loaded has no SQLCipher in it")
    return f"SQLCipher {cipher_version[0]}"


def check_team_database_driver(_folder: Path) -> str:
    """The PostgreSQL driver and its libpq load (without connecting anywhere)."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://self-check@localhost/self-check")
    engine.dispose()
    libpq = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}.{libpq % 100}"


def check_keyring(_folder: Path) -> str:
    """The keyring backends are registered (asking none of them for a secret)."""
    from importlib.metadata import entry_points

    import keyring  # noqa: F401  (the package itself must import)

    backends = sorted(entry.name for entry in entry_points(group="keyring.backends"))
    if not backends:
        raise RuntimeError("no keyring backends are registered (keyring's package metadata is missing)")
    return "backends: " + ", ".join(backends)


def check_libraries(_folder: Path) -> str:
    """The libraries the readers and writers use, each doing a little of its real work."""
    import tomllib
    from datetime import date

    import tomli_w
    import vobject
    from dateutil import parser as date_parser
    from dateutil.relativedelta import relativedelta
    from rapidfuzz import fuzz

    card = vobject.readOne("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Quill\r\nN:Quill;Ada;;;\r\nEND:VCARD\r\n")
    if card.fn.value != "Ada Quill":
        raise RuntimeError("vobject read the wrong name")
    if date_parser.parse("21 Nov 2024").date() + relativedelta(months=3) != date(2025, 2, 21):
        raise RuntimeError("dateutil counted calendar months wrongly")
    if tomllib.loads(tomli_w.dumps({"rule": {"name": "spam"}})) != {"rule": {"name": "spam"}}:
        raise RuntimeError("TOML did not round-trip")
    if fuzz.ratio("Jürgen Weiß", "Jurgen Weiss") < 70:
        raise RuntimeError("rapidfuzz scored similar names as different")
    from app.core.drafts import NamedPerson, check_draft_once  # pyahocorasick and google-re2
    from app.core.records import OwnerProfile

    draft = check_draft_once(
        "Well done jose muller! Ring 07700 900123.", [NamedPerson(1, "José", "Müller")], OwnerProfile()
    )
    if [f.category.value for f in draft.findings] != ["client", "personal-data"]:
        raise RuntimeError("the draft check missed a client's name or a phone number")
    return "vobject, python-dateutil, tomllib/tomli-w, rapidfuzz, pyahocorasick and google-re2 work"


def resource(*parts: str) -> Path:
    from importlib.resources import files

    return Path(str(files("app.resources").joinpath(*parts)))


def check_resources(_folder: Path) -> str:
    """The icon, the user guide, the templates and the compiled translations are shipped as files."""
    icon = resource(*ICON)
    import xml.etree.ElementTree as ElementTree

    ElementTree.parse(icon)  # raises on a missing or broken file
    guide = resource(*USER_GUIDE)
    if not guide.read_text(encoding="utf-8").strip():
        raise RuntimeError(f"the user guide {guide} is empty")
    templates = resource("templates")
    if not templates.is_dir():
        raise RuntimeError(f"the templates folder {templates} is missing")
    translations = sorted(path.stem for path in resource("translations").glob("*.qm"))
    shown = ", ".join(translations) if translations else "none compiled (run make translations)"
    return f"icon, user guide and templates found; translations: {shown}"


def check_qt(folder: Path) -> str:
    """Qt starts offscreen, draws the SVG icon, writes a PDF and loads the compiled translations."""
    from PySide6.QtCore import QSize, QTranslator
    from PySide6.QtGui import QIcon, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    importlib.import_module("app.ui.application")  # the desktop app's modules are all there
    global _qt_application
    if QApplication.instance() is None:
        # Kept for the life of the process: Qt allows one application object per process.
        _qt_application = QApplication(["gatehouse", "-platform", "offscreen"])
    platform = QApplication.platformName()
    pixmap = QIcon(str(resource(*ICON))).pixmap(QSize(64, 64))
    if pixmap.isNull():
        raise RuntimeError("the SVG icon did not draw (is Qt's svg image format plugin missing?)")
    pdf_path = folder / "self-check.pdf"
    writer = QPdfWriter(str(pdf_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Gatehouse self-check")
    painter.end()
    if not pdf_path.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("Qt did not write a PDF")
    for compiled in resource("translations").glob("*.qm"):
        if not QTranslator().load(str(compiled)):
            raise RuntimeError(f"the translation {compiled.name} does not load")
    return f"Qt started ({platform}), drew the icon and wrote a PDF"


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("database", check_database),
    ("encryption", check_encryption),
    ("team-database-driver", check_team_database_driver),
    ("keyring", check_keyring),
    ("libraries", check_libraries),
    ("resources", check_resources),
    ("qt", check_qt),
)
