"""Filling a database with invented contacts quickly (a bulk insert), for GUI tests, screenshots and benchmarks.

Every person is invented from small word lists with a seeded random generator, so the same size and seed give
the same record. The mix looks like an adviser's record part-way through classifying an import.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from app.core.vocabulary import Channel, ConsentStatus, MetIn, Relationship
from app.storage.database import Database
from app.storage.models import ConsentChange, Contact, ContactTag

FIRST = (
    "Ada", "Ben", "Chiara", "Dev", "Élodie", "Farid", "Grace", "Hiroshi", "Ines", "Jürgen", "Kwame", "Lena",
    "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Siobhán", "Tomasz", "Uma", "Vikram", "Wen",
    "Xavier", "Yara", "Zoltán", "Amara", "Bongani", "Camille", "Dara", "Emeka", "Fatima", "Gustav", "Hana",
    "Ivo", "Jonas", "Keiko", "Luca", "Maja", "Nikolai", "Olu", "Paula", "Rahul", "Sofia", "Tariq", "Ursula",
    "Valentina", "Wiktor", "Ximena", "Yusuf", "Zainab",
)  # fmt: skip
LAST = (
    "Quill", "Ostrander", "Rossi", "Patel", "Martin", "Haddad", "Okafor", "Tanaka", "Silva", "Müller", "Mensah",
    "Novak", "García", "Kowalski", "Larsen", "Nair", "Dubois", "Costa", "Brennan", "Wiśniewski", "Ahmed",
    "Reddy", "Chen", "Moreau", "Haddad", "Fischer", "Adeyemi", "Laurent", "Byrne", "Sato", "Ivanova", "Kaur",
    "Schmidt", "O'Neill", "Andersen", "Rahman", "Santos", "Bianchi", "Horvat", "Lindqvist", "Mwangi", "Yilmaz",
    "Kim", "Okoro",
)  # fmt: skip
COMPANIES = (
    "Acme Careers", "Northbridge University", "Harbour & Co.", "Lumen Analytics", "City Council", "Redwood Health",
    "Brightpath Recruiting", "Open Data Institute", "Kestrel Engineering", "", "", "Self-employed",
    "Meridian Bank", "Tidewater Logistics", "Orchard School", "Blue Fern Studio",
)  # fmt: skip
POSITIONS = (
    "Careers Adviser", "Student", "Graduate Trainee", "Software Engineer", "HR Business Partner", "Recruiter",
    "Data Analyst", "Head of Careers", "Lecturer", "", "Project Manager", "Nurse", "Founder, CEO",
    "Teacher", "Product Designer", "Talent Acquisition Lead",
)  # fmt: skip
TAGS = ("alumni", "mentor", "careers fair 2024", "employer", "placement", "panel", "newsletter", "guest speaker")
NOTES = (
    "",
    "",
    "",
    "Met at the careers fair; asked about placements.",
    "Former client, now works in data.",
    "Spoke on the employer panel.",
    "Wants to hear about graduate roles.",
)
RELATIONSHIP_WEIGHTS = (
    (Relationship.UNSORTED, 45),
    (Relationship.CLIENT, 20),
    (Relationship.COLLEAGUE, 10),
    (Relationship.PROFESSIONAL, 15),
    (Relationship.PERSONAL, 4),
    (Relationship.STRANGER, 6),
)
MET_IN_FOR = {
    Relationship.CLIENT: MetIn.WORK_ROLE,
    Relationship.COLLEAGUE: MetIn.WORK_ROLE,
    Relationship.PROFESSIONAL: MetIn.PROFESSIONAL_NETWORK,
    Relationship.PERSONAL: MetIn.PERSONAL_LIFE,
    Relationship.STRANGER: MetIn.ONLINE_ONLY,
    Relationship.UNSORTED: MetIn.UNKNOWN,
}
CONSENT_FOR = {
    Relationship.CLIENT: (ConsentStatus.IMPLIED, ConsentStatus.EXPLICIT, ConsentStatus.NOT_ASKED),
    Relationship.COLLEAGUE: (ConsentStatus.IMPLIED, ConsentStatus.EXPLICIT),
    Relationship.PROFESSIONAL: (ConsentStatus.IMPLIED,),
    Relationship.PERSONAL: (ConsentStatus.IMPLIED, ConsentStatus.EXPLICIT),
    Relationship.STRANGER: (ConsentStatus.NOT_ASKED, ConsentStatus.REFUSED),
    Relationship.UNSORTED: (ConsentStatus.IMPLIED,),
}
BATCH = 5000


def populate(db: Database, count: int, *, seed: int = 6, today: date = date(2026, 11, 1)) -> list[int]:
    """Insert ``count`` invented contacts (with tags and LinkedIn consent) and return their ids."""
    rng = random.Random(seed)
    relationships = [r for r, _ in RELATIONSHIP_WEIGHTS]
    weights = [w for _, w in RELATIONSHIP_WEIGHTS]
    now = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)
    with db.session() as session:
        start = (session.execute(select(func.max(Contact.id))).scalar() or 0) + 1
        contacts, tags, consent = [], [], []
        for offset in range(count):
            contact_id = start + offset
            first, last = rng.choice(FIRST), rng.choice(LAST)
            relationship = rng.choices(relationships, weights)[0]
            connected = today - timedelta(days=rng.randrange(30, 3650))
            interacted = connected + timedelta(days=rng.randrange(0, (today - connected).days + 1))
            contacts.append(
                {
                    "id": contact_id,
                    "owner_id": db.owner_id,
                    "first_name": first,
                    "last_name": last,
                    "display_name": "",
                    "profile_url": f"linkedin.com/in/{first.lower()}-{last.lower()}-{contact_id:x}",
                    "profile_url_seen": f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{contact_id:x}",
                    "company": rng.choice(COMPANIES),
                    "position": rng.choice(POSITIONS),
                    "relationship": relationship.value,
                    "met_in": MET_IN_FOR[relationship].value,
                    "met_where": "",
                    "connected_on": connected,
                    "last_interaction": interacted if rng.random() < 0.6 else None,
                    "notes": rng.choice(NOTES),
                    "source": "linkedin-export",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for tag in rng.sample(TAGS, rng.choice((0, 0, 0, 1, 1, 2))):
                tags.append({"contact_id": contact_id, "name": tag})
            consent.append(
                {
                    "contact_id": contact_id,
                    "channel": Channel.LINKEDIN.value,
                    "status": rng.choice(CONSENT_FOR[relationship]).value,
                    "changed_on": connected,
                    "source": "linkedin-export",
                    "note": "",
                    "recorded_at": now,
                }
            )
        for table, rows in ((Contact, contacts), (ContactTag, tags), (ConsentChange, consent)):
            for begin in range(0, len(rows), BATCH):
                session.execute(insert(table), rows[begin : begin + BATCH])
    return list(range(start, start + count))
