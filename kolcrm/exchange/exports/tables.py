"""The KOL list (a filtered view or all) to CSV and XLSX, in a shape that imports back whole; streamed in pages.

The shape (kolcrm's importer reads it back; keep the two in step):
- One row per platform account, in the KOL's account order; a KOL with no account gets one row with the account
  columns empty. Rows with the same `KOL #` (the KOL's id in this book) are one KOL, and each repeats the KOL's
  own columns, so sorting the sheet in a spreadsheet loses nothing.
- Columns (HEADERS): KOL #, Name, Real name, Status, Tier, Platform, Handle, Profile URL, Followers, Engagement %,
  Rate card, City, Categories, Tags, Languages, Agency, Agent, Agent contact, WeChat, Phone, Email, Birthday,
  Last contact; then `custom: NAME` for each custom field (in the fields' order), then `metric: NAME` for each
  account metric name in the book (name order), holding the account's latest snapshot.
- Cells. Status and Tier: their English labels (Prospect, Active, Paused, Do not contact; Head, Mid-tier, Micro,
  KOC; empty when the KOL has no tier yet). Followers: a whole number, `100000+` when known only as "at least",
  `600000-800000` for a range. Engagement %: the percentage (3.2 means 3.2 %). Rate card:
  `FORMAT: AMOUNT CUR; FORMAT: AMOUNT CUR` with exact decimal amounts (`Video 21–60 s: 30000 CNY; Image post:
  12000.50 CNY`), `30000+ CNY` for "at least", `30000-50000 CNY` for a range, `AMOUNT CUR` alone for an entry
  without a format. Categories, Tags, Languages: joined by `; ` (the importer splits on , ， ; ； 、 | / and
  newlines, so a label holding one of those comes back split). Dates (Birthday, Last contact, custom dates):
  ISO text, 1992-05-07. Custom numbers and metrics: exact decimals; an approximate metric as `12000+`.
- CSV: UTF-8 with a BOM (Excel needs it to open Chinese right). XLSX: one sheet "KOLs", bold frozen header;
  KOL #, Followers, Engagement %, custom numbers and metrics are numbers (text when approximate or a range, or
  when a decimal has more digits than a spreadsheet number holds); every other cell is text.

A spreadsheet executes a cell that starts with `=`, `+`, `-` or `@` (also full-width `＝`, or after leading
spaces; and, through DDE tricks, one starting with a tab or carriage return; formula_guard.py says exactly which):
in CSV every such text cell but a plain negative number is prefixed with an apostrophe, so `+86 138…` stays
readable and `=HYPERLINK(…)` stays text (the importer drops the apostrophe again); in XLSX such a cell is text
with Excel's quote-prefix style, shown as typed.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status, Tier
from kolcrm.exchange.exports.formula_guard import GUARD, PLAIN_FIRST, guard, needs_guard
from kolcrm.exchange.exports.kol_rows import AccountExportRow, KolExportRow, RateEntry, count_kols, iter_kols
from kolcrm.exchange.exports.private_files import ExportError, cannot_write, written_atomically
from kolcrm.exchange.exports.xlsx_stream import SheetFullError, StreamedSheet

__all__ = [
    "HEADERS",
    "AccountExportRow",
    "Cancelled",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "KolExportRow",
    "Progress",
    "SheetColumns",
    "count_kols",
    "export_csv",
    "export_xlsx",
    "iter_kols",
    "neutralise",
    "rate_card_text",
    "run_export",
    "sheet_columns",
    "sheet_rows",
    "walk",
    "written_atomically",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

KOL_HEAD = ("KOL #", "Name", "Real name", "Status", "Tier")
ACCOUNT_COLUMNS = ("Platform", "Handle", "Profile URL", "Followers", "Engagement %", "Rate card")
KOL_TAIL = (
    "City",
    "Categories",
    "Tags",
    "Languages",
    "Agency",
    "Agent",
    "Agent contact",
    "WeChat",
    "Phone",
    "Email",
    "Birthday",
    "Last contact",
)
HEADERS = KOL_HEAD + ACCOUNT_COLUMNS + KOL_TAIL  # then a column per custom field and per metric (SheetColumns)
CUSTOM_PREFIX = "custom: "
METRIC_PREFIX = "metric: "
LIST_SEPARATOR = "; "
RATE_SEPARATOR = "; "
# Status and Tier cells: the English labels whatever language the app speaks (the sheet is data interchange; the
# importer reads them back). No tier yet: an empty cell.
_STATUS_LABELS = {
    Status.PROSPECT.value: "Prospect",
    Status.ACTIVE.value: "Active",
    Status.PAUSED.value: "Paused",
    Status.DO_NOT_CONTACT.value: "Do not contact",
}
_TIER_LABELS = {int(Tier.KOC): "KOC", int(Tier.MICRO): "Micro", int(Tier.MID): "Mid-tier", int(Tier.HEAD): "Head"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int  # KOLs, cards or calendar entries written
    cancelled: bool = False  # when True nothing was written
    encrypted: bool = False  # a sealed handover package: importing it needs its passphrase


@dataclass(frozen=True)
class CustomColumn:
    id: int
    name: str
    kind: str  # text | number | date | choice


@dataclass(frozen=True)
class SheetColumns:
    """The columns after the fixed HEADERS: one per custom field, one per account metric name."""

    custom_fields: tuple[CustomColumn, ...] = ()
    metric_names: tuple[str, ...] = ()

    @property
    def headers(self) -> list[str]:
        return [
            *HEADERS,
            *(CUSTOM_PREFIX + column.name for column in self.custom_fields),
            *(METRIC_PREFIX + name for name in self.metric_names),
        ]


def sheet_columns() -> SheetColumns:
    """Every custom field (in their order) and every account metric name in the book (in name order)."""
    fields = tuple(
        CustomColumn(*row)
        for row in database.execute_sql("SELECT id, name, kind FROM custom_field ORDER BY position, id")
    )
    names = tuple(row[0] for row in database.execute_sql("SELECT DISTINCT name FROM account_metric ORDER BY name"))
    return SheetColumns(fields, names)


def sheet_rows(kol: KolExportRow, columns: SheetColumns = SheetColumns(), guard: bool = True) -> list[list[Any]]:
    """The KOL's rows (one per account, or one without), in the order of `columns.headers`; formula-guarded
    unless `guard` is off (XLSX writes text cells as text, never as formulas: an apostrophe would only show)."""
    _guarded = _guard if guard else list
    head = _guarded(
        (
            kol.id,
            kol.display_name,
            kol.real_name,
            _STATUS_LABELS.get(kol.status, kol.status),
            _TIER_LABELS.get(kol.tier, ""),
        )
    )
    tail = _guarded(
        (
            kol.city,
            LIST_SEPARATOR.join(kol.categories),
            LIST_SEPARATOR.join(kol.value_tags),
            LIST_SEPARATOR.join(kol.languages),
            kol.agency,
            kol.agent_name,
            kol.agent_contact,
            kol.wechat_id,
            kol.phone,
            kol.email,
            kol.birthday or "",
            kol.last_contact,
        )
    )
    if columns.custom_fields:
        values = kol.custom_values
        tail += _guarded(_custom_cell(column, values.get(column.id)) for column in columns.custom_fields)
    if not kol.account_rows:
        return [head + [""] * len(ACCOUNT_COLUMNS) + tail + [""] * len(columns.metric_names)]
    names = columns.metric_names
    return [
        head
        + _guarded(_account_cells(account))
        + tail
        + (_guarded(_metric_cell(account.metrics.get(name)) for name in names) if names else [])
        for account in kol.account_rows
    ]


def _account_cells(account: AccountExportRow) -> tuple[Any, ...]:
    followers: int | str = account.followers
    if account.followers_upper is not None:
        followers = f"{account.followers}-{account.followers_upper}"
    elif account.followers_at_least:
        followers = f"{account.followers}+"
    return (
        account.platform,
        account.handle,
        account.url,
        followers,
        round(account.engagement_rate, 6),  # 2.9000000000000004 (float noise of 0.029 × 100) as 2.9
        rate_card_text(account.rate_card) if account.rate_card else "",
    )


def rate_card_text(entries: Iterable[RateEntry]) -> str:
    """Rate-card entries as one cell: "Image post: 12000 CNY; Video 21–60 s: 30000+ CNY; Live: 5000-8000 CNY"."""
    parts = []
    for rate_format, fee, currency, at_least, upper in entries:
        amount = f"{fee}-{upper}" if upper not in (None, "") else f"{fee}+" if at_least else str(fee)
        text = f"{amount} {currency}" if currency else amount
        label = rate_format.strip()
        parts.append(f"{label}: {text}" if label else text)
    return RATE_SEPARATOR.join(parts)


def _guard(cells: Iterable[Any]) -> list[Any]:
    # The cheap test first: most cells are numbers or start with a letter, a digit or a CJK character.
    return [
        (GUARD + cell) if cell.__class__ is str and cell[:1] not in PLAIN_FIRST and needs_guard(cell) else cell
        for cell in cells
    ]


def _exact_number(text: str) -> Decimal | str:
    """A stored decimal as a Decimal (a number cell in XLSX, its exact digits in CSV); other text as it is."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def _custom_cell(column: CustomColumn, value: str | None) -> Any:
    if value is None:
        return ""
    return _exact_number(value) if column.kind == "number" else value


def _metric_cell(metric: tuple[str, bool] | None) -> Any:
    if metric is None:
        return ""
    value, approximate = metric
    return f"{value}+" if approximate else _exact_number(value)


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    return guard(value) if isinstance(value, str) else value


class ExportCancelled(Exception):
    """Raised inside an export when the user cancelled; run_export turns it into a cancelled result."""


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
        raise ExportError(cannot_write(path, exc)) from exc
    return ExportResult(path, count)


def walk(
    kol_filter: KolFilter | None,
    kol_ids: Sequence[int] | None,
    progress: Progress,
    cancelled: Cancelled,
    columns: SheetColumns | None = None,
) -> Iterator[KolExportRow]:
    """Every KOL of the export, reporting progress per page and stopping (by ExportCancelled) when asked.

    With `columns`, each KOL carries the custom values and metrics those columns show.
    """
    total = count_kols(kol_filter, kol_ids)
    done = 0
    progress(0, total)
    wanted = columns or SheetColumns()
    pages = iter_kols(kol_filter, kol_ids, custom_values=bool(wanted.custom_fields), metrics=bool(wanted.metric_names))
    for page in pages:
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
    """UTF-8 with a BOM, so Excel opens the Chinese correctly; one header row, then a row per account."""

    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        columns = sheet_columns()
        count = 0
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns.headers)
            for kol in walk(kol_filter, kol_ids, report, stop, columns):
                writer.writerows(sheet_rows(kol, columns))
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
    """One sheet streamed to disk (xlsx_stream): numbers as numbers, text never as a formula."""

    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        columns = sheet_columns()
        count = 0
        try:
            with StreamedSheet(temp, "KOLs", columns.headers) as sheet:
                for kol in walk(kol_filter, kol_ids, report, stop, columns):
                    for row in sheet_rows(kol, columns, guard=False):
                        sheet.append(row)
                    count += 1
        except SheetFullError as exc:
            raise ExportError(
                i18n.translate(
                    "Export", "Cannot write {name} as XLSX: {reason}. Export a filtered view, or CSV"
                ).format(name=Path(path).name, reason=exc)
            ) from exc
        return count

    return run_export(path, write, progress, cancelled)
