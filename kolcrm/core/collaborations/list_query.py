"""Collaborations as the board and the table show them: one SQL query with filters, flags computed in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from kolcrm.core import clock
from kolcrm.core.money import stored_amount
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Stage


@dataclass(frozen=True)
class DealFilter:
    brand_id: int | None = None
    stage: Stage | None = None
    kol_id: int | None = None
    text: str = ""  # part of the KOL's name or the deal's title
    overdue_only: bool = False


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    brand_name: str
    kol_id: int
    kol_name: str
    stage: Stage
    start_on: str
    end_on: str
    currency: str
    requested_fee: Decimal | None
    agreed_fee: Decimal | None
    kol_offered_discount: bool
    paid: Decimal
    overdue: bool  # a payment is past due and unpaid
    unlabelled: int  # published deliverables without a confirmed ad label
    is_first: bool


def list_deals(deal_filter: DealFilter = DealFilter(), today: date | None = None) -> list[DealRow]:
    today_text = (today or clock.today()).isoformat()
    where = ["c.deleted_at IS NULL", "k.deleted_at IS NULL"]
    params: list[Any] = [today_text]
    if deal_filter.brand_id is not None:
        where.append("c.brand_id = ?")
        params.append(deal_filter.brand_id)
    if deal_filter.stage is not None:
        where.append("c.stage = ?")
        params.append(str(deal_filter.stage))
    if deal_filter.kol_id is not None:
        where.append("c.kol_id = ?")
        params.append(deal_filter.kol_id)
    if deal_filter.text.strip():
        pattern = "%" + _escape_like(deal_filter.text.strip()) + "%"
        # lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        where.append("(lower(k.display_name) LIKE lower(?) ESCAPE '\\' OR lower(c.title) LIKE lower(?) ESCAPE '\\')")
        params += [pattern, pattern]
    having = "WHERE overdue" if deal_filter.overdue_only else ""
    sql = f"""
        SELECT * FROM (
          SELECT c.id, c.title, b.name, c.kol_id, k.display_name, c.stage, coalesce(c.start_on, ''),
                 coalesce(c.end_on, ''), c.currency, c.requested_fee, c.agreed_fee, c.kol_offered_discount,
                 EXISTS (SELECT 1 FROM payment p WHERE p.collaboration_id = c.id AND p.paid_on IS NULL
                         AND p.due_on < ?) AND c.stage != 'cancelled' AS overdue,
                 (SELECT count(*) FROM deliverable d WHERE d.collaboration_id = c.id AND d.state = 'published'
                         AND d.disclosure_confirmed = 0) AS unlabelled,
                 c.brand_id
          FROM collaboration c JOIN brand b ON b.id = c.brand_id JOIN kol k ON k.id = c.kol_id
          WHERE {" AND ".join(where)}
        ) AS deal {having}
        ORDER BY id DESC"""
    rows = database.execute_sql(sql, params).fetchall()
    ids = [row[0] for row in rows]
    paid = _paid_totals(ids)
    firsts = _first_deal_ids()
    return [
        DealRow(
            id=row[0],
            title=row[1],
            brand_name=row[2],
            kol_id=row[3],
            kol_name=row[4],
            stage=Stage(row[5]),
            start_on=row[6],
            end_on=row[7],
            currency=row[8],
            requested_fee=stored_amount(row[9]),
            agreed_fee=stored_amount(row[10]),
            kol_offered_discount=bool(row[11]),
            paid=paid.get(row[0], Decimal(0)),
            overdue=bool(row[12]),
            unlabelled=row[13],
            is_first=row[0] in firsts,
        )
        for row in rows
    ]


def _paid_totals(ids: list[int]) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = {}
    # Summed as Decimal in Python: SQLite's sum() over text would go through floats.
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for collaboration_id, amount in database.execute_sql(
            f"SELECT collaboration_id, amount FROM payment WHERE paid_on IS NOT NULL AND collaboration_id IN ({marks})",
            chunk,
        ):
            totals[collaboration_id] = totals.get(collaboration_id, Decimal(0)) + (stored_amount(amount) or Decimal(0))
    return totals


def _first_deal_ids() -> set[int]:
    rows = database.execute_sql(
        "SELECT min(id) FROM collaboration WHERE deleted_at IS NULL AND stage != 'cancelled' GROUP BY brand_id, kol_id"
    )
    return {row[0] for row in rows}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
