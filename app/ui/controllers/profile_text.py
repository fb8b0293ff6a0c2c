"""The profile text page's behaviour: your profile in a form, and the three texts regenerated from it as you type
(and whenever the saved policy changes), each with its count against LinkedIn's limit and a Copy button.

The texts come from the pure ``make_profile_text`` (no database): the form's values, unsaved or not, and the saved
policy read once (again when it changes). Save writes the profile through the profile service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from app.core.blurb import BlurbLength
from app.core.errors import GatehouseError
from app.core.policy.model import Policy
from app.core.records import OwnerProfile
from app.core.vocabulary import AccountKind, Tone
from app.services import profile as profile_service
from app.services.blurb import active_policy, make_profile_text
from app.ui.actions import PROFILE_PAGE
from app.ui.colours import colour
from app.ui.context import AppContext
from app.ui.controllers.drafts import DraftCheckController
from app.ui.controllers.editing import connect_edits
from app.ui.dialogs.messages import show_error
from app.ui.settings import PROFILE_TEXT_SPLITTER
from app.ui.views.profile_text_view import PROFILE_FIELDS, ProfileTextView


class ProfileTextController(QObject):
    loaded = Signal()
    saved = Signal()

    def __init__(self, view: ProfileTextView, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.context = context
        self.saved_profile: OwnerProfile | None = None
        self.policy: Policy | None = None
        self._filling = False
        view.addActions(context.actions.actions_in_scope(PROFILE_PAGE))
        full_text = view.previews[BlurbLength.FULL].text
        self.text_check = DraftCheckController(full_text, view.full_check, context, self)
        self._connect_signals()
        self._update_buttons()
        self.restore_state()

    def _connect_signals(self) -> None:
        v = self.view
        connect_edits(v.fields.values(), self._edited)
        v.tone_group.buttonToggled.connect(lambda _button, checked: self._edited() if checked else None)
        v.account_kind.currentIndexChanged.connect(self._edited)
        v.save_button.clicked.connect(self.save)
        v.revert_button.clicked.connect(self.revert)
        self.context.actions["profile.save"].triggered.connect(self.save)
        for preview in v.previews.values():
            preview.copy_button.clicked.connect(lambda _=False, length=preview.length: self.copy(length))
        self.context.events.policy_changed.connect(self.load)
        self.context.events.profile_changed.connect(self._profile_changed_elsewhere)

    # --- loading ----------------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.context.database
        self.context.runner.submit(
            self.tr("Read your profile"),
            lambda _task: (profile_service.get_profile(db), active_policy(db)),
            on_success=self._loaded,
        )

    def _loaded(self, result: tuple[OwnerProfile, Policy]) -> None:
        profile, policy = result
        self.policy = policy
        if self.saved_profile is None or not self.dirty:
            self.saved_profile = profile
            self._fill(profile)
        else:
            self.saved_profile = profile
        self.regenerate()
        self.loaded.emit()

    def _profile_changed_elsewhere(self) -> None:
        if not self.dirty:
            self.load()

    def _fill(self, profile: OwnerProfile) -> None:
        self._filling = True
        try:
            for field in PROFILE_FIELDS:
                self.view.fields[field].setText(getattr(profile, field))
            self.view.tones[profile.tone].setChecked(True)
            self.view.account_kind.setCurrentIndex(self.view.account_kind.findData(profile.account_kind.value))
        finally:
            self._filling = False
        self._update_buttons()

    # --- the form ---------------------------------------------------------------------------------------

    def profile_from_form(self) -> OwnerProfile:
        base = self.saved_profile or OwnerProfile()
        checked = next((tone for tone, button in self.view.tones.items() if button.isChecked()), base.tone)
        values = {field: self.view.fields[field].text().strip() for field in PROFILE_FIELDS}
        account_kind = AccountKind(self.view.account_kind.currentData() or base.account_kind)
        return replace(base, tone=checked, account_kind=account_kind, **values)

    @property
    def dirty(self) -> bool:
        return self.saved_profile is not None and self.profile_from_form() != self.saved_profile

    def _edited(self) -> None:
        if self._filling:
            return
        self._update_buttons()
        self.regenerate()

    def _update_buttons(self) -> None:
        dirty = self.dirty
        self.view.save_button.setEnabled(dirty)
        self.view.revert_button.setEnabled(dirty)
        self.context.actions["profile.save"].setEnabled(dirty)

    def regenerate(self) -> None:
        """The three texts for the form as it stands and the saved policy."""
        if self.policy is None:
            return
        profile = self.profile_from_form()
        self.view.heading.setText(
            self.tr("Built from your profile and the policy “{policy}”, in a {tone} tone.").format(
                policy=self.policy.name, tone=profile.tone.value
            )
        )
        for length, preview in self.view.previews.items():
            text = make_profile_text(profile, self.policy, length, profile.tone)
            if preview.text.toPlainText() != text.text:
                preview.text.setPlainText(text.text)
            preview.count.setText(
                self.tr("{characters} / {limit} characters").format(
                    characters=f"{text.characters:,}", limit=f"{text.limit:,}"
                )
            )
            palette = preview.palette()
            if text.characters > text.limit:
                palette.setColor(QPalette.ColorRole.WindowText, colour("error", palette))
            preview.count.setPalette(palette)
            preview.copy_button.setEnabled(bool(text.text))

    def tone(self) -> Tone:
        return self.profile_from_form().tone

    # --- actions ----------------------------------------------------------------------------------------

    def copy(self, length: BlurbLength) -> None:
        text = self.view.previews[length].text.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.context.events.message.emit(
                self.tr("The {length} text is on the clipboard: paste it into LinkedIn.").format(length=length.value)
            )

    def save(self) -> bool:
        if self.saved_profile is None or not self.dirty:
            return False
        profile = self.profile_from_form()
        changes = {
            field: getattr(profile, field)
            for field in (*PROFILE_FIELDS, "tone", "account_kind")
            if getattr(profile, field) != getattr(self.saved_profile, field)
        }
        try:
            self.saved_profile = profile_service.update_profile(self.context.database, **changes)
        except GatehouseError as exc:
            show_error(self.view.window(), self.tr("Profile not saved"), str(exc))
            return False
        self._update_buttons()
        self.context.events.message.emit(self.tr("Your profile is saved."))
        self.context.events.profile_changed.emit()
        self.saved.emit()
        return True

    def revert(self) -> None:
        if self.saved_profile is not None:
            self._fill(self.saved_profile)
            self.regenerate()

    # --- unsaved edits (the window asks before they are lost) -------------------------------------------

    def unsaved_edits(self) -> str:
        return self.tr("your profile") if self.dirty else ""

    def save_edits(self, then: Callable[[], None]) -> None:
        if self.save():
            then()

    def discard_edits(self) -> None:
        self.revert()

    # --- window state -----------------------------------------------------------------------------------

    def restore_state(self) -> None:
        state = self.context.settings.value(PROFILE_TEXT_SPLITTER)
        if not state.isEmpty():
            self.view.splitter.restoreState(state)

    def save_state(self) -> None:
        self.context.settings.set_value(PROFILE_TEXT_SPLITTER, self.view.splitter.saveState())
