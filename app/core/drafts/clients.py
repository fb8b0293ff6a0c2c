"""The record's clients in a draft: a full name, or a first name with a detail nearby that points to one of them.

The names are folded into one Aho-Corasick automaton (pyahocorasick), built once per record and reused for every
draft. Naming a client, or saying that someone is one, is red: client status is confidential.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from app.core.drafts.folded import Folded, Spans, bounded, fold, tokens, word_set
from app.core.drafts.light import DraftCategory, DraftFinding, Light


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


# First names that are also ordinary words: alone they count only when written with a capital letter.
WORD_NAMES = word_set(
    """
    will hope grace joy faith mark bill rose may june april august sue pat chase drew art dawn summer amber frank
    sky ray rich guy jack penny max rob ken don jean holly ivy lily daisy heather iris jade ruby pearl crystal
    brook river robin jay wren sunny hunter mason king page carol sandy nick bob earl miles dean grant gene hazel
    olive violet sage angel honey star storm autumn winter eve lane rowan ash reed sterling charity patience
    constance prudence verity honor bliss destiny harmony melody journey hero sol cliff dale glen
    """
)

# Words too common to point to a person when they appear near a first name.
GENERIC_DETAILS = word_set(
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
FUNCTION_WORDS = word_set(
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
            if not bounded(text, start, end):
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
        in_full_names = Spans(full_spans)
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
        for word in tokens(window):
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


def _detail_words(value: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(
        word
        for word in dict.fromkeys(tokens(fold(value)))
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
