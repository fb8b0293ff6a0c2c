"""The traffic light: green, yellow or red, and the findings that set it, each with the words it is about.

Red is off limits: a client named (full name, or first name with a detail that points to them), a confidential
name or term, a partner or supplier, a project's name, someone else's e-mail address or phone number, words that
say someone is a client. Yellow needs judgement: the employer or its products praised or compared without a
disclosure, complaints and apologies, salary, hiring or selection details, claims about people. Green: nothing
else; a link to the employer's own website says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Light(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


LIGHT_ORDER = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}


class DraftCategory(StrEnum):
    CLIENT = "client"  # a client named
    CLIENT_RELATIONSHIP = "client-relationship"  # words that say someone is a client
    CONFIDENTIAL = "confidential"
    PARTNER = "partner"
    PROJECT = "project"
    PERSONAL_DATA = "personal-data"  # someone else's e-mail address or phone number
    EMPLOYER = "employer"  # praised or compared without a disclosure
    COMPLAINT = "complaint"  # complaints and apologies
    HIRING = "hiring"  # salary, hiring or selection details
    CLAIM = "claim"  # claims about people
    PUBLIC_SOURCE = "public-source"  # a link to the employer's own website


CATEGORY_LIGHT: dict[DraftCategory, Light] = {
    DraftCategory.CLIENT: Light.RED,
    DraftCategory.CLIENT_RELATIONSHIP: Light.RED,
    DraftCategory.CONFIDENTIAL: Light.RED,
    DraftCategory.PARTNER: Light.RED,
    DraftCategory.PROJECT: Light.RED,
    DraftCategory.PERSONAL_DATA: Light.RED,
    DraftCategory.EMPLOYER: Light.YELLOW,
    DraftCategory.COMPLAINT: Light.YELLOW,
    DraftCategory.HIRING: Light.YELLOW,
    DraftCategory.CLAIM: Light.YELLOW,
    DraftCategory.PUBLIC_SOURCE: Light.GREEN,
}


@dataclass(frozen=True, slots=True)
class DraftFinding:
    light: Light
    category: DraftCategory
    start: int  # offsets into the draft: draft[start:end] is ``text``
    end: int
    text: str
    why: str
    contact_id: int | None = None  # the client a finding points to

    def to_dict(self) -> dict[str, Any]:
        return {
            "light": self.light.value,
            "category": self.category.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class DraftCheck:
    light: Light
    findings: tuple[DraftFinding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"light": self.light.value, "findings": [f.to_dict() for f in self.findings]}

    def summary(self) -> str:
        if self.light is Light.RED:
            return "Red: off limits as it stands. When in doubt, leave it out."
        if self.light is Light.YELLOW:
            return "Yellow: needs your judgement before it goes out."
        if self.findings:
            return "Green: nothing off limits found, and it links to your employer's own website."
        return "Green: nothing off limits found."
