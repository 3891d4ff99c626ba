"""Builds the QApplication (fonts, settings, error handling) and opens the main window on a database."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from kolcrm import __version__, language
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import dialect
from kolcrm.core.store.db import close_database, open_database
from kolcrm.resources import cjk_font_path, emoji_font_path, resource_path
from kolcrm.ui import translators

if TYPE_CHECKING:
    from kolcrm.ui.main_window import MainWindow

log = logging.getLogger(__name__)
CJK_FAMILY_FALLBACK = "WenQuanYi Micro Hei"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("kolcrm")
    QCoreApplication.setApplicationName("kolcrm")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("kolcrm")  # the launcher entry (resources/linux/kolcrm.desktop) it belongs to
    app.setWindowIcon(app_icon())
    install_cjk_font(app)
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The window and task-bar icon, in the sizes desktops pick from (resources/icons, made from kolcrm.svg)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"kolcrm-{size}.png")), QSize(size, size))
    return icon


def install_cjk_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and put it behind the UI font, so Chinese never renders as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:  # Qt returns -1 without raising on a bad or missing file
        log.warning("Could not load the bundled CJK font from %s", cjk_font_path())
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else CJK_FAMILY_FALLBACK
    # Then Noto Emoji, as contracts use it: a desktop without an emoji font (most Linux ones) showed 小鹿🦌Lulu✨ with
    # boxes. Registering it costs ~0.2 ms once the CJK font has opened the font database.
    emoji = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(emoji_font_path())))
    font = QFont(app.font())
    font.setFamilies([app.font().family(), family, *emoji[:1]])
    app.setFont(font)
    return family


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kolcrm", "kolcrm")


# Set, the app prints "ready" once the KOL list has painted its first rows and quits: how a benchmark times a start it
# cannot reach into (the bundle's executable).
READY_VARIABLE = "KOLCRM_QUIT_WHEN_READY"


def run_app(path: Path, demo: bool = False) -> int:
    app = create_application()
    # Before any widget exists: every tr() made while building the window reads the chosen catalogue.
    translators.install_for_gui(language.chosen_language())
    opened = open_at_start(path, demo)
    if opened is None:
        return 2
    sys.excepthook = _show_unexpected_error
    if isinstance(opened, Path):  # a team's book has no files beside it
        _clean_interrupted_restore(opened)
    window = open_window(opened)
    window.show()
    if os.environ.get(READY_VARIABLE):  # tests/perf/bench_bundle.py: the time to first rows, from outside
        window.kols.list_painted.connect(lambda: (print("ready", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        close_database()


def open_at_start(path: Path, demo: bool = False) -> Path | None:
    """Open the database, asking for its passphrase in a dialog when it is encrypted (again after a wrong one).
    None when it cannot be opened (the reason shown) or the person chose Quit in the passphrase dialog."""
    from kolcrm.core.store import passphrases
    from kolcrm.core.store.server import is_server_url
    from kolcrm.ui import prompts
    from kolcrm.ui.care.passphrase import DialogAsker

    asker = DialogAsker()
    passphrases.set_asker(asker)
    if is_server_url(path):  # a team's server, its password neither in the URL nor in ~/.pgpass: a dialog asks
        from kolcrm.core.store import team
        from kolcrm.ui.team.connecting import PasswordDialogAsker

        team.set_password_asker(PasswordDialogAsker())
    try:
        opened = open_database(path)
        if demo:
            _fill_demo_if_empty()
    except DatabaseOpenError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)  # for whoever started it from a terminal or a script
        if not asker.quit:  # Quit in the passphrase dialog needs no message box on the way out
            prompts.error(None, QCoreApplication.translate("App", "kolcrm cannot open the database"), str(exc))
        return None
    return opened


_windows: list[MainWindow] = []  # the open main window, kept referenced while Qt shows it


def open_window(database_path: Path | None) -> MainWindow:
    from kolcrm.ui.main_window import MainWindow

    window = MainWindow(settings(), database_path=database_path)
    window.language_changed.connect(lambda chosen: switch_language(window, chosen))
    window.data.book_chosen.connect(lambda location: switch_book(window, location))
    if dialect.is_postgres():
        from kolcrm.ui.team.live_updates import LiveUpdates

        window.live_updates = LiveUpdates(window)  # type: ignore[attr-defined]
        from kolcrm.core.store import team

        if not team.can_write():
            from kolcrm.ui.team.read_only import show_read_only

            show_read_only(window)
    _windows.append(window)
    return window


def switch_book(old: MainWindow, location: object) -> MainWindow:
    """Open a window on another book (a team's server, or the person's own file) in place of `old`; if it cannot
    be opened, say why and keep `old` on its book."""
    from kolcrm.ui import prompts

    try:
        opened = open_database(location)  # type: ignore[arg-type]
    except DatabaseOpenError as exc:
        prompts.error(old, QCoreApplication.translate("App", "kolcrm cannot open the database"), str(exc))
        if old.database_path is not None:
            open_database(old.database_path)
        return old
    new = open_window(opened)
    new.restoreGeometry(old.saveGeometry())
    new.show()
    old.quiet_close = True  # a different book now: the old file's backup-on-close is not this moment's business
    old.close()
    old.deleteLater()
    if old in _windows:
        _windows.remove(old)
    return new


def switch_language(old: MainWindow, chosen: str) -> MainWindow:
    """Rebuild the main window in `chosen`, at the same size, area and KOL; the old one closes without a backup."""
    area, kol_id, geometry = old.stack.currentIndex(), old.kols.current_kol_id(), old.saveGeometry()
    old.kols.save_state(old.settings)  # column widths and the split, which the new window restores
    translators.install_for_gui(chosen)
    new = open_window(old.database_path)
    new.restoreGeometry(geometry)
    new.show()
    if kol_id is not None:
        new.kols.select_kol(kol_id)
    new.show_area(area)
    old.quiet_close = True
    old.close()
    old.deleteLater()
    if old in _windows:
        _windows.remove(old)
    return new


def _clean_interrupted_restore(path: Path) -> None:
    """What a restore or backup killed half-way left beside the database goes at the next start (never blocks it)."""
    from kolcrm.exchange import backup

    try:
        removed = backup.clean_interrupted(path)
    except OSError as exc:
        log.warning("Could not clean up after an interrupted restore: %s", exc)
        return
    if removed:
        log.info("Removed what an interrupted restore or backup left: %s", ", ".join(map(str, removed)))


def _fill_demo_if_empty() -> None:
    from kolcrm.core.demo.kols import populate_demo
    from kolcrm.core.store.db import database

    if not database.execute_sql("SELECT 1 FROM kol LIMIT 1").fetchone():
        populate_demo()


def _show_unexpected_error(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """Last resort: log the traceback and tell the user in words, instead of a silent console dump."""
    from kolcrm.ui import prompts

    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))  # type: ignore[arg-type]
    prompts.error(
        None,
        QCoreApplication.translate("App", "Something went wrong"),
        QCoreApplication.translate(
            "App", "{error}\n\nEvery change is saved whole or not at all, so no record was half-written."
        ).format(error=value),
    )
