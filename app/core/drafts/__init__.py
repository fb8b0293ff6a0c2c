"""The traffic light for a draft (a post, a comment, a message, a reply): green, yellow or red, with findings.

Red is off limits: a client named (full name, or first name with a detail that points to them), a confidential
name or term, a partner or supplier, a project's name, someone else's e-mail address or phone number, words that
say someone is a client. Yellow needs judgement: the employer or its products praised or compared without a
disclosure, complaints and apologies, salary, hiring or selection details, claims about people. Green: nothing
else; a link to the employer's own website says so.

``light`` holds the light and its findings; ``folded`` the draft as names and terms are compared in it;
``clients`` finds the record's clients, ``terms`` the policy's terms and the owner's own details, ``phrases`` the
wording that sets the light by itself; ``check`` puts them together. Names and terms are found with Aho-Corasick
automatons (pyahocorasick) over folded text, built once per record and reused for every draft; phrases with
google-re2, so every pattern runs in linear time whatever the draft.
"""

from __future__ import annotations

from app.core.drafts.check import check_draft, check_draft_once
from app.core.drafts.clients import NamedPerson, NameMatcher
from app.core.drafts.light import DraftCategory, DraftCheck, DraftFinding, Light
from app.core.drafts.terms import DraftTerms

__all__ = [
    "DraftCategory",
    "DraftCheck",
    "DraftFinding",
    "DraftTerms",
    "Light",
    "NameMatcher",
    "NamedPerson",
    "check_draft",
    "check_draft_once",
]
