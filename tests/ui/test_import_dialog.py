"""The import wizard: choose a small CSV, fix the mapping, read the dry run, import; and cancel mid-import."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kolcrm.core.store.db import database
from kolcrm.exchange.imports.importer import apply_import
from kolcrm.ui import prompts
from kolcrm.ui.exchange.import_dialog import MAPPING, REPORT, SUMMARY, ImportDialog

CSV = "达人昵称,平台,账号ID,粉丝数,互动率,随笔\n美妆小鹿,抖音,xiaolu,1.2万,1.39%,首次\nLily,小红书,lily,abc,,\n"


def open_wizard(qtbot, gui_db, tmp_path, monkeypatch, **services) -> ImportDialog:
    path = tmp_path / "kols.csv"
    path.write_text(CSV, encoding="gb18030")
    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: path)
    dialog = ImportDialog(None, **services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING)
    return dialog


def test_wizard_imports_a_small_csv(qtbot, gui_db, tmp_path, monkeypatch):
    dialog = open_wizard(qtbot, gui_db, tmp_path, monkeypatch)
    table = dialog.mapping_table
    assert [table.item(row, 0).text() for row in range(table.rowCount())][:3] == ["达人昵称", "平台", "账号ID"]
    assert table.cellWidget(0, 1).currentData() == "display_name"
    assert table.item(0, 3).text() == "美妆小鹿 · Lily"
    assert dialog.mapping()["随笔"] == "custom:随笔"  # kept, as a custom field, unless the user says otherwise
    dialog.set_field("随笔", "notes")  # the user fixes what the guess missed
    assert dialog.mapping()["随笔"] == "notes"

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT)
    assert dialog.counts_label.text().startswith("To add: 2 · to update: 0 · cells not imported: 1 · rows refused: 0")
    errors = dialog.errors_table
    assert errors.rowCount() == 1
    assert [errors.item(0, column).text() for column in range(3)] == ["3", "粉丝数", "abc"]
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 0  # the dry run wrote nothing

    with qtbot.waitSignal(dialog.finished_import, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY)
    assert "2 KOLs added, 0 updated" in dialog.summary.toPlainText()
    rows = database.execute_sql("SELECT k.display_name, i.text FROM kol k JOIN interaction i ON i.kol_id = k.id")
    assert rows.fetchall() == [("美妆小鹿", "首次")]


def test_cancelling_the_import_writes_nothing(qtbot, gui_db, tmp_path, monkeypatch):
    started: list[bool] = []

    def held_apply(plan, progress, cancelled, strict=False):
        started.append(True)
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return apply_import(plan, progress, cancelled, strict=strict)

    dialog = open_wizard(qtbot, gui_db, tmp_path, monkeypatch, apply=held_apply)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT)
    emitted: list[bool] = []
    dialog.finished_import.connect(lambda: emitted.append(True))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started) and dialog.progress is not None and dialog.progress.isVisible())
    qtbot.mouseClick(dialog.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY, timeout=10_000)
    assert "Cancelled" in dialog.summary.toPlainText()
    assert dialog.result_.cancelled and not emitted
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 0


def test_an_unreadable_file_is_shown_as_an_error(qtbot, gui_db, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    (tmp_path / "empty.csv").write_bytes(b"")
    dialog.path_edit.setText(str(tmp_path / "empty.csv"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "empty" in shown[0] and dialog.pages.currentIndex() == 0


RANKS = (
    "rank,channel_info,followers,60_day_eng_rate,avg_likes,country\n"
    "1,cristiano,475.8m,0.0139,8.7m,Spain\n"
    "2,kyliejenner,366.2m,0.0162,8.3m,United States\n"
    "3,leomessi,357.3m,0.0124,6.8m,NaN\n"
)


def test_wizard_journey_with_a_fixed_platform_and_a_fraction_column(qtbot, gui_db, tmp_path, monkeypatch):
    path = tmp_path / "instagram_top.csv"
    path.write_text(RANKS, encoding="utf-8")
    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: path)
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING)

    mapping = dialog.mapping()
    assert mapping["channel_info"] == ["handle", "display_name"]  # no name column: the handle names the KOL
    assert mapping["60_day_eng_rate"] == "engagement_rate"  # a rate, never a fee
    assert (mapping["avg_likes"], mapping["country"]) == ("metric:Avg likes", "custom:Country")  # kept, tidied
    box = dialog.fraction_boxes["60_day_eng_rate"]
    assert box.isChecked() and "0.052" in box.text()  # asked: the numbers are all ≤ 1
    sure = dialog.mapping_table.item(2, 2)
    assert sure.text() and sure.toolTip()  # each guess says how sure it is, and why
    combo = dialog.platform_combo  # the user says: every row is Instagram
    combo.setCurrentIndex(combo.findData("Instagram"))

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT)
    assert dialog.counts_label.text().startswith("To add: 3 · to update: 0 · cells not imported: 0 · rows refused: 0")
    assert "rank" in dialog.columns_label.text()  # every column is accounted for
    with qtbot.waitSignal(dialog.finished_import, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY)

    rows = database.execute_sql(
        "SELECT k.display_name, pa.platform, pa.followers, pa.engagement_rate FROM kol k"
        " JOIN platform_account pa ON pa.kol_id = k.id ORDER BY k.id"
    ).fetchall()
    assert rows[0] == ("cristiano", "Instagram", 475_800_000, 1.39)
    metrics = database.execute_sql("SELECT name, value FROM account_metric WHERE account_id = 1 ORDER BY name")
    assert metrics.fetchall() == [("Avg likes", "8700000"), ("Rank", "1")]
    countries = database.execute_sql("SELECT value FROM kol_custom_value ORDER BY kol_id").fetchall()
    assert countries == [("Spain",), ("United States",)]  # NaN is no country


def test_the_wizard_asks_for_a_platform_before_a_dry_run_that_would_drop_every_account(
    qtbot, gui_db, tmp_path, monkeypatch
):
    path = tmp_path / "ranks.csv"
    path.write_text(RANKS, encoding="utf-8")
    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: path)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    dialog = ImportDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING)

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # no platform chosen

    assert shown and "platform" in shown[0]
    assert dialog.pages.currentIndex() == MAPPING and dialog.plan is None
    dialog.platform_combo.hidePopup()
