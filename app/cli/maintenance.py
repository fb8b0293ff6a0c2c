"""``gatehouse backup``, ``restore``, ``encrypt`` and ``rekey``: looking after the database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_table
from app.cli.privacy import confirm
from app.core.errors import BadInput

if TYPE_CHECKING:
    from app.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="back up the database file now (or list its backups)")
    backup.add_argument("--out", metavar="FILE", type=Path, help="write the backup here (default: beside the database)")
    backup.add_argument("--list", action="store_true", help="list the backups beside the database")
    backup.set_defaults(handler=backup_now)

    restore = subparsers.add_parser("restore", help="replace the database with a backup, after checking it")
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=restore_backup)

    encrypt = subparsers.add_parser("encrypt", help="encrypt an unencrypted database (key kept in the keyring)")
    encrypt.add_argument(
        "--passphrase", action="store_true", help="use a passphrase ($GATEHOUSE_NEW_PASSPHRASE or asked) as the key"
    )
    encrypt.set_defaults(handler=encrypt_database)

    rekey = subparsers.add_parser("rekey", help="change the database's key or passphrase")
    rekey.add_argument(
        "--passphrase", action="store_true", help="use a new passphrase ($GATEHOUSE_NEW_PASSPHRASE or asked)"
    )
    rekey.set_defaults(handler=rekey_database)


def _new_passphrase(db: Database) -> str:
    from app.storage.keys import PassphraseRequest, terminal_passphrase

    answer = terminal_passphrase(PassphraseRequest(db.name, new=True))
    if not answer:
        raise BadInput("no new passphrase given (set GATEHOUSE_NEW_PASSPHRASE or run on a terminal)")
    return answer


def backup_now(args: argparse.Namespace, db: Database) -> int:
    from app.services import backup as service

    if args.list:
        found = service.list_backups(db)
        if not found:
            print("No backups yet.")
        else:
            print_table(
                ["FILE", "KIND", "ENCRYPTED", "SIZE"],
                [[b.path, b.reason, "yes" if b.encrypted else "no", b.size] for b in found],
            )
        left = service.leftover_copies(db)
        if left:
            print("Unfinished copies that could not be removed (remove them by hand when no Gatehouse is running):")
            for orphan in left:
                print(f"  {orphan}")
        return 0
    written = service.backup_now(db, args.out)
    print(f"Backed up {db.name} to {written}")
    return 0


def restore_backup(args: argparse.Namespace, db: Database) -> int:
    from app.services import backup as service

    if not confirm(f"Replace {db.name} with the backup {args.file}? The current file is kept as a backup", args.yes):
        print("Nothing was restored.")
        return 1
    result = service.restore_database(db, args.file)
    print(f"Restored {result.path} from {args.file}; the file it replaced is kept as {result.kept_copy}")
    if result.erased_again:
        count = len(result.erased_again)
        print(f"Erased again {count} {'person' if count == 1 else 'people'} erased since that backup was taken.")
    return 0


def encrypt_database(args: argparse.Namespace, db: Database) -> int:
    from app.services import backup as service
    from app.storage.keys import KeyKind

    result = service.encrypt_database(db, passphrase=_new_passphrase(db) if args.passphrase else None)
    where = "your passphrase" if result.key_kind is KeyKind.PASSPHRASE else "a key kept in your system keyring"
    print(f"Encrypted {result.path} with {where}.")
    print(f"The unencrypted file is kept as {result.kept_copy}; delete it once you have checked your data.")
    return 0


def rekey_database(args: argparse.Namespace, db: Database) -> int:
    from app.services import backup as service
    from app.storage.keys import KeyKind

    result = service.rekey_database(db, passphrase=_new_passphrase(db) if args.passphrase else None)
    where = "your new passphrase" if result.key_kind is KeyKind.PASSPHRASE else "a new key kept in your system keyring"
    print(f"Re-encrypted {result.path} with {where}.")
    return 0
