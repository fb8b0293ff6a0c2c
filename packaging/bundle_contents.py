"""What goes into the PyInstaller bundle besides the code PyInstaller finds by itself.

Kept apart from ``gatehouse.spec`` so the test suite can check it without PyInstaller: every Alembic revision
ships as a ``.py`` file (Alembic reads env.py and versions/*.py from disk), and so do the resources.

In the repository ``migrations/`` and ``resources/`` sit at the top level but are the packages ``app.migrations``
and ``app.resources`` (pyproject's package-dir mapping); in the bundle they sit where those package names point:
``app/migrations/`` and ``app/resources/`` inside the bundle's contents folder.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.gatehouse.Gatehouse"
NAME = "gatehouse"

# Source folder -> folder inside the bundle (the mapping pyproject.toml's package-dir makes for the wheel).
SHIPPED_FOLDERS = {"migrations": "app/migrations", "resources": "app/resources"}
# Sources and build leftovers that a running Gatehouse never reads.
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}
SKIPPED_NAMES = {"__pycache__", ".gitignore", ".DS_Store"}

# Modules loaded by name at run time, which PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = [
    # SQLAlchemy loads dialects by URL ("sqlite://", "postgresql+psycopg://", "sqlite+pysqlcipher://").
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    # psycopg picks its fastest implementation by importing psycopg_binary when present.
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    # Alembic: the operations and DDL implementations the revisions and env.py use.
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    # keyring finds its backends through entry points; the spec also copies keyring's metadata.
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    # Qt modules used through the reports (PDF, printing) and the SVG icon.
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "vobject",
    "tomli_w",
]

# Packages whose installed metadata (entry points, version) is read at run time.
METADATA_PACKAGES = ["keyring"]

# Large things nothing in Gatehouse imports; excluding them keeps the bundle smaller.
EXCLUDES = [
    "tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
]


def _shipped(path: Path) -> bool:
    return path.is_file() and not (set(path.parts) & SKIPPED_NAMES) and path.suffix not in SKIPPED_SUFFIXES


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for PyInstaller's ``datas``, one per shipped file."""
    pairs = []
    for source_name, destination in SHIPPED_FOLDERS.items():
        source_folder = root / source_name
        for path in sorted(source_folder.rglob("*")):
            if _shipped(path):
                relative_parent = path.parent.relative_to(source_folder)
                target = destination if relative_parent == Path(".") else f"{destination}/{relative_parent.as_posix()}"
                pairs.append((str(path), target))
    return pairs


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules the revisions and env.py import. Alembic reads them as files, so PyInstaller's scan never sees
    them; the spec adds these as hidden imports so a revision that imports something new still works."""
    modules: set[str] = set()
    for path in sorted((root / "migrations").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
    return sorted(name for name in modules if name != "__future__" and not name.startswith("app.migrations"))


def desktop_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """Files copied beside the executable for ``install.sh``: (source, path inside the bundle folder)."""
    linux = root / "packaging" / "linux"
    return [
        (linux / "install.sh", "install.sh"),
        (linux / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (root / "resources" / "icons" / "gatehouse.svg", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        (root / "CHANGELOG.md", "CHANGELOG.md"),
    ]


def platform_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
