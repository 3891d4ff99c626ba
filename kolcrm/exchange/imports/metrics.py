"""A campaign's results from a CSV or XLSX: a dry run lists good rows and errors, then one transaction.

Columns: deliverable (its number or published link), captured_on, and metric columns by header in English or
Chinese (播放量, 曝光, 点赞, 评论, 转发, 收藏, 涨粉, 进店, 转化, 销售额).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kolcrm.core import clock, i18n
from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import MetricCapture
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.numbers import parse_money, parse_quantity
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import METRIC_FIELDS, ApprovalState
from kolcrm.exchange.imports.reading import SourceTable

HEADERS: dict[str, tuple[str, ...]] = {
    "deliverable": ("deliverable", "deliverable_id", "id", "url", "link", "链接", "作品链接"),
    "captured_on": ("captured_on", "captured", "date", "日期", "统计日期"),
    "views": ("views", "impressions", "播放量", "浏览量", "阅读量"),
    "reach": ("reach", "曝光", "曝光量"),
    "likes": ("likes", "点赞", "点赞数"),
    "comments": ("comments", "评论", "评论数"),
    "shares": ("shares", "reposts", "转发", "分享"),
    "saves": ("saves", "收藏"),
    "new_followers": ("new_followers", "followers", "涨粉"),
    "link_clicks": ("link_clicks", "clicks", "点击"),
    "store_visits": ("store_visits", "进店"),
    "conversions": ("conversions", "转化", "订单"),
    "sales": ("sales", "销售额", "gmv"),
    "note": ("note", "备注"),
}


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    reason: str


@dataclass(frozen=True)
class ImportPlan:
    good: list[tuple[int, MetricCapture]]  # (line, capture)
    problems: list[RowProblem]
    unknown_columns: list[str]


def column_map(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """Field → column index, and the headers nothing matched (ignored, but named in the dry run)."""
    aliases = {alias.casefold(): key for key, names in HEADERS.items() for alias in names}
    found: dict[str, int] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        key = aliases.get(header.strip().casefold().replace(" ", "_"))
        if key is None or key in found:
            unknown.append(header)
        else:
            found[key] = index
    return found, unknown


def plan_import(table: SourceTable, campaign_id: int, today: date | None = None) -> ImportPlan:
    """The dry run: which rows would be written, and what is wrong with the others (nothing is written)."""
    today = today or clock.today()
    columns, unknown = column_map(table.headers)
    missing = [key for key in ("deliverable", "captured_on") if key not in columns]
    if missing:
        needed = i18n.translate("Import", "this column is needed")
        return ImportPlan([], [RowProblem(1, key, needed) for key in missing], unknown)
    published: dict[str, int] = {}
    currency_of: dict[int, str] = {}
    not_published: set[str] = set()
    for deal_id in campaigns.campaign_deal_ids(campaign_id):
        deal = collaborations.get_collaboration(deal_id)
        for d in deal.deliverables:
            currency_of[d.id or 0] = deal.currency
            keys = {str(d.id), d.published_url.strip()} - {""}
            for key in keys:
                if d.state is ApprovalState.PUBLISHED:
                    published[key] = d.id or 0
                else:
                    not_published.add(key)
    good: list[tuple[int, MetricCapture]] = []
    problems: list[RowProblem] = []
    for line, cells in table.rows:
        cell = _cells(cells, columns)
        row_problems: list[RowProblem] = []
        reference = cell("deliverable")
        deliverable_id = published.get(reference)
        if deliverable_id is None:
            reason = (
                i18n.translate("Import", "the post is not published yet")
                if reference in not_published
                else i18n.translate("Import", "no published post of this campaign has this number or link")
            )
            row_problems.append(RowProblem(line, table.headers[columns["deliverable"]], reason))
        captured_on = _date(cell("captured_on"))
        if captured_on is None:
            reason = i18n.translate("Import", "not a date (YYYY-MM-DD)")
            row_problems.append(RowProblem(line, table.headers[columns["captured_on"]], reason))
        elif captured_on > today:
            reason = i18n.translate("Import", "a date in the future")
            row_problems.append(RowProblem(line, table.headers[columns["captured_on"]], reason))
        values: dict[str, object] = {}
        for key in METRIC_FIELDS:
            try:
                number = parse_quantity(cell(key))
            except ValueError:
                row_problems.append(
                    RowProblem(line, table.headers[columns[key]], i18n.translate("Import", "not a number"))
                )
                continue
            if number is not None and (number < 0 or number != number.to_integral_value()):
                reason = i18n.translate("Import", "not a whole number of 0 or more")
                row_problems.append(RowProblem(line, table.headers[columns[key]], reason))
                continue
            values[key] = int(number) if number is not None else None
        try:
            sales = parse_money(cell("sales"), currency_of.get(deliverable_id or 0, "CNY"))
        except ValueError:
            reason = i18n.translate("Import", "not an amount of money")
            row_problems.append(RowProblem(line, table.headers[columns["sales"]], reason))
            sales = None
        if sales is not None and sales[0] < 0:
            reason = i18n.translate("Import", "a negative amount")
            row_problems.append(RowProblem(line, table.headers[columns["sales"]], reason))
        deal_currency = currency_of.get(deliverable_id or 0)
        if sales is not None and deal_currency and sales[1] != deal_currency:
            reason = i18n.translate("Import", "in {currency}, but the deal is paid in {deal_currency}").format(
                currency=sales[1], deal_currency=deal_currency
            )
            row_problems.append(RowProblem(line, table.headers[columns["sales"]], reason))
        if row_problems:
            problems += row_problems
            continue
        capture = MetricCapture(deliverable_id or 0, captured_on or today, sales=sales[0] if sales else None,
                                note=cell("note"), **values)  # type: ignore[arg-type]  # fmt: skip
        good.append((line, capture))
    return ImportPlan(good, problems, unknown)


def write_captures(captures: list[MetricCapture], today: date | None = None) -> int:
    """All good rows in one transaction: a refusal on any row writes none of them."""
    with database.atomic():
        for capture in captures:
            metrics.add_capture(capture, today)
    return len(captures)


def _cells(cells: list[str], columns: dict[str, int]):  # type: ignore[no-untyped-def]
    def cell(key: str) -> str:
        index = columns.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    return cell


def _date(text: str) -> date | None:
    for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%Y/%m/%d").date()):
        try:
            return parse(text.split(" ")[0])
        except ValueError:
            continue
    return None
