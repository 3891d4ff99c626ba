"""The File and Edit menus' data actions as a user triggers them: export the list, erase a KOL."""

from __future__ import annotations

import csv

from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import KolRecord
from kolcrm.ui import prompts


def test_exporting_the_filtered_list_to_csv_from_the_menu(qtbot, main_window, tmp_path, monkeypatch):
    kols.save_kol(KolRecord(display_name="李佳琦", city="上海"))
    kols.save_kol(KolRecord(display_name="Other", city="Paris"))
    main_window.kols.reload()
    main_window.kols.model.set_filter(KolFilter(text="李佳琦"))
    target = tmp_path / "list.csv"
    told: list[str] = []
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_args: target)
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))

    main_window.data.export_actions["csv"].trigger()

    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[1] for row in rows[1:]] == ["李佳琦"], "only what the list shows"  # KOL # first, then the name
    assert "Wrote 1" in told[0]


def test_erasing_the_selected_kol_asks_first_and_removes_them(qtbot, main_window, monkeypatch):
    keep = kols.save_kol(KolRecord(display_name="Keep"))
    gone = kols.save_kol(KolRecord(display_name="要删除的达人"))
    main_window.kols.reload(select=gone)
    qtbot.waitUntil(lambda: main_window.kols.detail.kol_id == gone)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, _action="OK": asked.append(text) or False)

    main_window.data.erase_kol_action.trigger()
    assert kols.get_kol(gone).display_name == "要删除的达人", "declining erases nothing"
    assert "要删除的达人" in asked[0]

    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    main_window.data.erase_kol_action.trigger()
    model = main_window.kols.model
    assert [model.kol_id_at(row) for row in range(model.rowCount())] == [keep]
