"""Wording that sets the light by itself: words that say someone is a client, that a thing is confidential, a
project's name (red); complaints and apologies, salary and hiring details, claims about people (yellow).

Phrases run with google-re2 over the folded draft, so every pattern runs in linear time whatever the draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import re2

from app.core.drafts.folded import Folded, Spans
from app.core.drafts.light import CATEGORY_LIGHT, DraftCategory, DraftFinding, Light


@dataclass(frozen=True, slots=True)
class _Phrase:
    category: DraftCategory
    regex: Any  # a compiled re2 pattern over the folded draft
    why: str


def _phrase(category: DraftCategory, pattern: str, why: str) -> _Phrase:
    return _Phrase(category, re2.compile(pattern), why)


PEOPLE = (
    r"(?:student|graduate|client|jobseeker|job seeker|person|woman|man|lad|girl|boy|guy|undergraduate|"
    r"postgraduate|pupil|young person|customer|career changer|school leaver)"
)
HELPING = r"(?:advis|coach|counsel|mentor|support|help|see|guid|work with|working with|meet with|meeting with)"
PHRASES: tuple[_Phrase, ...] = (
    _phrase(
        DraftCategory.CLIENT_RELATIONSHIP,
        r"\b(?:my|our) (?:careers? )?(?:clients?|advisees?|coachees?|mentees?|caseload)\b"
        r"|\bclients? of (?:mine|ours)\b|\bone of (?:my|our) (?:clients|students|advisees|graduates)\b",
        "says that someone is your client: client status is confidential",
    ),
    _phrase(
        DraftCategory.CLIENT_RELATIONSHIP,
        rf"\b(?:a|one|another|this|the|that) (?:young )?{PEOPLE} (?:that |who |whom )?"
        rf"(?:i|i'm|i am|i've|i have|i'd|i was|we|we're|we are|we've|we have)(?: been| just| recently)? "
        rf"{HELPING}\w*",
        "says that someone is your client: client status is confidential",
    ),
    _phrase(
        DraftCategory.CLIENT_RELATIONSHIP,
        r"\b(?:i'm|i am|i've been|i have been|i was|we are|we're|we've been) (?:\w+ )?"
        r"(?:advising|coaching|counselling|counseling|mentoring) (?:him|her|them|a student|a graduate|a client|"
        r"this student|this graduate)\b"
        r"|\b(?:careers?|guidance) (?:appointment|session|interview|meeting|chat) (?:with|for) \w+",
        "says that someone is your client: client status is confidential",
    ),
    _phrase(
        DraftCategory.CONFIDENTIAL,
        r"\b(?:confidential|internal only|internal use only|not (?:yet )?public|under embargo|embargoed|"
        r"trade secrets?|under wraps|nda|don't share this|do not share this|not for sharing|hush hush)\b",
        "says itself that it is confidential",
    ),
    _phrase(
        DraftCategory.COMPLAINT,
        r"\b(?:sorry|apologi[sz]e\w*|apology|apologies|complain\w*|disappointed|disappointing|unacceptable|"
        r"frustrat\w*|fed up|appalling|terrible|awful|shocking|poor service|let (?:you|us|me|them) down|"
        r"our fault|my fault|mistake on our part|we messed up|messed up|not good enough)\b",
        "a complaint or an apology: one you might resolve in public needs judgement",
    ),
    _phrase(
        DraftCategory.HIRING,
        r"\b(?:salary|salaries|pay (?:rise|band|scale|grade|cut)|per annum|bonus(?:es)?|hiring|recruiting|"
        r"recruitment|vacanc(?:y|ies)|shortlist\w*|interview panel|selection (?:process|criteria|panel|day)|"
        r"assessment cent(?:re|er)s?|job offers?|offer letters?|redundanc(?:y|ies)|headcount|rejected|"
        r"turned down|internal candidates?|the successful candidate)\b"
        r"|[£$€]\s?\d[\d,.]*\s?k?\b|\b\d+k (?:a|per) (?:year|annum)\b",
        "salary, hiring or selection details: say no more than the advert says",
    ),
    _phrase(
        DraftCategory.CLAIM,
        r"\b(?:i heard(?: that)?|apparently|rumou?r(?:s|ed)?(?: has it)?|word is|between you and me|"
        r"off the record|allegedly)\b"
        r"|\b(?:he|she|they|he's|she's|they're)(?: is| was| were| are| has been| have been| got| had been)? "
        r"(?:fired|sacked|dismissed|let go|arrested|pregnant|sick|ill|divorc\w*|drunk|lying|a liar|useless|"
        r"incompetent|lazy|struggling|on sick leave|depressed|cheating|dishonest|broke|in debt)\b"
        r"|\b(?:is|was|are|were) (?:a )?(?:liar|fraud|useless|incompetent|lazy|dishonest|cheat)\b",
        "a claim about someone: unless it is in a public source, leave it out",
    ),
)
PROJECT = re2.compile(
    r"\b(?:[Pp]roject|[Oo]peration|[Cc]odename|[Cc]ode name|[Cc]odenamed|[Pp]rogramme|[Ii]nitiative) "
    r"[A-Z][\w-]*"
)
PROJECT_COMMON = frozenset({"I", "A", "The", "In", "At", "On", "For", "And", "Of", "To", "Is", "It", "We", "My"})


def phrase_findings(draft: str, folded: Folded, named: Spans) -> list[DraftFinding]:
    """The phrases found in the folded draft, except inside a name already found (``named``)."""
    found: list[DraftFinding] = []
    for phrase in PHRASES:
        for match in phrase.regex.finditer(folded.text):
            a, b = folded.span(match.start(), match.end())
            if named.covers(a, b):
                continue  # "Recruitment" in "Globex Recruitment" is the partner's name
            found.append(DraftFinding(CATEGORY_LIGHT[phrase.category], phrase.category, a, b, draft[a:b], phrase.why))
    return found


def project_findings(draft: str) -> list[DraftFinding]:
    """What looks like a project's name, in the draft as written ("Project Falcon": the capital letter counts)."""
    found: list[DraftFinding] = []
    for match in PROJECT.finditer(draft):
        name = match.group(0).split(" ")[-1]
        if name in PROJECT_COMMON:
            continue
        found.append(
            DraftFinding(
                Light.RED,
                DraftCategory.PROJECT,
                match.start(),
                match.end(),
                match.group(0),
                "looks like the name of a project: details of projects are confidential",
            )
        )
    return found
