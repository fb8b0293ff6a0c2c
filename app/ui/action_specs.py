"""Every menu action of the app, declared in one place, outside the main window: the table of ``ActionSpec``s.

Each spec says an action's key, its text and tip (English, marked for `make translations`), the menu it appears
in, its shortcut and where the shortcut works (its scope). ``actions.ActionRegistry`` turns them into QActions
and menus. Actions scoped to ``"table"`` only fire while the contacts table has the keyboard focus, so the
single-key classification shortcuts (1-5) never eat letters typed into a text field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from app.core.vocabulary import ConsentStatus, MetIn, Relationship
from app.ui.vocabulary import label, phrase

Shortcut = str | QKeySequence.StandardKey | None

WINDOW = "window"
TABLE = "table"
# Like TABLE, single keys that act only while a page's list has the keyboard focus (added to that widget).
INBOX = "inbox"  # the inbox's pending requests
HISTORY = "history"  # the inbox's decided requests
RULES = "rules"  # the policy editor's rules
POLICY_PAGE = "policy-page"  # anywhere on the policy page (Ctrl+S saves the policy)
PROFILE_PAGE = "profile-page"  # anywhere on the profile text page (Ctrl+S saves the profile)
ENTRIES = "entries"  # the contacts of a past handover

MENUS = ("&File", "&Edit", "&View", "&Contacts", "In&box", "&Policy", "H&andover", "&Help")
# Every menu title, for `make translations` (menus are built from the paths in the specs and translated then).
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Contacts"),
    QT_TRANSLATE_NOOP("Menus", "In&box"),
    QT_TRANSLATE_NOOP("Menus", "&Policy"),
    QT_TRANSLATE_NOOP("Menus", "H&andover"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
    QT_TRANSLATE_NOOP("Menus", "Set &relationship"),
    QT_TRANSLATE_NOOP("Menus", "Set &met in"),
    QT_TRANSLATE_NOOP("Menus", "Set LinkedIn &consent"),
    QT_TRANSLATE_NOOP("Menus", "Set the sender's &relationship"),
    QT_TRANSLATE_NOOP("Menus", "Set where you &met the sender"),
    QT_TRANSLATE_NOOP("Menus", "&Theme"),
)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    key: str
    text: str
    menu: str  # "&File", or a submenu path such as "&Contacts/Set &relationship"
    shortcut: Shortcut = None
    tip: str = ""
    scope: str = WINDOW
    separator_before: bool = False


# The classification keys: 1-5 (and 0) for the relationship, Alt+1-5 for met in.
RELATIONSHIP_KEYS: dict[Relationship, str] = {
    Relationship.CLIENT: "1",
    Relationship.COLLEAGUE: "2",
    Relationship.PROFESSIONAL: "3",
    Relationship.PERSONAL: "4",
    Relationship.STRANGER: "5",
    Relationship.UNSORTED: "0",
}
MET_IN_KEYS: dict[MetIn, str] = {
    MetIn.WORK_ROLE: "Alt+1",
    MetIn.PROFESSIONAL_NETWORK: "Alt+2",
    MetIn.PERSONAL_LIFE: "Alt+3",
    MetIn.ONLINE_ONLY: "Alt+4",
    MetIn.UNKNOWN: "Alt+5",
}


def _classification_specs() -> Iterator[ActionSpec]:
    for relationship, key in RELATIONSHIP_KEYS.items():
        yield ActionSpec(
            f"contacts.relationship.{relationship.value}",
            label(relationship.value),
            "&Contacts/Set &relationship",
            key,
            f"Set the relationship of the selected contacts to {phrase(relationship)}",
            TABLE,
        )
    for met_in, key in MET_IN_KEYS.items():
        yield ActionSpec(
            f"contacts.met_in.{met_in.value}",
            label(met_in.value),
            "&Contacts/Set &met in",
            key,
            f"Set where you met the selected contacts: {phrase(met_in)}",
            TABLE,
        )
    for status in ConsentStatus:
        yield ActionSpec(
            f"contacts.consent.{status.value}",
            label(status.value),
            "&Contacts/Set LinkedIn &consent",
            None,
            f"Record LinkedIn consent for the selected contacts: {phrase(status)}",
            TABLE,
        )


def _sender_classification_specs() -> Iterator[ActionSpec]:
    """The same keys as on Contacts, for the sender of the request shown: they are what change the suggestion."""
    for relationship, key in RELATIONSHIP_KEYS.items():
        if relationship is Relationship.UNSORTED:
            continue  # a sender is never "not yet classified": they start as a stranger
        yield ActionSpec(
            f"inbox.relationship.{relationship.value}",
            label(relationship),
            "In&box/Set the sender's &relationship",
            key,
            f"Set the sender's relationship to {phrase(relationship)}",
            INBOX,
        )
    for met_in, key in MET_IN_KEYS.items():
        yield ActionSpec(
            f"inbox.met_in.{met_in.value}",
            label(met_in),
            "In&box/Set where you &met the sender",
            key,
            f"Set where you met the sender: {phrase(met_in)}",
            INBOX,
        )


def _inbox_specs() -> Iterator[ActionSpec]:
    menu = "In&box"
    yield ActionSpec(
        "inbox.accept",
        QT_TRANSLATE_NOOP("Actions", "&Use the suggestion"),
        menu,
        "A",
        QT_TRANSLATE_NOOP("Actions", "Record the suggested decision"),
        INBOX,
    )
    yield ActionSpec(
        "inbox.connect",
        QT_TRANSLATE_NOOP("Actions", "&Connect"),
        menu,
        "C",
        QT_TRANSLATE_NOOP("Actions", "Decide: connect"),
        INBOX,
    )
    yield ActionSpec(
        "inbox.reply",
        QT_TRANSLATE_NOOP("Actions", "&Reply"),
        menu,
        "R",
        QT_TRANSLATE_NOOP("Actions", "Decide: reply without accepting yet"),
        INBOX,
    )
    yield ActionSpec(
        "inbox.ignore",
        QT_TRANSLATE_NOOP("Actions", "&Ignore"),
        menu,
        "I",
        QT_TRANSLATE_NOOP("Actions", "Decide: ignore (the sender is not told)"),
        INBOX,
    )
    yield ActionSpec(
        "inbox.report",
        QT_TRANSLATE_NOOP("Actions", "Re&port"),
        menu,
        "P",
        QT_TRANSLATE_NOOP("Actions", "Decide: report as spam or abuse"),
        INBOX,
    )
    yield ActionSpec(
        "inbox.open_profile",
        QT_TRANSLATE_NOOP("Actions", "&Open sender's profile"),
        menu,
        "O",
        QT_TRANSLATE_NOOP("Actions", "Open the sender's LinkedIn profile"),
        INBOX,
    )
    yield from _sender_classification_specs()
    yield ActionSpec(
        "inbox.copy_reply",
        QT_TRANSLATE_NOOP("Actions", "Cop&y reply"),
        menu,
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Copy the reply text to the clipboard"),
        separator_before=True,
    )
    yield ActionSpec(
        "inbox.add_request",
        QT_TRANSLATE_NOOP("Actions", "A&dd request…"),
        menu,
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Record a request from LinkedIn's invitations page (name, profile URL, note)"),
    )
    yield ActionSpec(
        "inbox.apply_rule",
        QT_TRANSLATE_NOOP("Actions", "Apply all suggestions of a ru&le…"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "Record the suggestion of every pending request one rule decides"),
    )
    yield ActionSpec(
        "inbox.show_pending",
        QT_TRANSLATE_NOOP("Actions", "Show pe&nding requests"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "The requests still to decide"),
        separator_before=True,
    )
    yield ActionSpec(
        "inbox.show_history",
        QT_TRANSLATE_NOOP("Actions", "Show &history"),
        menu,
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Actions", "The requests decided, latest first"),
    )
    yield ActionSpec(
        "inbox.undo_decision",
        QT_TRANSLATE_NOOP("Actions", "Put &back in the inbox"),
        menu,
        "U",
        QT_TRANSLATE_NOOP("Actions", "Undo the decision on this request"),
        HISTORY,
    )


def _policy_specs() -> Iterator[ActionSpec]:
    menu = "&Policy"
    yield ActionSpec(
        "policy.save",
        QT_TRANSLATE_NOOP("Actions", "&Save policy"),
        menu,
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the edited policy"),
        POLICY_PAGE,
    )
    yield ActionSpec(
        "policy.revert",
        QT_TRANSLATE_NOOP("Actions", "Re&vert to saved"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "Forget the edits since the last save"),
    )
    yield ActionSpec(
        "policy.add_rule",
        QT_TRANSLATE_NOOP("Actions", "&New rule"),
        menu,
        "Ins",
        QT_TRANSLATE_NOOP("Actions", "Add a rule after the selected one"),
        RULES,
        separator_before=True,
    )
    yield ActionSpec(
        "policy.remove_rule",
        QT_TRANSLATE_NOOP("Actions", "&Delete rule"),
        menu,
        "Del",
        QT_TRANSLATE_NOOP("Actions", "Remove the selected rule"),
        RULES,
    )
    yield ActionSpec(
        "policy.move_up",
        QT_TRANSLATE_NOOP("Actions", "Move rule &up"),
        menu,
        "Ctrl+Up",
        QT_TRANSLATE_NOOP("Actions", "Try the selected rule earlier"),
        RULES,
    )
    yield ActionSpec(
        "policy.move_down",
        QT_TRANSLATE_NOOP("Actions", "Move rule d&own"),
        menu,
        "Ctrl+Down",
        QT_TRANSLATE_NOOP("Actions", "Try the selected rule later"),
        RULES,
    )
    yield ActionSpec(
        "policy.import",
        QT_TRANSLATE_NOOP("Actions", "&Import policy…"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "Read a policy from a policy file (one your service shares)"),
        separator_before=True,
    )
    yield ActionSpec(
        "policy.export",
        QT_TRANSLATE_NOOP("Actions", "&Export policy…"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the policy to a file others can import"),
    )
    yield ActionSpec(
        "policy.reset",
        QT_TRANSLATE_NOOP("Actions", "Reset to &default…"),
        menu,
        None,
        QT_TRANSLATE_NOOP("Actions", "Start again from the default policy"),
    )


def _handover_specs() -> Iterator[ActionSpec]:
    menu = "H&andover"
    yield ActionSpec(
        "handover.new",
        QT_TRANSLATE_NOOP("Actions", "&New handover…"),
        menu,
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Hand your work contacts over to a successor"),
    )
    marks = (
        ("introduced", QT_TRANSLATE_NOOP("Actions", "Mark &introduced"), "I",
         QT_TRANSLATE_NOOP("Actions", "The successor has been introduced to the selected contacts")),
        ("declined", QT_TRANSLATE_NOOP("Actions", "Mark &declined"), "D",
         QT_TRANSLATE_NOOP("Actions", "The selected contacts declined the introduction")),
        ("skipped", QT_TRANSLATE_NOOP("Actions", "Mark &skipped"), "S",
         QT_TRANSLATE_NOOP("Actions", "The selected contacts are not to be introduced after all")),
        ("pending", QT_TRANSLATE_NOOP("Actions", "Mark back to &pending"), "P",
         QT_TRANSLATE_NOOP("Actions", "The selected contacts are still to be introduced")),
    )  # fmt: skip
    for index, (status, text, key, tip) in enumerate(marks):
        yield ActionSpec(f"handover.mark.{status}", text, menu, key, tip, ENTRIES, separator_before=index == 0)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.import",
        QT_TRANSLATE_NOOP("Actions", "&Import LinkedIn export…"),
        "&File",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Actions", "Import a LinkedIn data export (zip or CSV files)"),
    ),
    ActionSpec(
        "file.import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import LinkedIn export &folder…"),
        "&File",
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "Import an unpacked LinkedIn export folder"),
    ),
    ActionSpec(
        "file.export_csv",
        QT_TRANSLATE_NOOP("Actions", "Export contacts as &CSV…"),
        "&File",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write every contact to a CSV file"),
        separator_before=True,
    ),
    ActionSpec(
        "file.export_vcard",
        QT_TRANSLATE_NOOP("Actions", "Export contacts as &vCard…"),
        "&File",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write every contact to a vCard file"),
    ),
    ActionSpec(
        "file.backup",
        QT_TRANSLATE_NOOP("Actions", "&Back up now"),
        "&File",
        None,
        QT_TRANSLATE_NOOP("Actions", "Copy the database beside itself now (kept until you remove it)"),
        separator_before=True,
    ),
    ActionSpec(
        "file.encrypt",
        QT_TRANSLATE_NOOP("Actions", "&Encrypt database…"),
        "&File",
        None,
        QT_TRANSLATE_NOOP("Actions", "Encrypt an unencrypted database; the key goes to your system keyring"),
    ),
    ActionSpec(
        "profile.save",
        QT_TRANSLATE_NOOP("Actions", "Save your p&rofile"),
        "&File",
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the profile on the Profile text page"),
        PROFILE_PAGE,
        separator_before=True,
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "&File",
        QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Close Gatehouse"),
        separator_before=True,
    ),
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "&Edit",
        QKeySequence.StandardKey.Undo,
        QT_TRANSLATE_NOOP("Actions", "Undo the last classification"),
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "&Edit",
        QKeySequence.StandardKey.Redo,
        QT_TRANSLATE_NOOP("Actions", "Redo the classification undone"),
    ),
    ActionSpec(
        "edit.find",
        QT_TRANSLATE_NOOP("Actions", "&Find contacts"),
        "&Edit",
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Actions", "Search names, companies, positions, tags and notes"),
        separator_before=True,
    ),
    ActionSpec(
        "view.theme.system",
        QT_TRANSLATE_NOOP("Actions", "&System"),
        "&View/&Theme",
        None,
        QT_TRANSLATE_NOOP("Actions", "Light or dark as your desktop says"),
    ),
    ActionSpec(
        "view.theme.light",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        "&View/&Theme",
        None,
        QT_TRANSLATE_NOOP("Actions", "Dark text on a light ground"),
    ),
    ActionSpec(
        "view.theme.dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        "&View/&Theme",
        None,
        QT_TRANSLATE_NOOP("Actions", "Light text on a dark ground"),
    ),
    ActionSpec(
        "view.refresh",
        QT_TRANSLATE_NOOP("Actions", "&Reload from database"),
        "&View",
        QKeySequence.StandardKey.Refresh,
        QT_TRANSLATE_NOOP("Actions", "Read the record again"),
        separator_before=True,
    ),
    ActionSpec(
        "contacts.new",
        QT_TRANSLATE_NOOP("Actions", "&New contact…"),
        "&Contacts",
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Add a contact by hand"),
    ),
    ActionSpec(
        "contacts.edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit contact"),
        "&Contacts",
        "F2",
        QT_TRANSLATE_NOOP("Actions", "Move to the contact editor"),
        TABLE,
    ),
    ActionSpec(
        "contacts.open_profile",
        QT_TRANSLATE_NOOP("Actions", "Open LinkedIn &profile"),
        "&Contacts",
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Open the contact's LinkedIn profile in your browser"),
    ),
    ActionSpec(
        "contacts.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete contact…"),
        "&Contacts",
        QKeySequence.StandardKey.Delete,
        QT_TRANSLATE_NOOP("Actions", "Delete the current contact from your record (a later import brings them back)"),
        TABLE,
    ),
    ActionSpec(
        "contacts.erase",
        QT_TRANSLATE_NOOP("Actions", "E&rase this person…"),
        "&Contacts",
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "For an erasure request: remove everything about the current contact, keeping only a suppression entry "
            "so that no import brings them back",
        ),
    ),
    ActionSpec(
        "contacts.check",
        QT_TRANSLATE_NOOP("Actions", "&Before you contact…"),
        "&Contacts",
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Check consent, channel, context and cause before you contact this person"),
    ),
    ActionSpec(
        "drafts.check",
        QT_TRANSLATE_NOOP("Actions", "Check a &draft…"),
        "&Contacts",
        "Ctrl+D",
        QT_TRANSLATE_NOOP(
            "Actions", "The traffic light for a post, a comment or a message: does it name a client or say too much?"
        ),
    ),
    ActionSpec(
        "contacts.show_unsorted",
        QT_TRANSLATE_NOOP("Actions", "Show &unsorted"),
        "&Contacts",
        "Ctrl+U",
        QT_TRANSLATE_NOOP("Actions", "Show the contacts not yet classified"),
        separator_before=True,
    ),
    ActionSpec(
        "contacts.show_all",
        QT_TRANSLATE_NOOP("Actions", "Show &all"),
        "&Contacts",
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("Actions", "Clear the search and the filters"),
    ),
    *_classification_specs(),
    ActionSpec(
        "contacts.tag",
        QT_TRANSLATE_NOOP("Actions", "Add &tag…"),
        "&Contacts",
        "T",
        QT_TRANSLATE_NOOP("Actions", "Add a tag to the selected contacts"),
        TABLE,
        separator_before=True,
    ),
    ActionSpec(
        "contacts.untag",
        QT_TRANSLATE_NOOP("Actions", "Remove ta&g…"),
        "&Contacts",
        "Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Remove a tag from the selected contacts"),
        TABLE,
    ),
    *_inbox_specs(),
    *_policy_specs(),
    *_handover_specs(),
    ActionSpec(
        "help.user_guide",
        QT_TRANSLATE_NOOP("Actions", "&User guide"),
        "&Help",
        None,
        QT_TRANSLATE_NOOP("Actions", "Read the Gatehouse user guide (works offline)"),
    ),
    ActionSpec(
        "help.welcome",
        QT_TRANSLATE_NOOP("Actions", "&Welcome…"),
        "&Help",
        None,
        QT_TRANSLATE_NOOP("Actions", "The first steps: your profile, your export, your policy"),
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "&Help",
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts"),
    ),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Gatehouse"), "&Help"),
)


def page_action_specs(pages: Iterable[tuple[str, str]]) -> tuple[ActionSpec, ...]:
    """One "go to page" action per registered page (key, title), on Ctrl+1, Ctrl+2, ..."""
    return tuple(
        ActionSpec(
            f"view.page.{key}",
            f"&{index} {QCoreApplication.translate('Pages', title)}",
            "&View",
            f"Ctrl+{index}" if index <= 9 else None,
            QCoreApplication.translate("Actions", "Show {page}").format(
                page=QCoreApplication.translate("Pages", title)
            ),
        )
        for index, (key, title) in enumerate(pages, start=1)
    )
