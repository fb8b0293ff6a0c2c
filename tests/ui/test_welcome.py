"""The welcome on first start: shown once (remembered in the settings), again from Help > Welcome…, and each of
its three steps goes where it says."""

from __future__ import annotations

import pytest

from app.ui.settings import WELCOME_SHOWN
from app.ui.welcome import WelcomeController, WelcomeDialog

pytestmark = pytest.mark.gui


def controller(gui) -> WelcomeController:
    found = gui.window.findChild(WelcomeController, "welcome-controller")
    assert found is not None
    return found


def test_the_welcome_shows_once_and_again_from_help(gui, make_gui):
    assert gui.context.settings.value(WELCOME_SHOWN) is False
    dialog = controller(gui).show_once()
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert gui.context.settings.value(WELCOME_SHOWN) is True
    dialog.reject()

    again = make_gui()  # the next start, with the same settings
    assert controller(again).show_once() is None
    again.context.actions["help.welcome"].trigger()
    assert any(d.isVisible() for d in again.window.findChildren(WelcomeDialog))


def test_each_step_goes_where_it_says_stays_open_and_is_remembered_as_done(gui, make_gui):
    welcome = controller(gui)
    dialog = welcome.show_welcome()
    assert not dialog.isModal()  # the window stays usable beside it
    dialog.profile_button.click()
    assert gui.window.current_page().key == "profile-text"
    assert dialog.isVisible()  # open for the next step
    assert dialog.profile_button.text().endswith("✓") and not dialog.policy_button.text().endswith("✓")
    dialog.policy_button.click()
    assert gui.window.current_page().key == "policy"
    assert gui.window.page("policy").controller.policy is not None  # read when first shown
    imports = []
    gui.context.actions["file.import"].triggered.disconnect()
    gui.context.actions["file.import"].triggered.connect(lambda: imports.append(True))
    dialog.import_button.click()
    assert imports == [True]
    dialog.reject()

    again = make_gui()  # the next start remembers the steps taken
    shown = controller(again).show_welcome()
    assert all(button.text().endswith("✓") for button in shown.step_buttons.values())


def test_the_welcome_names_its_controls(gui):
    from tests.ui.accessibility import unnamed_controls

    dialog = controller(gui).show_welcome()
    assert unnamed_controls(dialog) == []
