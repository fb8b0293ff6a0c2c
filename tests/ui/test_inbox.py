"""The inbox page: pending requests newest first with their suggestion, deciding in one keystroke, undo, history,
adding a request, applying one rule's suggestions, copying the reply, red flags on plain text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

from app.core.records import NewContact
from app.core.vocabulary import AuditAction, Decision, Relationship, RequestStatus
from app.services import contacts, profile
from app.services import requests as request_service
from app.storage.audit import list_events
from app.ui.dialogs.requests import AddRequestDialog, ApplyRuleDialog
from app.ui.models.requests import HistoryModel, PendingColumn, PendingRequestsModel
from app.ui.views.red_flags import flag_spans

pytestmark = pytest.mark.gui

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def add(db, name: str, *, note: str = "", day: int = 0, url: str | None = None) -> int:
    sent = START + timedelta(days=day)
    return request_service.add_request(db, name, profile_url=url, note=note, sent_at=sent).request.id


@pytest.fixture
def inbox_db(sqlite_db):
    profile.update_profile(sqlite_db, display_name="Morgan Adviser", service_contact="careers.example.ac.uk")
    contacts.add_contact(
        sqlite_db,
        NewContact("Ada", "Quill", profile_url="linkedin.com/in/ada-quill", relationship=Relationship.CLIENT,
                   last_interaction=date.today() - timedelta(days=30)),
    )  # fmt: skip
    ids = {
        "ada": add(sqlite_db, "Ada Quill", day=1, url="https://www.linkedin.com/in/ada-quill/"),
        "sam": add(sqlite_db, "Sam <b>Seller</b>", note="Hi! <i>Buy 1,000 followers</i> now, best price", day=3),
        "dee": add(sqlite_db, "Dee Nobody", day=2),
    }
    return sqlite_db, ids


def open_inbox(gui):
    gui.window.show_page("inbox")
    page = gui.window.page("inbox")
    page.controller.load()
    return page


def decide_events(db) -> list[dict]:
    with db.session() as session:
        return [e.details for e in list_events(session, db.owner_id, action=AuditAction.DECIDE)]


def test_pending_requests_newest_first_with_suggestion_reason_and_reply(gui, inbox_db, qtmodeltester):
    _db, ids = inbox_db
    page = open_inbox(gui)
    model = page.controller.model
    assert [model.id_at(r) for r in range(model.rowCount())] == [ids["sam"], ids["dee"], ids["ada"]]
    assert model.index(0, PendingColumn.SUGGESTION).data() == "Report"
    assert model.index(0, PendingColumn.RED_FLAGS).data() == "selling"
    assert page.view.counter.text() == "3 requests to decide"
    assert gui.window.status_labels["inbox"].text() == "3 requests to decide"
    detail = page.view.detail
    assert detail.heading.text() == "Sam <b>Seller</b>"  # shown exactly, as plain text
    assert detail.heading.textFormat() == Qt.TextFormat.PlainText
    assert detail.decision.text() == "Suggested: report — rule: Selling, trading endorsements or scams"
    assert detail.reason.text().startswith(
        'Selling, trading endorsements or scams: the note says "Buy 1,000 followers"'
    )
    assert detail.red_flags.text() == 'Red flags: "Buy 1,000 followers" + "best price" (selling)'

    page.view.table.setCurrentIndex(model.index(1, 0))
    assert detail.heading.text() == "Dee Nobody"
    assert detail.reply.toPlainText() == (
        "Hi Dee, thank you for the invitation. Could you remind me where we met? Best wishes, Morgan Adviser"
    )
    assert detail.reply_count.text() == f"{len(detail.reply.toPlainText())} / 300 characters"
    qtmodeltester.check(model)
    qtmodeltester.check(page.controller.history_model)


def test_the_note_is_plain_text_with_the_matched_phrase_highlighted(gui, inbox_db):
    page = open_inbox(gui)
    note = page.view.detail.note
    assert isinstance(note, QPlainTextEdit) and note.isReadOnly()
    assert note.toPlainText() == "Hi! <i>Buy 1,000 followers</i> now, best price"  # the tags are text, not markup
    block = note.document().firstBlock()
    formats = [(r.start, r.length) for r in block.layout().formats()]
    start = note.toPlainText().index("Buy")
    assert formats == [(start, len("Buy 1,000 followers"))]
    assert formats[0] in {(s, n) for s, n, _ in flag_spans(note.toPlainText(), page.controller.current_result()
                                                             .suggestion.red_flags)}  # fmt: skip


def test_styled_letters_and_emoji_are_highlighted_where_the_sender_wrote_them():
    from app.core.policy.red_flags import find_red_flags

    note = "🙂 𝐁𝐮𝐲 1,000 followers today"
    matches = find_red_flags(note)
    assert [m.category.value for m in matches] == ["selling"]
    [(start, length, _)] = flag_spans(note, matches)
    utf16 = note.encode("utf-16-le")
    assert utf16[start * 2 : (start + length) * 2].decode("utf-16-le") == "𝐁𝐮𝐲 1,000 followers"


def test_deciding_writes_decisions_and_audit_events_and_undo_puts_back(gui, inbox_db, qtbot):
    db, ids = inbox_db
    page = open_inbox(gui)
    table = page.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)  # accept: report Sam
    assert page.controller.current_id() == ids["dee"]  # the next request is selected
    page.view.detail.reply.setPlainText("Hi Dee, where did we meet? Morgan")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)  # accept: reply with the edited text
    qtbot.keyClick(table, Qt.Key.Key_I)  # override: ignore Ada (suggested connect)
    assert page.view.counter.text() == "No requests to decide"
    assert page.view.table_stack.currentWidget() is page.view.empty

    decided = {r.id: r for r in request_service.list_requests(db)}
    assert decided[ids["sam"]].decision is Decision.REPORT and decided[ids["sam"]].status is RequestStatus.DECIDED
    assert (decided[ids["dee"]].decision, decided[ids["dee"]].reply_text) == (
        Decision.REPLY,
        "Hi Dee, where did we meet? Morgan",
    )
    assert decided[ids["ada"]].decision is Decision.IGNORE
    assert decided[ids["ada"]].explanation == "Decided by hand: ignore."
    assert [(e["request_id"], e["decision"], e["by"]) for e in decide_events(db)] == [
        (ids["sam"], "report", "accepted"),
        (ids["dee"], "reply", "accepted"),
        (ids["ada"], "ignore", "hand"),
    ]
    history = page.controller.history_model
    assert [history.id_at(r) for r in range(history.rowCount())] == [ids["ada"], ids["dee"], ids["sam"]]

    assert gui.context.actions["edit.undo"].text() == "&Undo decision ignore on Ada Quill"
    gui.context.actions["edit.undo"].trigger()
    assert page.controller.current_id() == ids["ada"]
    assert page.view.counter.text() == "1 request to decide"
    assert request_service.list_requests(db, pending_only=True)[0].id == ids["ada"]
    assert decide_events(db)[-1] == {"request_id": ids["ada"], "decision": None, "undone": "ignore", "by": "hand"}
    gui.context.actions["edit.redo"].trigger()
    assert page.view.counter.text() == "No requests to decide"
    assert {r.id: r.decision for r in request_service.list_requests(db)}[ids["ada"]] is Decision.IGNORE

    # the History's own undo works on any decided request
    page.controller.show_tab(1)
    page.view.history_table.setCurrentIndex(history.index(history.row_of_id(ids["sam"]), 0))
    qtbot.keyClick(page.view.history_table, Qt.Key.Key_U)
    assert page.controller.model.ids() == [ids["sam"]]
    assert not page.context.undo_stack.canUndo()


def test_keyboard_flow_through_ten_requests(gui, sqlite_db, qtbot):
    for n in range(10):
        add(sqlite_db, f"Person{n} Example", note="Buy 1,000 followers" if n % 3 == 0 else "", day=n)
    page = open_inbox(gui)
    table = page.view.table
    table.setFocus()
    keys = [Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_R, Qt.Key.Key_I, Qt.Key.Key_P] * 2
    expected = []
    for number, key in enumerate(keys):
        result = page.controller.current_result()
        assert result is not None and page.view.counter.text().startswith(f"{10 - number} request")
        expected.append(
            (result.request.id, result.suggestion.decision if key == Qt.Key.Key_A else
             {Qt.Key.Key_C: Decision.CONNECT, Qt.Key.Key_R: Decision.REPLY, Qt.Key.Key_I: Decision.IGNORE,
              Qt.Key.Key_P: Decision.REPORT}[key])
        )  # fmt: skip
        qtbot.keyClick(table, key)
        assert gui.window.focusWidget() is table or number == 9  # the list keeps the keyboard while it has rows
    assert page.view.counter.text() == "No requests to decide"
    recorded = {r.id: r.decision for r in request_service.list_requests(sqlite_db)}
    assert [(request_id, recorded[request_id]) for request_id, _ in expected] == expected
    assert page.controller.history_model.rowCount() == 10
    replies = [r for r in request_service.list_requests(sqlite_db) if r.decision is Decision.REPLY]
    assert replies and all(r.reply_text for r in replies)


def test_add_request_records_one_and_refuses_a_second_pending_one(gui, inbox_db, qtbot):
    db, _ids = inbox_db
    page = open_inbox(gui)
    gui.context.actions["inbox.add_request"].trigger()
    dialog = gui.window.findChild(AddRequestDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.name.setText("Lee Newcomer")
    dialog.profile_url.setText("https://www.linkedin.com/in/lee-newcomer")
    dialog.note.setPlainText("We met at the careers fair.")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.controller.current_result().request.contact_name == "Lee Newcomer"
    assert page.view.counter.text() == "4 requests to decide"
    contact_rows = gui.window.page("contacts").controller.model.contacts
    assert any(contact_rows.row_at(i).name == "Lee Newcomer" for i in range(len(contact_rows)))  # a new stranger

    gui.context.actions["inbox.add_request"].trigger()
    again = next(d for d in gui.window.findChildren(AddRequestDialog) if d.isVisible())
    again.name.setText("Lee Newcomer")
    again.profile_url.setText("linkedin.com/in/lee-newcomer")
    again.ok_button.click()
    assert again.isVisible()
    assert "already has a pending request" in again.error.text()
    again.reject()
    assert len(request_service.list_requests(db, pending_only=True)) == 4


def test_apply_all_suggestions_of_one_rule_after_confirmation(gui, sqlite_db):
    for n in range(4):
        add(sqlite_db, f"Seller{n} Example", note="Cheap endorsements for sale", day=n)
    keep = add(sqlite_db, "Ada Stranger", day=9)
    page = open_inbox(gui)
    page.view.table.setCurrentIndex(page.controller.model.index(1, 0))  # a seller's request
    gui.context.actions["inbox.apply_rule"].trigger()
    dialog = gui.window.findChild(ApplyRuleDialog)
    assert dialog.rule.currentData() == "Selling, trading endorsements or scams"
    assert dialog.apply_button.text() == "Apply 4 suggestions"
    assert "“report” as the decision on 4 pending requests" in dialog.consequence.text()
    dialog.reject()  # the safe answer first: nothing happens
    assert page.controller.model.rowCount() == 5

    gui.context.actions["inbox.apply_rule"].trigger()
    dialog = next(d for d in gui.window.findChildren(ApplyRuleDialog) if d.isVisible())
    dialog.apply_button.click()
    assert page.controller.model.ids() == [keep]
    assert {r.decision for r in request_service.list_requests(sqlite_db) if r.id != keep} == {Decision.REPORT}
    assert page.controller.history_model.rowCount() == 4


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_copy_reply_and_open_the_senders_profile(gui, inbox_db):
    _db, ids = inbox_db
    page = open_inbox(gui)
    model = page.controller.model
    page.view.table.setCurrentIndex(model.index(model.row_of_id(ids["ada"]), 0))
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        page.view.detail.open_profile_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == ["https://linkedin.com/in/ada-quill"]

    page.view.table.setCurrentIndex(model.index(model.row_of_id(ids["dee"]), 0))
    assert not page.view.detail.open_profile_button.isEnabled()  # no profile URL
    gui.context.actions["inbox.copy_reply"].trigger()
    assert QGuiApplication.clipboard().text() == page.view.detail.reply.toPlainText()
    assert QGuiApplication.clipboard().text().startswith("Hi Dee,")


def test_models_pass_the_model_tester(qtmodeltester, inbox_db):
    from app.services import inbox as inbox_service

    db, ids = inbox_db
    pending = PendingRequestsModel()
    pending.set_rows(inbox_service.pending(db))
    pending.sort(PendingColumn.FROM, Qt.SortOrder.AscendingOrder)
    assert pending.index(0, PendingColumn.FROM).data() == "Ada Quill"
    qtmodeltester.check(pending)
    inbox_service.accept(db, ids["ada"])
    history = HistoryModel()
    history.set_rows(inbox_service.history(db))
    qtmodeltester.check(history)


def test_decisions_are_written_in_the_background_in_order(make_gui, sqlite_db, qtbot):
    from app.ui.tasks import ThreadedTaskRunner

    ids = [add(sqlite_db, f"Person{n} Example", day=n) for n in range(6)]
    gui = make_gui(runner=ThreadedTaskRunner())
    gui.window.show_page("inbox")
    page = gui.window.page("inbox")
    qtbot.waitUntil(lambda: page.controller.model.rowCount() == 6, timeout=10_000)
    table = page.view.table
    table.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_I, Qt.Key.Key_C, Qt.Key.Key_A, Qt.Key.Key_P):
        qtbot.keyClick(table, key)  # the next request is shown at once; the writes queue up behind
    assert page.controller.model.rowCount() == 1
    gui.context.actions["edit.undo"].trigger()  # the last one (report) comes back once its write is done
    qtbot.waitUntil(lambda: not gui.context.runner.busy and page.controller.model.rowCount() == 2, timeout=10_000)
    pending = {r.id for r in request_service.list_requests(sqlite_db, pending_only=True)}
    assert pending == {ids[0], ids[1]}  # oldest two: the newest were decided first
    assert page.controller.history_model.rowCount() == 4
    assert set(page.controller.model.ids()) == pending


def test_the_inbox_dialogs_name_their_controls(gui, inbox_db):
    from tests.ui.accessibility import unnamed_controls

    open_inbox(gui)
    gui.context.actions["inbox.add_request"].trigger()
    assert unnamed_controls(gui.window.findChild(AddRequestDialog)) == []
    gui.context.actions["inbox.apply_rule"].trigger()
    assert unnamed_controls(gui.window.findChild(ApplyRuleDialog)) == []


def test_suggestions_follow_the_record_when_the_inbox_is_shown_again(gui, inbox_db):
    from app.services import contact_table
    from app.services.contact_table import Classification

    db, ids = inbox_db
    page = open_inbox(gui)
    model = page.controller.model
    dee = model.result_at(model.row_of_id(ids["dee"]))
    assert dee.suggestion.rule_name == "Stranger without a note"
    gui.window.show_page("contacts")
    contact_table.classify_contacts(db, [dee.request.contact_id], Classification(relationship=Relationship.COLLEAGUE))
    gui.context.events.contacts_changed.emit(frozenset({dee.request.contact_id}))  # as the Contacts page does
    assert model.result_at(model.row_of_id(ids["dee"])).suggestion.rule_name == "Stranger without a note"  # not yet
    gui.window.show_page("inbox")
    assert model.result_at(model.row_of_id(ids["dee"])).suggestion.rule_name == (
        "Known but not in touch for 24 months, no note"
    )


def test_hovering_a_hostile_note_shows_its_characters_not_html(gui, inbox_db, tmp_path, qtbot):
    db, _ids = inbox_db
    picture = tmp_path / "tracker.png"
    note = f'hello <img src="{picture}"> and <b>bold</b> & <a href="https://example.org">a link</a>'
    add(db, "Hal <b>Hover</b>", note=note, day=9)
    page = open_inbox(gui)
    table, model = page.view.table, page.controller.model
    row = next(r for r in range(model.rowCount()) if model.index(r, PendingColumn.FROM).data() == "Hal <b>Hover</b>")
    assert model.index(row, PendingColumn.NOTE).data().startswith("hello <img src=")
    for column in (PendingColumn.NOTE, PendingColumn.FROM):
        index = model.index(row, column)
        table.scrollTo(index)
        centre = table.visualRect(index).center()
        QApplication.sendEvent(
            table.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        )
        qtbot.waitUntil(QToolTip.isVisible)
        shown = QToolTip.text()
        # Qt renders a tooltip as HTML when it looks like HTML: rendered, it must say exactly the sender's text
        rendered = QTextDocument()
        rendered.setHtml(shown)
        assert rendered.toPlainText() == model.index(row, column).data()
        assert "<img" in rendered.toPlainText() or column is PendingColumn.FROM
        assert "\ufffc" not in rendered.toPlainText()  # no image or other object was made
        QToolTip.hideText()
        QToolTip.showText(QPoint(0, 0), "")
    assert not picture.exists()


def test_add_request_refuses_someone_erased_and_says_why(gui, inbox_db):
    db, _ids = inbox_db
    erased = contacts.add_contact(db, NewContact("Eve", "Gone", profile_url="linkedin.com/in/eve-gone"))
    from app.services.privacy import erase_contact

    erase_contact(db, str(erased.id))
    open_inbox(gui)
    gui.context.actions["inbox.add_request"].trigger()
    dialog = next(d for d in gui.window.findChildren(AddRequestDialog) if d.isVisible())
    dialog.name.setText("Eve Gone")
    dialog.profile_url.setText("https://www.linkedin.com/in/Eve-Gone/")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "erased from your record" in dialog.error.text() and "nothing was added" in dialog.error.text()
    dialog.reject()
    assert all(c.first_name != "Eve" for c in contacts.list_contacts(db))
    assert len(request_service.list_requests(db, pending_only=True)) == 3


def _inside(widget, area) -> bool:
    """``widget`` is shown whole inside ``area``'s visible rectangle (not cut off, not scrolled away)."""
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(area, widget.rect().topLeft())
    return widget.isVisible() and area.rect().contains(QRect(top_left, widget.size()))


def test_at_1024_by_700_a_long_suggestion_wraps_and_every_button_stays_in_view(gui, inbox_db, qtbot):
    import dataclasses

    from app.services import policy as policy_service

    db, _ids = inbox_db
    policy = policy_service.get_policy(db)
    long_name = "Strangers who write without a note, whom I may have met at a careers fair or in a workshop " * 2
    rules = tuple(dataclasses.replace(r, name=long_name.strip()) if r.name == "Stranger without a note" else r
                  for r in policy.rules)  # fmt: skip
    policy_service.save_policy(db, dataclasses.replace(policy, rules=rules))
    add(db, "Dee " + "Verylongsurname-" * 6, day=5, url="https://www.linkedin.com/in/" + "dee-" * 30)
    gui.window.resize(1024, 700)
    page = open_inbox(gui)
    qtbot.waitUntil(lambda: gui.window.width() <= 1024)
    detail = page.view.detail
    assert long_name.strip()[:40] in detail.decision.text()
    viewport = detail.scroll.viewport()
    qtbot.waitUntil(lambda: detail.body.width() <= viewport.width())  # nothing pushed past the right edge
    assert detail.scroll.horizontalScrollBar().maximum() == 0
    assert detail.scroll.verticalScrollBar().value() == 0
    for widget in (detail.check_button, detail.accept_button, *detail.decision_buttons.values(), detail.next_step):
        assert _inside(widget, viewport), widget.text()  # above the fold
    detail.scroll.ensureWidgetVisible(detail.copy_button)
    assert _inside(detail.copy_button, viewport)


def test_use_the_suggestion_says_what_to_do_next_on_linkedin(gui, inbox_db, qtbot):
    _db, ids = inbox_db
    page = open_inbox(gui)
    detail = page.view.detail
    page.controller.select_row(page.controller.model.row_of_id(ids["ada"]))
    assert detail.accept_button.text() == "Use the suggestion: connect  A"
    assert detail.next_step.text() == "Then, on LinkedIn: accept the invitation."
    assert gui.context.actions["inbox.accept"].text() == "&Use the suggestion"
    page.controller.select_row(page.controller.model.row_of_id(ids["dee"]))
    assert "paste it into a message" in detail.next_step.text()
    page.view.table.setFocus()
    messages = []
    gui.context.events.message.connect(messages.append)
    qtbot.keyClick(page.view.table, Qt.Key.Key_A)
    assert messages[-1].startswith("Decided: reply — Dee Nobody. Then, on LinkedIn: copy the reply")
    page.controller.select_row(page.controller.model.row_of_id(ids["sam"]))
    assert "Report / Block" in detail.next_step.text()


def test_the_sender_is_classified_from_the_inbox_with_the_contacts_keys_and_the_suggestion_follows(
    gui, inbox_db, qtbot
):
    db, ids = inbox_db
    page = open_inbox(gui)
    controller = page.controller
    controller.select_row(controller.model.row_of_id(ids["dee"]))
    before = controller.current_result().suggestion
    assert before.rule_name == "Stranger without a note"
    table = page.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1)  # client
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # met in the work role
    qtbot.waitUntil(lambda: controller.current_result().suggestion.rule_name != before.rule_name)
    assert controller.current_id() == ids["dee"]  # still on the same request
    dee = contacts.show_contact(db, str(controller.current_result().request.contact_id)).contact
    assert (dee.relationship, dee.met_in.value) == (Relationship.CLIENT, "work-role")
    # the Contacts page's table shows the change too
    contacts_page = gui.window.page("contacts")
    row = contacts_page.controller.model.contacts.row_by_id(dee.id)
    assert row is not None and row.relationship is Relationship.CLIENT
    # and 5 sets it back: the suggestion returns
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_5)
    assert contacts.show_contact(db, str(dee.id)).contact.relationship is Relationship.STRANGER
    qtbot.waitUntil(lambda: controller.current_result().suggestion.rule_name == before.rule_name)
    # the buttons in the detail pane offer the same choices as the keys
    titles = [a.text() for a in page.view.detail.relationship_button.menu().actions()]
    assert titles == ["Client", "Colleague", "Professional", "Personal", "Stranger"]
    assert [a.text() for a in page.view.detail.met_in_button.menu().actions()][:2] == [
        "Work role",
        "Professional network",
    ]
