"""The four gates: before the adviser contacts someone, consent, channel, context and cause must all pass.

1. Consent: has this person agreed to be contacted (explicit or implied) on this channel?
2. Channel: does the channel fit the purpose (LinkedIn is for professional matters, not personal ones)?
3. Context: does the context of the relationship allow it (someone met while representing an employer is
   contacted through the employer's official channels, not privately)?
4. Cause: is the purpose legitimate for this relationship (a personal reason does not justify crossing the
   other gates)?

Each gate passes, asks for caution or fails, with one sentence; the check says stop when any gate fails, caution
when any asks for caution, else go. The answers are tables below, so a reader can see every case at once.

Writing on LinkedIn to someone who is not a connection yet means sending an invitation, whose note LinkedIn
limits by the owner's account kind: 200 characters on a free account (which also gets only a few personalised
notes a month), 300 on Premium. The channel gate says which limit applies, and flags a note that is too long.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.blurb import linkedin_length
from app.core.records import Contact
from app.core.vocabulary import AccountKind, Channel, ConsentStatus, MetIn, Purpose, Relationship


class Gate(StrEnum):
    CONSENT = "consent"
    CHANNEL = "channel"
    CONTEXT = "context"
    CAUSE = "cause"


class GateOutcome(StrEnum):
    PASS = "pass"
    CAUTION = "caution"
    FAIL = "fail"


class Verdict(StrEnum):
    GO = "go"
    CAUTION = "caution"
    STOP = "stop"


P, C, F = GateOutcome.PASS, GateOutcome.CAUTION, GateOutcome.FAIL
Answer = tuple[GateOutcome, str]

CHANNEL_WORDS = {"linkedin": "LinkedIn", "email": "e-mail", "phone": "phone", "social": "social media"}
PURPOSE_WORDS = {"work-follow-up": "a work follow-up", "personal": "a personal matter", "networking": "networking",
                 "recruitment": "recruitment", "sales": "selling",
                 "invitation-reply": "replying to their invitation"}  # fmt: skip

# The tables are keyed by the vocabulary's words (StrEnum members look themselves up by their value).
# Sentences may use {name}, {channel} and {purpose}.
CONSENT: dict[str, Answer] = {
    "explicit": (P, "{name} agreed explicitly to be contacted by {channel}."),
    "implied": (P, "{name}'s consent to contact by {channel} is implied{why}."),
    "not-asked": (F, "{name} has not agreed to be contacted by {channel}: consent was never asked."),
    "refused": (F, "{name} refused contact by {channel}."),
    "withdrawn": (F, "{name} withdrew consent to contact by {channel}."),
}
IMPLIED_FOR_SALES: Answer = (
    C,
    "{name}'s consent to contact by {channel} is only implied{why}, which does not cover selling: ask first.",
)
# A reply to an invitation answers someone who wrote first, on LinkedIn; a refusal or withdrawal still stops it.
INVITED: Answer = (P, "{name} invited you on LinkedIn: a reply there answers them.")
NOT_INVITED: Answer = (F, "{name} has no invitation waiting for you: there is nothing to reply to.")
INVITATION_CHANNEL: dict[str, Answer] = {
    "linkedin": (P, "A reply to an invitation belongs where it was sent: on LinkedIn."),
    "email": (C, "{name} invited you on LinkedIn: reply there unless they gave you an e-mail address."),
    "phone": (F, "{name} invited you on LinkedIn: a call in reply to an invitation is intrusive."),
    "social": (F, "{name} invited you on LinkedIn: reply there, not on personal social media."),
}
INVITATION_CONTEXT: dict[str, Answer] = {
    "work-role": (C, "You met {name} in your work role: keep your reply to the service and its channels."),
    "professional-network": (P, "You know {name} through professional networks: a reply fits."),
    "personal-life": (P, "You know {name} from your personal life: a reply fits."),
    "online-only": (P, "{name} wrote to you first: a reply fits."),
    "unknown": (P, "You do not know where you met {name}: a reply is how to find out."),
}
INVITATION_CAUSE: Answer = (P, "{name} wrote to you first: answering them is legitimate.")
INVITATION_CAUSE_STRANGER: Answer = (
    P,
    "{name} is a stranger who invited you: a short reply asking how you know each other is legitimate.",
)

CHANNEL: dict[str, dict[str, Answer]] = {
    "linkedin": {
        "work-follow-up": (P, "LinkedIn suits a work follow-up."),
        "personal": (F, "LinkedIn is for professional matters, not personal ones."),
        "networking": (P, "LinkedIn is made for professional networking."),
        "recruitment": (P, "LinkedIn suits recruitment."),
        "sales": (C, "Unsolicited selling on LinkedIn is unwelcome: offer only what was asked for."),
    },
    "email": {
        "work-follow-up": (P, "E-mail suits a work follow-up."),
        "personal": (C, "Use an address {name} gave you for personal matters, not a work address."),
        "networking": (P, "E-mail suits networking."),
        "recruitment": (P, "E-mail suits recruitment."),
        "sales": (C, "Selling by e-mail is direct marketing and needs prior consent."),
    },
    "phone": {
        "work-follow-up": (P, "A call suits a work follow-up that {name} expects."),
        "personal": (P, "A call suits a personal matter."),
        "networking": (C, "A call is intrusive for networking: write first."),
        "recruitment": (C, "A call out of the blue about a job is intrusive: write first."),
        "sales": (F, "Cold calls to sell are not appropriate."),
    },
    "social": {
        "work-follow-up": (F, "Work matters do not belong on personal social media."),
        "personal": (P, "Social media suits a personal matter."),
        "networking": (C, "Personal social media is a poor place for professional networking."),
        "recruitment": (C, "Personal social media is a poor place for recruitment."),
        "sales": (F, "Selling through personal social media is not appropriate."),
    },
}

WORK_ROLE_PRIVATE = (
    "You met {name} in your work role: contact goes through your employer's official channels, not privately."
)
WORK_ROLE_OFFICIAL = "You met {name} in your work role, and a work follow-up through your service's channels fits it."
NETWORKS_FIT = "You know {name} through professional networks, which fits {purpose}."
CONTEXT: dict[str, dict[str, Answer]] = {
    "work-role": {
        # a work follow-up depends on the channel: see WORK_ROLE_FOLLOW_UP
        "personal": (F, WORK_ROLE_PRIVATE),
        "networking": (C, "You met {name} in your work role: networking with them privately blurs that role."),
        "recruitment": (C, "You met {name} in your work role: pass on opportunities through your service."),
        "sales": (F, "You met {name} in your work role: selling to them privately exploits that role."),
    },
    "professional-network": {
        "work-follow-up": (P, NETWORKS_FIT),
        "personal": (C, "You know {name} through professional networks, not privately."),
        "networking": (P, NETWORKS_FIT),
        "recruitment": (P, NETWORKS_FIT),
        "sales": (C, "You know {name} through professional networks: selling there strains trust."),
    },
    "personal-life": {
        "work-follow-up": (C, "You know {name} from your personal life: is this a work matter for them?"),
        "personal": (P, "You know {name} from your personal life."),
        "networking": (P, "You know {name} from your personal life, and networking with friends is fine."),
        "recruitment": (C, "You know {name} from your personal life: keep a job offer apart from the friendship."),
        "sales": (C, "You know {name} from your personal life: selling to friends strains the friendship."),
    },
    "online-only": {
        "work-follow-up": (C, "You know {name} only online: there is no shared work to follow up."),
        "personal": (C, "You know {name} only online: a personal message may be unexpected."),
        "networking": (P, "You know {name} online, which fits networking."),
        "recruitment": (P, "You know {name} online, which fits recruitment."),
        "sales": (C, "You know {name} only online: unsolicited selling is unwelcome."),
    },
}
WORK_ROLE_FOLLOW_UP: dict[str, Answer] = {
    "email": (P, WORK_ROLE_OFFICIAL),
    "phone": (P, WORK_ROLE_OFFICIAL),
    "linkedin": (
        C,
        "You met {name} in your work role: keep to the work matter on LinkedIn, "
        "or use your employer's official channels.",
    ),
    "social": (F, WORK_ROLE_PRIVATE),
}
UNKNOWN_CONTEXT: Answer = (C, "You have not recorded where you met {name}: check the context first.")

CAUSE: dict[str, dict[str, Answer]] = {
    "client": {
        "work-follow-up": (P, "A work follow-up is a legitimate reason to contact a client."),
        "personal": (C, "Contacting a client for reasons of your own sits outside the service."),
        "networking": (C, "Networking with a client can blur the service relationship."),
        "recruitment": (C, "Pass vacancies to clients as part of the service, open to all who qualify."),
        "sales": (F, "Selling to a client exploits the service relationship."),
    },
    "colleague": {
        "work-follow-up": (P, "A work follow-up is a legitimate reason to contact a colleague."),
        "personal": (C, "A personal message to a colleague is fine only if you are also friends."),
        "networking": (P, "Networking with a colleague is legitimate."),
        "recruitment": (P, "Telling a colleague about a role is legitimate."),
        "sales": (C, "Selling to a colleague puts pressure on the working relationship."),
    },
    "professional": {
        "work-follow-up": (P, "A work follow-up is a legitimate reason to contact a fellow professional."),
        "personal": (C, "A personal message to a fellow professional may be unwelcome."),
        "networking": (P, "Networking with a fellow professional is legitimate."),
        "recruitment": (P, "Telling a fellow professional about a role is legitimate."),
        "sales": (C, "Selling to a fellow professional is legitimate only if they asked."),
    },
    "personal": {
        "work-follow-up": (C, "{name} is a personal contact: is there work to follow up?"),
        "personal": (P, "A personal matter suits a personal relationship."),
        "networking": (P, "Networking with a friend is legitimate."),
        "recruitment": (C, "Recruiting a friend mixes work and friendship."),
        "sales": (C, "Selling to a friend strains the friendship."),
    },
    "stranger": {
        "work-follow-up": (F, "{name} is a stranger: there is no work to follow up."),
        "personal": (F, "{name} is a stranger: no relationship justifies a personal message."),
        "networking": (C, "{name} is a stranger: introduce yourself and say why you write."),
        "recruitment": (C, "{name} is a stranger: say how you found them and why the role fits."),
        "sales": (F, "{name} is a stranger: selling to them is cold outreach."),
    },
    "unsorted": {
        "work-follow-up": (C, "{name} is not classified yet: set the relationship first."),
        "personal": (C, "{name} is not classified yet: set the relationship first."),
        "networking": (C, "{name} is not classified yet: set the relationship first."),
        "recruitment": (C, "{name} is not classified yet: set the relationship first."),
        "sales": (F, "{name} is not classified yet, and selling needs a known relationship."),
    },
}
PERSONAL_DOES_NOT_JUSTIFY = "a personal reason does not justify crossing the other gates."

# LinkedIn's limits for the note on an invitation you send, by account kind (a reply to an invitation is a
# message, not a note: its 300 is the policy's own target for brevity, in app.core.policy.templates).
INVITATION_NOTE_LIMITS: Mapping[AccountKind, int] = {AccountKind.FREE: 200, AccountKind.PREMIUM: 300}
NOTE_LIMIT_WHY: Mapping[AccountKind, str] = {
    AccountKind.FREE: "a free LinkedIn account allows 200 characters in an invitation note, "
    "and only a few personalised notes a month",
    AccountKind.PREMIUM: "a Premium LinkedIn account allows 300 characters in an invitation note",
}
NOT_CONNECTED = (
    "{name} is not a connection yet, so you would write in an invitation note: keep it to {limit} characters"
)
NOTE_TOO_LONG = "Your note is {length} characters, over the {limit} that fit: {why}."


def invitation_note_limit(account_kind: AccountKind) -> int:
    """How many characters LinkedIn allows in an invitation note on this kind of account."""
    return INVITATION_NOTE_LIMITS[account_kind]


def invitation_note_sentence(account_kind: AccountKind, name: str) -> str:
    """Which note limit applies, and why ("... keep it to 200 characters, as a free LinkedIn account allows ...")."""
    limit = invitation_note_limit(account_kind)
    return f"{NOT_CONNECTED.format(name=name, limit=limit)}, as {NOTE_LIMIT_WHY[account_kind]}."


def invitation_note_problem(note: str, account_kind: AccountKind) -> str | None:
    """A sentence when ``note`` is longer than the account kind allows (counted as LinkedIn counts), else None."""
    length, limit = linkedin_length(note), invitation_note_limit(account_kind)
    if length <= limit:
        return None
    return NOTE_TOO_LONG.format(length=length, limit=limit, why=NOTE_LIMIT_WHY[account_kind])


@dataclass(frozen=True, slots=True)
class GateResult:
    gate: Gate
    outcome: GateOutcome
    sentence: str


@dataclass(frozen=True, slots=True)
class GateCheck:
    """The answer to "may I contact this person, on this channel, for this purpose?"."""

    contact_id: int
    contact_name: str
    channel: Channel
    purpose: Purpose
    verdict: Verdict
    gates: tuple[GateResult, ...]
    note_limit: int | None = None  # when contact means an invitation: the characters its note may hold

    def outcome(self, gate: Gate) -> GateOutcome:
        return next(r.outcome for r in self.gates if r.gate is gate)

    @property
    def failed(self) -> tuple[Gate, ...]:
        return tuple(r.gate for r in self.gates if r.outcome is GateOutcome.FAIL)


def effective_consent(
    recorded: ConsentStatus | None, channel: Channel, connected_on: date | None
) -> tuple[ConsentStatus, bool]:
    """The consent to rely on for ``channel``, and whether it is derived: with nothing recorded, a LinkedIn
    connection implies consent for LinkedIn only; anything else is not asked."""
    if recorded is not None:
        return recorded, False
    if channel is Channel.LINKEDIN and connected_on is not None:
        return ConsentStatus.IMPLIED, True
    return ConsentStatus.NOT_ASKED, False


def check_contact(
    contact: Contact,
    channel: Channel,
    purpose: Purpose,
    *,
    invited: bool = False,
    account_kind: AccountKind = AccountKind.FREE,
    note: str | None = None,
) -> GateCheck:
    """``invited``: the contact has a connection request to you waiting (it matters to an invitation reply).
    ``account_kind``: the owner's LinkedIn account, which limits an invitation note; ``note``: the note you mean to
    send with an invitation, if written (a note over the limit asks for caution)."""
    name = contact.name or f"contact {contact.id}"
    words = {"name": name, "channel": CHANNEL_WORDS[channel], "purpose": PURPOSE_WORDS[purpose]}

    status, derived = effective_consent(contact.consent.get(channel), channel, contact.connected_on)
    consent = IMPLIED_FOR_SALES if status is ConsentStatus.IMPLIED and purpose is Purpose.SALES else CONSENT[status]
    why = f" by your LinkedIn connection (since {contact.connected_on})" if derived else ""

    if purpose is Purpose.INVITATION_REPLY:
        if channel is Channel.LINKEDIN and status not in (ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN):
            consent = INVITED if invited else NOT_INVITED
        channel_answer = INVITATION_CHANNEL[channel]
        context = INVITATION_CONTEXT[contact.met_in]
        stranger = contact.relationship in (Relationship.STRANGER, Relationship.UNSORTED)
        cause = INVITATION_CAUSE_STRANGER if stranger else INVITATION_CAUSE
    else:
        channel_answer = CHANNEL[channel][purpose]
        if contact.met_in is MetIn.WORK_ROLE and purpose is Purpose.WORK_FOLLOW_UP:
            context = WORK_ROLE_FOLLOW_UP[channel]
        else:
            context = CONTEXT.get(contact.met_in, {}).get(purpose, UNKNOWN_CONTEXT)
        cause = CAUSE[contact.relationship][purpose]

    answers = [
        (Gate.CONSENT, consent, {**words, "why": why}),
        (Gate.CHANNEL, channel_answer, words),
        (Gate.CONTEXT, context, words),
        (Gate.CAUSE, cause, words),
    ]
    results = [GateResult(gate, outcome, text.format(**values)) for gate, (outcome, text), values in answers]
    note_limit = None
    invitation = channel is Channel.LINKEDIN and purpose is not Purpose.INVITATION_REPLY
    # a channel that fails already says no; otherwise say how long the invitation's note may be
    if invitation and contact.connected_on is None and results[1].outcome is not GateOutcome.FAIL:
        note_limit = invitation_note_limit(account_kind)
        outcome, sentence = results[1].outcome, f"{results[1].sentence} {invitation_note_sentence(account_kind, name)}"
        problem = invitation_note_problem(note, account_kind) if note is not None else None
        if problem is not None:
            outcome = GateOutcome.CAUTION if outcome is GateOutcome.PASS else outcome
            sentence = f"{sentence} {problem}"
        results[1] = GateResult(Gate.CHANNEL, outcome, sentence)
    others_fail = any(r.outcome is GateOutcome.FAIL for r in results[:3])
    last = results[3]
    if purpose is Purpose.PERSONAL and others_fail and last.outcome is not GateOutcome.FAIL:
        results[3] = GateResult(Gate.CAUSE, last.outcome, f"{last.sentence.rstrip('.')}; {PERSONAL_DOES_NOT_JUSTIFY}")
    outcomes = {r.outcome for r in results}
    if GateOutcome.FAIL in outcomes:
        verdict = Verdict.STOP
    elif GateOutcome.CAUTION in outcomes:
        verdict = Verdict.CAUTION
    else:
        verdict = Verdict.GO
    return GateCheck(contact.id, name, channel, purpose, verdict, tuple(results), note_limit)
