"""Results of a published deliverable, captured by hand or from a CSV; every capture is kept (T+7, T+21…)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kolcrm.core import clock, i18n
from kolcrm.core.campaigns.records import MetricCapture
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.money import amount_problem, to_text
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import METRIC_FIELDS

CAPTURE_DAYS = (7, 21)  # the platforms' convention: read the results a week and three weeks after publishing
XIAOHONGSHU_PROTECTION_DAYS = 30  # check the note is still live when its protection period ends
# The captured figures' names as messages show them (vocabulary.METRIC_FIELDS is the stored order).
_FIELD_NAMES = {
    "views": QT_TRANSLATE_NOOP("Campaigns", "Views"),
    "reach": QT_TRANSLATE_NOOP("Campaigns", "Reach"),
    "likes": QT_TRANSLATE_NOOP("Campaigns", "Likes"),
    "comments": QT_TRANSLATE_NOOP("Campaigns", "Comments"),
    "shares": QT_TRANSLATE_NOOP("Campaigns", "Shares"),
    "saves": QT_TRANSLATE_NOOP("Campaigns", "Saves"),
    "new_followers": QT_TRANSLATE_NOOP("Campaigns", "New followers"),
    "link_clicks": QT_TRANSLATE_NOOP("Campaigns", "Link clicks"),
    "store_visits": QT_TRANSLATE_NOOP("Campaigns", "Store visits"),
    "conversions": QT_TRANSLATE_NOOP("Campaigns", "Conversions"),
}


def add_capture(capture: MetricCapture, today: date | None = None) -> int:
    problems: list[FieldProblem] = []
    for name in METRIC_FIELDS:
        value = getattr(capture, name)
        if value is not None and not 0 <= value <= 10**12:
            what = i18n.translate("Campaigns", _FIELD_NAMES.get(name, name.replace("_", " ").capitalize()))
            message = i18n.translate("Campaigns", "{metric} must be zero or more").format(metric=what)
            problems.append(FieldProblem(name, message))
    sales = amount_problem("sales", capture.sales, i18n.translate("Campaigns", "Sales"))
    if sales:
        problems.append(sales)
    if capture.captured_on > (today or clock.today()):
        problems.append(
            FieldProblem("captured_on", i18n.translate("Campaigns", "Results cannot be captured in the future"))
        )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        row = database.execute_sql(
            "SELECT state, published_on FROM deliverable WHERE id = ?", (capture.deliverable_id,)
        ).fetchone()
        if row is None:
            message = i18n.translate("Campaigns", "Deliverable {id} does not exist")
            raise NotFoundError(message.format(id=capture.deliverable_id))
        if row[0] != "published":
            raise ValidationError(
                i18n.translate("Campaigns", "Results are captured for a published deliverable"), field="deliverable_id"
            )
        capture_id = insert_returning_id(
            f"INSERT INTO metric_capture (deliverable_id, captured_on, {', '.join(METRIC_FIELDS)}, sales, note,"
            f" created_at) VALUES ({','.join('?' * (len(METRIC_FIELDS) + 5))})",
            (
                capture.deliverable_id,
                capture.captured_on.isoformat(),
                *(getattr(capture, name) for name in METRIC_FIELDS),
                to_text(capture.sales) if capture.sales is not None else None,
                capture.note.strip(),
                utc_now(),
            ),
        )
    return capture_id


def delete_capture(capture_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM metric_capture WHERE id = ?", (capture_id,))


def captures(deliverable_id: int) -> list[MetricCapture]:
    return [
        _capture(row)
        for row in database.execute_sql(
            _SELECT + " WHERE deliverable_id = ? ORDER BY captured_on, id", (deliverable_id,)
        )
    ]


def latest_captures(deliverable_ids: list[int]) -> dict[int, MetricCapture]:
    """Each deliverable's latest figure for every field (results grow over time; the latest counts).

    A field left blank in a newer capture (a sales-only import, say) keeps the last value it had.
    """
    latest: dict[int, MetricCapture] = {}
    for start in range(0, len(deliverable_ids), 900):
        chunk = deliverable_ids[start : start + 900]
        for row in database.execute_sql(
            _SELECT + f" WHERE deliverable_id IN ({','.join('?' * len(chunk))}) ORDER BY captured_on, id", chunk
        ):
            capture = _capture(row)
            earlier = latest.get(capture.deliverable_id)
            if earlier is not None:
                for name in (*METRIC_FIELDS, "sales"):
                    if getattr(capture, name) is None:
                        setattr(capture, name, getattr(earlier, name))
            latest[capture.deliverable_id] = capture
    return latest


_SELECT = f"SELECT id, deliverable_id, captured_on, {', '.join(METRIC_FIELDS)}, sales, note FROM metric_capture"


def _capture(row: tuple[Any, ...]) -> MetricCapture:
    """A row of _SELECT: its columns' types are the SELECT's, not the checker's."""
    values = dict(zip(METRIC_FIELDS, row[3 : 3 + len(METRIC_FIELDS)], strict=True))
    sales = row[3 + len(METRIC_FIELDS)]
    return MetricCapture(
        id=row[0],
        deliverable_id=row[1],
        captured_on=date.fromisoformat(row[2]),
        sales=Decimal(sales) if sales is not None else None,
        note=row[4 + len(METRIC_FIELDS)],
        **values,
    )
