"""Where the database is: ``--db``, then ``$GATEHOUSE_DB``, then the file in the user's data folder.

Kept apart from ``app.storage.database`` so that the desktop app can find its file (and read it early, see
``app.storage.early_read``) before SQLAlchemy has been loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "GATEHOUSE_DB"
APP_NAME = "Gatehouse"


def default_database_path() -> Path:
    """The personal database in the user's data folder (e.g. ~/.local/share/Gatehouse/gatehouse.db)."""
    import platformdirs  # only when no database is named

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "gatehouse.db"


def chosen_text(choice: str | None) -> str:
    """What names the database: ``choice``, else ``$GATEHOUSE_DB``, else the default file."""
    return (choice or os.environ.get(ENV_VAR) or "").strip() or str(default_database_path())


def chosen_file(choice: str | None) -> Path | None:
    """The SQLite file chosen, as an absolute path; None when the choice is a server's URL."""
    text = chosen_text(choice)
    return None if "://" in text else Path(text).expanduser().resolve()
