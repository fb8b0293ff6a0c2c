"""Help: the About dialog, the user guide shipped with Gatehouse (read offline), and the UI's language.

The user guide is ``resources/help/user-guide.md`` with its screenshots in ``resources/screenshots/`` (taken by
the test suite, so they show the app as it is). It is shown in a QTextBrowser: Markdown rendered by Qt, links
to web pages opened in the browser, nothing fetched from the network. The other pages of help beside it
(``cli.md``, ``privacy.md``, ``speed.md``, ``development.md``) open in the same window when the guide links to
them; links to headings (``cli.md#handover``) scroll to the heading, named as GitHub names it.

The UI's language follows the system's: ``install_translators`` loads Qt's own translations (standard buttons
and dialogs) and Gatehouse's ``resources/translations/gatehouse_<locale>.qm`` (built by ``make translations``).
"""

from __future__ import annotations

import platform
import re
from importlib.resources import files
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, Qt, QTranslator, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.storage.locations import default_database_path

USER_GUIDE_OBJECT_NAME = "user-guide"
ABOUT_OBJECT_NAME = "about-gatehouse"
HOMEPAGE = "https://github.com/gatehouse/gatehouse"
TRANSLATION_PREFIX = "gatehouse"
TEXT_WIDTH = 440
IMAGE_WIDTH = 760


def resource_path(*parts: str) -> Path:
    return Path(str(files("app.resources").joinpath(*parts)))


def user_guide_path() -> Path:
    return resource_path("help", "user-guide.md")


def help_page(url: QUrl) -> Path | None:
    """The page of help a local link points to, or None when it points anywhere but a Markdown file of help."""
    if not url.isLocalFile():
        return None
    path = Path(url.toLocalFile()).resolve()
    folder = user_guide_path().parent.resolve()
    if path.suffix != ".md" or path.parent != folder or not path.is_file():
        return None
    return path


def heading_anchor(text: str, taken: dict[str, int]) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2."""
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    count = taken.get(slug, 0)
    taken[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def application_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "gatehouse.svg")))


# --- the user guide ---------------------------------------------------------------------------------------


class UserGuideDialog(QDialog):
    """The user guide in a window of its own, beside the app (not modal), readable offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(USER_GUIDE_OBJECT_NAME)
        self.setWindowTitle(self.tr("Gatehouse user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        # Links to web pages open in the browser; nothing is ever loaded from the network into the guide.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        # Every page shown (the guide, a page it links to, or one reached again with Alt+Left) gets the same care.
        self.browser.sourceChanged.connect(self._page_shown)
        guide = user_guide_path()
        self.browser.setSearchPaths([str(guide.parent), str(guide.parent.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(QSize(820, 720))

    def _page_shown(self, _source: QUrl) -> None:
        self.fit_images(IMAGE_WIDTH)
        self.name_headings()

    def name_headings(self) -> None:
        """Make each heading a link target under the name GitHub gives it, so ``#contacts`` works here too."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        taken: dict[str, int] = {}
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.length() > 1:
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text(), taken)])
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def fit_images(self, width: int) -> None:
        """Show the screenshots at most ``width`` pixels wide (they are taken full size, for the README)."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    natural = image.width() if isinstance(image, QImage | QPixmap) else 0
                    if natural > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / natural)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        current = self.browser.source()
        target = current.resolved(url)
        page = help_page(target)
        if page is None:
            return  # anything but a page of help (a local file elsewhere, another scheme) is never opened
        if page != help_page(current):
            self.browser.setSource(QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource)
        if target.hasFragment():
            self.browser.scrollToAnchor(target.fragment())


def show_user_guide(parent: QWidget | None = None) -> UserGuideDialog:
    """Open the user guide, or bring it to the front when it is open already."""
    dialog = parent.findChild(UserGuideDialog, USER_GUIDE_OBJECT_NAME) if parent is not None else None
    if dialog is None:
        dialog = UserGuideDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


# --- About ------------------------------------------------------------------------------------------------


def about_details() -> str:
    """The versions a bug report needs, as plain text."""
    return "\n".join(
        [
            QCoreApplication.translate("AboutDialog", "Gatehouse {version}").format(version=__version__),
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
            f"{platform.system()} {platform.release()} ({platform.machine()})",
        ]
    )


class AboutDialog(QDialog):
    """The version, what Gatehouse is for, where your data lives, and the versions for a bug report."""

    def __init__(self, parent: QWidget | None = None, database: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ABOUT_OBJECT_NAME)
        self.setWindowTitle(self.tr("About Gatehouse"))
        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(QSize(96, 96)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Gatehouse {version}").format(version=__version__), self)
        title.setObjectName("about-version")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = self._plain(
            self.tr(
                "Run your own LinkedIn contact policy: a record of who each contact is and how you met them, "
                "triage of connection requests, profile text and handover lists. Your clients' data stays on "
                "your computer unless your team chooses a shared database server."
            )
        )
        data = self._plain(self.tr("Your database: {name}").format(name=database or default_database_path()))
        self.details = self._plain(about_details())
        self.details.setObjectName("about-details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licence = self._plain(self.tr("Free software under the MIT licence. {homepage}").format(homepage=HOMEPAGE))
        text = QVBoxLayout()
        for widget in (title, summary, data, licence, self.details):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        guide = buttons.addButton(self.tr("&User guide"), QDialogButtonBox.ButtonRole.HelpRole)
        guide.clicked.connect(lambda: show_user_guide(self.parentWidget()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFixedWidth(TEXT_WIDTH)  # a fixed width lets wrapped labels ask for the height they need
        return label


def show_about(parent: QWidget | None = None, database: str | None = None) -> AboutDialog:
    """The About dialog; ``database`` names the database in use (default: the file in your data folder)."""
    dialog = AboutDialog(parent, database)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --- language ---------------------------------------------------------------------------------------------


def translations_folder() -> Path:
    return resource_path("translations")


def install_translators(locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and Gatehouse's translations for ``locale`` (default: the system's UI languages).

    Returns the translators installed (kept referenced by the caller's application). English needs none.
    """
    application = QCoreApplication.instance()
    if application is None:
        return []
    chosen = locale if locale is not None else QLocale.system()
    installed = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (TRANSLATION_PREFIX, str(translations_folder())),
    )
    for prefix, folder in sources:
        translator = QTranslator(application)
        if translator.load(chosen, prefix, "_", folder) and not translator.isEmpty():
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
