"""One person as an import sees them: the record's values, what the export changes, and what is new."""

from __future__ import annotations

from datetime import date


class Person:
    """One contact during the import: loaded from the record or new. Changes are collected, then written.

    The positional arguments are in the order of ``app.storage.bulk.ExistingContact``: ``Person(*row)``.
    """

    __slots__ = (
        "changes",
        "company",
        "connected_on",
        "display_name",
        "emails",
        "first_name",
        "id",
        "implied_consent_on",
        "in_connections",
        "is_new",
        "last_interaction",
        "last_name",
        "matched",
        "new_emails",
        "notes",
        "original",
        "position",
        "relationship",
        "relationship_guessed",
        "source",
        "tags",
        "url_key",
        "url_seen",
    )

    def __init__(
        self,
        id: int | None,
        url_key: str | None,
        url_seen: str | None,
        first_name: str,
        last_name: str,
        display_name: str,
        company: str,
        position: str,
        connected_on: date | None,
        last_interaction: date | None,
        relationship: str,
        source: str,
        relationship_guessed: bool = True,
        *,
        is_new: bool = False,
        emails: tuple[str, ...] = (),
        notes: str = "",
        tags: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.url_key = url_key
        self.url_seen = url_seen
        self.first_name = first_name
        self.last_name = last_name
        self.display_name = display_name
        self.company = company
        self.position = position
        self.connected_on = connected_on
        self.last_interaction = last_interaction
        self.relationship = relationship
        self.relationship_guessed = relationship_guessed  # an import's guess may give way to later facts
        self.source = source
        self.is_new = is_new
        self.matched = is_new
        self.emails = emails  # a tuple: most people have none, and 100,000 empty lists are 5 MB
        self.notes = notes
        self.tags = tags
        self.changes: dict[str, object] | None = None  # made on the first change
        self.original: dict[str, object] | None = None  # the record's value of each column changed
        self.new_emails: tuple[str, ...] = ()
        self.in_connections = False
        self.implied_consent_on: date | None = None

    @property
    def name(self) -> str:
        return self.display_name or f"{self.first_name} {self.last_name}".strip()

    def set(self, column: str, value: object) -> None:
        """Change a LinkedIn fact; on an existing contact the change is remembered for the UPDATE."""
        current = getattr(self, column)
        if current == value:
            return
        setattr(self, column, value)
        if not self.is_new:
            if self.changes is None:
                self.changes, self.original = {}, {}
            original = self.original
            assert original is not None
            if column not in original:
                original[column] = current
            if original[column] == value:  # back to what the record holds (two rows of one member): no change
                del self.changes[column], original[column]
            else:
                self.changes[column] = value

    @property
    def changed(self) -> bool:
        return bool(self.changes or self.new_emails or self.implied_consent_on is not None)
