"""Attached files in the GUI: a signed scan on a contract version, a proof screenshot on a deliverable, a media kit
dropped on the KOL's Files tab; each opened in the system viewer as its own bytes, removed and brought back."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from kolcrm.contracts import service
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Stage
from kolcrm.ui.attachments import panel as panel_module

TODAY = date.today()
SCAN = b"%PDF-1.7 signed by both parties " + bytes(range(256)) * 10


@pytest.fixture
def deal(gui_db) -> int:
    kol = kols.save_kol(KolRecord(display_name="小鹿🦌Lulu✨"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand, kol_id=kol, title="双十一直播", stage=Stage.CONTRACTED,
            requested_fee=Decimal(30000), agreed_fee=Decimal(30000),
            start_on=TODAY - timedelta(days=5), end_on=TODAY + timedelta(days=20),
            deliverables=[DeliverableRecord("Douyin", brief="突出持妆效果")],
        )
    )  # fmt: skip


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """Files handed to the system viewer (none is started)."""
    seen: list[Path] = []
    monkeypatch.setattr(panel_module, "open_in_system_viewer", lambda path: seen.append(path) or True)
    return seen


def choose_files(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in paths], ""))


def test_a_signed_scan_on_a_contract_version_opens_as_itself_and_comes_back_after_remove(
    collab_area, deal, tmp_path, monkeypatch, opened, errors
):
    service.generate_contract_into(deal, tmp_path / "contracts", "zh")
    collab_area.load()
    collab_area.show_collaboration(deal)
    tab = collab_area.detail.contracts
    files = tab.files
    assert files.title.text() == "Signed copies of v1" and files.attach_button.isEnabled()
    assert files.note.text().startswith("Drop the signed scan")
    scan = tmp_path / "合同 v1 双方签字.pdf"
    scan.write_bytes(SCAN)

    choose_files(monkeypatch, scan)
    files.attach_button.click()

    assert errors == []
    assert files.table.rowCount() == 1 and files.table.item(0, 0).text() == "合同 v1 双方签字.pdf"
    assert files.table.item(0, 3).text() == hashlib.sha256(SCAN).hexdigest()[:12]
    assert tab.table.item(0, 5).text() == "1 file"
    files.open_button.click()
    assert opened[-1].name == scan.name and opened[-1].read_bytes() == SCAN

    choose_files(monkeypatch, scan)
    files.attach_button.click()
    assert errors == ["This file is already attached as 合同 v1 双方签字.pdf"] and files.table.rowCount() == 1

    files.remove_button.click()
    assert files.table.rowCount() == 0 and tab.table.item(0, 5).text() == "—"
    assert "stays in the trash" in files.note.text() and not files.undo_button.isHidden()
    files.undo_button.click()
    assert files.table.rowCount() == 1 and files.undo_button.isHidden()

    save_to = tmp_path / "copy.pdf"
    monkeypatch.setattr(panel_module.prompts, "ask_save_path", lambda *args: save_to)
    files.save_button.click()
    assert save_to.read_bytes() == SCAN


def test_a_proof_screenshot_belongs_to_the_selected_deliverable(collab_area, deal, tmp_path, monkeypatch, errors):
    collab_area.load()
    collab_area.show_collaboration(deal)
    detail = collab_area.detail
    proof = tmp_path / "广告标识.png"
    proof.write_bytes(b"\x89PNG\r\n\x1a\n" + b"label" * 100)
    assert detail.proof.target is not None and detail.proof.target.deliverable_id is not None
    choose_files(monkeypatch, proof)
    detail.proof.attach_button.click()
    assert errors == [] and detail.proof.table.item(0, 0).text() == "广告标识.png"
    stored = database.execute_sql("SELECT kind, deliverable_id FROM attachment").fetchone()
    assert stored == ("proof", detail.current_deliverable().id)


def test_a_media_kit_dropped_on_the_kols_files_tab_is_attached_and_counted(main_window, deal, tmp_path, errors):
    kit = tmp_path / "小鹿 media kit.pdf"
    kit.write_bytes(b"%PDF media kit" * 30)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pane = main_window.kols.detail
    kol_id = collaborations.get_collaboration(deal).kol_id
    pane.show_kol(kol_id)
    pane.tabs.setCurrentIndex(pane.FILES_TAB)
    assert pane.tabs.tabText(pane.FILES_TAB) == "Files"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(kit)), QUrl.fromLocalFile(str(empty))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )

    pane.files.dropEvent(drop)

    assert errors == ["empty.txt is empty"], "the empty file is refused, the media kit is not"
    assert pane.files.table.item(0, 0).text() == "小鹿 media kit.pdf"
    assert pane.tabs.tabText(pane.FILES_TAB) == "Files (1)"
    pane.show_kol(kol_id)  # shown again: the count comes from the book
    assert pane.tabs.tabText(pane.FILES_TAB) == "Files (1)"


def test_a_removed_file_waits_in_the_trash_area_and_comes_back_or_goes_for_good(main_window, deal, monkeypatch):
    from kolcrm.core.attachments import service as attachments
    from kolcrm.core.attachments.records import Target
    from kolcrm.ui import prompts
    from kolcrm.ui.main_window import AREA_TRASH

    kol_id = collaborations.get_collaboration(deal).kol_id
    kit = attachments.attach(Target(kol_id), "media kit.pdf", b"%PDF kit")
    attachments.remove(kit.id)
    main_window.show_area(AREA_TRASH)
    area = main_window.trash
    area.load()
    assert area.files.count() == 1 and area.files.item(0).text().startswith("media kit.pdf — 小鹿🦌Lulu✨")
    assert area.summary.text().endswith(" · 1 file")
    area.files.item(0).setSelected(True)
    area.restore_button.click()
    assert area.files.count() == 0 and [a.id for a in attachments.attachments_of(Target(kol_id))] == [kit.id]

    attachments.remove(kit.id)
    area.load()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: asked.append(args[2]) or True)
    area.empty_button.click()
    assert asked == ["Erase 1 attached file for good? This cannot be undone."]
    assert database.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 0
