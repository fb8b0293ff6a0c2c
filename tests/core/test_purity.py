"""The core must stay pure: importing it pulls in neither Qt nor the ORM."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app.core


def test_core_imports_neither_qt_nor_sqlalchemy():
    modules = [f"app.core.{m.name}" for m in pkgutil.walk_packages(app.core.__path__)]
    assert modules, "the core has no modules"
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'keyring'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"the core imported: {result.stdout.strip()}"
