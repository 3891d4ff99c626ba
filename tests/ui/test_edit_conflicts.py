"""Two people editing one KOL: the second save is refused with who and when, and the editor offers to reload the
other version or save over it; nothing is overwritten silently."""

from __future__ import annotations

import pytest

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.ui.kols import conflict_dialog
from kolcrm.ui.kols.conflict_dialog import Choice
from kolcrm.ui.kols.editor import KolEditor


@pytest.fixture
def opened_while_lilei_saves(qtbot, any_db, monkeypatch):
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    kol_id = save_kol(KolRecord(display_name="小鹿Lulu", city="上海"))
    editor = KolEditor(kol_id)
    qtbot.addWidget(editor)
    editor.fields["agency"].setText("如涵")  # 韩梅梅's edit, not saved yet
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    lilei = get_kol(kol_id)
    lilei.city = "杭州"
    save_kol(lilei)  # 李雷 saves first, from another window (or another computer on a team book)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    return editor, kol_id


def _answer(monkeypatch, choice: Choice) -> list[tuple[str, list[str]]]:
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        conflict_dialog,
        "ask_about_conflict",
        lambda _parent, message, fields: asked.append((message, fields)) or choice,
    )
    return asked


def test_the_second_save_names_who_saved_first_and_what_differs(opened_while_lilei_saves, monkeypatch) -> None:
    editor, kol_id = opened_while_lilei_saves
    asked = _answer(monkeypatch, Choice.KEEP_EDITING)

    editor.save()

    ((message, fields),) = asked
    assert message.startswith("李雷 changed this KOL at ")
    assert set(fields) == {"City", "Agency / MCN"}
    assert get_kol(kol_id).agency == ""  # nothing of 韩梅梅's was written
    assert editor.isVisible() or editor.result() == 0  # still editing


def test_reloading_shows_their_version(opened_while_lilei_saves, monkeypatch) -> None:
    editor, kol_id = opened_while_lilei_saves
    _answer(monkeypatch, Choice.RELOAD)

    editor.save()

    assert editor.fields["city"].text() == "杭州" and editor.fields["agency"].text() == ""
    editor.fields["agency"].setText("如涵")
    editor.save()  # now from 李雷's version: accepted
    assert (get_kol(kol_id).city, get_kol(kol_id).agency) == ("杭州", "如涵")


def test_saving_over_theirs_is_a_choice_and_is_recorded(opened_while_lilei_saves, monkeypatch) -> None:
    editor, kol_id = opened_while_lilei_saves
    _answer(monkeypatch, Choice.OVERWRITE)

    editor.save()

    saved = get_kol(kol_id)
    assert (saved.city, saved.agency, saved.changed_by) == ("上海", "如涵", "韩梅梅")


@pytest.mark.parametrize("choice", [Choice.KEEP_EDITING, Choice.OVERWRITE, Choice.RELOAD])
def test_a_deal_saved_by_someone_else_is_not_overwritten_silently(qtbot, any_db, monkeypatch, choice) -> None:
    from kolcrm.core.brands import service as brands
    from kolcrm.core.brands.records import BrandRecord
    from kolcrm.core.collaborations import service as collaborations
    from kolcrm.core.collaborations.records import CollaborationRecord
    from kolcrm.ui.collaborations.editor import CollaborationEditor

    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    kol_id, brand_id = save_kol(KolRecord(display_name="李佳琦")), brands.save_brand(BrandRecord(name="花西子"))
    deal_id = collaborations.save_collaboration(CollaborationRecord(brand_id, kol_id, "春季口红", notes=""))
    editor = CollaborationEditor(deal_id)
    qtbot.addWidget(editor)
    editor.notes.setPlainText("韩梅梅的备注")
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    theirs = collaborations.get_collaboration(deal_id)
    theirs.title = "春季口红（李雷改）"
    collaborations.save_collaboration(theirs)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    asked = _answer(monkeypatch, choice)

    editor.save()

    assert asked and asked[0][0].startswith("李雷 changed this collaboration at ")
    saved = collaborations.get_collaboration(deal_id)
    if choice is Choice.OVERWRITE:
        assert (saved.title, saved.notes, saved.changed_by) == ("春季口红", "韩梅梅的备注", "韩梅梅")
    else:
        assert (saved.title, saved.notes) == ("春季口红（李雷改）", "")
    if choice is Choice.RELOAD:
        assert editor.fields["title"].text() == "春季口红（李雷改）"


def test_a_brand_saved_by_someone_else_is_not_overwritten_silently(qtbot, any_db, monkeypatch) -> None:
    from kolcrm.core.brands import service as brands
    from kolcrm.core.brands.records import BrandRecord
    from kolcrm.ui.brands.area import BrandsArea

    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    brand_id = brands.save_brand(BrandRecord(name="花西子"))
    area = BrandsArea()
    qtbot.addWidget(area)
    area.load(select=brand_id)
    area.values.setPlainText("东方美学")
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    theirs = brands.get_brand(brand_id)
    theirs.target_audience = "18-30 岁女性"
    brands.save_brand(theirs)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    asked = _answer(monkeypatch, Choice.KEEP_EDITING)

    area.save()

    assert asked[0][0].startswith("李雷 changed this brand at ")
    assert (brands.get_brand(brand_id).brand_values, brands.get_brand(brand_id).target_audience) == ("", "18-30 岁女性")
    _answer(monkeypatch, Choice.OVERWRITE)
    area.save()
    assert brands.get_brand(brand_id).brand_values == "东方美学"


def test_a_gift_dialog_refuses_to_save_over_a_colleagues_change_and_reloads_theirs(qtbot, any_db, monkeypatch):
    from kolcrm.core.care import gifts
    from kolcrm.core.care.records import GiftRecord
    from kolcrm.core.vocabulary import GiftKind, Occasion
    from kolcrm.ui.kols.gift_dialog import GiftDialog

    kol_id = save_kol(KolRecord(display_name="小鹿Lulu"))
    gift_id = gifts.save_gift(GiftRecord(kol_id, GiftKind.GIFT, Occasion.MID_AUTUMN, "月饼礼盒"))
    dialog = GiftDialog(kol_id, gifts.get_gift(gift_id))
    qtbot.addWidget(dialog)
    dialog.description.setText("茶叶礼盒")  # 韩梅梅's edit, not saved yet
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    lilei = gifts.get_gift(gift_id)
    lilei.description = "月饼礼盒（双黄）"
    gifts.save_gift(lilei)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    asked = _answer(monkeypatch, Choice.RELOAD)

    dialog.save()

    ((message, _fields),) = asked
    assert message.startswith("李雷 changed this gift at ")
    assert gifts.get_gift(gift_id).description == "月饼礼盒（双黄）"  # nothing of 韩梅梅's was written
    assert dialog.description.text() == "月饼礼盒（双黄）"  # their version, in the form
    dialog.description.setText("月饼礼盒（双黄）+ 手写卡片")
    dialog.save()  # from 李雷's version now: accepted
    assert gifts.get_gift(gift_id).description == "月饼礼盒（双黄）+ 手写卡片"
