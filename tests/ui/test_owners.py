"""Owners in the window: "My KOLs" in the filter bar, Give to another owner… for the selected KOLs, and the
owner and the last change shown in the pane."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol


def _names(window) -> set[str]:
    model = window.kols.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_my_kols_narrows_the_list_to_the_ones_i_own(qtbot, main_window, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    for name, owner in (("小鹿", "韩梅梅"), ("Emma", "李雷"), ("阿花", "韩梅梅")):
        save_kol(KolRecord(display_name=name, owner=owner))
    main_window.kols.reload()
    owner = main_window.kols.filters.owner
    assert [owner.itemText(i) for i in range(owner.count())] == ["All owners", "My KOLs", "李雷"]

    owner.setCurrentIndex(owner.findText("My KOLs"))
    qtbot.waitUntil(lambda: _names(main_window) == {"小鹿", "阿花"})
    owner.setCurrentIndex(owner.findText("李雷"))
    qtbot.waitUntil(lambda: _names(main_window) == {"Emma"})


def test_handing_the_selected_kols_over_and_seeing_it_in_the_pane(qtbot, main_window, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "王经理")
    ids = [save_kol(KolRecord(display_name=name, owner="李雷")) for name in ("小鹿", "Emma")]
    main_window.kols.reload()
    main_window.kols.table.selectAll()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args, **kwargs: ("韩梅梅", True)))

    main_window.kols.owners.action.trigger()

    assert {get_kol(kol_id).owner for kol_id in ids} == {"韩梅梅"}
    assert "2 KOLs given to 韩梅梅" in main_window.statusBar().currentMessage()
    main_window.kols.show_kol(ids[0])
    qtbot.waitUntil(lambda: "韩梅梅" in main_window.kols.detail.profile.text())
    # Who saved it last is shown on a team's book only: on one's own file it is always oneself.
    assert "王经理" not in main_window.kols.detail.profile.text()
