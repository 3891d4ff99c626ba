"""Exports from the GUI: ask where, run off the GUI thread behind a cancellable progress dialog, say what happened.

Also the permanent erase of a KOL (data-portability requests), confirmed by the user with what it removes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from kolcrm.core.errors import NotFoundError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols import erase
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.exchange.exports import calendar as export_calendar
from kolcrm.exchange.exports import contacts as export_contacts
from kolcrm.exchange.exports import kol_json
from kolcrm.exchange.exports import tables as export_tables
from kolcrm.exchange.exports.tables import ExportResult
from kolcrm.exchange.handover import package as handover_package
from kolcrm.exchange.handover import service as handover
from kolcrm.exchange.handover.service import HandoverSummary
from kolcrm.ui import prompts
from kolcrm.ui.care.passphrase import ask_package_passphrase
from kolcrm.ui.jobs import Job

# kind → (file name suffix, file dialog filter (translated where shown), exporter)
KINDS: dict[str, tuple[str, str, Callable[..., ExportResult]]] = {
    "csv": (".csv", "CSV (*.csv)", export_tables.export_csv),
    "xlsx": (".xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (*.xlsx)"), export_tables.export_xlsx),
    "vcf": (".vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard contacts (*.vcf)"), export_contacts.export_vcards),
}


def export_kols(
    parent: QWidget | None, kind: str, kol_filter: KolFilter | None = None, kol_ids: Sequence[int] | None = None
) -> Job | None:
    """The KOL list (the filtered view, or the given KOLs) to CSV, XLSX or vCard; None when the user backed out."""
    suffix, file_filter, exporter = KINDS[kind]
    file_filter = QCoreApplication.translate("ExportDialog", file_filter)
    path = _ask(parent, QCoreApplication.translate("ExportDialog", "Export KOLs"), f"kols{suffix}", file_filter, suffix)
    if path is None:
        return None
    return run_job(
        parent,
        QCoreApplication.translate("ExportDialog", "Exporting KOLs to {0}…").format(path.name),
        lambda progress, cancelled: exporter(path, kol_filter, kol_ids, progress, cancelled),
        QCoreApplication.translate("ExportDialog", "Export"),
    )


def export_schedule(parent: QWidget | None, kol_ids: Sequence[int] | None = None) -> Job | None:
    """Deliverables and open reminders to an iCalendar file."""
    path = _ask(
        parent,
        QCoreApplication.translate("ExportDialog", "Export schedule"),
        "kol-schedule.ics",
        "iCalendar (*.ics)",
        ".ics",
    )
    if path is None:
        return None
    return run_job(
        parent,
        QCoreApplication.translate("ExportDialog", "Writing the schedule to {0}…").format(path.name),
        lambda progress, cancelled: export_calendar.export_calendar(
            path, kol_ids, progress=progress, cancelled=cancelled
        ),
        QCoreApplication.translate("ExportDialog", "Export schedule"),
    )


def export_kol_json(parent: QWidget | None, kol_id: int) -> Path | None:
    """Everything about one KOL as JSON (quick: written on the spot)."""
    try:
        data = kol_json.kol_as_json(kol_id)
    except NotFoundError as exc:
        prompts.error(parent, QCoreApplication.translate("ExportDialog", "Not exported"), str(exc))
        return None
    name = data["profile"]["display_name"]
    path = _ask(
        parent,
        QCoreApplication.translate("ExportDialog", "Export everything about {0}").format(name),
        f"{name}.json",
        "JSON (*.json)",
        ".json",
    )
    if path is None:
        return None

    def write(temp: Path, _progress: Any, _cancelled: Any) -> int:
        temp.write_text(kol_json.to_json_text(data) + "\n", encoding="utf-8")
        return 1

    try:
        export_tables.run_export(path, write, None, lambda: False)
    except export_tables.ExportError as exc:
        prompts.error(parent, QCoreApplication.translate("ExportDialog", "Not exported"), exc.message)
        return None
    prompts.info(
        parent,
        QCoreApplication.translate("ExportDialog", "Exported"),
        QCoreApplication.translate("ExportDialog", "Everything about {0} was written to {1}").format(name, path),
    )
    return path


def export_handover_package(parent: QWidget | None, kol_ids: Sequence[int] | None = None) -> Job | None:
    """A handover package of the given KOLs (default: every live KOL)."""
    path = _ask(
        parent,
        QCoreApplication.translate("ExportDialog", "Export handover package"),
        f"kol-book{handover.SUFFIX}",
        QCoreApplication.translate("ExportDialog", "Handover package (*{0})").format(handover.SUFFIX),
        handover.SUFFIX,
    )
    if path is None:
        return None
    return run_job(
        parent,
        QCoreApplication.translate("ExportDialog", "Writing the handover package {0}…").format(path.name),
        lambda progress, cancelled: handover.export_handover(path, kol_ids, progress, cancelled),
        QCoreApplication.translate("ExportDialog", "Handover package"),
    )


def import_handover_package(parent: QWidget | None, path: Path | None = None) -> Job | None:
    """Restore a handover package into this database (one transaction; merges, never duplicates)."""
    path = path or prompts.ask_open_file(
        parent,
        QCoreApplication.translate("ExportDialog", "Import handover package"),
        QCoreApplication.translate("ExportDialog", "Handover package (*{0})").format(handover.SUFFIX),
    )
    if path is None:
        return None
    passphrase = _package_passphrase(parent, path)
    if passphrase is False:
        return None
    return run_job(
        parent,
        QCoreApplication.translate("ExportDialog", "Importing {0}…").format(path.name),
        lambda progress, cancelled: handover.import_handover(path, progress, cancelled, passphrase or None),
        QCoreApplication.translate("ExportDialog", "Import handover package"),
    )


def _package_passphrase(parent: QWidget | None, path: Path) -> str | bool | None:
    """For an encrypted package no passphrase at hand opens (this book's, KOLCRM_PACKAGE_PASSPHRASE): ask until one
    does. The passphrase (None: none needed), or False when the person cancelled."""
    passphrase: str | None = None
    problem = None
    while handover_package.locked(path, passphrase):
        typed = ask_package_passphrase(parent, path, problem)
        if typed is None:
            return False
        passphrase = typed
        problem = QCoreApplication.translate("ExportDialog", "That passphrase does not open this package.")
    return passphrase


def confirm_and_erase(parent: QWidget | None, kol_id: int) -> bool:
    """Ask (naming the KOL and what goes with them), then erase them from every table. True when erased."""
    try:
        preview = erase.erasure_preview(kol_id)
    except NotFoundError as exc:
        prompts.error(parent, QCoreApplication.translate("ExportDialog", "Not erased"), str(exc))
        return False
    parts = erase.count_phrases(preview)  # "3 deals", in the user's language
    text = QCoreApplication.translate(
        "ExportDialog",
        "Erase {0} permanently? Their profile, tags, {1} and search entries are removed from every table. "
        "This cannot be undone (moving to the trash can).",
    ).format(
        preview.display_name,
        QCoreApplication.translate("ExportDialog", ", ").join(parts)
        or QCoreApplication.translate("ExportDialog", "no other records"),
    )
    files = len(preview.contract_files)
    if files:
        text += " " + QCoreApplication.translate(
            "ExportDialog", "%n generated contract PDFs stay on disk; delete those files yourself if needed.", "", files
        )
    if not prompts.confirm(
        parent,
        QCoreApplication.translate("ExportDialog", "Erase KOL permanently"),
        text,
        QCoreApplication.translate("ExportDialog", "Erase permanently"),
    ):
        return False
    try:
        erased = erase.erase_kol_everywhere(kol_id)
    except NotFoundError as exc:
        prompts.error(parent, QCoreApplication.translate("ExportDialog", "Not erased"), str(exc))
        return False
    if erased.traces_left:  # erased, but a copy of their text is still in the files: the user should know
        prompts.info(parent, QCoreApplication.translate("ExportDialog", "Erased, with one caveat"), erased.traces_left)
    return True


# -- running a job -------------------------------------------------------------------------------------------
def run_job(parent: QWidget | None, label: str, work: Callable[..., Any], title: str) -> Job:
    """Run `work(progress, cancelled)` on the thread pool behind a cancellable progress dialog, then report."""
    job = Job(work)
    dialog = QProgressDialog(label, QCoreApplication.translate("ExportDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)  # quick exports finish without a flash of dialog
    dialog.canceled.connect(job.cancel)
    job.dialog = dialog  # type: ignore[attr-defined]  # kept alive as long as the job

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def close() -> None:
        dialog.canceled.disconnect(job.cancel)  # closing would emit canceled
        dialog.close()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        close()
        prompts.info(parent, title, describe(result))

    def failed(message: str) -> None:
        close()
        prompts.error(parent, title, message)

    job.progress.connect(progress)
    job.finished.connect(finished)
    job.failed.connect(failed)
    job.start()
    return job


def describe(result: Any) -> str:
    if isinstance(result, HandoverSummary):
        return "\n".join(result.lines())
    if isinstance(result, ExportResult):
        if result.cancelled:
            return QCoreApplication.translate("ExportDialog", "Cancelled: no file was written.")
        wrote = QCoreApplication.translate("ExportDialog", "Wrote {0} to {1}").format(f"{result.count:,}", result.path)
        if result.encrypted:
            wrote += "\n" + QCoreApplication.translate(
                "ExportDialog",
                "The package is encrypted with this database's passphrase: whoever imports it needs that passphrase.",
            )
        return wrote
    return str(result)


def _ask(parent: QWidget | None, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
    path = prompts.ask_save_path(parent, title, Path.home() / name, file_filter)
    if path is None:
        return None
    return path if path.name.endswith(suffix) else path.with_name(path.name + suffix)
