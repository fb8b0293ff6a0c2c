"""The inbox's request detail: the pane beside the pending requests showing the one selected, who sent it, their
note with its red flags, what the policy suggests and why, and the reply to send with its length and live check.

Replies the adviser edits are kept per request while they move around the inbox. The strings keep the
``InboxController`` translation context they had before they moved here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QPalette

from app.core.policy.templates import REPLY_LIMIT, linkedin_length
from app.services.triage import TriageResult
from app.ui.colours import colour
from app.ui.context import AppContext
from app.ui.controllers.drafts import DraftCheckController
from app.ui.controllers.inbox_decisions import DECISION_KEYS, next_step
from app.ui.models.requests import local_time, rule_text
from app.ui.views.inbox_view import RequestDetailView
from app.ui.vocabulary import listing, phrase, profile_field


def linkedin_link(profile_url: str | None) -> QUrl | None:
    """A sender's profile as a browser address: only https addresses on linkedin.com."""
    if not profile_url:
        return None
    url = QUrl(profile_url if "://" in profile_url else "https://" + profile_url)
    host = url.host().lower()
    if url.scheme() not in ("https", "http") or not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    url.setScheme("https")
    return url


class RequestDetailController(QObject):
    """Shows one pending request (or none) in ``view`` and enables the actions that act on it."""

    def __init__(self, view: RequestDetailView, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.actions = context.actions
        self.showing: TriageResult | None = None
        self._edited_replies: dict[int, str] = {}  # replies the adviser changed, kept while they move around
        self.reply_check = DraftCheckController(view.reply, view.reply_check, context, self)
        view.reply.textChanged.connect(self._reply_edited)

    def forget_edit(self, request_id: int) -> None:
        """The request was decided: its edited reply went with the decision."""
        self._edited_replies.pop(request_id, None)

    def show(self, result: TriageResult | None) -> None:
        detail = self.view
        self.showing = result
        detail.show_request(result is not None)
        has = result is not None
        for key in ("inbox.accept", *DECISION_KEYS.values(), "inbox.copy_reply"):
            self.actions[key].setEnabled(has)
        for spec in self.actions.specs():
            if spec.key.startswith(("inbox.relationship.", "inbox.met_in.")):
                self.actions[spec.key].setEnabled(has)
        detail.relationship_button.setEnabled(has)
        detail.met_in_button.setEnabled(has)
        self.actions["inbox.open_profile"].setEnabled(has and linkedin_link(result.request.profile_url) is not None)
        detail.open_profile_button.setEnabled(self.actions["inbox.open_profile"].isEnabled())
        if result is None:
            return
        request, suggestion = result.request, result.suggestion
        detail.heading.setText(request.contact_name)
        received = local_time(request.sent_at) or QCoreApplication.translate("InboxController", "date unknown")
        detail.subheading.setText(
            " · ".join(
                part
                for part in (
                    QCoreApplication.translate("InboxController", "Received {when}").format(when=received),
                    request.profile_url or "",
                )
                if part
            )
        )
        detail.highlighter.set_matches(suggestion.red_flags)
        detail.note.setPlainText(request.note)
        if suggestion.red_flags:
            detail.red_flags.setText(
                QCoreApplication.translate("InboxController", "Red flags: {flags}").format(
                    flags="; ".join(m.describe() for m in suggestion.red_flags)
                )
            )
        else:
            detail.red_flags.setText(QCoreApplication.translate("InboxController", "No red flags."))
        detail.decision.setText(
            QCoreApplication.translate("InboxController", "Suggested: {decision} — rule: {rule}").format(
                decision=phrase(suggestion.decision), rule=rule_text(suggestion.rule_name)
            )
        )
        detail.reason.setText(suggestion.reason)
        detail.accept_button.setText(
            QCoreApplication.translate("InboxController", "Use the suggestion: {decision}  A").format(
                decision=phrase(suggestion.decision)
            )
        )
        detail.next_step.setText(next_step(suggestion.decision))
        detail.updateGeometry()  # the buttons' texts set the pane's narrowest width
        reply = self._edited_replies.get(request.id, suggestion.reply_text or "")
        detail.reply.blockSignals(True)
        detail.reply.setPlainText(reply)
        detail.reply.blockSignals(False)
        self.reply_check.schedule()
        self._update_reply_count()

    def _reply_edited(self) -> None:
        result = self.showing
        if result is None:
            return
        text = self.view.reply.toPlainText()
        if text == (result.suggestion.reply_text or ""):
            self._edited_replies.pop(result.request.id, None)
        else:
            self._edited_replies[result.request.id] = text
        self._update_reply_count()

    def _update_reply_count(self) -> None:
        detail = self.view
        text = detail.reply.toPlainText()
        length = linkedin_length(text)
        detail.reply_count.setText(
            QCoreApplication.translate("InboxController", "{length} / {limit} characters").format(
                length=length, limit=REPLY_LIMIT
            )
        )
        palette = detail.palette()
        if length > REPLY_LIMIT:
            palette.setColor(QPalette.ColorRole.WindowText, colour("error", palette))
        detail.reply_count.setPalette(palette)
        warnings = []
        if length > REPLY_LIMIT:
            warnings.append(
                QCoreApplication.translate(
                    "InboxController", "Longer than your policy's target for brevity: shorten it."
                )
            )
        result = self.showing
        reply = result.suggestion.reply if result is not None else None
        if reply is not None and reply.missing and text == reply.text:
            warnings.append(
                QCoreApplication.translate(
                    "InboxController", "Your profile leaves {fields} empty: fill them in on the Profile text page."
                ).format(fields=listing([profile_field(name) for name in reply.missing]))
            )
        detail.reply_warning.setText(" ".join(warnings))
        detail.copy_button.setEnabled(bool(text.strip()))
