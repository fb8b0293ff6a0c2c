"""Profile URL keys for many rows at once: the common URL form takes a fast path, every URL is normalised once.

``normalise_profile_url`` (urlsplit, percent-decoding) costs a few microseconds; at 30,000 connections plus their
messages that is most of an import's matching time. LinkedIn writes nearly every URL as
``https://www.linkedin.com/in/<slug>`` (maybe percent-encoded, maybe with a trailing ``/``), whose key is simply
the decoded, lowercased ``linkedin.com/in/<slug>``; anything else goes through ``normalise_profile_url``. A test
checks that both give the same key.
"""

from __future__ import annotations

import codecs
import functools
import re

from app.core.profile_url import normalise_profile_url

# one path segment after /in/: no '/', '?', '#', whitespace or control characters (urlsplit treats those specially)
_PLAIN = re.compile(r"https://www\.linkedin\.com/in/([^/?#\s\x00-\x1f\x7f]+)/?")
_CANONICAL = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9][a-z0-9-]*").fullmatch
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")  # a run of percent-escapes: the bytes of one or more characters


def profile_key(url: str | None) -> str | None:
    """The matching key of one profile URL (``normalise_profile_url``, with the fast path)."""
    if not url:
        return None
    match = _PLAIN.fullmatch(url)
    if match is None:
        return _normalised(url)
    slug = match.group(1)
    if "%" in slug:
        slug = _unquoted(slug)
        if "/" in slug:  # an encoded '/' changes the path: leave it to the full normalisation
            return _normalised(url)
    if not slug.strip(" -_."):
        return None  # names no member, as ``normalise_profile_url`` says (``is_member_key``)
    return "linkedin.com/in/" + slug.lower()


def _normalised(url: str) -> str | None:
    try:
        return normalise_profile_url(url)
    except ValueError:  # urlsplit refuses some texts ('[' in the host): still one key per text, never a crash
        return " ".join(url.split()).lower() or None


_escapes_decoded = codecs.getdecoder("unicode_escape")  # looked up once: by name, the lookup costs as much again


def _unquoted(slug: str) -> str:
    """What ``urllib.parse.unquote`` gives for a slug with percent-escapes.

    A slug of ASCII whose every ``%`` starts an escape of valid UTF-8 (what LinkedIn writes for a name with
    accents) is decoded by the codecs alone, in C: each ``%`` made a ``\\x`` escape of ``unicode_escape`` (a slug
    with a backslash of its own never is). Anything else (a stray ``%``, bytes that are not UTF-8, characters
    already decoded) raises on the way and is decoded run by run of escapes, as ``unquote`` does.
    """
    if "\\" not in slug:
        try:
            escaped = slug.replace("%", "\\x").encode("ascii")
            return _escapes_decoded(escaped)[0].encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    return _ESCAPES.sub(_decoded, slug)  # each run of escapes decoded once


@functools.lru_cache(maxsize=4096)
def _escaped_text(run: str) -> str:
    return bytes.fromhex(run.replace("%", "")).decode("utf-8", "replace")


def _decoded(match: re.Match[str]) -> str:
    return _escaped_text(match.group())


class ProfileKeys(dict[str | None, str | None]):
    """``url -> key`` with a cache, one per import: ``keys[url]`` (a dict lookup, in C once the URL is known) or
    ``keys(url)``. Empty and missing URLs have no key."""

    def __missing__(self, url: str | None) -> str | None:
        # the form LinkedIn writes nearly every URL in (a lowercase ASCII slug) is its own key, past 'https://www.'
        key = self[url] = url[12:] if url and _CANONICAL(url) else profile_key(url)
        return key

    def __call__(self, url: str | None) -> str | None:
        return self[url]
