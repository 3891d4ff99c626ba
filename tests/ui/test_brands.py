"""The Brands area: add a brand with Chinese text, refuse a duplicate name, delete after confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kolcrm.core.brands import service as brands
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_BRANDS
from tests.ui.helpers import type_text


def test_add_brand_refuse_duplicate_and_delete(qtbot, main_window, monkeypatch):
    main_window.show_area(AREA_BRANDS)
    area = main_window.brands
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, area.name, "岚山护肤")
    type_text(qtbot, area.categories, "护肤, 美妆")
    area.values.setPlainText("天然成分、可持续")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    saved = brands.list_brands()
    assert [b.name for b in saved] == ["岚山护肤"]
    assert saved[0].categories == ["护肤", "美妆"]
    assert area.list.currentItem().text() == "岚山护肤"

    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, area.name, "岚山护肤")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    assert "already exists" in area.error.text()
    assert len(brands.list_brands()) == 1

    area.list.setCurrentRow(0)
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    assert brands.list_brands() == []
    assert area.list.count() == 0


def test_the_target_audience_in_figures_feeds_the_fit_score(qtbot, main_window):
    from kolcrm.core.brands import service as brands
    from kolcrm.core.brands.fit import fit_score
    from kolcrm.core.kols import service as kols
    from kolcrm.core.kols.records import AccountRecord, KolRecord
    from tests.ui.helpers import type_text

    kol = kols.save_kol(
        KolRecord(
            display_name="美妆小鹿",
            accounts=[
                AccountRecord(
                    "Xiaohongshu",
                    "xiaolu",
                    followers=50_000,
                    engagement_rate=4.0,
                    audience_female_pct=80.0,
                    audience_age_bands={"18-24": 50.0, "25-34": 30.0},
                )
            ],
        )
    )
    main_window.show_area(AREA_BRANDS)
    area = main_window.brands
    area.new_brand()
    type_text(qtbot, area.name, "花西子")
    type_text(qtbot, area.female_pct, "80%")
    type_text(qtbot, area.age_bands, "18-24, 25-34")
    type_text(qtbot, area.order_value, "299")
    area.save()

    [record] = brands.list_brands()
    assert (record.target_female_pct, record.target_age_bands, str(record.average_order_value)) == (
        80.0,
        ["18-24", "25-34"],
        "299",
    )
    audience = fit_score(kol, record.id)[1][2]
    assert audience.points == 30 and "80% female vs 80% wanted" in audience.explanation
