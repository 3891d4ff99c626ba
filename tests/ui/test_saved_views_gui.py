"""Saved views: the KOL list narrowed by tag and outreach and sorted by followers, kept under a name, shown again
from the sidebar after the filters moved on, still there in a new window; a deals view with its stage and table."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.kols import outreach
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_COLLABORATIONS, AREA_KOLS, MainWindow


def _names(window) -> set[str]:
    model = window.kols.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_a_kol_view_is_saved_shown_again_and_kept_for_the_next_window(
    qtbot, main_window, settings, gui_db, monkeypatch
):
    ids = [save_kol(KolRecord(display_name=name, categories=["双11"])) for name in ("小鹿", "阿花")]
    save_kol(KolRecord(display_name="Other", categories=["运动"]))
    outreach.set_stage([ids[0]], "contacted")  # type: ignore[arg-type]
    main_window.kols.reload()
    bar = main_window.kols.filters
    qtbot.waitUntil(lambda: bar.tag.findData("双11") >= 0)
    bar.tag.setCurrentIndex(bar.tag.findData("双11"))
    bar.outreach.setCurrentIndex(bar.outreach.findData("stage:contacted"))
    qtbot.waitUntil(lambda: _names(main_window) == {"小鹿"})
    assert not main_window.saved_views.list.isVisibleTo(main_window)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("双11 已联系", True)))
    main_window.saved_views.ask_and_save("kols")

    bar.show_everything()
    qtbot.waitUntil(lambda: len(_names(main_window)) == 3)
    views = main_window.saved_views.list
    assert views.count() == 1 and views.item(0).text() == "双11 已联系 · KOLs" and views.isVisibleTo(main_window)
    main_window.show_area(AREA_COLLABORATIONS)
    views.itemClicked.emit(views.item(0))
    assert main_window.stack.currentIndex() == AREA_KOLS
    qtbot.waitUntil(lambda: _names(main_window) == {"小鹿"})
    assert bar.tag.currentData() == "双11"

    again = MainWindow(settings, database_path=gui_db)  # the views are in the book: any window of it has them
    qtbot.addWidget(again)
    assert [v["name"] for v in again.saved_views.views()] == ["双11 已联系"]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("双11 已联系", True)))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    again.saved_views.ask_and_delete()
    assert again.saved_views.views() == [] and again.saved_views.list.count() == 0


def test_a_deals_view_keeps_the_stage_and_the_table(qtbot, main_window, monkeypatch):
    populate_demo(30)
    main_window.show_area(AREA_COLLABORATIONS)
    area = main_window.collaborations
    area.filters.stage.setCurrentIndex(area.filters.stage.findData("contracted"))
    area.set_view(1)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Signed", True)))
    main_window.saved_views.ask_and_save("deals")
    area.filters.stage.setCurrentIndex(0)
    area.set_view(0)

    assert main_window.saved_views.apply("Signed")
    assert area.filters.stage.currentData() == "contracted" and area.views.currentWidget() is area.table
    qtbot.waitUntil(lambda: {row.stage.value for row in area.rows} == {"contracted"})
    names = [view["name"] for view in main_window.saved_views.views()]
    assert names == ["建联待跟进 Follow-ups", "已签约 Signed", "Signed"], "the demo book comes with two views"
    assert main_window.saved_views.apply("建联待跟进 Follow-ups")
    assert main_window.kols.filters.outreach.currentData() == "silent:3"
