"""The contract windows on a real person's machine: no PDF viewer installed, a 1024×700 or 1366×768 screen, and a
title bar that must show "Generate contract" whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from reportlab.pdfgen import canvas

from kolcrm.ui.contracts import file_location
from kolcrm.ui.contracts import preview as preview_module
from kolcrm.ui.contracts.language_dialog import ContractLanguageDialog, ask_contract_language
from kolcrm.ui.contracts.preview import ContractPreview
from kolcrm.ui.contracts.screen_fit import FRAME, fitted_geometry

REPO = Path(__file__).resolve().parents[2]


def two_page_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    for page in (1, 2):
        pdf.drawString(100, 750, f"Page {page}")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def preview(qtbot, tmp_path) -> ContractPreview:
    dialog = ContractPreview(two_page_pdf(tmp_path / "合同 HT-1.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_no_pdf_viewer_shows_the_files_path_to_copy_and_its_folder(preview, monkeypatch, errors):
    monkeypatch.setattr(preview_module, "open_in_system_viewer", lambda _path: False)
    assert not preview.location.isVisible()

    preview.system_button.click()

    assert preview.location.isVisible()
    assert "PDF viewer may not be installed" in preview.location.text.text()
    assert preview.location.path_field.text() == str(preview.path)
    assert errors == [], "said in the window, beside the buttons, not in a box that hides the path"

    preview.location.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(preview.path)
    assert preview.location.copy_button.text() == "Copied"

    folders: list[Path] = []
    monkeypatch.setattr(file_location, "open_in_file_manager", lambda folder: folders.append(folder) or True)
    preview.location.folder_button.click()
    assert folders == [preview.path.parent]

    monkeypatch.setattr(file_location, "open_in_file_manager", lambda _folder: False)
    preview.location.folder_button.click()
    assert "No file manager could be opened either" in preview.location.text.text()


def test_a_viewer_that_accepts_still_leaves_the_path_in_sight(preview, monkeypatch, errors):
    # xdg-open takes the file and returns at once, even when no program can show a PDF: the path stays at hand.
    opened: list[Path] = []
    monkeypatch.setattr(preview_module, "open_in_system_viewer", lambda path: opened.append(path) or True)

    preview.system_button.click()

    assert opened == [preview.path]
    assert preview.location.isVisible() and preview.location.path_field.text() == str(preview.path)
    assert "Sent to the system's PDF viewer" in preview.location.text.text()
    assert errors == []


def test_explain_not_opened_names_the_file_and_puts_its_path_on_the_clipboard(qtbot, tmp_path, errors):
    path = tmp_path / "contract.pdf"

    file_location.explain_not_opened(None, path)

    assert len(errors) == 1 and str(path) in errors[0] and "PDF viewer" in errors[0]
    assert QGuiApplication.clipboard().text() == str(path)


@pytest.mark.parametrize(
    ("available", "size"),
    [
        (QRect(0, 0, 1024, 700), QSize(760, 700 - FRAME.height())),
        (QRect(0, 0, 1366, 768), QSize(760, 768 - FRAME.height())),
        (QRect(0, 0, 1920, 1080), QSize(760, 900)),
        (QRect(1920, 30, 1280, 994), QSize(760, 900)),  # a second screen, below a top panel
    ],
)
def test_the_preview_is_never_larger_than_the_screen(available, size):
    corner, fitted = fitted_geometry(available, QSize(760, 900), QSize(420, 300))

    assert fitted == size
    outer = QRect(corner, fitted + FRAME)
    assert available.contains(outer), (available, outer)


SHOW_ON_A_SMALL_SCREEN = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QMainWindow
    from kolcrm.ui.contracts import preview
    app = QApplication([])
    window = QMainWindow()
    window.resize(900, 600)
    window.show()
    dialog = preview.ContractPreview(Path(sys.argv[1]), window)
    dialog.open()
    preview.open_in_system_viewer = lambda path: False
    dialog.system_button.click()  # the path bar takes room too
    app.processEvents()
    inside = dialog.rect()
    buttons = [b.geometry().translated(b.parentWidget().mapTo(dialog, b.pos()) - b.pos())
               for b in (dialog.system_button, dialog.save_as_button, dialog.close_button,
                         dialog.location.copy_button, dialog.location.folder_button)]
    print(json.dumps({
        "available": dialog.screen().availableGeometry().getRect(),
        "corner": [dialog.x(), dialog.y()],
        "size": [dialog.width(), dialog.height()],
        "buttons_inside": all(inside.contains(b) and b.height() > 10 for b in buttons),
        "view_height": dialog.view.height(),
    }))
    """
)


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768)])
def test_on_a_small_screen_the_preview_fits_with_its_buttons(tmp_path, width, height):
    screens = {"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(REPO)}

    result = subprocess.run(
        [sys.executable, "-c", SHOW_ON_A_SMALL_SCREEN, str(two_page_pdf(tmp_path / "c.pdf"))],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.splitlines()[-1])
    assert shown["available"] == [0, 0, width, height], "the fake screen is the one the preview opened on"
    outer = QRect(QPoint(*shown["corner"]), QSize(*shown["size"]) + FRAME)
    assert QRect(*shown["available"]).contains(outer), (outer, shown)
    assert shown["buttons_inside"], "Open, Save, Close, Copy path and Open folder all within the window"
    assert shown["view_height"] > 300, "the page itself still has room"


def test_generate_contract_is_wide_enough_for_its_whole_title(qtbot):
    dialog = ContractLanguageDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    title_font = QFont(dialog.font())
    title_font.setBold(True)
    assert dialog.width() >= QFontMetrics(title_font).horizontalAdvance("Generate contract") + 100
    assert dialog.chosen() == "both"
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    assert dialog.chosen() == "zh"


def test_ask_contract_language_returns_the_choice_or_none(qtbot):
    def answer(button: QDialogButtonBox.StandardButton, value: str | None = None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContractLanguageDialog)
        if value is not None:
            dialog.language.setCurrentIndex(dialog.language.findData(value))
        dialog.buttons.button(button).click()

    QTimer.singleShot(0, lambda: answer(QDialogButtonBox.StandardButton.Ok, "en"))
    assert ask_contract_language(None) == "en"
    QTimer.singleShot(0, lambda: answer(QDialogButtonBox.StandardButton.Cancel))
    assert ask_contract_language(None) is None
