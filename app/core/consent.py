"""Deriving the current consent from the append-only history."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.records import ConsentChange
from app.core.vocabulary import Channel, ConsentStatus


def current_consent(history: Iterable[ConsentChange]) -> dict[Channel, ConsentStatus]:
    """The latest status per channel: by the date of the change, then by the order it was recorded."""
    latest: dict[Channel, tuple[tuple[object, int], ConsentStatus]] = {}
    for order, change in enumerate(history):
        key = (change.changed_on, change.id if change.id is not None else order)
        held = latest.get(change.channel)
        if held is None or key >= held[0]:
            latest[change.channel] = (key, change.status)
    return {channel: status for channel, (_, status) in latest.items()}
