"""The traffic light for a draft (a post, a comment, a message, a reply): green, yellow or red, with findings.

Red is off limits: a client named (full name, or first name with a detail that points to them), a confidential
name or term, a partner or supplier, a project's name, someone else's e-mail address or phone number, words that
say someone is a client. Yellow needs judgement: the employer or its products praised or compared without a
disclosure, complaints and apologies, salary, hiring or selection details, claims about people. Green: nothing
else; a link to the employer's own website says so.

Names are found with one Aho-Corasick automaton (pyahocorasick) over folded text (case and accents folded,
runs of spaces as one), built once per record and reused for every draft; phrases with google-re2, so every
pattern runs in linear time whatever the draft. Offsets are Python string indexes into the draft as given.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import ahocorasick
import re2

from app.core.policy.model import DraftsSection
from app.core.records import OwnerProfile


class Light(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


LIGHT_ORDER = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}


class DraftCategory(StrEnum):
    CLIENT = "client"  # a client named
    CLIENT_RELATIONSHIP = "client-relationship"  # words that say someone is a client
    CONFIDENTIAL = "confidential"
    PARTNER = "partner"
    PROJECT = "project"
    PERSONAL_DATA = "personal-data"  # someone else's e-mail address or phone number
    EMPLOYER = "employer"  # praised or compared without a disclosure
    COMPLAINT = "complaint"  # complaints and apologies
    HIRING = "hiring"  # salary, hiring or selection details
    CLAIM = "claim"  # claims about people
    PUBLIC_SOURCE = "public-source"  # a link to the employer's own website


CATEGORY_LIGHT: dict[DraftCategory, Light] = {
    DraftCategory.CLIENT: Light.RED,
    DraftCategory.CLIENT_RELATIONSHIP: Light.RED,
    DraftCategory.CONFIDENTIAL: Light.RED,
    DraftCategory.PARTNER: Light.RED,
    DraftCategory.PROJECT: Light.RED,
    DraftCategory.PERSONAL_DATA: Light.RED,
    DraftCategory.EMPLOYER: Light.YELLOW,
    DraftCategory.COMPLAINT: Light.YELLOW,
    DraftCategory.HIRING: Light.YELLOW,
    DraftCategory.CLAIM: Light.YELLOW,
    DraftCategory.PUBLIC_SOURCE: Light.GREEN,
}


@dataclass(frozen=True, slots=True)
class DraftFinding:
    light: Light
    category: DraftCategory
    start: int  # offsets into the draft: draft[start:end] is ``text``
    end: int
    text: str
    why: str
    contact_id: int | None = None  # the client a finding points to

    def to_dict(self) -> dict[str, Any]:
        return {
            "light": self.light.value,
            "category": self.category.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class DraftCheck:
    light: Light
    findings: tuple[DraftFinding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"light": self.light.value, "findings": [f.to_dict() for f in self.findings]}

    def summary(self) -> str:
        if self.light is Light.RED:
            return "Red: off limits as it stands. When in doubt, leave it out."
        if self.light is Light.YELLOW:
            return "Yellow: needs your judgement before it goes out."
        if self.findings:
            return "Green: nothing off limits found, and it links to your employer's own website."
        return "Green: nothing off limits found."


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A contact as the draft check needs them: names, relationship and the details that point to them."""

    contact_id: int
    first_name: str
    last_name: str
    display_name: str = ""
    company: str = ""
    position: str = ""
    met_where: str = ""

    @property
    def name(self) -> str:
        return self.display_name or f"{self.first_name} {self.last_name}".strip()


# --- folding ------------------------------------------------------------------------------------------------

_FOLD_CACHE: dict[str, str] = {}
APOSTROPHES = "’‘ʼ`´"


def _fold_char(char: str) -> str:
    folded = _FOLD_CACHE.get(char)
    if folded is None:
        if char in APOSTROPHES:
            folded = "'"
        elif char.isspace():
            folded = " "
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
            folded = "".join(" " if c.isspace() else c for c in folded)
        if len(_FOLD_CACHE) < 100_000:
            _FOLD_CACHE[char] = folded
    return folded


ASCII_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")  # one character at a time: linear
ASCII_WORD = re.compile(r"[a-zA-Z0-9]+")


def fold(text: str) -> str:
    """Case and accents folded, one space for each run of spaces, trimmed: how names are compared."""
    if text.isascii():
        return " ".join(text.lower().replace("`", "'").split())
    return " ".join("".join(_fold_char(c) for c in text).split())


SPACE_RUN = re.compile(r"^ +| {2,}")  # a plain run of one character: linear in the stdlib engine


@dataclass(frozen=True, slots=True)
class Folded:
    """A draft folded for matching, and for each folded character the index of the draft's character it came
    from, so a match in the folded text is a span of the draft."""

    text: str
    origin: tuple[int, ...]
    length: int  # the draft's length

    @classmethod
    def of(cls, draft: str) -> Folded:
        if draft.isascii():
            pieces: list[str] | str = ASCII_SPACE.sub(" ", draft.lower().replace("`", "'"))
        else:
            pieces = [_FOLD_CACHE.get(c) or _fold_char(c) for c in draft]
        if isinstance(pieces, str) or all(len(p) == 1 for p in pieces):
            # One folded character per character: copy the stretches between runs of spaces in bulk.
            base = pieces if isinstance(pieces, str) else "".join(pieces)
            parts: list[str] = []
            origin: list[int] = []
            position = 0
            for run in SPACE_RUN.finditer(base):
                keep = run.start() if run.start() == 0 else run.start() + 1
                parts.append(base[position:keep])
                origin.extend(range(position, keep))
                position = run.end()
            parts.append(base[position:])
            origin.extend(range(position, len(base)))
            return cls("".join(parts), tuple(origin), len(draft))
        return cls._of_pieces(pieces, len(draft))

    @classmethod
    def _of_pieces(cls, pieces: list[str], length: int) -> Folded:
        chars: list[str] = []
        origin: list[int] = []
        last_space = True
        for index, folded in enumerate(pieces):
            for piece in folded:
                if piece == " ":
                    if last_space:
                        continue
                    last_space = True
                else:
                    last_space = False
                chars.append(piece)
                origin.append(index)
        return cls("".join(chars), tuple(origin), length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The draft's span for folded ``[start, end)``."""
        first = self.origin[start] if start < len(self.origin) else self.length
        last = self.origin[end - 1] + 1 if end > 0 else 0
        return first, max(first, last)


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _bounded(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands as whole words (nothing alphanumeric touches either end)."""
    if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        return False
    return not (end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- the record's names -------------------------------------------------------------------------------------

# First names that are also ordinary words: alone they count only when written with a capital letter.
WORD_NAMES = _words(
    """
    will hope grace joy faith mark bill rose may june april august sue pat chase drew art dawn summer amber frank
    sky ray rich guy jack penny max rob ken don jean holly ivy lily daisy heather iris jade ruby pearl crystal
    brook river robin jay wren sunny hunter mason king page carol sandy nick bob earl miles dean grant gene hazel
    olive violet sage angel honey star storm autumn winter eve lane rowan ash reed sterling charity patience
    constance prudence verity honor bliss destiny harmony melody journey hero sol cliff dale glen
    """
)

# Words too common to point to a person when they appear near a first name.
GENERIC_DETAILS = _words(
    """
    the and for with from our your their his her its this that who what at in on of to a an by
    student students graduate graduates university college school pupil ltd limited plc inc llc company group
    services service team department manager assistant intern internship career careers work worker role job
    officer adviser advisor consultant senior junior head lead new year fair event events session office
    """
)
DETAIL_MIN_LENGTH = 3
DETAIL_WINDOW = 80  # folded characters either side of a first name where a detail points to that person
# The word after a first name: anchored where the name ends, it reads one word (the stdlib engine, which unlike
# the re2 wrapper does not copy the whole draft for every match).
NEXT_WORD = re.compile(r" ([^\W\d_][\w'-]*)")
FUNCTION_WORDS = _words(
    """
    From And The At In On Of To For With Who Is Was Has Had Will Did Does Just Is Our Your My Their Thanks Thank
    Said Says Made Makes Got Gets Came Comes
    """
)


@dataclass(slots=True)
class _FirstName:
    """Clients sharing a first name: for each detail word, the clients it points to."""

    contacts: dict[int, NamedPerson] = field(default_factory=dict)
    details: dict[str, set[int]] = field(default_factory=dict)


class NameMatcher:
    """The record's clients, folded into one automaton, built once and reused for every draft.

    Full names (and display names) match on their own; a first name alone matches when a detail that points to
    one of the clients who bear it (their organisation, position, where you met, their last name) stands nearby.
    """

    def __init__(self, clients: Iterable[NamedPerson]) -> None:
        self._full: dict[str, dict[int, NamedPerson]] = {}
        self._first: dict[str, _FirstName] = {}
        details: dict[str, tuple[str, ...]] = {}  # companies, positions and places are shared by many clients
        for person in clients:
            self._add(person, details)
        self._automaton = self._build()

    def __len__(self) -> int:
        return len({cid for people in self._full.values() for cid in people})

    def _add(self, person: NamedPerson, details: dict[str, tuple[str, ...]]) -> None:
        full = fold(f"{person.first_name} {person.last_name}")
        if " " in full:  # a single word is not a full name
            self._full.setdefault(full, {})[person.contact_id] = person
        if person.display_name:
            shown = fold(person.display_name)
            if " " in shown and shown != full:
                self._full.setdefault(shown, {})[person.contact_id] = person
        first = fold(person.first_name).split(" ")[0] if person.first_name else ""
        if len(first) < 2:
            return
        entry = self._first.get(first)
        if entry is None:
            entry = self._first[first] = _FirstName()
        entry.contacts[person.contact_id] = person
        for value in (person.company, person.position, person.met_where, person.last_name):
            words = details.get(value)
            if words is None:
                words = details[value] = _detail_words(value)
            for word in words:
                if word != first:
                    entry.details.setdefault(word, set()).add(person.contact_id)

    def _build(self) -> ahocorasick.Automaton | None:
        keys = set(self._full) | set(self._first)
        if not keys:
            return None
        automaton = ahocorasick.Automaton()
        for key in keys:
            automaton.add_word(key, key)
        automaton.make_automaton()
        return automaton

    def findings(self, draft: str, folded: Folded) -> list[DraftFinding]:
        if self._automaton is None or not folded.text:
            return []
        text = folded.text
        full_spans: list[tuple[int, int]] = []
        found: list[DraftFinding] = []
        first_hits: list[tuple[int, int, str]] = []
        for last, key in self._automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            if not _bounded(text, start, end):
                continue
            people = self._full.get(key)
            if people:
                full_spans.append((start, end))
                a, b = folded.span(start, end)
                found.append(
                    DraftFinding(
                        Light.RED,
                        DraftCategory.CLIENT,
                        a,
                        b,
                        draft[a:b],
                        f"names {_who(people.values())}: client status is confidential",
                        _only_id(people.values()),
                    )
                )
            if key in self._first:
                first_hits.append((start, end, key))
        in_full_names = _Spans(full_spans)
        for start, end, key in first_hits:
            if in_full_names.covers(start, end):
                continue
            a, b = folded.span(start, end)
            if key in WORD_NAMES and not draft[a : a + 1].isupper():
                continue  # "I hope", "you will": the word, not the name
            if self._other_surname(draft, b, key):
                continue  # "Priya Mensah" is not Priya Patel
            finding = self._first_name_finding(draft, folded, start, end, key)
            if finding is not None:
                found.append(finding)
        return found

    def _other_surname(self, draft: str, end: int, key: str) -> bool:
        """The first name is followed by a capitalised word that is not the last name of a client who bears it."""
        match = NEXT_WORD.match(draft, end)
        if match is None:
            return False
        word = match.group(1)
        if not word[:1].isupper() or word in FUNCTION_WORDS:
            return False
        last_names = {fold(p.last_name).split(" ")[0] for p in self._first[key].contacts.values()}
        return fold(word) not in last_names

    def _first_name_finding(self, draft: str, folded: Folded, start: int, end: int, key: str) -> DraftFinding | None:
        entry = self._first[key]
        window = folded.text[max(0, start - DETAIL_WINDOW) : end + DETAIL_WINDOW]
        pointed: dict[int, str] = {}
        for word in _tokens(window):
            for contact_id in entry.details.get(word, ()):
                pointed.setdefault(contact_id, word)
        if not pointed:
            return None
        people = [entry.contacts[cid] for cid in sorted(pointed)]
        a, b = folded.span(start, end)
        clues = ", ".join(f'"{w}"' for w in sorted(set(pointed.values())))
        return DraftFinding(
            Light.RED,
            DraftCategory.CLIENT,
            a,
            b,
            draft[a:b],
            f'the first name "{draft[a:b]}" with {clues} nearby points to {_who(people)}: '
            "client status is confidential",
            _only_id(people),
        )


def _tokens(text: str) -> list[str]:
    """The words of a text (letters and digits): plain string work, no pattern at all."""
    if text.isascii():
        return ASCII_WORD.findall(text)
    return "".join(c if c.isalnum() else " " for c in text).split()


def _detail_words(value: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(
        word
        for word in dict.fromkeys(_tokens(fold(value)))
        if len(word) >= DETAIL_MIN_LENGTH and word not in GENERIC_DETAILS and not word.isdigit()
    )


def _who(people: Iterable[NamedPerson]) -> str:
    listed = sorted(people, key=lambda p: p.contact_id)
    named = [f"{p.name} (contact {p.contact_id})" for p in listed[:3]]
    more = f" and {len(listed) - 3} more" if len(listed) > 3 else ""
    if len(listed) == 1:
        return f"{named[0]}, a client in your record"
    return ", ".join(named) + more + ", clients in your record"


def _only_id(people: Iterable[NamedPerson]) -> int | None:
    ids = {p.contact_id for p in people}
    return next(iter(ids)) if len(ids) == 1 else None


# --- the policy's terms and the owner's own details ---------------------------------------------------------

BUILT_IN_DISCLOSURE = (
    "i work at",
    "i work for",
    "i work in",
    "i work with",
    "where i work",
    "my employer",
    "my workplace",
    "i'm employed by",
    "i am employed by",
    "as an employee",
    "#employee",
    "#iwork",
    "#iworkhere",
    "disclosure:",
    "(employee)",
    "our service",
    "our team",
)
PRAISE = _words(
    """
    best better greatest great amazing excellent fantastic brilliant outstanding superb wonderful awesome
    incredible leading top unbeatable unrivalled unrivaled unmatched superior finest favourite favorite
    recommend recommended love loved perfect ideal than compared compare comparison
    versus vs cheaper worse worst beats beat outperforms unique
    """
)
LINK = re2.compile(r"(?i)(?:https?://|www\.)[^\s<>\"')\]]+")
EMAIL = re2.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re2.compile(r"(?:\+|\b)\d(?:[ ().-]{0,2}\d){8,14}\b")
SENTENCE_END = re.compile(r"[.!?\n]")  # one character: linear in any engine


def _domain(value: str) -> str:
    """The host of a URL or a bare domain, lower case, without ``www.``: "https://www.Uni.ac.uk/x" -> uni.ac.uk."""
    host = value.strip().lower()
    if "://" in host:
        host = host.split("://", 1)[1]
    host = host.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split("@")[-1].split(":", 1)[0]
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


NOT_EMPLOYER_SITES = ("linkedin.com", "lnkd.in")


@dataclass(slots=True)
class _Term:
    category: DraftCategory
    label: str  # as the policy or the profile writes it


class DraftTerms:
    """The policy's ``[drafts]`` section with the owner's profile, prepared for checking drafts."""

    def __init__(self, section: DraftsSection, owner: OwnerProfile) -> None:
        self.employer = section.employer.strip() or owner.organisation.strip()
        sites = [_domain(site) for site in section.website if site.strip()]
        if not sites and owner.service_contact.strip():
            candidate = _domain(owner.service_contact)
            if "." in candidate and "@" not in owner.service_contact:
                sites.append(candidate)
        self.sites = tuple(s for s in sites if s and not s.endswith(NOT_EMPLOYER_SITES))
        own = " ".join(
            (owner.profile_url, owner.group_url, owner.public_handle, owner.service_contact, owner.checks_messages)
        )
        self.own_emails = frozenset(m.lower() for m in EMAIL.findall(own))
        self.own_phones = frozenset(_digits(m) for m in PHONE.findall(own))
        self.disclosure = tuple(dict.fromkeys(fold(p) for p in (*BUILT_IN_DISCLOSURE, *section.disclosure) if fold(p)))
        self._terms: dict[str, list[_Term]] = {}
        for value in section.confidential:
            self._add(value, DraftCategory.CONFIDENTIAL)
        for value in section.partners:
            self._add(value, DraftCategory.PARTNER)
        if self.employer:
            self._add(self.employer, DraftCategory.EMPLOYER)
        for value in section.products:
            self._add(value, DraftCategory.EMPLOYER)
        self._automaton: ahocorasick.Automaton | None = None
        if self._terms:
            self._automaton = ahocorasick.Automaton()
            for key in self._terms:
                self._automaton.add_word(key, key)
            self._automaton.make_automaton()

    def _add(self, value: str, category: DraftCategory) -> None:
        key = fold(value)
        if key:
            self._terms.setdefault(key, []).append(_Term(category, value.strip()))

    def matches(self, folded: Folded) -> list[tuple[int, int, _Term]]:
        if self._automaton is None:
            return []
        found = []
        for last, key in self._automaton.iter(folded.text):
            start, end = last - len(key) + 1, last + 1
            if _bounded(folded.text, start, end):
                found.extend((start, end, term) for term in self._terms[key])
        return found

    def is_employer_site(self, url: str) -> bool:
        host = _domain(url)
        return any(host == site or host.endswith("." + site) for site in self.sites)


# --- phrases ------------------------------------------------------------------------------------------------


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


NAMED = frozenset({DraftCategory.CLIENT, DraftCategory.CONFIDENTIAL, DraftCategory.PARTNER, DraftCategory.EMPLOYER})


# --- the check ----------------------------------------------------------------------------------------------


def check_draft(draft: str, names: NameMatcher, terms: DraftTerms) -> DraftCheck:
    """The light for ``draft`` and every finding, in the draft's order; the light is the worst finding's."""
    folded = Folded.of(draft)
    findings = names.findings(draft, folded)
    links = [(m.start(), m.end()) for m in LINK.finditer(draft)]
    findings += _term_findings(draft, folded, terms, links)
    findings += _contact_details(draft, terms, links)
    findings += _link_findings(draft, terms, links)
    named = _Spans((f.start, f.end) for f in findings if f.category in NAMED)
    for phrase in PHRASES:
        for match in phrase.regex.finditer(folded.text):
            a, b = folded.span(match.start(), match.end())
            if _inside(a, b, named):
                continue  # "Recruitment" in "Globex Recruitment" is the partner's name
            findings.append(
                DraftFinding(CATEGORY_LIGHT[phrase.category], phrase.category, a, b, draft[a:b], phrase.why)
            )
    for match in PROJECT.finditer(draft):
        name = match.group(0).split(" ")[-1]
        if name in PROJECT_COMMON:
            continue
        findings.append(
            DraftFinding(
                Light.RED,
                DraftCategory.PROJECT,
                match.start(),
                match.end(),
                match.group(0),
                "looks like the name of a project: details of projects are confidential",
            )
        )
    ordered = tuple(sorted(set(findings), key=lambda f: (f.start, -LIGHT_ORDER[f.light], f.end, f.category.value)))
    light = max((f.light for f in ordered), key=LIGHT_ORDER.__getitem__, default=Light.GREEN)
    return DraftCheck(light, ordered)


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words ("our team" is not in "your team")."""
    at = text.find(phrase)
    while at >= 0:
        if _bounded(text, at, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


class _Spans:
    """Spans of the draft, merged and sorted once, so "is this inside one of them" is a binary search (a draft
    with thousands of links or names stays linear-logarithmic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]


def _inside(start: int, end: int, spans: _Spans) -> bool:
    return spans.covers(start, end)


WORD = re.compile(r"[^\W_]+")  # one character class, repeated: linear in the stdlib engine


class _Sentences:
    """The draft's sentences (split at . ! ? and line ends), found once; each sentence's words of praise or
    comparison read once, when a mention of the employer first asks."""

    def __init__(self, draft: str) -> None:
        self.draft = draft
        self._ends = [m.start() for m in SENTENCE_END.finditer(draft)]
        self._praise: dict[int, list[tuple[int, int, str]]] = {}

    def praise_near(self, start: int, end: int) -> str | None:
        """A word of praise or comparison in the sentence around ``draft[start:end]``, outside it; a capitalised
        word inside a sentence is part of a name ("the Great Hall"), not praise."""
        index = bisect.bisect_left(self._ends, start)
        for word_start, word_end, word in self._words(index):
            if word_end <= start or word_start >= end:
                return word
        return None

    def _words(self, index: int) -> list[tuple[int, int, str]]:
        words = self._praise.get(index)
        if words is None:
            first = self._ends[index - 1] + 1 if index > 0 else 0
            last = self._ends[index] if index < len(self._ends) else len(self.draft)
            words = []
            for number, match in enumerate(WORD.finditer(self.draft, first, last)):
                word = match.group(0)
                lower = fold(word)
                if lower in PRAISE and (number == 0 or not word[:1].isupper()):
                    words.append((match.start(), match.end(), lower))
            self._praise[index] = words
        return words


def _term_findings(draft: str, folded: Folded, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    found: list[DraftFinding] = []
    disclosed: bool | None = None
    in_links = _Spans(links)
    sentences = _Sentences(draft)
    for start, end, term in terms.matches(folded):
        a, b = folded.span(start, end)
        if _inside(a, b, in_links):
            continue
        if term.category is DraftCategory.CONFIDENTIAL:
            why = f'"{term.label}" is on your policy\'s confidential list'
        elif term.category is DraftCategory.PARTNER:
            why = f'"{term.label}" is a partner or supplier: naming them needs their approval'
        else:
            if disclosed is None:
                disclosed = any(_has_phrase(folded.text, phrase) for phrase in terms.disclosure)
            if disclosed:
                continue
            praise = sentences.praise_near(a, b)
            if praise is None:
                continue
            who = "your employer" if fold(term.label) == fold(terms.employer) else "your employer's product"
            why = (
                f'"{term.label}" ({who}) with "{praise}": praise or comparison needs a disclosure '
                'such as "I work at …" or #employee'
            )
        found.append(DraftFinding(CATEGORY_LIGHT[term.category], term.category, a, b, draft[a:b], why))
    return found


def _contact_details(draft: str, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    found: list[DraftFinding] = []
    emails = []
    for match in EMAIL.finditer(draft):
        emails.append((match.start(), match.end()))
        if match.group(0).lower() in terms.own_emails:
            continue
        found.append(
            DraftFinding(
                Light.RED,
                DraftCategory.PERSONAL_DATA,
                match.start(),
                match.end(),
                match.group(0),
                "someone else's e-mail address is their personal data (your own, from your profile, is fine)",
            )
        )
    not_phones = _Spans(links + emails)
    for match in PHONE.finditer(draft):
        if _inside(match.start(), match.end(), not_phones) or _digits(match.group(0)) in terms.own_phones:
            continue
        found.append(
            DraftFinding(
                Light.RED,
                DraftCategory.PERSONAL_DATA,
                match.start(),
                match.end(),
                match.group(0),
                "someone else's phone number is their personal data (your own, from your profile, is fine)",
            )
        )
    return found


def _link_findings(draft: str, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    found = []
    for a, b in links:
        url = draft[a:b].rstrip(".,;:!?")
        if terms.is_employer_site(url):
            found.append(
                DraftFinding(
                    Light.GREEN,
                    DraftCategory.PUBLIC_SOURCE,
                    a,
                    a + len(url),
                    url,
                    "a link to your employer's own website: a sign that this is public information",
                )
            )
    return found


def check_draft_once(
    draft: str,
    clients: Iterable[NamedPerson],
    owner: OwnerProfile,
    section: DraftsSection | None = None,
) -> DraftCheck:
    """Build the matcher and check one draft (tests and one-off checks; the service keeps the matcher)."""
    return check_draft(draft, NameMatcher(clients), DraftTerms(section or DraftsSection(), owner))
