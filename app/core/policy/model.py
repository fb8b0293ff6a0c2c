"""The policy as data: an ordered list of rules (first match wins) and a default decision.

A rule's conditions are ANDed; a tuple inside a condition is ORed; ``None`` means "any".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.vocabulary import ConsentStatus, Decision, MetIn, RedFlag, Relationship


@dataclass(frozen=True, slots=True)
class Conditions:
    relationship: tuple[Relationship, ...] | None = None
    met_in: tuple[MetIn, ...] | None = None
    consent: tuple[ConsentStatus, ...] | None = None  # the LinkedIn channel's current consent
    has_note: bool | None = None
    red_flags: tuple[RedFlag, ...] | None = None  # any of these found in the request's note
    known: bool | None = None  # in the record and not a stranger (nor unsorted)
    tags: tuple[str, ...] | None = None  # any of these tags
    last_interaction_within_months: int | None = None
    last_interaction_older_than_months: int | None = None  # no interaction at all also matches

    def is_empty(self) -> bool:
        """A rule without conditions matches every request."""
        return self == EMPTY_CONDITIONS


EMPTY_CONDITIONS = Conditions()
# The condition names, in the order files and explanations use them (the field names of Conditions).
CONDITION_NAMES: tuple[str, ...] = Conditions.__slots__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    decision: Decision
    when: Conditions = field(default_factory=Conditions)
    template: str | None = None  # a ReplyTemplate id, for `reply`
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class DraftsSection:
    """The policy file's ``[drafts]`` section: what the traffic light for posts and messages needs to know.

    ``employer`` empty means the profile's organisation; ``website`` holds the employer's own sites (a link to
    one is public information); ``disclosure`` phrases add to the built-in ones ("I work at", "#employee").
    """

    employer: str = ""
    website: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    confidential: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    disclosure: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == DraftsSection()


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    rules: tuple[Rule, ...]
    default: Decision = Decision.REPLY
    default_template: str | None = None
    templates: tuple[ReplyTemplate, ...] = ()
    drafts: DraftsSection = field(default_factory=DraftsSection)

    def template(self, template_id: str | None) -> ReplyTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)


KNOWN = (Relationship.CLIENT, Relationship.COLLEAGUE, Relationship.PROFESSIONAL)

REMIND_ME = ReplyTemplate(
    "remind-me",
    "Hi {first_name}, thank you for the invitation. Could you remind me where we met? Best wishes, {owner_name}",
)
SERVICE_CHANNELS = ReplyTemplate(
    "service-channels",
    "Hi {first_name}, thank you for getting in touch. I keep LinkedIn for people I have met through my work."
    "[ For careers questions, our group {group_url} is the quickest route.]"
    "[ You can also reach the service at {service_contact}.] Best wishes, {owner_name}",
)


def default_policy() -> Policy:
    """The product brief's default: from "never connect with clients" to "genuine connection"."""
    return Policy(
        name="Default policy",
        rules=(
            Rule(
                "Selling, trading endorsements or scams",
                Decision.REPORT,
                Conditions(red_flags=(RedFlag.SELLING, RedFlag.ENDORSEMENT_TRADING, RedFlag.SCAM)),
            ),
            Rule(
                "Harvesting contacts, asking for personal data or putting on pressure",
                Decision.IGNORE,
                Conditions(red_flags=(RedFlag.HARVESTING, RedFlag.PERSONAL_DATA, RedFlag.PRESSURE)),
            ),
            Rule(
                "Consent refused or withdrawn",
                Decision.IGNORE,
                Conditions(consent=(ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN)),
            ),
            Rule(
                "Known and in touch within 24 months",
                Decision.CONNECT,
                Conditions(relationship=KNOWN, last_interaction_within_months=24),
            ),
            Rule(
                "Known but not in touch for 24 months, no note",
                Decision.REPLY,
                Conditions(relationship=KNOWN, last_interaction_older_than_months=24, has_note=False),
                template=REMIND_ME.id,
            ),
            Rule(
                "Stranger without a note",
                Decision.REPLY,
                Conditions(relationship=(Relationship.STRANGER,), has_note=False),
                template=REMIND_ME.id,
            ),
            Rule(
                "Sales pitch, off-platform request or bare link from a stranger",
                Decision.IGNORE,
                Conditions(
                    relationship=(Relationship.STRANGER,),
                    red_flags=(RedFlag.SALES_PITCH, RedFlag.OFF_PLATFORM, RedFlag.LINK_ONLY),
                ),
            ),
            Rule(
                "Stranger with a note",
                Decision.REPLY,
                Conditions(relationship=(Relationship.STRANGER,), has_note=True),
                template=SERVICE_CHANNELS.id,
            ),
        ),
        default=Decision.REPLY,
        default_template=REMIND_ME.id,
        templates=(REMIND_ME, SERVICE_CHANNELS),
    )
