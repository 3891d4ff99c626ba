"""Export journeys in the GUI: ask the path, run behind a progress dialog, report; erase after a confirmation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store.db import database
from kolcrm.ui import prompts
from kolcrm.ui.exchange import export_dialog


class Prompts:
    """Stands in for every modal: answers questions, records what the user was told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, save_path: Path | None = None, confirm: bool = True) -> None:
        self.save_path, self.answer = save_path, confirm
        self.infos: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(prompts, "ask_save_path", lambda *_args, **_kw: self.save_path)
        monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: self.infos.append(text))
        monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: self.errors.append(text))
        monkeypatch.setattr(prompts, "confirm", self._confirm)

    def _confirm(self, _parent, _title, text, _action="OK") -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def parent(qtbot, gui_db):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def li(gui_db) -> int:
    kols.save_kol(KolRecord(display_name="Mia Chen", categories=["时尚"]))
    return kols.save_kol(
        KolRecord(display_name="李佳琦", categories=["美妆"], accounts=[AccountRecord("Douyin", "lijiaqi")])
    )


def test_exporting_the_filtered_view_to_csv_reports_the_result(qtbot, parent, li, tmp_path, monkeypatch):
    said = Prompts(monkeypatch, save_path=tmp_path / "view")  # the suffix is added when the user left it off
    job = export_dialog.export_kols(parent, "csv", KolFilter(tag="美妆"))
    assert job is not None
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    with open(tmp_path / "view.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[1] for row in rows[1:]] == ["李佳琦"]  # KOL # first, then the name
    assert said.infos == [f"Wrote 1 to {tmp_path / 'view.csv'}"] and not said.errors


def test_backing_out_of_the_file_dialog_exports_nothing(parent, li, monkeypatch):
    said = Prompts(monkeypatch, save_path=None)
    assert export_dialog.export_kols(parent, "xlsx", KolFilter()) is None
    assert export_dialog.export_handover_package(parent) is None
    assert not said.infos and not said.errors


def test_a_failed_export_is_reported_as_an_error(qtbot, parent, li, tmp_path, monkeypatch):
    said = Prompts(monkeypatch, save_path=tmp_path / "no-such-folder" / "kols.vcf")
    export_dialog.export_kols(parent, "vcf", KolFilter())
    qtbot.waitUntil(lambda: bool(said.errors), timeout=10_000)
    assert said.errors[0].startswith("Cannot write") and not said.infos


def test_a_cancelled_export_writes_no_file(qtbot, parent, li, tmp_path, monkeypatch):
    said = Prompts(monkeypatch, save_path=tmp_path / "kols.xlsx")
    job = export_dialog.run_job(
        parent,
        "Exporting…",
        lambda progress, cancelled: export_dialog.export_tables.export_xlsx(
            tmp_path / "kols.xlsx", None, None, progress, lambda: True
        ),
        "Export",
    )
    job.dialog.cancel()  # the user presses Cancel on the progress dialog
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    assert said.infos == ["Cancelled: no file was written."] and not (tmp_path / "kols.xlsx").exists()


def test_a_handover_package_goes_out_and_comes_back_with_a_summary(qtbot, parent, li, tmp_path, monkeypatch):
    said = Prompts(monkeypatch, save_path=tmp_path / "book.kolcrm-handover")
    export_dialog.export_handover_package(parent)
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    assert said.infos[0].startswith("Wrote 2 to")
    export_dialog.import_handover_package(parent, tmp_path / "book.kolcrm-handover")
    qtbot.waitUntil(lambda: len(said.infos) == 2, timeout=10_000)
    assert "KOLs: 0 added, 2 merged" in said.infos[1]


def test_erase_asks_first_naming_the_kol_and_what_goes(parent, li, monkeypatch):
    said = Prompts(monkeypatch, confirm=False)
    assert not export_dialog.confirm_and_erase(parent, li)
    assert "李佳琦" in said.questions[0] and "1 platform account" in said.questions[0]
    assert database.execute_sql("SELECT count(*) FROM kol WHERE id = ?", (li,)).fetchone()[0] == 1
    said.answer = True
    assert export_dialog.confirm_and_erase(parent, li)
    assert database.execute_sql("SELECT count(*) FROM kol WHERE id = ?", (li,)).fetchone()[0] == 0
    assert database.execute_sql("SELECT count(*) FROM platform_account").fetchone()[0] == 0
    assert not export_dialog.confirm_and_erase(parent, li) and said.errors == [f"No KOL with id {li}"]


def test_an_encrypted_package_is_said_so_and_its_passphrase_asked_until_it_opens(
    qtbot, parent, li, tmp_path, monkeypatch
):
    from kolcrm.exchange.handover import sealing

    said = Prompts(monkeypatch, save_path=tmp_path / "sealed.kolcrm-handover")
    monkeypatch.setenv(sealing.ENVIRONMENT, "team secret")  # sealed as an encrypted book's package would be
    export_dialog.export_handover_package(parent)
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10_000)
    monkeypatch.delenv(sealing.ENVIRONMENT)
    assert "encrypted with this database's passphrase" in said.infos[0]

    typed = iter([None])  # first the person cancels: nothing imported, no job
    asked: list[str | None] = []

    def ask(_parent, _path, problem):
        asked.append(problem)
        return next(typed)

    monkeypatch.setattr(export_dialog, "ask_package_passphrase", ask)
    assert export_dialog.import_handover_package(parent, tmp_path / "sealed.kolcrm-handover") is None
    typed = iter(["wrong guess", "team secret"])
    asked.clear()
    export_dialog.import_handover_package(parent, tmp_path / "sealed.kolcrm-handover")
    qtbot.waitUntil(lambda: len(said.infos) == 2, timeout=10_000)
    assert asked == [None, "That passphrase does not open this package."]
    assert "KOLs: 0 added, 2 merged" in said.infos[1] and not said.errors


def test_the_package_passphrase_dialog_offers_import_not_quit_and_nothing_to_remember(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from kolcrm.ui.care.passphrase import PassphraseDialog

    dialog = PassphraseDialog(None, tmp_path / "book.kolcrm-handover", package=True)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    assert dialog.windowTitle() == "Encrypted handover package"
    assert sorted(button.text() for button in buttons.buttons()) == ["Cancel", "Import"]
    assert not dialog.remember.isVisible()
