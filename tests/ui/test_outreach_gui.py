"""Outreach in the window: a template sent to three selected KOLs (filled in for each, copied, marked as sent: a
message in each history, all three contacted), the list narrowed to them by the outreach filter, and the pane's
stage set to Replied."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.kols import interactions, outreach
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary.outreach import OutreachStage
from kolcrm.ui.kols import message_dialog


def _names(window) -> set[str]:
    model = window.kols.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_a_template_sent_to_three_kols_and_found_again_by_the_outreach_filter(qtbot, main_window, monkeypatch):
    save_brand(BrandRecord(name="花西子"))
    ids = [
        save_kol(KolRecord(display_name=name, accounts=[AccountRecord(platform, handle, followers=5000)]))
        for name, platform, handle in (("小鹿", "Xiaohongshu", "xiaolu"), ("阿花", "Douyin", "ahua"), ("Mia", "Weibo", "mia"))
    ]  # fmt: skip
    save_kol(KolRecord(display_name="Not selected"))
    main_window.kols.reload()
    qtbot.waitUntil(lambda: len(_names(main_window)) == 4)
    table = main_window.kols.table
    for row in range(4):
        if table.model().index(row, 0).data() != "Not selected":
            table.selectionModel().select(
                table.model().index(row, 0),
                table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
            )
    shown: list[message_dialog.MessageDialog] = []

    def run(dialog: message_dialog.MessageDialog) -> int:
        shown.append(dialog)
        assert dialog.recipients.count() == 3
        dialog.template.setCurrentIndex(0)  # 初次建联 · 微信 (Chinese)
        dialog.brand.setCurrentText("花西子")
        dialog.fee.setText("¥20,000")
        messages = dialog.messages()
        assert messages[ids[0]].startswith("小鹿您好！我是花西子的") and "在小红书上的内容" in messages[ids[0]]
        assert "在抖音上的内容" in messages[ids[1]] and "预算约¥20,000" in messages[ids[2]]
        dialog.recipients.setCurrentRow(1)
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == messages[dialog.recipients.item(1).data(256)]
        dialog.sent_button.click()
        return 1

    monkeypatch.setattr(message_dialog.MessageDialog, "exec", run)
    main_window.outreach.action.trigger()

    assert shown and shown[0].sent == 3
    for kol_id in ids:
        (note,) = interactions.history(kol_id)
        assert note.kind == "message" and "花西子" in note.text
    assert "Message marked as sent to 3 KOLs" in main_window.statusBar().currentMessage()

    filters = main_window.kols.filters
    filters.outreach.setCurrentIndex(filters.outreach.findData("stage:contacted"))
    qtbot.waitUntil(lambda: _names(main_window) == {"小鹿", "阿花", "Mia"})

    pane = main_window.kols.detail
    main_window.kols.show_kol(ids[0])
    qtbot.waitUntil(lambda: pane.outreach.kol_id == ids[0])
    assert pane.outreach.stage.currentData() == "contacted"
    assert (
        pane.outreach.summary.text().startswith("since ") and "1 message, the last on" in pane.outreach.summary.text()
    )
    pane.outreach.stage.setCurrentIndex(pane.outreach.stage.findData("replied"))
    pane.outreach.stage.activated.emit(pane.outreach.stage.currentIndex())
    assert outreach.summary(ids[0])[0] is OutreachStage.REPLIED
