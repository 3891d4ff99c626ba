"""The KOL list (a filtered view or all) to CSV and XLSX, streamed in keyset pages, formula-safe.

A spreadsheet executes a cell that starts with `=`, `+`, `-` or `@` (and, through DDE tricks, one starting
with a tab or carriage return): every such text cell is prefixed with an apostrophe, so `+86 138…` stays
readable and `=HYPERLINK(…)` stays text.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status, Tier

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

HEADERS = (
    "Name",
    "Real name",
    "Status",
    "Tier",
    "Main platform",
    "Main handle",
    "Followers",
    "Engagement %",
    "City",
    "Categories",
    "Tags",
    "Agency",
    "WeChat",
    "Phone",
    "Email",
    "Accounts",
    "Last contact",
)
_DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
PAGE_SIZE = 500


class ExportError(ValidationError):
    """An export that could not be written (unwritable path, unknown KOL…); nothing was left behind."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="path")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int  # KOLs, cards or calendar entries written
    cancelled: bool = False  # when True nothing was written


@dataclass
class KolExportRow:
    """One KOL with what every export shows of it."""

    id: int
    display_name: str
    real_name: str
    status: str
    tier: int
    main_platform: str
    followers: int
    engagement_rate: float
    city: str
    last_contact: str
    agency: str = ""
    wechat_id: str = ""
    phone: str = ""
    email: str = ""
    birthday: str | None = None
    categories: tuple[str, ...] = ()
    value_tags: tuple[str, ...] = ()
    accounts: tuple[tuple[str, str, str, int], ...] = ()  # (platform, handle, url, followers)

    @property
    def main_handle(self) -> str:
        """The handle of the largest account (the one the list's followers and platform describe)."""
        best = max(self.accounts, key=lambda account: account[3], default=None)
        return best[1] if best else ""

    def cells(self) -> list[Any]:
        return [
            self.display_name,
            self.real_name,
            Status(self.status).label if self.status in set(Status) else self.status,
            Tier(self.tier).label if self.tier in set(Tier) else str(self.tier),
            self.main_platform,
            self.main_handle,
            self.followers,
            round(self.engagement_rate, 2),
            self.city,
            ", ".join(self.categories),
            ", ".join(self.value_tags),
            self.agency,
            self.wechat_id,
            self.phone,
            self.email,
            "; ".join(f"{platform}:{handle}" for platform, handle, _url, _followers in self.accounts),
            self.last_contact,
        ]


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(_DANGEROUS_FIRST):
        return "'" + value
    return value


def safe_cells(row: KolExportRow) -> list[Any]:
    return [neutralise(cell) for cell in row.cells()]


def count_kols(kol_filter: KolFilter | None = None, kol_ids: Sequence[int] | None = None) -> int:
    if kol_ids is not None:
        return len(kol_ids)
    return kol_list.count(kol_filter or KolFilter())


def iter_kols(
    kol_filter: KolFilter | None = None,
    kol_ids: Sequence[int] | None = None,
    sort: str = "name",
    descending: bool = False,
) -> Iterator[list[KolExportRow]]:
    """Pages of KOLs in the list's order (keyset paging: never every row in memory at once).

    `kol_ids` (when given) exports exactly those KOLs, trashed or not, and raises NotFoundError for a missing one.
    """
    if kol_ids is not None:
        for start in range(0, len(kol_ids), PAGE_SIZE):
            chunk = list(kol_ids[start : start + PAGE_SIZE])
            rows = {row.id: row for row in (kol_list.fetch_row(kol_id) for kol_id in chunk) if row is not None}
            missing = [kol_id for kol_id in chunk if kol_id not in rows]
            if missing:
                raise NotFoundError(f"No KOL with id {missing[0]}")
            yield _enrich([rows[kol_id] for kol_id in chunk])
        return
    kol_filter = kol_filter or KolFilter()
    broad = kol_list.is_broad(kol_filter, kol_list.count(kol_filter)) if kol_filter.text.strip() else False
    after = None
    while True:
        page = kol_list.fetch_page(kol_filter, sort, descending, after=after, limit=PAGE_SIZE, broad=broad)
        if not page:
            return
        yield _enrich(page)
        if len(page) < PAGE_SIZE:
            return
        after = page[-1]


def _enrich(page: list[kol_list.KolRow]) -> list[KolExportRow]:
    ids = [row.id for row in page]
    marks = ",".join("?" * len(ids))
    extra = {
        row[0]: row[1:]
        for row in database.execute_sql(
            f"SELECT id, agency, wechat_id, phone, email, birthday FROM kol WHERE id IN ({marks})", ids
        )
    }
    labels: defaultdict[int, dict[str, list[str]]] = defaultdict(lambda: {"category": [], "value": []})
    for kol_id, kind, label in database.execute_sql(
        f"SELECT kol_id, kind, label FROM kol_label WHERE kol_id IN ({marks}) ORDER BY id", ids
    ):
        labels[kol_id].setdefault(kind, []).append(label)
    accounts: defaultdict[int, list[tuple[str, str, str, int]]] = defaultdict(list)
    for kol_id, *account in database.execute_sql(
        f"SELECT kol_id, platform, handle, url, followers FROM platform_account WHERE kol_id IN ({marks})"
        " ORDER BY kol_id, position, id",
        ids,
    ):
        accounts[kol_id].append(tuple(account))
    result = []
    for row in page:
        agency, wechat, phone, email, birthday = extra.get(row.id, ("", "", "", "", None))
        result.append(
            KolExportRow(
                id=row.id,
                display_name=row.display_name,
                real_name=row.real_name,
                status=row.status,
                tier=row.tier,
                main_platform=row.main_platform,
                followers=row.followers,
                engagement_rate=row.engagement_rate,
                city=row.city,
                last_contact=row.last_contact,
                agency=agency,
                wechat_id=wechat,
                phone=phone,
                email=email,
                birthday=birthday,
                categories=tuple(labels[row.id]["category"]),
                value_tags=tuple(labels[row.id]["value"]),
                accounts=tuple(accounts[row.id]),
            )
        )
    return result


class ExportCancelled(Exception):
    """Raised inside an export when the user cancelled; run_export turns it into a cancelled result."""


@contextmanager
def written_atomically(path: Path, binary: bool = False, encoding: str | None = "utf-8") -> Iterator[Path]:
    """Yield a temporary path beside `path`; it replaces `path` only if the block ends normally."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"Cannot write {path}: it is a folder")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    temp_path = Path(temp)
    try:
        yield temp_path
        try:
            os.replace(temp_path, path)
        except OSError as exc:
            raise ExportError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        temp_path.unlink(missing_ok=True)


def run_export(
    path: Path,
    write: Callable[[Path, Progress, Cancelled], int],
    progress: Progress | None,
    cancelled: Cancelled,
) -> ExportResult:
    """Write through `write(temp, progress, cancelled)`; a cancel leaves no file (and no old one touched)."""
    path = Path(path).expanduser()
    try:
        with written_atomically(path) as temp:
            count = write(temp, progress or (lambda _done, _total: None), cancelled)
    except ExportCancelled:
        return ExportResult(path, 0, cancelled=True)
    except OSError as exc:  # disk full mid-way, a file vanished…
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return ExportResult(path, count)


def walk(
    kol_filter: KolFilter | None,
    kol_ids: Sequence[int] | None,
    progress: Progress,
    cancelled: Cancelled,
) -> Iterator[KolExportRow]:
    """Every KOL of the export, reporting progress per page and stopping (by ExportCancelled) when asked."""
    total = count_kols(kol_filter, kol_ids)
    done = 0
    progress(0, total)
    for page in iter_kols(kol_filter, kol_ids):
        if cancelled():
            raise ExportCancelled
        yield from page
        done += len(page)
        progress(done, max(total, done))
    if cancelled():
        raise ExportCancelled


def export_csv(
    path: Path,
    kol_filter: KolFilter | None = None,
    kol_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> ExportResult:
    """UTF-8 with a BOM, so Excel opens the Chinese correctly; one header row."""

    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        count = 0
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            for row in walk(kol_filter, kol_ids, report, stop):
                writer.writerow(safe_cells(row))
                count += 1
        return count

    return run_export(path, write, progress, cancelled)


def export_xlsx(
    path: Path,
    kol_filter: KolFilter | None = None,
    kol_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> ExportResult:
    """A write-only workbook (rows streamed to disk), numbers as numbers, text never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value: Any) -> Any:
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("KOLs")
        sheet.freeze_panes = "A2"
        sheet.append(list(HEADERS))
        count = 0
        try:
            for row in walk(kol_filter, kol_ids, report, stop):
                sheet.append([neutralise(clean(cell)) for cell in row.cells()])
                count += 1
        except BaseException:
            with suppress(Exception):  # finish the sheet's own temporary file, or it complains when collected
                sheet.close()
            raise
        workbook.save(temp)
        return count

    return run_export(path, write, progress, cancelled)
