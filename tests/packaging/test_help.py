"""Help > User guide (the bundled guide, offline), Help > About, and the UI's language."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel, QMenu

from app import __version__
from app.storage.database import Database
from app.ui import help as help_module
from app.ui.application import Gui, build_main_window
from app.ui.help import AboutDialog, UserGuideDialog
from app.ui.settings import Settings
from app.ui.tasks import SynchronousTaskRunner

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
GUIDE = HELP / "user-guide.md"
README = ROOT / "README.md"
# The pages of help beside the guide, each reachable from it in the Help window.
HELP_PAGES = ("cli.md", "privacy.md", "speed.md", "development.md")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def gui(qtbot, sqlite_db: Database, tmp_path: Path) -> Iterator[Gui]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    gui = build_main_window(sqlite_db, settings=settings, runner=SynchronousTaskRunner())
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    yield gui


def help_menu_action(gui: Gui, text: str):
    menu = next(m for m in gui.window.menuBar().findChildren(QMenu) if m.title() == "&Help")
    return next(action for action in menu.actions() if action.text() == text)


def guide_images(page: Path = GUIDE) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", page.read_text(encoding="utf-8"))


def links(page: Path) -> list[str]:
    """The targets of the page's links that are not pictures and not web addresses."""
    found = re.findall(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)", page.read_text(encoding="utf-8"))
    return [target for target in found if not re.match(r"(https?|mailto):", target)]


def anchors_shown(dialog: UserGuideDialog) -> set[str]:
    """The link targets (#name) of the page the Help window shows."""
    names: set[str] = set()
    block = dialog.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            names.update(iterator.fragment().charFormat().anchorNames())
            iterator += 1
        block = block.next()
    return names


def test_the_user_guide_covers_what_an_adviser_does():
    headings = " | ".join(re.findall(r"^## (.+)$", GUIDE.read_text(encoding="utf-8"), flags=re.MULTILINE)).lower()
    for topic in ("first start", "linkedin export", "triag", "policy", "profile text", "handover", "encrypt",
                  "backup", "team database"):  # fmt: skip
        assert topic in headings, f"the user guide has no section on {topic!r}: {headings}"


def test_the_guide_is_the_bundled_one_and_its_screenshots_are_shipped():
    assert help_module.user_guide_path().resolve() == GUIDE.resolve()
    images = guide_images()
    assert images, "the user guide shows no screenshots"
    for image in images:
        assert (GUIDE.parent / image).resolve().is_file(), f"the user guide shows {image}, which is not shipped"


def test_help_user_guide_opens_the_guide_with_its_screenshots(gui, qtbot):
    help_menu_action(gui, "&User guide").trigger()
    dialog = gui.window.findChild(UserGuideDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "Importing your LinkedIn export" in text
    assert "<h2>" not in text and "##" not in text  # rendered, not shown as source
    document = dialog.browser.document()
    for image in guide_images():
        url = dialog.browser.source().resolved(QUrl(image))
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(loaded, QImage | QPixmap) and not loaded.isNull(), f"{image} did not load in the guide"
    # The screenshots (taken full size for the README) fit the window: no sideways scrolling.
    assert dialog.browser.horizontalScrollBar().maximum() == 0
    # Asking again brings the same window forward instead of opening a second one.
    help_menu_action(gui, "&User guide").trigger()
    assert len(gui.window.findChildren(UserGuideDialog)) == 1


def test_the_readme_and_the_guide_link_every_page_of_help():
    shipped = sorted(path.name for path in HELP.glob("*.md"))
    assert sorted((*HELP_PAGES, "user-guide.md")) == shipped
    readme = {target.split("#")[0] for target in links(README)}
    guide = {target.split("#")[0] for target in links(GUIDE)}
    for page in HELP_PAGES:
        assert f"resources/help/{page}" in readme, f"the README does not link {page}"
        assert page in guide, f"the user guide does not link {page}"


def test_links_between_the_pages_of_help_open_them_in_the_help_window(gui, qtbot):
    dialog = help_module.show_user_guide(gui.window)
    qtbot.waitExposed(dialog)
    guide_source = dialog.browser.source()
    anchors: dict[str, set[str]] = {"user-guide.md": anchors_shown(dialog)}
    for page in HELP_PAGES:
        dialog.browser.anchorClicked.emit(QUrl(page))
        assert dialog.browser.source().fileName() == page
        title = re.search(r"^# (.+)$", (HELP / page).read_text(encoding="utf-8"), flags=re.MULTILINE)
        assert title is not None and dialog.browser.toPlainText().startswith(title.group(1))
        anchors[page] = anchors_shown(dialog)
        document = dialog.browser.document()
        for image in guide_images(HELP / page):
            url = dialog.browser.source().resolved(QUrl(image))
            loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
            assert isinstance(loaded, QImage | QPixmap) and not loaded.isNull(), f"{image} did not load in {page}"
        # Back (Alt+Left) returns to the guide, its pictures fitted to the window again.
        dialog.browser.backward()
        assert dialog.browser.source() == guide_source
        assert dialog.browser.horizontalScrollBar().maximum() == 0
    # Every link of the README and of the pages of help goes to a file that exists and, with #name, to a heading
    # that page has (the names are GitHub's, so the same links work on the project's web page).
    taken: dict[str, int] = {}
    headings = re.findall(r"^#+ (.+)$", README.read_text(encoding="utf-8"), flags=re.MULTILINE)
    anchors["README.md"] = {help_module.heading_anchor(heading, taken) for heading in headings}
    for source in (README, *HELP.glob("*.md")):
        for target in links(source):
            path, _, fragment = target.partition("#")
            page = (source.parent / path).resolve() if path else source
            assert page.is_file(), f"{source.name} links {target}, which does not exist"
            if source.parent == HELP:
                assert page.parent == HELP, f"{source.name} links {target}, which is not shipped with the help"
            if fragment:
                assert fragment in anchors[page.name], f"{source.name} links {target}: {page.name} has no such heading"


def test_a_link_to_a_heading_scrolls_the_help_window_to_it(gui, qtbot):
    dialog = help_module.show_user_guide(gui.window)
    qtbot.waitExposed(dialog)
    dialog.browser.anchorClicked.emit(QUrl("cli.md#exporting-contacts"))
    assert dialog.browser.source().fileName() == "cli.md"
    document = dialog.browser.document()
    heading = document.begin()
    while heading.isValid() and not (heading.blockFormat().headingLevel() and heading.text() == "Exporting contacts"):
        heading = heading.next()
    assert heading.isValid()
    top = document.documentLayout().blockBoundingRect(heading).top()
    assert top > 0
    assert abs(dialog.browser.verticalScrollBar().value() - top) <= 2


def test_the_help_window_opens_nothing_but_pages_of_help(gui, qtbot):
    dialog = help_module.show_user_guide(gui.window)
    source = dialog.browser.source()
    text = dialog.browser.toPlainText()
    for link in ("../../README.md", "../../pyproject.toml", QUrl.fromLocalFile("/etc/hostname").toString()):
        dialog.browser.anchorClicked.emit(QUrl(link))
        assert dialog.browser.source() == source
        assert dialog.browser.toPlainText() == text


def test_web_links_in_the_guide_go_to_the_browser_not_into_the_guide(gui, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(help_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    dialog = help_module.show_user_guide(gui.window)
    source = dialog.browser.source()
    dialog.browser.anchorClicked.emit(QUrl("https://www.linkedin.com/mypreferences/d/download-my-data"))
    assert opened == ["https://www.linkedin.com/mypreferences/d/download-my-data"]
    assert dialog.browser.source() == source


def test_help_about_shows_the_version_and_the_database_in_use(gui, qtbot, sqlite_db):
    help_menu_action(gui, "&About Gatehouse").trigger()
    dialog = gui.window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Gatehouse {__version__}" in texts
    assert any(sqlite_db.name in text for text in texts)
    assert any("Qt " in text and "Python " in text for text in texts)


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Compile the German .ts (as `make translations` does) and load it as if the system were German."""
    compiled = tmp_path / "translations"
    compiled.mkdir()
    for source in (ROOT / "resources" / "translations").glob("gatehouse_*.ts"):
        subprocess.run(
            [str(LRELEASE), "-silent", str(source), "-qm", str(compiled / f"{source.stem}.qm")], check=True, timeout=60
        )
    monkeypatch.setattr(help_module, "translations_folder", lambda: compiled)
    translators = help_module.install_translators(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_a_german_system_gets_german_help_dialogs(german, gui, qtbot):
    dialog = help_module.show_about(gui.window)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Über Gatehouse"
    guide = help_module.show_user_guide(gui.window)
    assert guide.windowTitle() == "Gatehouse-Benutzerhandbuch"


def test_an_english_system_needs_no_translator(qapp):
    assert help_module.install_translators(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == []
