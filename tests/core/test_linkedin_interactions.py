from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.linkedin.dates import DateReader
from app.core.linkedin.interactions import InteractionCollector
from app.core.linkedin.readers import read_messages
from app.core.linkedin.rows import MessageRow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
OWNER = "linkedin.com/in/morgan-adviser-0c4f1e"


def collect(path: Path) -> InteractionCollector:
    collector = InteractionCollector()
    for message in read_messages(path.name, path.read_bytes(), DateReader()):
        collector.add(message)
    return collector


def message(conversation, sender, recipients, when, name="Someone"):
    return MessageRow("m.csv", 2, conversation, name, sender, tuple(recipients), when, "INBOX")


def test_owner_is_the_party_in_every_conversation():
    result = collect(FIXTURES / "native" / "messages.csv").result()
    assert result.owner_keys == {OWNER}
    assert OWNER not in result.last_by_person
    assert result.last_by_person and result.messages_seen > 0


def test_last_interaction_is_the_latest_message_of_each_conversation_both_ways():
    result = collect(FIXTURES / "export-2024" / "messages.csv").result()
    assert result.owner_keys == {OWNER}
    assert result.last_by_person == {
        "linkedin.com/in/ivan-tanaka-0c0c0c": datetime(2024, 10, 2, 17, 45, tzinfo=UTC),  # the owner's reply
        "linkedin.com/in/jo-silva-0d0d0d": datetime(2024, 9, 15, 14, 0, tzinfo=UTC),  # a group message
        "linkedin.com/in/kofi-mensah-0e0e0e": datetime(2024, 9, 15, 14, 0, tzinfo=UTC),
    }
    assert result.messages_seen == 3  # the draft and the SPAM row do not count


def test_without_recipient_urls_the_conversation_still_joins_both_sides():
    collector = collect(FIXTURES / "export-2021" / "messages.csv")
    result = collector.result(frozenset({OWNER}))
    assert result.last_by_person["linkedin.com/in/dana-lindqvist-0a0a0a"] == datetime(2021, 11, 6, 8, 30, tzinfo=UTC)
    assert result.last_by_person["linkedin.com/in/eero-haddad-0b0b0b"] == datetime(2021, 10, 20, 12, 0, tzinfo=UTC)


def test_owner_by_name_when_the_conversations_do_not_tell():
    collector = InteractionCollector()
    collector.add(
        message(
            "c1",
            "https://linkedin.com/in/me",
            ["https://linkedin.com/in/a"],
            datetime(2026, 1, 1, tzinfo=UTC),
            "Morgan  Adviser",
        )
    )
    assert collector.result().owner_keys == frozenset()  # one conversation: either could be the owner
    assert collector.result(owner_name="morgan adviser").owner_keys == {"linkedin.com/in/me"}
    assert set(collector.result(owner_name="morgan adviser").last_by_person) == {"linkedin.com/in/a"}


def test_2018_messages_are_counted_but_matched_to_nobody():
    result = collect(FIXTURES / "export-2018" / "Messages.csv").result()
    assert (result.messages_seen, result.messages_without_urls, result.last_by_person) == (2, 2, {})
