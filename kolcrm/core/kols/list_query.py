"""The KOL list as the GUI pages through it: filters and sorting in SQL, keyset pages, never all rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kolcrm.core.store import search
from kolcrm.core.store.db import database

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
# A search matching more than this share of all KOLs is "broad": its pages walk the sort index.
BROAD_SEARCH_SHARE = 0.02


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
    overdue_payment: bool = False  # a payment to this KOL is past due and unpaid


# A KolRow's columns (fit_scores pages through them too). The overdue flag is a per-row probe on two small
# indexes, so a page of 200 stays well under a millisecond.
ROW_COLUMNS = (
    "id, display_name, real_name, status, tier, main_platform, followers, engagement_rate, last_contact, city,"
    " EXISTS (SELECT 1 FROM collaboration c JOIN payment p ON p.collaboration_id = c.id"
    " WHERE c.kol_id = kol.id AND c.deleted_at IS NULL AND c.stage != 'cancelled'"
    " AND p.paid_on IS NULL AND p.due_on < date('now', 'localtime'))"
)


def fetch_page(
    kol_filter: KolFilter,
    sort: str = "followers",
    descending: bool = True,
    after: KolRow | None = None,
    limit: int = PAGE_SIZE,
    broad: bool = False,
) -> list[KolRow]:
    """The next `limit` rows after `after` in the chosen order (keyset paging: constant cost per page).

    `broad` (see is_broad) picks the query plan for a search; the rows are the same either way.
    """
    column = SORT_COLUMNS[sort]
    where, params = filter_conditions(kol_filter, walk_sort_index=broad)
    if after is not None:
        where.append(f"({column}, id) {'<' if descending else '>'} (?, ?)")
        params += [getattr(after, column), after.id]
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {ROW_COLUMNS} FROM kol WHERE {' AND '.join(where)} "
        f"ORDER BY {column} {direction}, id {direction} LIMIT ?"
    )
    return [KolRow(*row) for row in database.execute_sql(sql, [*params, limit])]


def count(kol_filter: KolFilter) -> int:
    if kol_filter.text.strip() and kol_filter == KolFilter(text=kol_filter.text):
        sql, terms = search.count_matching_sql(kol_filter.text)  # a pure search never needs the KOL rows
        matching: int = database.execute_sql(sql, terms).fetchone()[0]
        return matching
    where, params = filter_conditions(kol_filter)
    total: int = database.execute_sql(f"SELECT count(*) FROM kol WHERE {' AND '.join(where)}", params).fetchone()[0]
    return total


def is_broad(kol_filter: KolFilter, matches: int) -> bool:
    """Whether a search matches enough KOLs that walking the sort index beats sorting the hits."""
    if not kol_filter.text.strip():
        return False
    highest_id = database.execute_sql("SELECT max(id) FROM kol").fetchone()[0] or 0  # O(1), close to the total
    return matches > BROAD_SEARCH_SHARE * highest_id


def tag_choices(limit: int = 500) -> list[str]:
    """Distinct tags and categories in name order, by skipping through the label index (no full scan)."""
    rows = database.execute_sql(
        "WITH RECURSIVE tag(label) AS ("
        " SELECT min(label) FROM kol_label"
        " UNION ALL SELECT (SELECT min(label) FROM kol_label WHERE label > tag.label) FROM tag"
        " WHERE tag.label IS NOT NULL)"
        " SELECT label FROM tag WHERE label IS NOT NULL LIMIT ?",
        (limit,),
    )
    return [row[0] for row in rows]


def fetch_row(kol_id: int) -> KolRow | None:
    row = database.execute_sql(f"SELECT {ROW_COLUMNS} FROM kol WHERE id = ?", (kol_id,)).fetchone()
    return KolRow(*row) if row else None


def filter_conditions(kol_filter: KolFilter, walk_sort_index: bool = False) -> tuple[list[str], list[Any]]:
    """The filter as SQL conditions on `kol` (live KOLs only) and their parameters, for any query over the list."""
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
        condition, terms = search.matching_ids_sql(kol_filter.text, walk_sort_index)
        where.append(condition)
        params.extend(terms)
    return where, params
