"""Per LinkedIn export family: how many pending requests are really already connections after an import.

Each fixture of ``tests/fixtures/linkedin/families/`` is imported into a new database; every pending request is
compared with what the fixture's writer knows (who of the invitations' people is a connection), and with the
rule of name and date (exactly one connection of that folded name connected on or after the invitation's day),
computed here from the fixture's own tables, not by Gatehouse. The target is 0 for the second count.

    python -m tests.benchmarks.bench_export_families
"""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAMILIES_DIR = ROOT / "tests" / "fixtures" / "linkedin" / "families"
FAMILIES = {
    "current": "current",
    "spreadsheet re-save": "excel",
    "renamed files (folder)": "renamed",
    "renamed files (zip)": "renamed.zip",
    "2021, no URL columns": "2021",
    "2023, URN columns": "2023-urn",
    "2023, placeholder URLs": "2023-placeholder",
    "2018": "2018",
}


def _fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.replace("ø", "o").split()).casefold()


@dataclass(frozen=True)
class FamilyCount:
    pending: int  # pending requests, incoming and sent
    really_connected: int  # of those: the other person is a connection (the fixture's writer knows)
    settled_by_name_and_date: int  # of those: the name and the date alone settle it (target 0)
    with_candidate: int  # pending with a probable connection named (candidate_contact_id)


def count_family(path: Path) -> FamilyCount:
    sys.path.insert(0, str(FAMILIES_DIR))
    import write_families as fixture  # the fixture's own description of its people

    from app.services import requests as request_service
    from app.services.importing import import_paths
    from app.storage.database import open_database
    from app.storage.keys import MemoryStore

    slugs = {slug for _f, _l, slug, _c, _on in fixture.CONNECTIONS}
    by_name: dict[str, list] = {}
    for first, last, _slug, _c, on in fixture.CONNECTIONS:
        by_name.setdefault(_fold(f"{first} {last}"), []).append(on)
    by_time = {sent: (name, slug) for name, slug, _d, sent, _m in fixture.INVITATIONS}
    with tempfile.TemporaryDirectory() as work:
        db = open_database(str(Path(work) / "families.db"), secrets=MemoryStore(), encrypt_new=False)
        try:
            import_paths(db, [path], now=datetime(2023, 10, 9, 12, tzinfo=UTC))
            pending = [r for r in request_service.list_requests(db, pending_only=True)]
        finally:
            db.close()
    really = settled = candidates = 0
    for request in pending:
        assert request.sent_at is not None
        name, slug = by_time[request.sent_at.astimezone().replace(tzinfo=None)]
        candidates += request.candidate_contact_id is not None
        if slug in slugs:
            really += 1
            days = by_name.get(_fold(name), [])
            sent_day = request.sent_at.astimezone().date()
            settled += len([d for d in days if d >= sent_day]) == 1
    return FamilyCount(len(pending), really, settled, candidates)


def main() -> int:
    print(f"{'family':<26} {'pending':>7} {'really connected':>16} {'settled by name+date':>20} {'candidate':>9}")
    worst = 0
    for label, name in FAMILIES.items():
        count = count_family(FAMILIES_DIR / name)
        worst = max(worst, count.settled_by_name_and_date)
        print(
            f"{label:<26} {count.pending:>7} {count.really_connected:>16} {count.settled_by_name_and_date:>20} "
            f"{count.with_candidate:>9}"
        )
    print("target: 0 pending requests that name and date settle:", "met" if worst == 0 else "NOT met")
    return 0 if worst == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
