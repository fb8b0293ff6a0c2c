"""The policy's terms and the owner's own details in a draft: confidential names and terms and partners (red), the
employer and its products praised or compared without a disclosure (yellow), the owner's own e-mail addresses,
phone numbers and website (fine to give)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import ahocorasick
import re2

from app.core.drafts.folded import Folded, Spans, bounded, fold, word_set
from app.core.drafts.light import CATEGORY_LIGHT, DraftCategory, DraftFinding
from app.core.policy.model import DraftsSection
from app.core.records import OwnerProfile

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
PRAISE = word_set(
    """
    best better greatest great amazing excellent fantastic brilliant outstanding superb wonderful awesome
    incredible leading top unbeatable unrivalled unrivaled unmatched superior finest favourite favorite
    recommend recommended love loved perfect ideal than compared compare comparison
    versus vs cheaper worse worst beats beat outperforms unique
    """
)
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


def digits(value: str) -> str:
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
        self.own_phones = frozenset(digits(m) for m in PHONE.findall(own))
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
            if bounded(folded.text, start, end):
                found.extend((start, end, term) for term in self._terms[key])
        return found

    def is_employer_site(self, url: str) -> bool:
        host = _domain(url)
        return any(host == site or host.endswith("." + site) for site in self.sites)


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words ("our team" is not in "your team")."""
    at = text.find(phrase)
    while at >= 0:
        if bounded(text, at, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


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
        for word_start, word_end, word in self.word_set(index):
            if word_end <= start or word_start >= end:
                return word
        return None

    def word_set(self, index: int) -> list[tuple[int, int, str]]:
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


def term_findings(draft: str, folded: Folded, terms: DraftTerms, links: list[tuple[int, int]]) -> list[DraftFinding]:
    found: list[DraftFinding] = []
    disclosed: bool | None = None
    in_links = Spans(links)
    sentences = _Sentences(draft)
    for start, end, term in terms.matches(folded):
        a, b = folded.span(start, end)
        if in_links.covers(a, b):
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
