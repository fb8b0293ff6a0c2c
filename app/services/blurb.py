"""The "advice for contacting me" profile text, from the owner profile and the active policy.

Nothing is cached: the text is built each time from the policy in force, so it follows every policy change.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.blurb import LIMITS, BlurbLength, build_blurb, linkedin_length
from app.core.policy.model import Policy
from app.core.records import OwnerProfile
from app.core.vocabulary import Tone
from app.services.policy import get_policy
from app.services.profile import get_profile
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ProfileText:
    text: str
    length: BlurbLength
    tone: Tone
    characters: int  # as LinkedIn counts them
    limit: int
    policy_name: str


def active_policy(db: Database) -> Policy:
    """The policy in force: the owner's saved policy (the default one until it is changed)."""
    return get_policy(db)


def make_profile_text(
    profile: OwnerProfile, policy: Policy, length: BlurbLength = BlurbLength.FULL, tone: Tone | None = None
) -> ProfileText:
    """Pure: the text with its count and limit (the GUI's live preview calls this on every edit)."""
    chosen_tone = tone or profile.tone
    text = build_blurb(profile, policy, length, chosen_tone)
    return ProfileText(text, length, chosen_tone, linkedin_length(text), LIMITS[length], policy.name)


def profile_text(db: Database, length: BlurbLength = BlurbLength.FULL, tone: Tone | None = None) -> ProfileText:
    """The profile text for the owner profile and the active policy; the tone defaults to the profile's."""
    return make_profile_text(get_profile(db), active_policy(db), length, tone)
