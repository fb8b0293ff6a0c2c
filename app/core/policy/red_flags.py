"""Red flags in a request's note: selling, endorsement trading, harvesting, pressure, a bare link, sales pitches,
moving the talk off LinkedIn, asking for personal data, scams.

A note is read as ``note_reading`` folds it (styled letters, look-alikes, accents, spacing and digits for
letters undone). Every signal is a word pattern over that text: the phrase signals of ``red_flag_phrases`` and the
cue groups of ``red_flag_cues``, all compiled into one RE2 set, so that one pass in time linear in the note,
whatever the note, says which signals are there.

A signal has a weight: 1 means the signal alone raises its category, ½ that it needs another signal of the same
category ("we offer" + "book a demo" is a sales pitch, either alone is not). Some signals are turned around by a
negation just before them ("we never charge a registration fee"), and a few count against a category (an
employer's internships are not a sales pitch). The same words never count twice and a signal counts once. When no
signal raises anything, the learned vocabulary (``red_flag_vocabulary``) may. Each flag quotes the note's own
words: the strongest signal's phrase, and every signal that counted, for the highlight.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import re2

from app.core.policy.note_reading import (
    APOSTROPHES,
    MAX_READ,
    ReadNote,
    fold_char,
    found_in,
    normalise_note,
    read_note,
    word_spans,
)
from app.core.policy.red_flag_cues import cue_signals
from app.core.policy.red_flag_phrases import phrase_signals
from app.core.policy.red_flag_vocabulary import learned_flag
from app.core.policy.signal import Signal
from app.core.vocabulary import RedFlag

__all__ = ["APOSTROPHES", "MAX_READ", "RedFlagMatch", "find_red_flags", "normalise_note", "read_note"]

MAX_PHRASE = 120
MAX_LINKS = 20  # links looked at in one note
LINK_ONLY_MAX_WORDS = 4
NEGATION_WINDOW = 4  # words before a match in which a negation turns it around
NEGATIONS = frozenset(
    [
        "no",
        "not",
        "never",
        "don",
        "dont",
        "won",
        "wont",
        "without",
        "isn",
        "aren",
        "didn",
        "doesn",
        "nobody",
        "nothing",
        "nor",
        "avoid",
        "ne",
        "pas",
        "jamais",
        "aucun",
        "aucune",
        "sans",
        "nie",
        "nicht",
        "nie",
        "kein",
        "keine",
        "keinen",
        "keinesfalls",
        "ohne",
        "nunca",
        "nada",
        "sin",
        "jamas",
    ]
)


@dataclass(frozen=True, slots=True)
class _Compiled:
    signals: tuple[Signal, ...]
    regexes: tuple[object, ...]  # RE2 objects of the binding, searched over UTF-8 bytes (no offset conversions)
    any_of: re2.Set


def _compile(signals: tuple[Signal, ...]) -> _Compiled:
    options = re2.Options()
    options.max_mem = 64 << 20
    any_of = re2.Set.SearchSet(options)
    regexes = []
    for signal in signals:
        source = " (?:" + signal.pattern.replace("~", "[^ ]*") + ") "
        regexes.append(re2.compile(source, options)._regexp)
        any_of.Add(source)
    any_of.Compile()
    return _Compiled(signals, tuple(regexes), any_of)


UNANCHORED = re2._Anchor.UNANCHORED
SIGNALS = phrase_signals() + cue_signals()
COMPILED = _compile(SIGNALS)
CATEGORY_ORDER = {category: number for number, category in enumerate(RedFlag)}

# A note that is a link and little else, or a link with "click here".
LINK = re2.compile(
    r"(?i)(?:https?://|www\.)[^\s<>\"']+|(?:[a-z0-9-]+\.)+(?:com|org|net|io|ly|co|uk|me|info|biz|xyz|link|gl|to|ee|ai|"
    r"gg|cc|ws|pw|su|eu|us|"
    r"app|dev|site|online|shop|ru|cn|tk|click|top|live|page|store|club|pro|work)(?:/[^\s<>\"']*)?"
)
LINK_PROMPT = re2.compile(
    r"(?i)click (?:here|the link|this link|below|on the link|on this)|check out my (?:link|website|page|offer|"
    r"profile)|visit my (?:website|site|page)|link in (?:bio|my profile)"
)
MAYBE_LINK = re2.compile(r"://|www\.|\.[a-zA-Z]{2}")._regexp
WORD = re2.compile(r"\pL+")
OFF_PLATFORM_LINKS = ("wa.me/", "t.me/", "chat.whatsapp.com", "telegram.me", "signal.me", "m.me/")


@dataclass(frozen=True, slots=True)
class RedFlagMatch:
    """One red flag found in a note: its category, the words that matched best, and every phrase that counted."""

    category: RedFlag
    phrase: str
    also: tuple[str, ...] = ()  # other phrases of the note that counted towards this flag
    learned: bool = False  # raised by the learned vocabulary (words unwanted notes share), not by a signal

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.phrase, *self.also)

    def describe(self) -> str:
        words = " + ".join(f'"{p}"' for p in self.phrases)
        if self.learned:  # no signal: the words that weighed most in the learned vocabulary
            return f"{words} (words of {self.category.value} notes)"
        return f"{words} ({self.category.value})"


MATCHES_PER_SIGNAL = 8  # places looked at for one signal in one note


@dataclass(slots=True)
class _Found:
    weight: float = 0.0  # what the signals against the category took away
    spans: list[tuple[float, str, list[tuple[int, int]]]] | None = None  # each signal's weight, name, places


def _matches(number: int, signal: Signal, read: ReadNote, data: bytes) -> list[tuple[int, int]]:
    """Where one signal matches in the folded words (character offsets), leaving out negated places."""
    regex = COMPILED.regexes[number]
    spans, position = [], 0
    while position < len(data) and len(spans) < MATCHES_PER_SIGNAL:
        start, end = regex.Match(UNANCHORED, data, position, len(data))[0]  # type: ignore[attr-defined]
        if start < 0:
            break
        position = max(end - 1, start + 1)  # a match ends on a word break, which the next may begin with
        if len(data) != len(read.words):  # offsets in bytes; the words hold letters beyond ASCII
            start, end = len(data[:start].decode()), len(data[:end].decode())
        if not (signal.negatable and _negated(read.words, start)):
            spans.append((start, end))
    return spans


def find_red_flags(note: str) -> tuple[RedFlagMatch, ...]:
    """Every category found in ``note``, in the vocabulary's order, each with the phrases that raised it."""
    if not note or note.isspace():
        return ()
    read = read_note(note)
    data = read.words.encode()
    hits = COMPILED.any_of.Match(data) or ()
    scores: dict[RedFlag, _Found] = {}
    for number in hits:
        signal = COMPILED.signals[number]
        spans = _matches(number, signal, read, data)
        if not spans:
            continue
        found = scores.setdefault(signal.category, _Found())
        if signal.weight < 0:
            found.weight += signal.weight
        else:
            found.spans = found.spans or []
            found.spans.append((signal.weight, signal.name, spans))
    result: dict[RedFlag, RedFlagMatch] = {}
    locate: _Locator | None = None
    for category, found in scores.items():
        if not found.spans:
            continue
        kept = _apart(found.spans)
        if found.weight + sum(weight for weight, _, _ in kept) < 1 - 1e-9:
            continue
        locate = locate or _Locator(read)
        phrases = [phrase for _, start, end in kept if (phrase := locate.phrase(start, end))]
        if phrases:
            result[category] = RedFlagMatch(category, phrases[0], tuple(phrases[1:]))
    if not result:
        learned = learned_flag(read.words)
        if learned is not None:
            category, places = learned
            locate = locate or _Locator(read)
            phrases = [phrase for start, end in places if (phrase := locate.phrase(start, end))]
            if phrases:
                result[category] = RedFlagMatch(category, phrases[0], tuple(phrases[1:]), learned=True)
    if found_in(MAYBE_LINK, read.text):  # the note as read (its first MAX_READ characters)
        link = _link_only(read)
        if link is not None:
            result[RedFlag.LINK_ONLY] = RedFlagMatch(RedFlag.LINK_ONLY, link)
        moved = _off_platform_link(read.text)
        if moved is not None and RedFlag.OFF_PLATFORM not in result:
            result[RedFlag.OFF_PLATFORM] = RedFlagMatch(RedFlag.OFF_PLATFORM, moved)
    return tuple(result[category] for category in sorted(result, key=CATEGORY_ORDER.__getitem__))


def _apart(found: list[tuple[float, str, list[tuple[int, int]]]]) -> list[tuple[float, int, int]]:
    """The signals that count, each at a place that shares no word with a place already counted: the same words
    read by two signals are one piece of evidence, not two. Signals of one name (a phrase signal and the cue words
    of the same idea) count once, as does a signal found in several places. The strongest go first and, among
    equals, those with the fewest places, so that a signal found in one place only keeps it."""
    places: dict[str, tuple[float, list[tuple[int, int]]]] = {}
    for weight, name, spans in found:
        best, known = places.get(name, (weight, []))
        places[name] = (max(best, weight), known + spans)
    kept: list[tuple[float, int, int]] = []
    for weight, spans in sorted(places.values(), key=lambda p: (-p[0], len(p[1]), min(p[1]))):
        for start, end in sorted(spans, key=lambda span: (span[1] - span[0], span[0])):
            # each match carries the word breaks at its ends: overlapping means sharing a word, not a break
            if all(end - 1 <= s or start >= e - 1 for _, s, e in kept):
                kept.append((weight, start, end))
                break
    return sorted(kept, key=lambda k: (-k[0], k[1]))


def _negated(words: str, start: int) -> bool:
    before = words[max(0, start - 60) : start].split()[-NEGATION_WINDOW:]
    return any(word in NEGATIONS for word in before)


class _Locator:
    """Maps a match in the folded words back to the note's own characters (made only when something matched)."""

    def __init__(self, read: ReadNote) -> None:
        self.read = read
        text = read.text
        if read.folded is not text and len(read.folded) != len(text):
            ends, total = [], 0
            for char in text:
                total += len(fold_char(char))
                ends.append(total)
            self.ends: list[int] | None = ends
        else:
            self.ends = None
        self.spans = read.spans if read.spans is not None else word_spans(read.folded)

    def _original(self, folded_index: int) -> int:
        if self.ends is None:
            return folded_index
        return bisect_right(self.ends, folded_index)

    def phrase(self, start: int, end: int) -> str:
        words = self.read.words
        first = words.count(" ", 0, start + 1) - 1
        last = words.count(" ", 0, end - 1) - 1
        if not 0 <= first <= last < len(self.spans):
            return ""
        begin = self._original(self.spans[first][0])
        finish = self._original(self.spans[last][1] - 1) + 1
        return _phrase(self.read.text[begin:finish])


def _links(text: str) -> list[str]:
    """Links in the text: a candidate is kept when it is not inside an e-mail address or a longer word."""
    found = []
    for match in LINK.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before == "@" or before.isalnum() or before in ".-_":
            continue
        if after.isalnum() or after in "-_@":
            continue
        found.append(match.group(0))
        if len(found) == MAX_LINKS:
            break
    return found


def _link_only(read: ReadNote) -> str | None:
    """A note that is a link and little else (a greeting, "check this out"), or a link with "click here"; the
    words around the link are counted as read, so that "c l i c k  h e r e" is two words and a prompt."""
    links = _links(read.text)
    if not links:
        return None
    rest = read.text
    for link in links:
        rest = rest.replace(link, " ")
    words = read_note(rest).words if read.spans is not None else rest
    if len(WORD.findall(words)) <= LINK_ONLY_MAX_WORDS or LINK_PROMPT.search(words) or LINK_PROMPT.search(rest):
        return _phrase(links[0])
    return None


def _off_platform_link(text: str) -> str | None:
    lower = text.lower()
    for link in _links(text):
        if any(sign in link.lower() for sign in OFF_PLATFORM_LINKS):
            return _phrase(link)
    if any(sign in lower for sign in OFF_PLATFORM_LINKS):
        return next(sign for sign in OFF_PLATFORM_LINKS if sign in lower).rstrip("/")
    return None


def _phrase(text: str) -> str:
    phrase = " ".join(text.split()).strip(" .,;:!?")
    return phrase if len(phrase) <= MAX_PHRASE else phrase[: MAX_PHRASE - 1] + "…"
