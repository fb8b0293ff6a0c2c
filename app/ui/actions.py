"""Every menu action of the app, declared in one place, outside the main window.

An action is declared by an ``ActionSpec``; ``ActionRegistry`` turns the specs into QActions and menus.
Controllers look actions up by key (``registry["file.import"]``) and connect them; pages add their own specs by
listing them here. Actions scoped to ``"table"`` only fire while the contacts table has the keyboard focus, so
the single-key classification shortcuts (1-5) never eat letters typed into a text field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.core.vocabulary import ConsentStatus, MetIn, Relationship

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


def label(word: str) -> str:
    """A vocabulary word as a menu or button label: "work-role" -> "Work role"."""
    text = word.replace("-", " ")
    return text[:1].upper() + text[1:]


def _classification_specs() -> Iterator[ActionSpec]:
    for relationship, key in RELATIONSHIP_KEYS.items():
        yield ActionSpec(
            f"contacts.relationship.{relationship.value}",
            label(relationship.value),
            "&Contacts/Set &relationship",
            key,
            f"Set the relationship of the selected contacts to {relationship.value}",
            TABLE,
        )
    for met_in, key in MET_IN_KEYS.items():
        yield ActionSpec(
            f"contacts.met_in.{met_in.value}",
            label(met_in.value),
            "&Contacts/Set &met in",
            key,
            f"Set where you met the selected contacts: {met_in.value}",
            TABLE,
        )
    for status in ConsentStatus:
        yield ActionSpec(
            f"contacts.consent.{status.value}",
            label(status.value),
            "&Contacts/Set LinkedIn &consent",
            None,
            f"Record LinkedIn consent {status.value} for the selected contacts",
            TABLE,
        )


def _inbox_specs() -> Iterator[ActionSpec]:
    menu = "In&box"
    yield ActionSpec("inbox.accept", "&Accept suggestion", menu, "A", "Record the suggested decision", INBOX)
    yield ActionSpec("inbox.connect", "&Connect", menu, "C", "Decide: connect", INBOX)
    yield ActionSpec("inbox.reply", "&Reply", menu, "R", "Decide: reply without accepting yet", INBOX)
    yield ActionSpec("inbox.ignore", "&Ignore", menu, "I", "Decide: ignore (the sender is not told)", INBOX)
    yield ActionSpec("inbox.report", "Re&port", menu, "P", "Decide: report as spam or abuse", INBOX)
    yield ActionSpec(
        "inbox.open_profile", "&Open sender's profile", menu, "O", "Open the sender's LinkedIn profile", INBOX
    )
    yield ActionSpec(
        "inbox.copy_reply",
        "Cop&y reply",
        menu,
        "Ctrl+Shift+C",
        "Copy the reply text to the clipboard",
        separator_before=True,
    )
    yield ActionSpec(
        "inbox.add_request",
        "A&dd request…",
        menu,
        "Ctrl+Shift+R",
        "Record a request from LinkedIn's invitations page (name, profile URL, note)",
    )
    yield ActionSpec(
        "inbox.apply_rule",
        "Apply all suggestions of a ru&le…",
        menu,
        None,
        "Record the suggestion of every pending request one rule decides",
    )
    yield ActionSpec(
        "inbox.show_pending",
        "Show pe&nding requests",
        menu,
        None,
        "The requests still to decide",
        separator_before=True,
    )
    yield ActionSpec("inbox.show_history", "Show &history", menu, "Ctrl+H", "The requests decided, latest first")
    yield ActionSpec(
        "inbox.undo_decision", "Put &back in the inbox", menu, "U", "Undo the decision on this request", HISTORY
    )


def _policy_specs() -> Iterator[ActionSpec]:
    menu = "&Policy"
    yield ActionSpec(
        "policy.save", "&Save policy", menu, QKeySequence.StandardKey.Save, "Save the edited policy", POLICY_PAGE
    )
    yield ActionSpec("policy.revert", "Re&vert to saved", menu, None, "Forget the edits since the last save")
    yield ActionSpec(
        "policy.add_rule", "&New rule", menu, "Ins", "Add a rule after the selected one", RULES, separator_before=True
    )
    yield ActionSpec("policy.remove_rule", "&Delete rule", menu, "Del", "Remove the selected rule", RULES)
    yield ActionSpec("policy.move_up", "Move rule &up", menu, "Ctrl+Up", "Try the selected rule earlier", RULES)
    yield ActionSpec("policy.move_down", "Move rule d&own", menu, "Ctrl+Down", "Try the selected rule later", RULES)
    yield ActionSpec(
        "policy.import", "&Import policy…", menu, None, "Read a policy from a TOML file", separator_before=True
    )
    yield ActionSpec("policy.export", "&Export policy…", menu, None, "Write the policy to a TOML file")
    yield ActionSpec("policy.reset", "Reset to &default…", menu, None, "Start again from the default policy")


def _handover_specs() -> Iterator[ActionSpec]:
    menu = "H&andover"
    yield ActionSpec(
        "handover.new", "&New handover…", menu, "Ctrl+Shift+H", "Hand your work contacts over to a successor"
    )
    marks = (("introduced", "&introduced", "I"), ("declined", "&declined", "D"),
             ("skipped", "&skipped", "S"), ("pending", "back to &pending", "P"))  # fmt: skip
    for index, (status, text, key) in enumerate(marks):
        yield ActionSpec(
            f"handover.mark.{status}",
            f"Mark {text}",
            menu,
            key,
            f"Set the selected contacts of this handover to {status}",
            ENTRIES,
            separator_before=index == 0,
        )


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.import", "&Import LinkedIn export…", "&File", "Ctrl+I", "Import a LinkedIn data export (zip or CSV files)"
    ),
    ActionSpec(
        "file.import_folder",
        "Import LinkedIn export &folder…",
        "&File",
        "Ctrl+Shift+I",
        "Import an unpacked LinkedIn export folder",
    ),
    ActionSpec(
        "file.export_csv",
        "Export contacts as &CSV…",
        "&File",
        None,
        "Write every contact to a CSV file",
        separator_before=True,
    ),
    ActionSpec("file.export_vcard", "Export contacts as &vCard…", "&File", None, "Write every contact to a vCard file"),
    ActionSpec(
        "file.backup",
        "&Back up now",
        "&File",
        None,
        "Copy the database beside itself now (kept until you remove it)",
        separator_before=True,
    ),
    ActionSpec(
        "file.encrypt",
        "&Encrypt database…",
        "&File",
        None,
        "Encrypt an unencrypted database; the key goes to your system keyring",
    ),
    ActionSpec(
        "profile.save",
        "Save your p&rofile",
        "&File",
        QKeySequence.StandardKey.Save,
        "Save the profile on the Profile text page",
        PROFILE_PAGE,
        separator_before=True,
    ),
    ActionSpec("file.quit", "&Quit", "&File", QKeySequence.StandardKey.Quit, "Close Gatehouse", separator_before=True),
    ActionSpec("edit.undo", "&Undo", "&Edit", QKeySequence.StandardKey.Undo, "Undo the last classification"),
    ActionSpec("edit.redo", "&Redo", "&Edit", QKeySequence.StandardKey.Redo, "Redo the classification undone"),
    ActionSpec(
        "edit.find",
        "&Find contacts",
        "&Edit",
        QKeySequence.StandardKey.Find,
        "Search names, companies, positions, tags and notes",
        separator_before=True,
    ),
    ActionSpec(
        "view.refresh",
        "&Reload from database",
        "&View",
        QKeySequence.StandardKey.Refresh,
        "Read the record again",
        separator_before=True,
    ),
    ActionSpec("contacts.new", "&New contact…", "&Contacts", QKeySequence.StandardKey.New, "Add a contact by hand"),
    ActionSpec("contacts.edit", "&Edit contact", "&Contacts", "F2", "Move to the contact editor", TABLE),
    ActionSpec(
        "contacts.open_profile",
        "Open LinkedIn &profile",
        "&Contacts",
        "Ctrl+L",
        "Open the contact's LinkedIn profile in your browser",
    ),
    ActionSpec(
        "contacts.delete",
        "&Delete contact…",
        "&Contacts",
        QKeySequence.StandardKey.Delete,
        "Delete the current contact",
        TABLE,
    ),
    ActionSpec(
        "contacts.erase",
        "E&rase this person…",
        "&Contacts",
        None,
        "Erase the current contact and everything about them, keeping only a suppression entry",
    ),
    ActionSpec(
        "contacts.check",
        "&Before you contact…",
        "&Contacts",
        "Ctrl+K",
        "Check consent, channel, context and cause before you contact this person",
    ),
    ActionSpec(
        "contacts.show_unsorted",
        "Show &unsorted",
        "&Contacts",
        "Ctrl+U",
        "Show the contacts not yet classified",
        separator_before=True,
    ),
    ActionSpec("contacts.show_all", "Show &all", "&Contacts", "Ctrl+Shift+U", "Clear the search and the filters"),
    *_classification_specs(),
    ActionSpec(
        "contacts.tag",
        "Add &tag…",
        "&Contacts",
        "T",
        "Add a tag to the selected contacts",
        TABLE,
        separator_before=True,
    ),
    ActionSpec(
        "contacts.untag", "Remove ta&g…", "&Contacts", "Shift+T", "Remove a tag from the selected contacts", TABLE
    ),
    *_inbox_specs(),
    *_policy_specs(),
    *_handover_specs(),
    ActionSpec("help.user_guide", "&User guide", "&Help", None, "Read the Gatehouse user guide (works offline)"),
    ActionSpec("help.welcome", "&Welcome…", "&Help", None, "The first steps: your profile, your export, your policy"),
    ActionSpec(
        "help.shortcuts",
        "&Keyboard shortcuts",
        "&Help",
        QKeySequence.StandardKey.HelpContents,
        "List the keyboard shortcuts",
    ),
    ActionSpec("help.about", "&About Gatehouse", "&Help"),
)


def page_action_specs(pages: Iterable[tuple[str, str]]) -> tuple[ActionSpec, ...]:
    """One "go to page" action per registered page (key, title), on Ctrl+1, Ctrl+2, ..."""
    return tuple(
        ActionSpec(
            f"view.page.{key}",
            f"&{index} {title}",
            "&View",
            f"Ctrl+{index}" if index <= 9 else None,
            f"Show {title}",
        )
        for index, (key, title) in enumerate(pages, start=1)
    )


class ActionRegistry(QObject):
    """The QActions of the app by key, and the menus they appear in."""

    def __init__(self, specs: Iterable[ActionSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        for spec in specs:
            if spec.key in self._specs:
                raise ValueError(f"action {spec.key!r} is declared twice")
            self._specs[spec.key] = spec
            self._actions[spec.key] = self._build(spec)

    def _build(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self)
        action.setObjectName(spec.key)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut if spec.scope == WINDOW else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: object) -> bool:
        return key in self._actions

    def specs(self) -> tuple[ActionSpec, ...]:
        return tuple(self._specs.values())

    def actions_in_scope(self, scope: str) -> list[QAction]:
        return [self._actions[key] for key, spec in self._specs.items() if spec.scope == scope]

    def install_window_actions(self, window: QWidget) -> None:
        """Window-wide shortcuts work even while the menu bar is hidden or collapsed."""
        window.addActions(self.actions_in_scope(WINDOW))

    def build_menus(self, menu_bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}

        def menu_for(path: str) -> QMenu:
            if path in menus:
                return menus[path]
            parent_path, _, title = path.rpartition("/")
            menu = menu_bar.addMenu(title) if not parent_path else menu_for(parent_path).addMenu(title)
            menu.setObjectName(f"menu:{path}")
            menus[path] = menu
            return menu

        for title in MENUS:
            menu_for(title)
        for key, spec in self._specs.items():
            menu = menu_for(spec.menu)
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(self._actions[key])
        return menus
