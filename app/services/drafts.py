"""Checking a draft before it goes out: the traffic light over the record's clients, the policy and the profile.

A ``DraftChecker`` builds the clients' name matcher once and keeps it: each check asks the record for a cheap
version stamp (how many contacts, the latest change) and rebuilds only when the record changed since. The
policy's ``[drafts]`` section and the profile are read on every check (a few rows), so an edit to either counts
at once. Safe to share between the GUI thread and the task runner's worker.
"""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from app.core.drafts import DraftCheck, DraftTerms, NameMatcher, check_draft
from app.storage import drafts as draft_repo
from app.storage import owners
from app.storage.database import Database


class DraftChecker:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._version: draft_repo.RecordVersion | None = None
        self._names: NameMatcher | None = None

    def prepare(self) -> int:
        """Build (or bring up to date) the clients' matcher now; returns how many clients it knows."""
        with self._db.session() as session:
            current = self._current(session, build=True)
        assert current is not None
        return len(current[0])

    def is_prepared(self) -> bool:
        return self._names is not None

    def check(self, draft: str) -> DraftCheck:
        with self._db.session() as session:
            current = self._current(session, build=True)
        assert current is not None
        return check_draft(draft, *current)

    def check_if_ready(self, draft: str) -> DraftCheck | None:
        """The check when the matcher is up to date (milliseconds: fine on the GUI thread); None when the record
        changed and the matcher must be rebuilt first (``prepare``, on the task runner)."""
        with self._db.session() as session:
            current = self._current(session, build=False)
        return None if current is None else check_draft(draft, *current)

    def _current(self, session: Session, *, build: bool) -> tuple[NameMatcher, DraftTerms] | None:
        owner_id = self._db.owner_id
        version = draft_repo.record_version(session, owner_id)
        with self._lock:
            if self._names is None or version != self._version:
                if not build:
                    return None
                self._names = NameMatcher(draft_repo.client_names(session, owner_id))
                self._version = version
            names = self._names
        section = draft_repo.drafts_section(session, owner_id)
        terms = DraftTerms(section, owners.load_profile(session, owner_id))
        return names, terms


def check_text(db: Database, draft: str) -> DraftCheck:
    """One check (the CLI): the matcher is built for this draft only."""
    return DraftChecker(db).check(draft)
