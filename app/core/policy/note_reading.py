"""How a note is read, so that the same signal is found however the sender dresses it up.

1. NFKC (styled letters such as 𝐛𝐮𝐲 become plain ones), then each character folded on its own: look-alike
   letters from other scripts (Cyrillic "а", Greek "ο") become Latin, accents are dropped ("numéro" -> "numero"),
   case is folded, invisible characters vanish and every other character (punctuation, emoji, symbols) becomes a
   word break. "$", "£" and "€" read as the words "usd", "gbp" and "eur".
2. The folded text is cut into words; letters spaced out one by one ("W h a t s A p p", "f.o.l.l.o.w") are joined
   into one word, and digits read as the letters they stand for ("f0ll0wers", "3arn").

Only the first ``MAX_READ`` characters are read, so the work is bounded whatever comes after.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import re2

# How much of a note is read. LinkedIn's invitation notes hold at most 300 characters, so this is ten of them;
# a longer text is pasted or hostile, and reading its start bounds the work whatever comes after.
MAX_READ = 3000
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

# --- how a note is folded ---------------------------------------------------------------------------------------

# Look-alike letters (after NFKC) that spammers mix into Latin words.
CONFUSABLES = str.maketrans(
    dict(
        zip(
            "аеорсухіјѕԁӏвкмнтАЕОРСУХІЈЅВКМНТαοτνικρεηυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
            "aeopcyxijsdlbkmhtaeopcyxijsbkmhtaotvikpenyxabehikmnoptyxz",
            strict=True,
        )
    )
)
CURRENCIES = {"$": " usd ", "£": " gbp ", "€": " eur ", "%": " percent "}
LEET = str.maketrans("013", "oie")  # inside a short word ("f0r"): e4e and b2b stay as they are
LEET_LONG = str.maketrans("0134578", "oieastb")  # anywhere in a longer word ("3arn", "c0nnecti0ns")
ORDINAL = re2.compile(r"\d+(?:st|nd|rd|th|h|k|m|am|pm|s|x)")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    if char in CURRENCIES:
        return CURRENCIES[char]
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    category = unicodedata.category(char)
    if category in ("Cf", "Mn", "Me"):  # zero-width joiners, soft hyphens, stray combining marks
        return ""
    plain = unicodedata.normalize("NFD", char.translate(CONFUSABLES))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return "".join(c if c.isalnum() else " " for c in plain) or " "


ASCII_FOLD = str.maketrans({chr(i): fold_char(chr(i)) for i in range(128)})


@dataclass(frozen=True, slots=True)
class ReadNote:
    """A note as the detector reads it: ``text`` (NFKC, what phrases are quoted from), and ``words`` folded and
    joined by single spaces, with a space at each end."""

    text: str
    folded: str
    words: str
    spans: tuple[tuple[int, int], ...] | None  # each word's place in ``folded``, when spaced letters were joined


def normalise_note(note: str) -> str:
    """NFKC (plain letters for styled ones), straight apostrophes; the text a match's phrase is quoted from."""
    if note.isascii():
        return note
    return unicodedata.normalize("NFKC", note).translate(APOSTROPHES)


# Four letters or digits in a row, each alone between single breaks: "f o l l", "w.h.a.t"
SPACED_LETTERS = re2.compile(r"(?:^| )[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9](?: |$)")._regexp
LEET_WORD = re2.compile(r"[a-z][0-9]|[0-9][a-z]")._regexp


def found_in(regex: object, text: str) -> bool:
    """Whether an RE2 object of the binding matches somewhere in ``text`` (the binding's search converts every
    offset between bytes and characters; a yes or no needs none of that)."""
    data = text.encode()
    return regex.Match(re2._Anchor.UNANCHORED, data, 0, len(data))[0][0] >= 0  # type: ignore[attr-defined]


def read_note(note: str) -> ReadNote:
    text = normalise_note(note[:MAX_READ])
    folded = text.translate(ASCII_FOLD) if text.isascii() else "".join(map(fold_char, text))
    spans = None
    if found_in(SPACED_LETTERS, folded):
        spans = tuple(_joined_spans(folded))
        words = " ".join(folded[start:end].replace(" ", "") for start, end in spans)
    else:
        words = " ".join(folded.split())
    if found_in(LEET_WORD, words):
        words = " ".join(_unleet(word) for word in words.split(" "))
    return ReadNote(text, folded, f" {words} ", spans)


def _unleet(word: str) -> str:
    if word.isalpha() or word.isdigit() or len(word) < 3:
        return word
    if len(word) >= 4 and sum(c.isalpha() for c in word) >= 2 and not ORDINAL.fullmatch(word):
        return word.translate(LEET_LONG)
    inner = word[1:-1].translate(LEET)
    return word[0] + inner + word[-1]


def word_spans(folded: str) -> list[tuple[int, int]]:
    """Where each word of the folded text is (every break in it is a plain space)."""
    spans, position = [], 0
    for word in folded.split(" "):
        if word:
            spans.append((position, position + len(word)))
        position += len(word) + 1
    return spans


# A run of this many single letters means the sender spaced words out; then runs of two ("m e") are words too.
# Fewer would join ordinary text: "I'm a" folds to "i m a".
SPACED_RUN = 4


def _runs(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The spans in groups: single letters one break apart together, every other span alone."""
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        single = span[1] - span[0] == 1
        last = runs[-1] if runs else None
        if single and last and last[-1][1] - last[-1][0] == 1 and span[0] - last[-1][1] == 1:
            last.append(span)
        else:
            runs.append([span])
    return runs


def _joined_spans(folded: str) -> list[tuple[int, int]]:
    """Word spans in the folded text, a run of single letters one break apart joined into one word."""
    runs = _runs(word_spans(folded))
    shortest = 2 if any(len(run) >= SPACED_RUN for run in runs) else SPACED_RUN
    joined: list[tuple[int, int]] = []
    for run in runs:
        if len(run) >= shortest:
            joined.append((run[0][0], run[-1][1]))
        else:
            joined.extend(run)
    return joined
