"""The KOL list as the GUI pages through it: filters and sorting in SQL, keyset pages, never all rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kolcrm.core import search
from kolcrm.core.db import database

# Sort key (what the user clicks) → indexed column.
SORT_COLUMNS = {
    "name": "display_name",
    "tier": "tier",
    "platform": "main_platform",
    "followers": "followers",
    "engagement": "engagement_rate",
    "last_contact": "last_contact",
}
PAGE_SIZE = 200


@dataclass(frozen=True)
class KolFilter:
    text: str = ""
    status: str | None = None
    platform: str | None = None
    tier: int | None = None
    tag: str | None = None


@dataclass(frozen=True)
class KolRow:
    id: int
    display_name: str
    real_name: str
    status: str
    tier: int
    main_platform: str
    followers: int
    engagement_rate: float
    last_contact: str
    city: str


_ROW_COLUMNS = (
    "id, display_name, real_name, status, tier, main_platform, followers, engagement_rate, last_contact, city"
)


def fetch_page(
    kol_filter: KolFilter,
    sort: str = "followers",
    descending: bool = True,
    after: KolRow | None = None,
    limit: int = PAGE_SIZE,
) -> list[KolRow]:
    """The next `limit` rows after `after` in the chosen order (keyset paging: constant cost per page)."""
    column = SORT_COLUMNS[sort]
    where, params = _where(kol_filter)
    if after is not None:
        where.append(f"({column}, id) {'<' if descending else '>'} (?, ?)")
        params += [getattr(after, column), after.id]
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM kol WHERE {' AND '.join(where)} "
        f"ORDER BY {column} {direction}, id {direction} LIMIT ?"
    )
    return [KolRow(*row) for row in database.execute_sql(sql, [*params, limit])]


def count(kol_filter: KolFilter) -> int:
    where, params = _where(kol_filter)
    return database.execute_sql(f"SELECT count(*) FROM kol WHERE {' AND '.join(where)}", params).fetchone()[0]


def fetch_row(kol_id: int) -> KolRow | None:
    row = database.execute_sql(f"SELECT {_ROW_COLUMNS} FROM kol WHERE id = ?", (kol_id,)).fetchone()
    return KolRow(*row) if row else None


def _where(kol_filter: KolFilter) -> tuple[list[str], list[Any]]:
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    if kol_filter.status:
        where.append("status = ?")
        params.append(kol_filter.status)
    if kol_filter.tier is not None:
        where.append("tier = ?")
        params.append(kol_filter.tier)
    if kol_filter.platform:
        where.append("kol.id IN (SELECT kol_id FROM platform_account WHERE platform = ?)")
        params.append(kol_filter.platform)
    if kol_filter.tag:
        where.append("kol.id IN (SELECT kol_id FROM kol_label WHERE label = ?)")
        params.append(kol_filter.tag)
    if kol_filter.text.strip():
        condition, terms = search.matching_ids_sql(kol_filter.text)
        where.append(condition)
        params.extend(terms)
    return where, params
