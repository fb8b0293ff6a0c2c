"""Importing LinkedIn's data export and vCards into the record: one transaction for the whole import.

What happens (the README's "Importing" section says the same for users):

- Connections.csv rows become contacts (``unsorted``, LinkedIn consent ``implied``, ``connected_on`` set).
- Incoming invitations become pending connection requests (the sender starts as a ``stranger`` when new); from
  someone who is already a connection they are recorded as ``done``. Outgoing invitations are recorded too.
- messages.csv moves each person's last interaction forward (drafts and SPAM ignored).
- Profile.csv (and the owner's profile URL found in the export) fills empty fields of the owner profile.
- vCards add contacts or fill empty fields of the matching ones.

People are matched by normalised profile URL, then e-mail, never by name alone (a URL-less 2018 connection is
the same LinkedIn row when name *and* connection date agree; a URL-less invitation was accepted by the one
connection of that folded name connected on or after its day, else the request names that connection as its
probable sender). A URL that names no member (``https://www.linkedin.com/in``) is no URL. A relationship an
import guessed (``stranger``) gives way to ``unsorted`` once the person is a connection; the user's never does.
Re-importing updates LinkedIn's facts (company, position, connected-on, last interaction; names of contacts that
came from LinkedIn) and never overwrites what the user entered (relationship, met-in, consent, notes, tags).
Alike names are reported as possible duplicates.

How: the import's transaction begins by writing its audit event (so on SQLite it holds the write lock and the
record cannot change under it), loads the record in a few queries, reads the files row by row with the pure core
readers and matches each row as it comes (nothing is written yet), then writes everything with bulk statements.
Bad input raises BadInput("FILE:LINE: ...") part-way and the whole transaction is rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.core.linkedin.archive import SourceFile, collect_sources
from app.core.linkedin.readers import (
    estimate_rows,
)
from app.core.linkedin.rows import (
    SkippedRow,
)
from app.core.many_objects import many_objects
from app.services.import_merge import ImportRun
from app.services.import_report import (
    ImportCancelled,
    ImportSummary,
    Meter,
    PossibleDuplicate,
    ProgressCallback,
)
from app.storage import bulk
from app.storage.base import utcnow
from app.storage.database import Database

__all__ = [
    "ImportCancelled",
    "ImportSummary",
    "PossibleDuplicate",
    "ProgressCallback",
    "SkippedRow",
    "import_paths",
]


def import_paths(
    db: Database,
    paths: Sequence[Path],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Import the export's zip, its folder, or single files, in one transaction.

    ``progress(done, total, message)`` is called every few hundred rows; ``is_cancelled()`` is polled as often and
    a True answer raises ImportCancelled with nothing written. Bad input raises BadInput("FILE:LINE: what").
    """
    moment = now or utcnow()
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    meter = Meter(progress, is_cancelled)
    with many_objects():
        sources = collect_sources([Path(p) for p in paths])
        names, ignored, files = tuple(f.name for f in sources.files), sources.ignored, list(sources.files)
        del sources  # each file's bytes are let go once it is read
        meter.rows = max(1, sum(estimate_rows(f.data) for f in files))
        meter.check()
        summary = _import_in_one_transaction(db, files, moment, meter)
    return replace(summary, files_read=names, ignored_files=ignored)


def _import_in_one_transaction(db: Database, files: list[SourceFile], moment: datetime, meter: Meter) -> ImportSummary:
    """The import's transaction. Its own function so that what the run built (an object or two per row) is freed
    when it returns, while the collector is still paused: otherwise re-enabling the collector starts a collection
    that walks all of it (about 5% of an import of 30,000 connections), just before it is freed anyway."""
    with db.session() as session, bulk.page_cache(session):
        run = ImportRun(session, db.owner_id, moment, meter)
        summary = run.run(files)
        meter.finish("Import finished")
        return summary
