"""Backups, restore, encryption and re-keying of a personal database file.

Each of these writes a new file, verifies it (``PRAGMA integrity_check`` and the same number of rows in every
table), and only then swaps it in. The ``Database`` given is disconnected on the way: call ``db.reopen()``
(or open it again) afterwards.

Encrypting, re-keying and restoring hold the write lock exclusively from the copy to the swap, so no other
Gatehouse process writes meanwhile (one that tries is told the file is busy, and so is this one when another
has the file open). A new key is kept under the id of the new file before the swap, never over the entry of the
file it replaces: killed at any moment, the file in place opens with the key the keyring holds for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import selectinload, sessionmaker

from app.core.errors import BadInput, DatabaseUnavailable, NotFound
from app.services.privacy import erase_contact
from app.storage import backups, migrate
from app.storage.backups import FileState
from app.storage.base import utcnow
from app.storage.database import (
    Database,
    backup_sqlite_file,
    busy_timeout_ms,
    create_database_engine,
    current_owner_id,
    forget_file_key,
    key_for_copy,
    remember_file_key,
)
from app.storage.file_keys import file_id_keyring_name
from app.storage.keys import (
    DatabaseKey,
    KeyKind,
    KeyringUnavailable,
    PassphrasePrompt,
    PassphraseRequest,
    WrongKey,
    terminal_passphrase,
)
from app.storage.lock import InstanceLock
from app.storage.models import Contact, Suppression
from app.storage.orphans import orphan_copies
from app.storage.suppression import SuppressionIndex
from app.storage.write_lock import WriteLock


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    reason: str
    encrypted: bool
    size: int


@dataclass(frozen=True, slots=True)
class SwapResult:
    path: Path
    kept_copy: Path | None
    key_kind: KeyKind | None
    erased_again: tuple[str, ...] = ()  # restore: people erased since the backup, erased again


def _file_of(db: Database) -> Path:
    path = db.file_path
    if path is None:
        raise BadInput("backups, restore, encryption and re-keying work on a personal database file, not a server")
    return path


def backup_now(db: Database, out: Path | None = None) -> Path:
    """A backup taken now with the online backup API (same key as the database); kept until you remove it."""
    path = _file_of(db)
    if out is None:
        return backup_sqlite_file(path, "manual", db.key, db.secrets)
    target = out.expanduser().resolve()
    if target.exists():
        raise BadInput(f"{target} exists already; choose a new file name")
    try:
        backups.copy_with_backup_api(path, target, db.key)
    except OSError as exc:
        raise BadInput(f"cannot write {target}: {exc.strerror or exc}") from None
    remember_file_key(target, db.key, db.secrets)
    return target


def list_backups(db: Database) -> list[BackupInfo]:
    path = _file_of(db)
    found = []
    for candidate in backups.list_backups(path):
        match = backups._STAMP.search(candidate.name[len(path.name) :])
        found.append(
            BackupInfo(
                path=candidate,
                reason=match["reason"] if match else "",
                encrypted=backups.file_state(candidate) is FileState.ENCRYPTED,
                size=candidate.stat().st_size,
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class BackupsHolding:
    """The backups taken before an erasure, which still hold the person until they are replaced or removed."""

    automatic: int  # daily and pre-migration backups: replaced as newer ones come (seven of each kind are kept)
    replaced_by: date | None  # when the last of them goes, if Gatehouse is opened every day
    kept: tuple[Path, ...]  # manual, pre-restore and unencrypted copies: kept until the user removes them

    def sentence(self) -> str:
        if not self.automatic and not self.kept:
            return "No backup holds them."
        parts = []
        if self.automatic:
            when = self.replaced_by.isoformat() if self.replaced_by else "later"
            parts.append(
                f"{self.automatic} automatic backup{'s' if self.automatic != 1 else ''} still hold them until they "
                f"are replaced (by {when} if Gatehouse is opened every day)"
            )
        if self.kept:
            parts.append(
                f"{len(self.kept)} kept backup{'s' if len(self.kept) != 1 else ''} still hold them until you remove "
                "them (see `gatehouse backup --list`)"
            )
        return "; ".join(parts) + "."


def backups_holding(db: Database, today: date | None = None) -> BackupsHolding:
    """What an erasure cannot reach: the backups beside the database (none for a team database)."""
    path = db.file_path
    if path is None:
        return BackupsHolding(0, None, ())
    automatic = 0
    kept_files: list[Path] = []
    for found in backups.list_backups(path):
        match = backups._STAMP.search(found.name[len(path.name) :])
        if match and match["reason"] in backups.AUTOMATIC_REASONS:
            automatic += 1
        else:
            kept_files.append(found)
    by_reason = {r: len(backups.list_backups(path, r)) for r in backups.AUTOMATIC_REASONS}
    days = max(by_reason.values(), default=0)  # a daily backup a day: the oldest goes after seven newer ones
    replaced_by = (today or date.today()) + timedelta(days=backups.KEEP_AUTOMATIC) if days else None
    return BackupsHolding(automatic, replaced_by, tuple(kept_files))


def leftover_copies(db: Database) -> list[Path]:
    """Unfinished copies still beside the database (ones that could not be removed when it was opened)."""
    return orphan_copies(_file_of(db))


def _verified_copy_of(source: Path, source_key: DatabaseKey | None, tmp: Path, target_key: DatabaseKey | None) -> None:
    """Export ``source`` into ``tmp`` under ``target_key`` and check both hold the same rows."""
    expected = backups.verify_file(source, source_key)
    try:
        backups.export_with_key(source, source_key, tmp, target_key)
        written = backups.verify_file(tmp, target_key)
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    if written.tables != expected.tables:
        tmp.unlink(missing_ok=True)
        raise DatabaseUnavailable(f"the new copy of {source} does not match it; nothing was changed")


@contextlib.contextmanager
def _exclusive(db: Database, path: Path) -> Iterator[None]:
    """The app's instance lock (already held when the desktop app itself asks) and the write lock, exclusively:
    no other Gatehouse process has the file open until the swap is done."""
    instance = (
        contextlib.nullcontext() if db.instance_lock is not None and db.instance_lock.held else InstanceLock(path)
    )
    with instance:
        if db.write_lock is None:
            db.write_lock = WriteLock(path, busy_timeout_ms() / 1000)
        with db.write_lock.exclusive():
            yield


def _swap(db: Database, tmp: Path, keep_old_as: Path | None) -> None:
    path = _file_of(db)
    db.engine.dispose()
    backups.checkpoint_and_close(path, db.key)
    backups.swap_in(tmp, path, keep_old_as)


def encrypt_database(db: Database, *, passphrase: str | None = None) -> SwapResult:
    """Encrypt an unencrypted database: a new encrypted file, verified, swapped in; the old file is kept as
    ``<name>.unencrypted-<stamp>.bak`` until you remove it. The key goes to the keyring, or is ``passphrase``."""
    path = _file_of(db)
    if db.is_encrypted:
        raise BadInput(f"{path} is encrypted already (use `gatehouse rekey` to change its key)")
    with _exclusive(db, path):
        key = DatabaseKey(KeyKind.PASSPHRASE, passphrase) if passphrase else DatabaseKey.new_random()
        tmp = path.with_name(path.name + ".encrypting")
        _verified_copy_of(path, None, tmp, key)
        if key.kind is KeyKind.RAW:
            try:
                _store_key(db, tmp, key)  # under the new file's id: it follows the file through the swap
            except KeyringUnavailable as exc:
                tmp.unlink(missing_ok=True)
                raise BadInput(
                    f"no usable keyring to keep the key ({exc}); encrypt with a passphrase instead (--passphrase)"
                ) from None
        kept = backups.backup_name(path, "unencrypted")
        _swap(db, tmp, kept)
        return SwapResult(path, kept, key.kind)


def _store_key(db: Database, file: Path, key: DatabaseKey) -> None:
    """Keep ``key`` under the id of ``file`` (a new copy, not yet in place); raises KeyringUnavailable."""
    name = file_id_keyring_name(file)
    if db.secrets is None or name is None:
        raise KeyringUnavailable("no keyring given")
    db.secrets.set(name, key.secret)


def rekey_database(db: Database, *, passphrase: str | None = None) -> SwapResult:
    """Change the key: a new random key kept in the keyring, or the new ``passphrase``. Existing backups keep
    their own keys (the keyring holds one per backup; passphrase backups keep the passphrase they had)."""
    path = _file_of(db)
    if not db.is_encrypted:
        raise BadInput(f"{path} is not encrypted; encrypt it first with `gatehouse encrypt`")
    old_key = db.key
    with _exclusive(db, path):
        new_key = DatabaseKey(KeyKind.PASSPHRASE, passphrase) if passphrase else DatabaseKey.new_random()
        tmp = path.with_name(path.name + ".rekeying")
        _verified_copy_of(path, old_key, tmp, new_key)
        try:
            if new_key.kind is KeyKind.RAW:
                _store_key(db, tmp, new_key)  # the old file's entry stays until the new file is in place
        except KeyringUnavailable as exc:
            tmp.unlink(missing_ok=True)
            raise BadInput(f"no usable keyring to keep the new key ({exc}); use --passphrase instead") from None
        old_entry = backups.file_id(path)
        _swap(db, tmp, None)
        if db.secrets is not None and old_entry is not None:
            with contextlib.suppress(KeyringUnavailable):  # the replaced file is gone: so goes its key
                db.secrets.delete(f"file:{old_entry}")
                db.secrets.delete(str(path))
        return SwapResult(path, None, new_key.kind)


def restore_database(db: Database, source: Path, *, ask_passphrase: PassphrasePrompt | None = None) -> SwapResult:
    """Replace the database with a backup after checking it: it opens, passes ``PRAGMA integrity_check``, and
    comes from this or an older version of Gatehouse. The current file is first kept as a ``pre-restore`` backup.
    """
    path = _file_of(db)
    backup = source.expanduser().resolve()
    if not backup.is_file():
        raise NotFound(f"no backup file {backup}")
    if backup == path:
        raise BadInput("that is the database itself, not a backup of it")
    backup_key = _key_of_backup(db, backup, ask_passphrase or terminal_passphrase)
    check = backups.verify_file(backup, backup_key)
    if check.revision is None:
        raise BadInput(f"{backup} is not a Gatehouse database")
    if check.revision not in migrate.shipped_revisions().known:
        raise BadInput(f"{backup} was written by a newer version of Gatehouse (schema {check.revision})")
    with _exclusive(db, path):
        target_key = db.key if db.key is not None else backup_key
        tmp = path.with_name(path.name + ".restoring")
        _verified_copy_of(backup, backup_key, tmp, target_key)
        try:
            # Erasures made since the backup are made again in the copy, before it is swapped in: a restored
            # file never holds someone who was erased, whenever the process is killed.
            erased = _erase_again_in(tmp, target_key, db, _suppression_entries(db))
            if target_key is not None and target_key.kind is KeyKind.RAW:
                _store_key(db, tmp, target_key)
        except KeyringUnavailable as exc:
            tmp.unlink(missing_ok=True)
            raise BadInput(f"no usable keyring to keep the restored database's key ({exc})") from None
        except Exception:
            tmp.unlink(missing_ok=True)
            raise
        kept = backup_sqlite_file(path, "pre-restore", db.key, db.secrets)
        _swap(db, tmp, None)
        passphrase = target_key.secret if target_key is not None and target_key.kind is KeyKind.PASSPHRASE else None
        db.reopen(ask_passphrase=(lambda _request: passphrase) if passphrase else ask_passphrase)
        return SwapResult(path, kept, target_key.kind if target_key is not None else None, erased)


def _suppression_entries(db: Database) -> set[tuple[str, str]]:
    with db.session() as session:
        return {(kind, digest) for kind, digest in session.execute(select(Suppression.kind, Suppression.digest))}


def _erase_again_in(
    copy: Path, key: DatabaseKey | None, db: Database, suppressed: set[tuple[str, str]]
) -> tuple[str, ...]:
    """Bring the copy to this version's schema and erase again in it whoever the suppression list names; the
    copy's WAL is folded in, so the file alone is what gets swapped in."""
    engine = create_database_engine(URL.create("sqlite", database=str(copy)), key)
    copy_db = Database(
        url=engine.url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), key=key, secrets=None
    )
    try:
        with engine.begin() as connection:
            if migrate.needs_upgrade(connection):
                migrate.upgrade(connection)
        erased = _erase_again(copy_db, suppressed)
    finally:
        engine.dispose()
    backups.checkpoint_and_close(copy, key)
    return erased


def _erase_again(db: Database, suppressed: set[tuple[str, str]]) -> tuple[str, ...]:
    """Erasures made after the backup was taken stay made: the suppression list carries over to the restored
    database, and anyone on it is erased again. Returns their names, for telling the user."""
    if not suppressed:
        return ()
    with db.session() as session:
        db.owner_id = current_owner_id(session)
        present = {(kind, digest) for kind, digest in session.execute(select(Suppression.kind, Suppression.digest))}
        for kind, digest in sorted(suppressed - present):
            session.add(Suppression(owner_id=db.owner_id, kind=kind, digest=digest, created_at=utcnow()))
        session.flush()
        index = SuppressionIndex.load(session, db.owner_id)
        doomed = [
            row.id
            for row in session.scalars(
                select(Contact).where(Contact.owner_id == db.owner_id).options(selectinload(Contact.emails))
            )
            if index.is_suppressed(row.profile_url, [e.address for e in row.emails], normalised=True)
        ]
    return tuple(erase_contact(db, str(contact_id)).name for contact_id in doomed)


def _key_of_backup(db: Database, backup: Path, ask: PassphrasePrompt) -> DatabaseKey | None:
    if backups.file_state(backup) is not FileState.ENCRYPTED:
        return None
    candidates = [key_for_copy(backup, db.secrets), db.key]
    for key in candidates:
        if key is None:
            continue
        try:
            backups.connect_file(backup, key).close()
            return key
        except WrongKey:
            continue
    answer = ask(PassphraseRequest(str(backup), reason="The keyring holds no key that opens this backup."))
    if not answer:
        raise WrongKey(f"cannot open {backup}: wrong key or damaged file")
    key = DatabaseKey(KeyKind.PASSPHRASE, answer)
    backups.connect_file(backup, key).close()
    return key


def forget_backup(db: Database, backup: Path) -> None:
    """Remove a backup file and its key."""
    backup.unlink(missing_ok=True)
    forget_file_key(backup, db.secrets)
