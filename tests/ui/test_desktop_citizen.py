"""kolcrm as a desktop citizen: its icon in every size a desktop asks for (the window carries it), a launcher entry
and AppStream metadata that parse, and an About box naming the version, the data folder, the versions a support
person asks for and every bundled third-party part with its licence."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from kolcrm import __version__, notices
from kolcrm.app import app_icon
from kolcrm.resources import resource_path
from kolcrm.ui import help_dialogs

LINUX = Path(resource_path("linux"))


def test_the_icon_comes_in_every_size_and_the_window_carries_it(qapp) -> None:
    icon = app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    for name in ("kolcrm.svg", "kolcrm.ico", "kolcrm.icns", "kolcrm-512.png"):
        assert resource_path("icons", name).stat().st_size > 500, name
    from kolcrm.app import create_application

    app = create_application()
    assert not app.windowIcon().isNull() and QApplication.desktopFileName() == "kolcrm"


def test_the_launcher_entry_and_appstream_metadata_parse() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "kolcrm.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"].split()[0], desktop["Icon"]) == ("Application", "kolcrm", "kolcrm")
    assert "Office" in desktop["Categories"]
    assert desktop["GenericName[zh_CN]"] == "KOL 关系管理"
    component = ET.parse(LINUX / "io.github.kolcrm.kolcrm.metainfo.xml").getroot()
    assert component.findtext("id") == "io.github.kolcrm.kolcrm"
    assert component.find("launchable").text == "kolcrm.desktop"
    assert component.find("releases/release").get("version") == __version__


def test_about_names_the_version_the_data_folder_and_every_licence(qtbot, tmp_path) -> None:
    dialog = help_dialogs.about(None, tmp_path / "kolcrm.db")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"kolcrm {__version__}" in labels and str(tmp_path) in labels and "Qt " in labels and "Python " in labels
    table = dialog.findChild(QTableWidget, "thirdPartyNotices")
    rows = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert len(rows) == len(notices.COMPONENTS)
    assert rows["WenQuanYi Micro Hei (font)"] == "Apache-2.0" and rows["Noto Emoji (font)"] == "OFL-1.1"
    assert rows["Qt / PySide6 / shiboken6"] == "LGPL-3.0-only" and "GPL" in rows["lunardate"]
