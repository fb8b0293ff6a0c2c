"""Red flags in a request's note: selling, endorsement trading, harvesting, pressure, a bare link.

Detection is explainable: every match names its category and the words of the note that matched. Patterns are
written as word sequences; a space in a pattern stands for any run of spaces and punctuation, so "buy followers"
also finds "Buy... followers!" and "buy_followers". Case does not matter, and the note is NFKC-normalised first
(fancy Unicode letters such as 𝐛𝐮𝐲 become plain ones). All patterns are compiled once, at import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.vocabulary import RedFlag

# A space in a pattern: one or more characters that are not letters or digits.
GAP = r"[\W_]+"
# Up to n words between two words of a pattern.
_WORDS = r"(?:\w+ ){0,%d}"
# Words just before a match that turn it around ("no need to reply right away", "don't send all your contacts").
NEGATION = re.compile(r"\b(?:no|not|never|don'?t|do not|won'?t|without|isn'?t)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)

MAX_PHRASE = 120
LINK_ONLY_MAX_WORDS = 4

THINGS_FOR_SALE = (
    r"(?:followers|likes|endorsements?|recommendations?|connections|profile views|reviews|subscribers|upvotes)"
)
PEOPLE_LISTS = r"(?:contacts|connections|network|clients|students|graduates|alumni|customers|members)"
LIST_WORDS = (
    r"(?:contact list|contacts list|list of contacts|address book|mailing list|e\W?mail list|connections list|"
    r"list of (?:your )?(?:students|clients|graduates|connections|contacts|alumni))"
)


@dataclass(frozen=True, slots=True)
class _Pattern:
    category: RedFlag
    regex: str
    # Words one of which every match contains (and, when given, one of ``also``): a set lookup lets a note skip
    # every pattern whose words it lacks, so most notes run no regex at all.
    needs: frozenset[str]
    also: frozenset[str] = frozenset()
    negatable: bool = False  # skip the match when a negation comes just before it


def _p(category: RedFlag, regex: str, needs: str, also: str = "", *, negatable: bool = False) -> _Pattern:
    return _Pattern(category, regex, frozenset(needs.split()), frozenset(also.split()), negatable)


def _w(n: int) -> str:
    return _WORDS % n


SALE_THINGS = (
    "followers likes endorsement endorsements recommendation recommendations connections views reviews subscribers "
    "upvotes"
)
PEOPLE_WORDS = "contacts connections network clients students graduates alumni customers members"
ENDORSE_FORMS = "endorse endorsed endorses endorsing endorsement endorsements"
TRADED = "endorsement endorsements recommendation recommendations review reviews like likes follow follows skill skills"
ORDINALS = "second third fourth fifth final last 2nd 3rd 4th 5th 6th 7th 8th 9th 10th"

PATTERNS: tuple[_Pattern, ...] = (
    # selling: buying or selling followers, endorsements, recommendations; sales pitches
    _p(
        RedFlag.SELLING,
        rf"(?:buy|buying|bought|purchase|purchasing|order|sell|selling|sells|resell) {_w(4)}{THINGS_FOR_SALE}",
        "buy buying bought purchase purchasing order sell selling sells resell",
        SALE_THINGS,
    ),
    _p(
        RedFlag.SELLING,
        rf"(?:cheap|affordable|guaranteed|instant|paid|premium quality|high quality|real and active) "
        rf"(?:linkedin )?{THINGS_FOR_SALE}",
        "cheap affordable guaranteed instant paid quality active",
        SALE_THINGS,
    ),
    _p(
        RedFlag.SELLING,
        rf"{THINGS_FOR_SALE} {_w(4)}(?:for sale|for just|for only|at (?:a|the) (?:best|lowest|low) price|best price|"
        r"per \d|[$£€]\W*\d|\d+\W*(?:usd|dollars|pounds|euros?))",
        SALE_THINGS,
        "sale just only price per $ usd dollars pounds euro euros",
    ),
    _p(
        RedFlag.SELLING,
        r"(?:limited time offer|special offer|discount code|promo code|lead generation|seo services?|"
        r"grow your (?:business|brand|sales|revenue|agency)|book a (?:free )?(?:demo|discovery call|sales call)|"
        r"(?:we|i) (?:offer|sell|provide) (?:\w+ ){0,3}(?:packages|seo|marketing services|web design|"
        r"app development|crypto|trading signals)|investment opportunity|passive income)",
        "offer code generation seo grow book packages marketing design development crypto signals investment passive",
    ),
    # endorsement trading: "endorse me and I'll endorse you", e4e, swapping recommendations
    _p(RedFlag.ENDORSEMENT_TRADING, rf"endorse {_w(3)}(?:if|and|then|&) {_w(3)}endorse", "endorse"),
    _p(RedFlag.ENDORSEMENT_TRADING, r"endorse (?:me )?back", "endorse", "back"),
    _p(RedFlag.ENDORSEMENT_TRADING, rf"endorsed you {_w(10)}(?:endorse|return the favou?r)", "endorsed"),
    _p(RedFlag.ENDORSEMENT_TRADING, rf"endors\w* {_w(10)}return the favou?r", ENDORSE_FORMS, "favour favor"),
    _p(
        RedFlag.ENDORSEMENT_TRADING,
        r"(?:endorsement|recommendation|review|like|follow|skill)s? (?:for|4) "
        r"(?:an? )?(?:endorsement|recommendation|review|like|follow|skill)s?\b",
        TRADED,
        "for 4",
    ),
    _p(
        RedFlag.ENDORSEMENT_TRADING,
        r"\b(?:e4e|f4f|l4l|r4r|follow4follow|like4like|endorse4endorse)\b",
        "e4e f4f l4l r4r follow4follow like4like endorse4endorse",
    ),
    _p(
        RedFlag.ENDORSEMENT_TRADING,
        r"(?:swap|swapping|exchange|exchanging|trade|trading) (?:\w+ ){0,2}(?:endorsements|recommendations|"
        r"reviews|endorsing)",
        "swap swapping exchange exchanging trade trading",
        "endorsements recommendations reviews endorsing",
    ),
    _p(
        RedFlag.ENDORSEMENT_TRADING,
        r"(?:endorsement|recommendation)s? (?:swap|exchange|trade)|mutual (?:endorsements|recommendations)",
        "endorsement endorsements recommendation recommendations",
        "swap exchange trade mutual",
    ),
    _p(
        RedFlag.ENDORSEMENT_TRADING,
        rf"write (?:me )?a (?:recommendation|reference|review) {_w(4)}(?:i ll|i will|and i) {_w(2)}(?:write|return)",
        "write",
        "recommendation reference review",
    ),
    # harvesting: asking for all the adviser's contacts, lists of clients, mass introductions
    _p(
        RedFlag.HARVESTING,
        rf"(?:send|share|give|forward|pass|export|provide|e\W?mail|hand over|download) (?:me )?{_w(2)}"
        rf"(?:all|every one of|each of|the whole of|your whole|your entire|your full|your complete|the full|"
        rf"the complete) (?:of )?(?:your )?{_w(2)}(?:{PEOPLE_LISTS}|{LIST_WORDS}|e\W?mail addresses)",
        "all every each whole entire full complete",
        PEOPLE_WORDS + " list book addresses",
        negatable=True,
    ),
    _p(
        RedFlag.HARVESTING,
        rf"(?:send|share|give|export|forward|provide) (?:me )?(?:with )?{_w(1)}(?:your|the) {LIST_WORDS}",
        "list book",
        "send share give export forward provide",
        negatable=True,
    ),
    _p(
        RedFlag.HARVESTING,
        rf"(?:access to|a copy of|a list of|list of|the e\W?mails? of|e\W?mail addresses of|contact details of|"
        rf"phone numbers of|names of) {_w(1)}(?:all )?(?:of )?your {PEOPLE_LISTS}",
        "access copy list emails email mail mails addresses details numbers names",
        PEOPLE_WORDS,
        negatable=True,
    ),
    _p(
        RedFlag.HARVESTING,
        r"introduce me to (?:all|every|each|everyone|everybody|as many)",
        "introduce",
        "all every each everyone everybody many",
        negatable=True,
    ),
    _p(
        RedFlag.HARVESTING,
        r"(?:mass|bulk) (?:introductions?|intros?|messages|messaging|mailing|outreach)",
        "mass bulk",
        negatable=True,
    ),
    _p(
        RedFlag.HARVESTING,
        rf"(?:forward|send|share|post) (?:this|my \w+|it) {_w(2)}to (?:all|every|each of|everyone in|everybody in) "
        rf"(?:of )?your {PEOPLE_LISTS}",
        "all every each everyone everybody",
        PEOPLE_WORDS,
        negatable=True,
    ),
    # pressure: demands, guilt, threats
    _p(
        RedFlag.PRESSURE,
        r"(?:you are|you re|youre) not (?:a |an |very |really )?(?:real |true |good )?"
        r"(?:humanitarian|professional|helpful|caring|ethical|decent|human)",
        "not",
        "humanitarian professional helpful caring ethical decent human",
    ),
    _p(
        RedFlag.PRESSURE,
        r"if you (?:really |truly |actually )?cared|if you had any (?:decency|heart|empathy|compassion|respect)",
        "cared decency heart empathy compassion respect",
    ),
    _p(
        RedFlag.PRESSURE,
        rf"an? (?:real|true|good|decent|proper) (?:humanitarian|professional|adviser|advisor|person|human|"
        rf"careers adviser|careers advisor|counsellor|counselor) would {_w(2)}(?:accept|help|answer|reply|connect)",
        "would",
        "humanitarian professional adviser advisor person human counsellor counselor",
    ),
    _p(
        RedFlag.PRESSURE,
        r"(?:accept|answer|reply|respond|connect|add)(?: to| with)? (?:me |my (?:request|invitation|invite|message) |"
        r"this |it |back )?(?:immediately|right now|right away|asap|"
        r"urgently|now or|today or|without delay|within \d+ (?:hours?|minutes?|days?))",
        "immediately right asap urgently now today delay within",
        "accept answer reply respond connect add",
        negatable=True,
    ),
    _p(RedFlag.PRESSURE, r"i (?:demand|insist)(?: that)? (?:you|an answer|a reply|a response)", "demand insist"),
    _p(
        RedFlag.PRESSURE,
        r"you (?:must|have to|need to|are obliged to) (?:\w+ ){0,1}(?:accept|connect|help me|answer|reply|respond|"
        r"find me)",
        "must have need obliged",
        "accept connect help answer reply respond find",
        negatable=True,
    ),
    _p(
        RedFlag.PRESSURE,
        r"you owe me|shame on you|how dare you|you have no (?:choice|excuse)",
        "owe shame dare choice excuse",
    ),
    _p(RedFlag.PRESSURE, r"don'?t ignore (?:me|this|my)|stop ignoring|ignoring me", "ignore ignoring"),
    _p(
        RedFlag.PRESSURE,
        r"why (?:have|haven'?t|did|didn'?t|do|don'?t) you (?:not )?(?:\w+ ){0,1}(?:accepted|accept|answered|"
        r"answer|replied|reply|respond|responded)",
        "why",
        "accepted accept answered answer replied reply respond responded",
    ),
    _p(
        RedFlag.PRESSURE,
        r"(?:second|third|fourth|fifth|final|last|\d+(?:st|nd|rd|th)) (?:time i am asking|time i m asking|"
        r"time asking|reminder|attempt|request)",
        ORDINALS,
        "asking reminder attempt request",
    ),
    _p(
        RedFlag.PRESSURE,
        r"i (?:will|ll|shall) (?:report|expose|complain about) you|or i (?:will|ll) (?:report|complain|post|tell)",
        "report expose complain post tell",
        "will ll shall",
    ),
)

LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|ly|co|uk|me|info|biz|xyz|link|gl|to|app|dev|site|online|shop|"
    r"ru|cn|tk|click|top)(?:/[^\s<>\"']*)?(?![\w.-]*\w)",
    re.IGNORECASE,
)
LINK_PROMPT = re.compile(
    r"click (?:here|the link|this link|below|on the link|on this)|check out my (?:link|website|page|offer|profile)|"
    r"visit my (?:website|site|page)|link in (?:bio|my profile)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"[^\W_]+")
CURRENCY = ("$", "£", "€")


def _compile(patterns: tuple[_Pattern, ...]) -> tuple[tuple[re.Pattern[str], ...], dict[str, tuple[int, ...]]]:
    """Each pattern compiled (a space matches any run of spaces and punctuation), and which patterns each
    needed word points to."""
    compiled = tuple(re.compile(r"\b(?:" + p.regex.replace(" ", GAP) + ")", re.IGNORECASE) for p in patterns)
    index: dict[str, list[int]] = {}
    for number, pattern in enumerate(patterns):
        for word in pattern.needs:
            index.setdefault(word, []).append(number)
    return compiled, {word: tuple(numbers) for word, numbers in index.items()}


COMPILED, INDEX = _compile(PATTERNS)
MAYBE_LINK = re.compile(r"://|www\.|\.[a-z]{2}")
CATEGORY_ORDER = {category: number for number, category in enumerate(RedFlag)}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class RedFlagMatch:
    """One red flag found in a note: its category and the words that matched."""

    category: RedFlag
    phrase: str

    def describe(self) -> str:
        return f'"{self.phrase}" ({self.category.value})'


def normalise_note(note: str) -> str:
    """NFKC (plain letters for styled ones), straight apostrophes; the text a match's phrase is quoted from."""
    if note.isascii():
        return note
    return unicodedata.normalize("NFKC", note).translate(APOSTROPHES)


def find_red_flags(note: str) -> tuple[RedFlagMatch, ...]:
    """Every category found in ``note``, in the vocabulary's order, each with the first phrase that matched."""
    if not note or note.isspace():
        return ()
    text = normalise_note(note)
    lower = text.lower()
    words = set(TOKEN.findall(lower))
    if any(sign in lower for sign in CURRENCY):
        words.add("$")
    candidates = sorted({number for word in INDEX.keys() & words for number in INDEX[word]})
    found: dict[RedFlag, str] = {}
    for number in candidates:
        pattern = PATTERNS[number]
        if pattern.category in found or (pattern.also and pattern.also.isdisjoint(words)):
            continue
        phrase = _first_match(text, COMPILED[number], pattern.negatable)
        if phrase is not None:
            found[pattern.category] = phrase
    if MAYBE_LINK.search(lower) is not None:
        link = _link_only(text)
        if link is not None:
            found[RedFlag.LINK_ONLY] = link
    return tuple(
        RedFlagMatch(category, phrase) for category, phrase in sorted(found.items(), key=lambda i: CATEGORY_ORDER[i[0]])
    )


def _first_match(text: str, regex: re.Pattern[str], negatable: bool) -> str | None:
    for match in regex.finditer(text):
        if negatable and NEGATION.search(text, max(0, match.start() - 40), match.start()):
            continue
        return _phrase(match.group(0))
    return None


def _link_only(text: str) -> str | None:
    """A note that is a link and little else (a greeting, "check this out"), or a link with "click here"."""
    links = LINK.findall(text)
    if not links:
        return None
    rest = LINK.sub(" ", text)
    if len(WORD.findall(rest)) <= LINK_ONLY_MAX_WORDS or LINK_PROMPT.search(rest):
        return _phrase(links[0])
    return None


def _phrase(text: str) -> str:
    phrase = " ".join(text.split()).strip(" .,;:!?")
    return phrase if len(phrase) <= MAX_PHRASE else phrase[: MAX_PHRASE - 1] + "…"
