"""User journeys through the main window: create, find by a Chinese note, edit, delete and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kolcrm.core.kols import interactions
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.form import record_from_form
from kolcrm.core.kols.records import InteractionRecord
from kolcrm.ui.main_window import AREA_TRASH
from tests.ui.helpers import open_editor, type_text


def _add_kol(name: str, handle: str, followers: str = "5000", note: str = "") -> int:
    record, problems = record_from_form(
        {"display_name": name}, [{"platform": "Douyin", "handle": handle, "followers": followers}]
    )
    assert not problems
    kol_id = kols.save_kol(record)
    if note:
        interactions.add_interaction(kol_id, InteractionRecord(date(2026, 3, 2), "note", note))
    return kol_id


def _names(window) -> list[str]:
    model = window.kols.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_create_kol_through_the_dialog_shows_it_in_the_list(qtbot, main_window):
    QTest.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    assert not editor.save_button.isEnabled(), "an empty form cannot be saved"

    type_text(qtbot, editor.fields["display_name"], "李佳琦Austin")
    type_text(qtbot, editor.fields["city"], "上海")
    type_text(qtbot, editor.fields["categories"], "美妆, 口红")
    editor.accounts.set_cell_text(0, "handle", "@lijiaqi")
    editor.accounts.set_cell_text(0, "followers", "1.2万")
    editor.accounts.set_cell_text(0, "engagement_rate", "3.5%")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "李佳琦Austin" in _names(main_window))
    kol_id = main_window.kols.current_kol_id()
    saved = kols.get_kol(kol_id)
    assert saved.city == "上海"
    assert saved.categories == ["美妆", "口红"]
    assert saved.accounts[0].followers == 12_000
    qtbot.waitUntil(lambda: main_window.kols.detail.title.text().count("李佳琦Austin") == 1)


def test_editor_explains_bad_input_and_keeps_save_disabled(qtbot, main_window):
    _add_kol("已有达人", "taken_handle")
    main_window.kols.new_kol()
    editor = open_editor(qtbot)
    type_text(qtbot, editor.fields["display_name"], "新达人")
    type_text(qtbot, editor.fields["email"], "not-an-email")
    assert "not an email address" in editor.errors["email"].text()
    assert editor.errors["email"].isVisibleTo(editor)
    assert not editor.save_button.isEnabled()

    editor.fields["email"].clear()
    editor.accounts.set_cell_text(0, "handle", "taken_handle")
    assert "already belongs to 已有达人" in editor.account_errors.text()
    assert not editor.save_button.isEnabled()

    editor.accounts.set_cell_text(0, "handle", "fresh_handle")
    editor.accounts.set_cell_text(0, "followers", "-5")
    assert "followers cannot be negative" in editor.account_errors.text()
    assert not editor.save_button.isEnabled()
    editor.accounts.set_cell_text(0, "followers", "5000")
    assert editor.save_button.isEnabled()
    editor.reject()


def test_search_finds_a_kol_by_a_chinese_word_inside_a_note(qtbot, main_window):
    _add_kol("美妆小鹿", "xiaolu", note="今天试了新口红，效果很好")
    _add_kol("健身达人", "fit_guy", note="下周一起拍健身视频")
    main_window.kols.reload()
    assert len(_names(main_window)) == 2

    QTest.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.kols.filters.search.hasFocus()
    type_text(qtbot, main_window.kols.filters.search, "口红")
    qtbot.waitUntil(lambda: _names(main_window) == ["美妆小鹿"])
    assert main_window.kols.count_label.text() == "1 KOL"

    main_window.kols.filters.search.clear()
    type_text(qtbot, main_window.kols.filters.search, '100%"_*')
    qtbot.waitUntil(lambda: _names(main_window) == [])


def test_edit_a_kol_from_the_list(qtbot, main_window):
    kol_id = _add_kol("王小美", "wxm")
    main_window.kols.reload(select=kol_id)
    QTest.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    assert editor.fields["display_name"].text() == "王小美"
    editor.fields["city"].clear()
    type_text(qtbot, editor.fields["city"], "成都")
    editor.accounts.set_cell_text(0, "followers", "2.5亿")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "成都" in main_window.kols.detail.subtitle.text())
    row = main_window.kols.model.row_of(kol_id)
    assert main_window.kols.model.index(row, 1).data() == "Head"
    assert main_window.kols.model.index(row, 3).data() == "250M"  # English counts in K, M and B


def test_an_edit_shows_in_the_history_naming_who_changed_which_fields(qtbot, main_window, monkeypatch):
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    kol_id = _add_kol("王小美", "wxm", note="旧的记录")
    main_window.kols.reload(select=kol_id)
    QTest.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    type_text(qtbot, editor.fields["city"], "成都")
    editor.accounts.set_cell_text(0, "followers", "2.5亿")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    detail = main_window.kols.detail
    detail.tabs.setCurrentWidget(detail.history)
    qtbot.waitUntil(lambda: "韩梅梅 changed City, Platform accounts at" in detail.timeline.item(0).text())
    entries = [detail.timeline.item(row).text() for row in range(detail.timeline.count())]
    assert entries[0].startswith(f"{date.today().isoformat()} · Changed\n")
    assert any("韩梅梅 added this KOL at" in entry for entry in entries)
    assert "旧的记录" in entries[-1]  # the note of March stays below today's changes
    assert not any("No history yet" in entry for entry in entries)


def test_delete_moves_to_trash_and_ctrl_z_brings_it_back(qtbot, main_window):
    keep = _add_kol("留下的", "keep")
    gone = _add_kol("要删除的", "gone", followers="9000000")
    main_window.kols.reload(select=gone)
    main_window.kols.table.setFocus()
    QTest.keyClick(main_window.kols.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _names(main_window) == ["留下的"])
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash (1)"
    assert kols.get_kol(gone).deleted_at is not None

    QTest.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sorted(_names(main_window)) == sorted(["留下的", "要删除的"]))
    assert main_window.kols.current_kol_id() == gone
    assert kols.get_kol(gone).deleted_at is None
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash"
    assert kols.get_kol(keep).deleted_at is None


def test_delete_key_in_the_search_box_does_not_trash_anything(qtbot, main_window):
    kol_id = _add_kol("安全的", "safe")
    main_window.kols.reload(select=kol_id)
    type_text(qtbot, main_window.kols.filters.search, "ab")
    QTest.keyClick(main_window.kols.filters.search, Qt.Key.Key_Home)
    QTest.keyClick(main_window.kols.filters.search, Qt.Key.Key_Delete)
    assert main_window.kols.filters.search.text() == "b"
    assert kols.get_kol(kol_id).deleted_at is None


def test_quick_note_saves_with_ctrl_enter_and_tops_the_timeline(qtbot, main_window):
    kol_id = _add_kol("记事达人", "notes", note="旧的记录")
    main_window.kols.reload(select=kol_id)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol_id)
    type_text(qtbot, detail.note_text, "寄了中秋礼盒")
    QTest.keyClick(detail.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "寄了中秋礼盒" in detail.timeline.item(0).text())
    assert detail.note_text.toPlainText() == ""
    assert interactions.history(kol_id)[0].text == "寄了中秋礼盒"
    row = main_window.kols.model.row_of(kol_id)
    assert main_window.kols.model.index(row, 5).data() == date.today().isoformat()


def test_empty_note_is_refused_with_a_message(qtbot, main_window):
    kol_id = _add_kol("空白", "blank")
    main_window.kols.reload(select=kol_id)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol_id)
    qtbot.mouseClick(detail.add_note_button, Qt.MouseButton.LeftButton)
    assert "Write something" in detail.note_error.text()
    assert interactions.history(kol_id) == []


def test_note_with_a_follow_up_date_shows_it_in_the_timeline(qtbot, main_window):
    kol_id = _add_kol("跟进达人", "follow")
    main_window.kols.reload(select=kol_id)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol_id)
    assert not detail.follow_up_date.isEnabled()
    qtbot.mouseClick(detail.follow_up, Qt.MouseButton.LeftButton)
    assert detail.follow_up_date.isEnabled()
    type_text(qtbot, detail.note_text, "call agent about 618 slot")
    qtbot.mouseClick(detail.add_note_button, Qt.MouseButton.LeftButton)
    entry = interactions.history(kol_id)[0]
    assert entry.follow_up_on is not None and entry.follow_up_on > entry.occurred_on
    assert f"follow up {entry.follow_up_on.isoformat()}" in detail.timeline.item(0).text()
    assert not detail.follow_up.isChecked()


def test_deleting_a_note_asks_first_and_updates_last_contact(qtbot, main_window, monkeypatch):
    from kolcrm.ui import prompts

    kol_id = _add_kol("删除记录", "delnote", note="旧的记录")
    interactions.add_interaction(kol_id, InteractionRecord(date(2026, 5, 1), "call", "新的电话"))
    main_window.kols.reload(select=kol_id)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol_id)
    texts = [detail.timeline.item(row).text() for row in range(detail.timeline.count())]
    detail.timeline.setCurrentRow(next(row for row, text in enumerate(texts) if "新的电话" in text))

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: False)
    detail.delete_note_action.trigger()
    assert len(interactions.history(kol_id)) == 2

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    detail.delete_note_action.trigger()
    assert [e.text for e in interactions.history(kol_id)] == ["旧的记录"]
    assert not any("新的电话" in detail.timeline.item(row).text() for row in range(detail.timeline.count()))
    row = main_window.kols.model.row_of(kol_id)
    assert main_window.kols.model.index(row, 5).data() == "2026-03-02"


def test_a_kol_without_accounts_can_be_saved_and_stays_in_the_detail_pane(qtbot, main_window):
    from kolcrm.core.demo.kols import populate_demo

    populate_demo(260)  # the new KOL, with no followers, sorts beyond the first page of 200
    main_window.kols.reload()
    QTest.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    type_text(qtbot, editor.fields["display_name"], "新人小鹿")
    assert editor.save_button.isEnabled(), "the untouched blank account row does not block saving"
    assert editor.account_errors.text() == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "新人小鹿" in main_window.kols.detail.title.text())
    qtbot.wait(50)  # past the pane's deferred refresh after the list reset
    assert "新人小鹿" in main_window.kols.detail.title.text()
    assert kols.get_kol(main_window.kols.detail.kol_id).accounts == []


def test_filtering_on_a_tag_that_disappears_shows_every_kol_again(qtbot, main_window):
    tagged = _add_kol("标签达人", "tagged")
    record = kols.get_kol(tagged)
    record.categories = ["露营"]
    kols.save_kol(record)
    _add_kol("Other", "other")
    main_window.kols.reload()
    bar = main_window.kols.filters
    bar.tag.setCurrentIndex(bar.tag.findData("露营"))
    qtbot.waitUntil(lambda: _names(main_window) == ["标签达人"])

    record.categories = []
    kols.save_kol(record)
    main_window.kols.reload()

    qtbot.waitUntil(lambda: sorted(_names(main_window)) == ["Other", "标签达人"])
    assert bar.tag.currentData() is None


def test_id_and_account_numbers_are_masked_in_the_editor_and_checked(qtbot, main_window):
    kol_id = _add_kol("签约达人", "signer")
    main_window.kols.reload(select=kol_id)
    QTest.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    id_field, account = editor.fields["legal_id_number"], editor.fields["payee_account"]
    assert id_field.echoMode() == account.echoMode() == QLineEdit.EchoMode.PasswordEchoOnEdit  # shown on click

    type_text(qtbot, id_field, "110105194912310021")  # the check character mistyped
    assert "check character" in editor.errors["legal_id_number"].text() and not editor.save_button.isEnabled()
    id_field.setText("11010519491231002x")
    type_text(qtbot, account, "6225 8801 2345 6789")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: kols.get_kol(kol_id).legal_id_number == "11010519491231002X")
    assert "11010519491231002X" not in main_window.kols.detail.profile.text()  # not on screen in the pane


def test_the_agency_that_signs_is_entered_with_its_code_checked(qtbot, main_window):
    kol_id = _add_kol("机构达人", "agencykol")
    main_window.kols.reload(select=kol_id)
    QTest.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot)
    assert editor.fields["agency_uscc"].echoMode() == QLineEdit.EchoMode.Normal, "a company's code is not personal"
    type_text(qtbot, editor.fields["agency_legal_name"], "美腕（上海）网络科技有限公司")
    type_text(qtbot, editor.fields["agency_uscc"], "91310104MA1FR7ND3K")  # the check character mistyped
    assert "check digit" in editor.errors["agency_uscc"].text() and not editor.save_button.isEnabled()
    editor.fields["agency_uscc"].setText("91310104MA1FR7ND3J")
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kols.get_kol(kol_id).agency_uscc == "91310104MA1FR7ND3J")
    assert kols.get_kol(kol_id).agency_legal_name == "美腕（上海）网络科技有限公司"
