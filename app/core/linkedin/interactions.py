"""Each person's last interaction from messages.csv, and who the owner of the export is.

messages.csv has no direction column: the owner is recognised by profile URL. The URL comes from what is already
known (the owner profile, Invitations.csv), else from the sender whose name is the owner's (Profile.csv), else
as the one party present in every conversation. A conversation counts as an interaction with every participant
but the owner, dated by its latest message. Messages without profile URLs (the 2018 form) are counted but can be
matched to nobody: Gatehouse never matches people by name alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.core.linkedin.keys import ProfileKeys
from app.core.linkedin.rows import MessageRow


@dataclass(frozen=True)
class Interactions:
    owner_keys: frozenset[str]
    last_by_person: dict[str, datetime]  # normalised profile URL -> time of the latest message
    messages_seen: int
    messages_without_urls: int


class InteractionCollector:
    """Fed one message at a time (messages.csv can be large); ``result()`` gives the interactions."""

    def __init__(self, keys: ProfileKeys | None = None) -> None:
        # each conversation's participants (profile URL keys) and the time of its latest message
        self._participants: dict[str, set[str]] = {}
        self._latest: dict[str, datetime] = {}
        self.key = ProfileKeys() if keys is None else keys  # the import's, so each URL is normalised once
        self._sender_names: dict[str, str] = {}  # sender's profile URL key -> name as written
        self.messages_seen = 0
        self.messages_without_urls = 0

    def add(self, message: MessageRow) -> None:
        self.add_all((message,))

    def add_all(self, messages: Iterable[MessageRow]) -> None:
        """Messages in file order (a loop of its own: messages.csv can hold 100,000 of them)."""
        key, names, participants_of, latest = self.key, self._sender_names, self._participants, self._latest
        seen = without_urls = 0
        for message in messages:
            seen += 1
            file, line, conversation_id, sender_name, sender_url, recipient_urls, sent_at, _folder = message
            sender = key[sender_url]
            present = set(map(key.__getitem__, recipient_urls))  # the recipients' keys, then the sender's
            present.discard(None)
            present.discard("")
            if sender is not None:
                present.add(sender)
            if not present:
                without_urls += 1
                continue
            if sender is not None and sender_name and sender not in names:
                names[sender] = sender_name
            conversation = conversation_id or f"{file}:{line}"
            participants = participants_of.get(conversation)
            if participants is None:
                participants_of[conversation] = present  # type: ignore[assignment]
                latest[conversation] = sent_at
                continue
            participants |= present  # type: ignore[operator]
            if sent_at > latest[conversation]:
                latest[conversation] = sent_at
        self.messages_seen += seen
        self.messages_without_urls += without_urls

    def owner_candidates(self, known: frozenset[str], owner_name: str = "") -> frozenset[str]:
        """The owner's profile URL keys: ``known`` ones, else by the owner's name, else by being everywhere."""
        if known:
            return known
        if owner_name:
            wanted = _name_key(owner_name)
            by_name = frozenset(url for url, name in self._sender_names.items() if _name_key(name) == wanted)
            if by_name:
                return by_name
        everywhere: set[str] | None = None
        for participants in self._participants.values():
            if len(participants) < 2:
                continue
            everywhere = set(participants) if everywhere is None else everywhere & participants
        if everywhere is not None and len(everywhere) == 1:
            return frozenset(everywhere)
        return frozenset()

    def name_of(self, keys: frozenset[str]) -> str:
        """The name written beside the first of ``keys`` that sent a message (the owner's, given their keys)."""
        for key in sorted(keys):
            name = self._sender_names.get(key)
            if name:
                return " ".join(name.split())
        return ""

    def result(self, known_owner_keys: frozenset[str] = frozenset(), owner_name: str = "") -> Interactions:
        owners = self.owner_candidates(known_owner_keys, owner_name)
        last: dict[str, datetime] = {}
        latest = self._latest
        for conversation, participants in self._participants.items():
            when = latest[conversation]
            for person in participants - owners:
                held = last.get(person)
                if held is None or when > held:
                    last[person] = when
        return Interactions(owners, last, self.messages_seen, self.messages_without_urls)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()
