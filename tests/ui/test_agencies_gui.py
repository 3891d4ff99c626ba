"""The Agencies area: the demo's agencies with their KOLs and deals, an agency's details saved (a wrong code refused
in words), a rename that the KOL list follows, and a delete refused while KOLs name the agency."""

from __future__ import annotations

from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.kols import service as kols
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_AGENCIES


def test_agencies_show_their_kols_and_deals_and_save_renames_and_refuse(main_window, monkeypatch, qtbot):
    populate_demo(80)
    main_window.show_area(AREA_AGENCIES)
    area = main_window.agencies
    names = [area.list.item(i).text() for i in range(area.list.count())]
    starlight = next(i for i, name in enumerate(names) if name.startswith("Starlight MCN ("))
    area.list.setCurrentRow(starlight)
    assert area.fields["legal_name"].text() == "星光（上海）文化传媒有限公司"
    assert area.kol_list.count() >= 3 and area.tabs.tabText(0) == f"KOLs ({area.kol_list.count()})"
    assert area.deal_list.count() >= 1
    opened: list[int] = []
    area.open_kol_requested.connect(opened.append)
    area.kol_list.itemDoubleClicked.emit(area.kol_list.item(0))
    assert opened and kols.get_kol(opened[0]).agency == "Starlight MCN"

    main_window.show_area(AREA_AGENCIES)
    area.fields["uscc"].setText("91310104MA1FR7ND3K")
    area.save_button.click()
    assert "check digit" in area.error.text()
    area.fields["uscc"].setText("91310104MA1FR7ND3J")
    area.fields["name"].setText("星光 Starlight")
    area.save_button.click()
    assert area.error.text() == ""
    assert kols.get_kol(opened[0]).agency == "星光 Starlight"
    assert area.list.currentItem().text().startswith("星光 Starlight (")

    errors: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: errors.append(text))
    area.delete_button.click()
    assert errors and "name 星光 Starlight as their agency" in errors[0]
