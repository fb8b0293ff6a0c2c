"""Triage speed: 10,000 pending requests against the default policy and a 20-rule policy; target 0.25 s each.

    python -m tests.benchmarks.bench_triage [--requests N] [--repeat R]

Builds a temporary encrypted SQLite database (as a new personal database is) with one contact per request:
mostly strangers, some clients, colleagues and fellow professionals with tags, consent changes and last
interactions; two requests in five carry a note, a few of them spam. Times ``app.services.triage.suggest``
(one session: load the requests and their senders, evaluate every one), best and median of R runs, and shows
how that splits between loading and evaluating. ``main()`` returns 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.core.policy.evaluation import PolicyEvaluator
from app.core.policy.model import Conditions, Policy, Rule, default_policy
from app.core.vocabulary import Channel, ConsentStatus, Decision, MetIn, Relationship
from app.services import policy as policy_service
from app.services import profile, triage
from app.storage import owners, policies
from app.storage import requests as request_repo
from app.storage.database import Database, open_database
from app.storage.keys import MemoryStore
from app.storage.models import ConnectionRequest, ConsentChange, Contact, ContactTag

TARGET_SECONDS = 0.25
TODAY = date(2026, 11, 21)

FIRST = ["Ada", "Ben", "Chidi", "Dana", "Eero", "Farah", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lena", "Mateo",
         "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Zoë", "José", "Søren", "Ngọc"]  # fmt: skip
LAST = ["Quill", "Ostrander", "Okafor", "Lindqvist", "Haddad", "Marsh", "Patel", "Reyes", "Novak", "Tanaka",
        "Mensah", "O'Brien", "Müller", "Nguyễn"]  # fmt: skip
EVENTS = ["careers fair", "CV workshop", "employer panel", "graduate recruitment evening", "drop-in session"]
NOTES = [
    "Hi {first}, we met at the {event} on {day} - you reviewed my CV. Would love to stay in touch.",
    "Thanks for the guidance appointment on {day}, it really helped with my applications to {n} firms!",
    "I'm a recruiter at Firm {n}; I'd like to share graduate roles with your students.",
    "We worked together on the employability project in {year} - jog your memory?",
    "Hello, I'd like to join your network. I attended the {event} in {year}.",
    "Could you look at my cover letter for role {n}? I was at the {event}.",
    "Thank you for all the useful contacts you gave me at the {event}.",
    "Buy {n} followers now: best price, only ${price}!",
    "Please send me all your contacts in sector {n}.",
    "I will endorse you if you endorse me, deal {n}?",
    "You are not humanitarian if you don't help me find job {n}!!!",
    "https://bit.ly/offer{n}",
]
SPAM_FROM = 7  # NOTES[SPAM_FROM:] are red-flag notes


def populate(db: Database, count: int, seed: int = 7) -> None:
    """``count`` contacts, each with one pending incoming request, written in bulk."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    relationships = [Relationship.STRANGER] * 60 + [Relationship.CLIENT] * 15 + [Relationship.PROFESSIONAL] * 10
    relationships += [Relationship.COLLEAGUE] * 5 + [Relationship.UNSORTED] * 5 + [Relationship.PERSONAL] * 5
    contacts, notes = [], []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        relationship = rng.choice(relationships)
        known = relationship is not Relationship.STRANGER
        contacts.append(
            {
                "owner_id": db.owner_id,
                "first_name": first,
                "last_name": last,
                "display_name": "",
                "profile_url": f"linkedin.com/in/{first.lower()}-{last.lower()}-{i:06x}",
                "relationship": relationship.value,
                "met_in": rng.choice(list(MetIn)).value if known else MetIn.UNKNOWN.value,
                "last_interaction": (
                    TODAY - timedelta(days=rng.randrange(0, 1900)) if known and rng.random() < 0.8 else None
                ),
                "created_at": now,
                "updated_at": now,
            }
        )  # fmt: skip
        if rng.random() < 0.4:
            template = rng.choice(NOTES[:SPAM_FROM] * 6 + NOTES[SPAM_FROM:])
            notes.append(
                template.format(
                    first=first, event=rng.choice(EVENTS), day=f"{rng.randrange(1, 29)} May", n=i,
                    year=rng.randrange(2015, 2026), price=rng.randrange(5, 99),
                )
            )  # fmt: skip
        else:
            notes.append("")
    with db.session() as session:
        session.execute(insert(Contact), contacts)
        ids = list(session.scalars(select(Contact.id).where(Contact.owner_id == db.owner_id).order_by(Contact.id)))
        session.execute(
            insert(ConnectionRequest),
            [
                {
                    "owner_id": db.owner_id, "contact_id": cid, "direction": "incoming",
                    "sent_at": now - timedelta(minutes=i), "note": note, "status": "pending", "created_at": now,
                }
                for i, (cid, note) in enumerate(zip(ids, notes, strict=True))
            ],
        )  # fmt: skip
        tags = ["alumni", "mentor", "employer", "panel-2025", "vip"]
        session.execute(
            insert(ContactTag),
            [{"contact_id": cid, "name": rng.choice(tags)} for cid in ids if rng.random() < 0.2],
        )
        statuses = [ConsentStatus.IMPLIED] * 6 + [ConsentStatus.EXPLICIT] * 2 + [ConsentStatus.WITHDRAWN]
        session.execute(
            insert(ConsentChange),
            [
                {
                    "contact_id": cid, "channel": Channel.LINKEDIN.value, "status": rng.choice(statuses).value,
                    "changed_on": TODAY - timedelta(days=rng.randrange(0, 900)), "source": "benchmark", "note": "",
                    "recorded_at": now,
                }
                for cid in ids
                if rng.random() < 0.3
            ],
        )  # fmt: skip


def twenty_rule_policy() -> Policy:
    """The default policy (8 rules) with 12 more before its relationship rules, each rarely met, so that most
    requests are tried against most of the 20 rules before one matches."""
    base = default_policy()
    extra = [
        Rule("VIP tag", Decision.CONNECT, Conditions(tags=("vip-2030",))),
        Rule("Mentors", Decision.CONNECT, Conditions(tags=("mentor",), known=True, has_note=True)),
        Rule("Employers met online", Decision.REPLY, Conditions(tags=("employer",), met_in=(MetIn.ONLINE_ONLY,))),
        Rule("Personal life", Decision.IGNORE, Conditions(met_in=(MetIn.PERSONAL_LIFE,), known=False)),
        Rule("Explicit consent strangers", Decision.REPLY, Conditions(consent=(ConsentStatus.EXPLICIT,), known=False)),
        Rule("Old colleagues with a note", Decision.REPLY, Conditions(relationship=(Relationship.COLLEAGUE,),
             last_interaction_older_than_months=60, has_note=True)),
        Rule("Recent personal", Decision.CONNECT, Conditions(relationship=(Relationship.PERSONAL,),
             last_interaction_within_months=3)),
        Rule("Panel 2025", Decision.CONNECT, Conditions(tags=("panel-2025",), last_interaction_within_months=12)),
        Rule("Unsorted with a note", Decision.REPLY, Conditions(relationship=(Relationship.UNSORTED,), has_note=True,
             consent=(ConsentStatus.EXPLICIT,))),
        Rule("Professional network, implied", Decision.CONNECT, Conditions(met_in=(MetIn.PROFESSIONAL_NETWORK,),
             consent=(ConsentStatus.EXPLICIT,), last_interaction_within_months=1)),
        Rule("Switched off", Decision.REPORT, Conditions(known=False), enabled=False),
        Rule("Alumni strangers", Decision.REPLY, Conditions(tags=("alumni",), relationship=(Relationship.STRANGER,),
             has_note=False)),
    ]  # fmt: skip
    rules = (*base.rules[:3], *extra, *base.rules[3:])
    assert len(rules) == 20
    return Policy("Benchmark, 20 rules", rules, base.default, base.default_template, base.templates)


def timed(run: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (CPU time shows the work when other processes share the machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def split(db: Database, repeat: int) -> tuple[float, float]:
    """The best load time (requests with their senders' facts) and the best evaluation time."""
    with db.session() as session:
        policy = policies.policy_or_default(session, db.owner_id)
        owner = owners.load_profile(session, db.owner_id)
    loads, evals = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        with db.session() as session:
            pending = request_repo.pending_incoming(session, db.owner_id)
        loaded = time.perf_counter()
        evaluator = PolicyEvaluator(policy, owner, TODAY)
        for item in pending:
            evaluator.evaluate(item.facts)
        loads.append(loaded - start)
        evals.append(time.perf_counter() - loaded)
    return min(loads), min(evals)


def measure(db: Database, label: str, count: int, repeat: int) -> bool:
    times, cpu = timed(lambda: triage.suggest(db, today=TODAY), repeat)
    result = triage.suggest(db, today=TODAY)
    assert len(result.results) == count, len(result.results)
    load, evaluate = split(db, repeat)
    best = min(times)
    met = best <= TARGET_SECONDS
    counts = ", ".join(f"{n} {d.value}" for d, n in sorted(result.counts().items()))
    print(
        f"  {label:<26} best {best:.3f} s, median {statistics.median(times):.3f} s, CPU {min(cpu):.3f} s   "
        f"target {TARGET_SECONDS} s: {'met' if met else 'MISSED'}"
    )
    print(f"  {'':<26} load {load:.3f} s + evaluate {evaluate:.3f} s (without triage's GC pause); {counts}")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-") as folder:
        db = open_database(str(Path(folder) / "bench.db"), secrets=MemoryStore())
        try:
            start = time.perf_counter()
            populate(db, args.requests)
            profile.update_profile(db, display_name="Morgan Adviser", service_contact="careers.example.ac.uk")
            kind = "encrypted SQLite" if db.is_encrypted else "SQLite"
            print(
                f"Triage: {args.requests:,} pending requests from {args.requests:,} contacts ({kind}, built in "
                f"{time.perf_counter() - start:.1f} s), as on {TODAY}, best and median of {args.repeat} runs"
            )
            met = measure(db, "default policy (8 rules)", args.requests, args.repeat)
            policy_service.save_policy(db, twenty_rule_policy(), today=TODAY)
            met = measure(db, "20-rule policy", args.requests, args.repeat) and met
            start = time.perf_counter()
            triage.apply(db, today=TODAY)
            print(
                f"  {'apply (not in the target)':<26} {time.perf_counter() - start:.3f} s to record "
                f"{args.requests:,} decisions with an audit event each"
            )
        finally:
            db.close()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
