"""Possible duplicates by name (rapidfuzz): reported to the user, never merged.

Two records are only compared when nothing proves them different people: two distinct profile URLs are two
LinkedIn members, and two rows of Connections.csv are two connections (LinkedIn lists each member once). So an
imported connection is compared with hand-entered or vCard contacts that lack a URL, and a URL-less newcomer with
everyone. Names are compared without case, accents or punctuation, in any word order (``token_sort_ratio``);
candidates are grouped by the first letter of their alphabetically first word so large records stay fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.folding import fold

SCORE_CUTOFF = 90
_NOT_WORD = re.compile(r"[^\w\s]+")


@dataclass(frozen=True, slots=True)
class NamedPerson:
    id: int
    name: str
    has_profile_url: bool
    is_connection: bool


@dataclass(frozen=True, slots=True)
class NameMatch:
    new_id: int
    other_id: int
    score: int


def name_key(name: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def _block(key: str) -> str:
    words = sorted(key.split())
    return words[0][:1] if words else ""


def _category(person: NamedPerson) -> tuple[bool, bool]:
    return person.has_profile_url, person.is_connection


def _may_be_same(a: tuple[bool, bool], b: tuple[bool, bool]) -> bool:
    both_urls = a[0] and b[0]
    both_connections = a[1] and b[1]
    return not (both_urls or both_connections)


_CATEGORIES = tuple((has_url, connection) for has_url in (False, True) for connection in (False, True))


def possible_duplicates(everyone: Iterable[NamedPerson], new_ids: Iterable[int]) -> list[NameMatch]:
    """Pairs (new person, other person) whose names are alike and who may be the same person.

    Only the groups a newcomer can be compared with are keyed and searched: a first import of 30,000 connections
    into an empty record compares nothing.
    """
    new = set(new_ids)
    if not new:
        return []
    by_category: dict[tuple[bool, bool], list[NamedPerson]] = {}
    for person in everyone:
        by_category.setdefault(_category(person), []).append(person)
    newcomers: list[tuple[NamedPerson, list[tuple[bool, bool]]]] = []
    needed: set[tuple[bool, bool]] = set()
    for members in by_category.values():
        for person in members:
            if person.id not in new:
                continue
            mine = _category(person)
            compatible = [c for c in _CATEGORIES if _may_be_same(mine, c) and by_category.get(c)]
            if compatible:
                newcomers.append((person, compatible))
                needed.update(compatible)
    pools: dict[tuple[tuple[bool, bool], str], tuple[list[str], list[NamedPerson]]] = {}
    for category in needed:
        for person in by_category[category]:
            key = name_key(person.name)
            if key:
                keys, people = pools.setdefault((category, _block(key)), ([], []))
                keys.append(key)
                people.append(person)
    found: dict[frozenset[int], NameMatch] = {}
    if not pools:
        return []
    from rapidfuzz import fuzz, process  # only with names to compare: a first import compares none

    for person, compatible in newcomers:
        key = name_key(person.name)
        if not key:
            continue
        for other_category in compatible:
            pool = pools.get((other_category, _block(key)))
            if pool is None:
                continue
            for _, score, index in process.extract(
                key, pool[0], scorer=fuzz.token_sort_ratio, score_cutoff=SCORE_CUTOFF, limit=None
            ):
                other = pool[1][index]
                pair = frozenset((person.id, other.id))
                if other.id == person.id or pair in found:
                    continue
                found[pair] = NameMatch(person.id, other.id, round(score))
    return sorted(found.values(), key=lambda m: (m.new_id, -m.score, m.other_id))
