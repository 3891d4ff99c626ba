"""Contracts in the GUI: company settings, generating versions from the detail pane, the preview, batch export."""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from kolcrm.contracts import company, service
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import Stage
from kolcrm.ui import prompts
from kolcrm.ui.collaborations import contracts_tab
from kolcrm.ui.collaborations.area import TABLE
from kolcrm.ui.contracts import preview as preview_module
from kolcrm.ui.contracts.company_dialog import CompanyDialog
from kolcrm.ui.contracts.export_dialog import ExportContractsDialog
from kolcrm.ui.contracts.preview import ContractPreview
from kolcrm.ui.jobs import Job
from tests.ui.helpers import type_text

TODAY = date.today()
EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def area(collab_area):
    return collab_area


@pytest.fixture
def people(gui_db):
    return {
        "lijiaqi": kols.save_kol(KolRecord(display_name="李佳琦")),
        "xiaolu": kols.save_kol(KolRecord(display_name="美妆小鹿")),
        "huaxizi": brands.save_brand(BrandRecord(name="花西子")),
    }


def _deal(people, title: str, ready: bool = True, kol: str = "lijiaqi") -> int:
    record = CollaborationRecord(brand_id=people["huaxizi"], kol_id=people[kol], title=title)
    if ready:
        record.stage = Stage.CONTRACTED
        record.requested_fee = record.agreed_fee = Decimal(30000)
        record.start_on, record.end_on = TODAY - timedelta(days=20), TODAY + timedelta(days=20)
        record.deliverables = [DeliverableRecord("Douyin", brief="突出持妆效果")]
    return collaborations.save_collaboration(record)


def _png(path: Path) -> Path:
    image = QImage(48, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#c2185b"))
    assert image.save(str(path), "PNG")
    return path


def _close(widget) -> None:  # type: ignore[no-untyped-def]
    widget.close()
    widget.deleteLater()


# -- company settings --------------------------------------------------------------------------------------
def test_company_dialog_saves_chinese_name_and_logo_and_refuses_a_text_file(qtbot, gui_db, tmp_path, monkeypatch):
    logo = _png(tmp_path / "logo.png")
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("this is not a logo")
    dialog = CompanyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.legal_name, "杭州花西子化妆品有限公司")
    dialog.address.setPlainText("浙江省杭州市\n余杭区 1 号")
    type_text(qtbot, dialog.signatory, "Wang Li")

    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: not_an_image)
    dialog.choose_logo_button.click()
    assert dialog.errors["logo"].isVisible()
    assert "notes.txt is not a PNG or JPEG image" in dialog.errors["logo"].text()
    assert dialog.logo_preview.pixmap().isNull()
    assert not dialog.remove_logo_button.isEnabled()

    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: logo)
    dialog.choose_logo_button.click()
    assert not dialog.errors["logo"].isVisible()
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    stored = company.get_company()
    assert stored.legal_name == "杭州花西子化妆品有限公司"
    assert stored.address == "浙江省杭州市\n余杭区 1 号"
    assert stored.signatory == "Wang Li"
    assert stored.logo == logo.read_bytes()

    again = CompanyDialog()  # reopened: what was saved, and Remove takes the logo away
    qtbot.addWidget(again)
    assert again.legal_name.text() == "杭州花西子化妆品有限公司"
    assert not again.logo_preview.pixmap().isNull()
    again.remove_logo_button.click()
    again.legal_name.setText("x" * 201)
    again.save_button.click()
    assert again.errors["legal_name"].text() == "The legal name is longer than 200 characters"
    assert again.result() != QDialog.DialogCode.Accepted
    assert company.get_company().logo == logo.read_bytes(), "a refused save changes nothing"
    again.legal_name.setText("花西子")
    again.save_button.click()
    assert company.get_company() == company.CompanyProfile("花西子", "浙江省杭州市\n余杭区 1 号", "Wang Li", None)


def test_file_menu_opens_company_settings(qtbot, main_window):
    assert main_window.company_action.text().replace("&", "") == "Company settings…"
    main_window.company_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompanyDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


# -- the Contracts tab -------------------------------------------------------------------------------------
def test_generate_contract_twice_lists_two_versions_and_previews_each(area, people, errors, monkeypatch, gui_db):
    deal = _deal(people, "双十一直播")
    area.load()
    area.show_collaboration(deal)
    tab = area.detail.contracts
    assert tab.table.rowCount() == 0
    assert tab.status.text() == "No contract generated yet."
    asked: list[str] = []

    def answer(language):  # type: ignore[no-untyped-def]
        def ask(_parent, default="both"):  # type: ignore[no-untyped-def]
            asked.append(default)
            return language

        return ask

    drafted: list[int] = []
    real_data = service.contract_data
    monkeypatch.setattr(service, "contract_data", lambda deal, *rest: drafted.append(deal) or real_data(deal, *rest))
    monkeypatch.setattr(contracts_tab, "ask_contract_language", answer("both"))
    tab.generate_button.click()
    assert drafted == [deal], "one generation drafts the contract once"
    first = tab.preview
    assert first is not None and first.isVisible()
    assert first.document.status() == QPdfDocument.Status.Ready and first.document.pageCount() >= 1
    first.close_button.click()

    monkeypatch.setattr(contracts_tab, "ask_contract_language", answer("zh"))
    tab.generate_button.click()
    assert errors == []
    assert asked == ["both", "both"], "bilingual is offered first each time"
    versions = service.contract_versions(deal)
    assert [v.version for v in versions] == [2, 1]
    assert [v.language for v in versions] == ["zh", "both"]
    folder = service.contracts_folder(gui_db)
    paths = [Path(v.file_path) for v in versions]
    assert all(p.is_file() and p.parent == folder for p in paths)
    assert paths[0].name != paths[1].name
    assert paths[0].name == f"{versions[0].number}.pdf"

    assert tab.table.rowCount() == 2
    shown = [[tab.table.item(row, column).text() for column in range(7)] for row in range(2)]
    assert [row[0] for row in shown] == ["v2", "v1"]
    assert [row[1] for row in shown] == ["中文", "中 / EN"]
    assert [row[3] for row in shown] == ["Drafted", "Drafted"]
    assert shown[0][4] == hashlib.sha256(paths[0].read_bytes()).hexdigest()[:12]
    assert [row[5] for row in shown] == ["—", "—"], "no signed copy attached yet"
    assert [row[6] for row in shown] == [p.name for p in paths]
    assert area.detail.tabs.tabText(area.detail.contracts_tab_index) == "Contracts (2)"
    assert tab.preview is not first and tab.preview.path == paths[0]
    tab.preview.close()

    tab.table.setCurrentCell(1, 0)
    tab.preview_button.click()
    assert tab.preview.path == paths[1] and tab.preview.document.status() == QPdfDocument.Status.Ready
    tab.preview.close()
    opened: list[Path] = []
    monkeypatch.setattr(
        "kolcrm.ui.collaborations.contracts_tab.open_in_system_viewer", lambda path: opened.append(path) or True
    )
    tab.open_button.click()
    assert opened == [paths[1]]


def test_a_missing_file_says_so_and_suggests_regenerating(area, people, errors, gui_db):
    deal = _deal(people, "双十一直播")
    version = service.generate_contract(deal, service.contracts_folder(gui_db) / "v1.pdf")
    Path(version.file_path).unlink()
    area.load()
    area.show_collaboration(deal)
    tab = area.detail.contracts
    assert tab.table.item(0, 6).text().endswith("(missing)")
    assert "missing" in tab.status.text() and "Generate the contract again" in tab.status.text()
    tab.preview_button.click()
    assert "Generate the contract again" in errors[-1]
    assert tab.preview is None


def test_a_deal_not_ready_shows_the_services_message(area, people, errors, monkeypatch, gui_db):
    deal = _deal(people, "秋季口红试色", ready=False)
    with pytest.raises(ValidationError) as refused:
        service.contract_data(deal)
    area.load()
    area.show_collaboration(deal)
    tab = area.detail.contracts
    assert not tab.generate_button.isEnabled(), "greyed out, with the reason in its tooltip"
    assert tab.generate_button.toolTip() == tab.not_ready != ""
    tab.generate("both")  # reached another way all the same: the service refuses in words
    assert errors == [str(refused.value)]
    assert "cannot be drafted yet" in errors[0] and "Traceback" not in errors[0]
    assert service.contract_versions(deal) == []
    assert area.detail.contracts.preview is None
    assert not service.contracts_folder(gui_db).exists()


# -- the preview -------------------------------------------------------------------------------------------
def test_preview_loads_the_pdf_pages_zooms_and_saves_a_copy(qtbot, people, tmp_path, monkeypatch, errors):
    version = service.generate_contract(_deal(people, "双十一直播"), tmp_path / "contract.pdf")
    dialog = ContractPreview(Path(version.file_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    pages = dialog.document.pageCount()
    assert pages >= 1
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.previous_button.isEnabled()
    if pages > 1:
        dialog.next_button.click()
        assert dialog.current_page() == 1 and dialog.page_label.text() == f"Page 2 of {pages}"
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(1.5))
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom and dialog.view.zoomFactor() == pytest.approx(1.5)
    dialog.zoom_in_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(2.0)

    target = tmp_path / "sent" / "给李佳琦的合同"  # no suffix: .pdf is added
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args, **kwargs: target)
    dialog.save_as_button.click()
    copied = target.with_name("给李佳琦的合同.pdf")
    assert copied.read_bytes() == Path(version.file_path).read_bytes()
    assert copied.stat().st_mode & 0o777 == 0o600  # as private as the generated contract
    assert errors == []

    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args, **kwargs: blocker / "x.pdf")
    dialog.save_as_button.click()
    assert "Cannot write" in errors[-1]
    opened: list[Path] = []
    monkeypatch.setattr(preview_module, "open_in_system_viewer", lambda path: opened.append(path) or True)
    dialog.system_button.click()
    assert opened == [Path(version.file_path)]
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_preview_of_a_missing_file_says_so(qtbot, tmp_path):
    dialog = ContractPreview(tmp_path / "gone.pdf")
    qtbot.addWidget(dialog)
    assert "missing" in dialog.message.text() and not dialog.message.isHidden()
    assert not dialog.save_as_button.isEnabled() and not dialog.system_button.isEnabled()


# -- batch export ------------------------------------------------------------------------------------------
def test_export_selected_deals_writes_pdfs_and_reports_the_failing_deal(qtbot, area, people, tmp_path, errors):
    ready = [_deal(people, "双十一直播"), _deal(people, "618 种草", kol="xiaolu")]
    not_ready = _deal(people, "秋季口红试色", ready=False)
    area.load()
    area.set_view(TABLE)
    area.table.selectAll()
    assert sorted(area.selected_ids()) == sorted([*ready, not_ready])
    dialog = area.export_contracts()
    assert isinstance(dialog, ExportContractsDialog) and dialog.isVisible()
    assert dialog.count_label.text() == "3 deals to export."
    out = tmp_path / "合同导出"
    dialog.folder.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as finished:
        dialog.export_button.click()
        assert dialog.job is not None and dialog.progress is not None
    result = finished.args[0]
    assert dialog.job.is_done() and dialog.progress is None

    assert len(result.written) == 2 and not result.cancelled
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(p.name for p in result.written)
    assert {v.language for deal in ready for v in service.contract_versions(deal)} == {"zh"}
    assert [(f[0], f[1]) for f in result.failed] == [(not_ready, "秋季口红试色")]
    summary = dialog.summary.toPlainText()
    assert f"2 contracts written to {out}" in summary
    assert re.search(r"\b1 deals? failed", summary) and "秋季口红试色" in summary and "cannot be drafted yet" in summary
    assert dialog.pages.currentWidget() is dialog.summary
    assert errors == []
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_export_without_a_selection_offers_every_contracted_deal(area, people, monkeypatch):
    contracted = [_deal(people, "双十一直播"), _deal(people, "618 种草")]
    _deal(people, "秋季口红试色", ready=False)
    area.load()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, _action="OK": asked.append(text) or False)
    assert area.export_contracts() is None
    assert "all 2 contracted deals" in asked[0]
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    dialog = area.export_contracts()
    assert dialog is not None and dialog.collaboration_ids == contracted
    dialog.reject()


def test_cancelling_the_export_stops_early(qtbot, people, tmp_path, errors):
    ids = [_deal(people, f"合作 {n}") for n in range(6)]
    started, gate = threading.Event(), threading.Event()

    def export_held_at_start(ids, folder, language, progress, cancelled):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            progress(done, total)
            if not started.is_set():
                started.set()
                gate.wait(10)  # until the test has pressed Cancel

        return service.export_contracts(ids, folder, language, held, cancelled)

    dialog = ExportContractsDialog(ids, tmp_path / "out", export=export_held_at_start)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as finished:
            job = dialog.start()
            assert job is not None
            qtbot.waitUntil(started.is_set)
            dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
            assert job.is_cancelled()
            gate.set()
    finally:
        gate.set()  # never leave the worker waiting, even when an assertion above failed
    result = finished.args[0]
    assert result.cancelled
    assert len(result.written) < len(ids)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == len(result.written)
    assert "Cancelled" in dialog.summary.toPlainText()
    assert errors == []


def test_a_job_that_raises_reports_failed_with_the_message(qtbot, gui_db):
    job = Job(lambda progress, cancelled: (progress(1, 2), 1 / 0))
    with qtbot.waitSignal(job.failed, timeout=5000) as failed, qtbot.assertNotEmitted(job.finished):
        job.start()
    assert failed.args == ["division by zero"]
    assert job.is_done()


def test_a_job_reports_progress_then_its_result(qtbot, gui_db):
    seen: list[tuple[int, int]] = []
    job = Job(lambda progress, cancelled: [progress(n, 3) for n in range(1, 4)] and "done")
    job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        job.start()
    assert finished.args == ["done"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_the_table_allows_selecting_several_deals(area, people):
    ids = [_deal(people, "一号合作"), _deal(people, "二号合作")]
    area.load()
    assert area.selected_ids() == [], "the board shows: no table selection counts"
    area.set_view(TABLE)
    area.table.selectRow(0)
    area.table.selectionModel().select(
        area.model.index(1, 0),
        area.table.selectionModel().SelectionFlag.Select | area.table.selectionModel().SelectionFlag.Rows,
    )
    assert sorted(area.selected_ids()) == sorted(ids)


def test_company_settings_check_the_uscc_and_keep_the_legal_details(qtbot, gui_db):
    dialog = CompanyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.legal_name, "上海花西子化妆品有限公司")
    type_text(qtbot, dialog.details["uscc"], "91310000MA1FL1GM4Q")  # the last character mistyped
    type_text(qtbot, dialog.details["legal_representative"], "吴成龙")
    type_text(qtbot, dialog.details["bank_account"], "1219 0000 0000 0001")

    assert not dialog.save()
    assert dialog.errors["uscc"].isVisible() and "check digit" in dialog.errors["uscc"].text()
    assert company.get_company().legal_name == ""  # nothing written

    dialog.details["uscc"].setText("91310000ma1fl1gm4t")
    assert dialog.save()
    saved = company.get_company()
    assert (saved.uscc, saved.legal_representative, saved.bank_account) == (
        "91310000MA1FL1GM4T", "吴成龙", "1219 0000 0000 0001"
    )  # fmt: skip
    again = CompanyDialog()
    qtbot.addWidget(again)
    assert again.details["uscc"].text() == "91310000MA1FL1GM4T"


def test_the_selected_version_is_marked_sent_signed_and_countersigned_one_step_at_a_time(area, people, errors, gui_db):
    deal = _deal(people, "双十一直播")
    service.generate_contract(deal, service.contracts_folder(gui_db) / "v1.pdf")
    area.load()
    area.show_collaboration(deal)
    tab = area.detail.contracts
    assert tab.step_button.text() == "Mark sent" and not tab.undo_step_button.isEnabled()

    tab.step_button.click()
    assert tab.table.item(0, 3).text() == f"Sent {TODAY.isoformat()}"
    assert tab.step_button.text() == "Mark signed by the KOL" and tab.undo_step_button.isEnabled()
    tab.step_button.click()
    tab.step_button.click()
    assert tab.table.item(0, 3).text() == f"Countersigned {TODAY.isoformat()}"
    assert not tab.step_button.isEnabled()

    tab.undo_step_button.click()  # a mis-click is taken back one step
    version = service.contract_versions(deal)[0]
    assert (version.signed_on, version.countersigned_on) == (TODAY.isoformat(), None)
    assert tab.step_button.text() == "Mark countersigned" and errors == []
