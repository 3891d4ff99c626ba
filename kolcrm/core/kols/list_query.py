"""The KOL list as the GUI pages through it: filters and sorting in SQL, keyset pages, never all rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from kolcrm.core import clock
from kolcrm.core.kols.custom_values import CustomFilter
from kolcrm.core.store import dialect, search
from kolcrm.core.store.db import database

# Sort key (what the user clicks) → indexed column.
SORT_COLUMNS = {
    "name": "name_order",  # pinyin order (阿花, Amy, 白, bob…), kept by the search index (store/search.py)
    "tier": "tier",
    "platform": "main_platform",
    "followers": "followers",
    "engagement": "engagement_rate",
    "last_contact": "last_contact",
}
# Sorting by a custom field: "custom:<field id>" (see custom_sort_key).
CUSTOM_SORT_PREFIX = "custom:"
PAGE_SIZE = 200
# A search matching more than this share of all KOLs is "broad": its pages walk the sort index.
BROAD_SEARCH_SHARE = 0.02
# On PostgreSQL a step of that walk probes the search table through its primary key (~6 µs, against ~10 µs to
# fetch and sort one hit): measured at 100,000 KOLs, the two plans cross near 9,000 hits (2,180 hits: 21 ms
# sorting the hits, 70 ms walking; 35,000 hits: 105 against 9 ms).
BROAD_SEARCH_SHARE_POSTGRES = 0.09


@dataclass(frozen=True)
class KolFilter:
    text: str = ""
    status: str | None = None
    platform: str | None = None
    tier: int | None = None
    tag: str | None = None
    custom: tuple[CustomFilter, ...] = ()  # conditions on custom fields (custom_values.filter_for), all must hold
    owner: str | None = None  # one account manager's KOLs ("My KOLs" is the current person's)
    outreach: str | None = None  # one outreach stage (vocabulary.OutreachStage)
    no_reply_days: int | None = None  # contacted, and the last message at least this many days old

    @property
    def filtered(self) -> bool:
        """A status, platform, tier, tag, owner or custom-field condition is set (the search text aside)."""
        return bool(
            self.status or self.platform or self.tier or self.tag or self.custom or self.owner is not None
            or self.outreach or self.no_reply_days is not None
        )  # fmt: skip

    @property
    def narrowed(self) -> bool:
        """Some KOLs may be hidden: a search or a filter is set."""
        return self.filtered or bool(self.text.strip())


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
    name_order: str = ""  # the name's pinyin sort key: the keyset when the list sorts by name
    overdue_payment: bool = False  # a payment to this KOL is past due and unpaid
    ghosting: bool = False  # sent a sample, product or gift and posted nothing within its window (care/fulfilment)
    sort_value: str | None = None  # the custom field value a page sorted by one holds (its keyset); None: no value


# A KolRow's columns (fit_scores pages through them too). The overdue flag is a per-row probe on two small
# indexes, so a page of 200 stays well under a millisecond.
ROW_COLUMNS = (
    "id, display_name, real_name, status, tier, main_platform, followers, engagement_rate, last_contact, city,"
    " name_order,"
    " EXISTS (SELECT 1 FROM collaboration c JOIN payment p ON p.collaboration_id = c.id"
    " WHERE c.kol_id = kol.id AND c.deleted_at IS NULL AND c.stage != 'cancelled'"
    " AND p.paid_on IS NULL AND p.due_on < date('now', 'localtime')),"
    " EXISTS (SELECT 1 FROM sent_item s WHERE s.kol_id = kol.id AND s.delivered_on IS NULL"
    " AND s.due_on < date('now', 'localtime'))"
)


def row_columns() -> str:
    """ROW_COLUMNS as the open book's engine reads it.

    PostgreSQL has no date('now', 'localtime'); its CURRENT_DATE is the server's day, not this computer's, which
    is what SQLite's 'localtime' gives. So the local day goes in as a literal (digits and dashes only).
    """
    if not dialect.is_postgres():
        return ROW_COLUMNS
    return ROW_COLUMNS.replace("date('now', 'localtime')", f"'{clock.today().isoformat()}'")


def _real(operand: str) -> str:
    """The number a custom field's text value starts with, as SQLite's CAST(… AS REAL) reads it (0 if none).

    On PostgreSQL the schema's kolcrm_real(text), the expression its index on the values is built on (pg_schema).
    """
    if dialect.is_postgres():
        return f"kolcrm_real({operand}::text)" if operand == "?" else f"kolcrm_real({operand})"
    return f"CAST({operand} AS REAL)"


_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _contains(column: str) -> str:
    """A LIKE of `column` against the pattern of _contains_pattern. SQLite's LIKE ignores the case of ASCII letters
    (and only theirs); PostgreSQL's minds case, so there both sides go to ASCII lower case first."""
    if dialect.is_postgres():
        return f"translate({column}, '{_ASCII_UPPER}', '{_ASCII_UPPER.lower()}') LIKE ? ESCAPE '\\'"
    return f"{column} LIKE ? ESCAPE '\\'"


def _contains_pattern(text: str) -> str:
    pattern = f"%{search.escape_like(text)}%"
    if dialect.is_postgres():
        return pattern.translate(str.maketrans(_ASCII_UPPER, _ASCII_UPPER.lower()))
    return pattern


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
    field_id = custom_sort_field(sort)
    if field_id is not None:
        return _fetch_custom_page(kol_filter, field_id, descending, after, limit, broad)
    column = SORT_COLUMNS[sort]
    where, params = filter_conditions(kol_filter, walk_sort_index=broad)
    if after is not None:
        where.append(f"({column}, id) {'<' if descending else '>'} (?, ?)")
        params += [getattr(after, column), after.id]
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {row_columns()} FROM kol WHERE {' AND '.join(where)} "
        f"ORDER BY {column} {direction}, id {direction} LIMIT ?"
    )
    return [KolRow(*row) for row in database.execute_sql(sql, [*params, limit])]


def custom_sort_key(field_id: int) -> str:
    """The `sort` of fetch_page that orders the list by a custom field."""
    return f"{CUSTOM_SORT_PREFIX}{field_id}"


def custom_sort_field(sort: str) -> int | None:
    """The custom field a sort key orders by, or None for a built-in column."""
    if not sort.startswith(CUSTOM_SORT_PREFIX):
        return None
    return int(sort.removeprefix(CUSTOM_SORT_PREFIX))


def count(kol_filter: KolFilter) -> int:
    if kol_filter.text.strip() and kol_filter == KolFilter(text=kol_filter.text):
        sql, terms = search.count_matching_sql(kol_filter.text)  # a pure search never needs the KOL rows
        return _search_count(sql, terms)
    if len(kol_filter.custom) == 1 and kol_filter == KolFilter(custom=kol_filter.custom):
        # One custom field condition alone: counted in its index, without reading a KOL row (1.7 ms, not 14).
        subquery, values = _custom_values_sql(kol_filter.custom[0])
        sql = (
            f"SELECT count(*) FROM ({subquery}) AS valued"
            " WHERE kol_id NOT IN (SELECT id FROM kol WHERE deleted_at IS NOT NULL)"
        )
        valued: int = database.execute_sql(sql, values).fetchone()[0]
        return valued
    where, params = filter_conditions(kol_filter)
    total: int = database.execute_sql(f"SELECT count(*) FROM kol WHERE {' AND '.join(where)}", params).fetchone()[0]
    return total


def _search_count(sql: str, terms: list[str]) -> int:
    if not dialect.is_postgres():
        return int(database.execute_sql(sql, terms).fetchone()[0])
    # For a broad term (a fifth of 100,000 KOLs) PostgreSQL's planner prefers reading every search row, unpacking
    # each one's array of keys: ~250 ms. Through the GIN index the same exact count takes 30-70 ms.
    with database.atomic():
        database.execute_sql("SET LOCAL enable_seqscan = off")
        return int(database.execute_sql(sql, terms).fetchone()[0])


def is_broad(kol_filter: KolFilter, matches: int) -> bool:
    """Whether a search (or a custom field filter) matches enough KOLs that walking the sort index beats sorting
    the hits."""
    if not kol_filter.text.strip() and not kol_filter.custom:
        return False
    highest_id = database.execute_sql("SELECT max(id) FROM kol").fetchone()[0] or 0  # O(1), close to the total
    share = BROAD_SEARCH_SHARE_POSTGRES if dialect.is_postgres() else BROAD_SEARCH_SHARE
    return matches > share * highest_id


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
    row = database.execute_sql(f"SELECT {row_columns()} FROM kol WHERE id = ?", (kol_id,)).fetchone()
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
    if kol_filter.owner is not None:
        where.append("owner = ?")
        params.append(kol_filter.owner)
    if kol_filter.outreach:
        where.append("outreach_stage = ?")
        params.append(kol_filter.outreach)
    if kol_filter.no_reply_days is not None:
        where.append("outreach_stage = 'contacted' AND last_touch_on <= ?")
        params.append((clock.today() - timedelta(days=kol_filter.no_reply_days)).isoformat())
    for custom in kol_filter.custom:
        if walk_sort_index:  # a probe per KOL the sort index walks past, instead of collecting every match first
            subquery, values = _custom_values_sql(custom, "1")
            where.append(f"EXISTS ({subquery} AND kol_id = kol.id)")
        else:
            subquery, values = _custom_values_sql(custom)
            where.append(f"kol.id IN ({subquery})")
        params.extend(values)
    if kol_filter.text.strip():
        condition, terms = search.matching_ids_sql(kol_filter.text, walk_sort_index)
        where.append(condition)
        params.extend(terms)
    return where, params


def _custom_values_sql(condition: CustomFilter, select: str = "kol_id") -> tuple[str, list[Any]]:
    """The KOLs whose value in one custom field meets the condition, through the field's indexes."""
    clauses = ["field_id = ?"]
    params: list[Any] = [condition.field_id]
    if condition.equals is not None:
        clauses.append("value = ?")
        params.append(condition.equals)
    if condition.contains is not None:
        clauses.append(_contains("value"))
        params.append(_contains_pattern(condition.contains))
    column, mark = (_real("value"), _real("?")) if condition.numeric else ("value", "?")
    if condition.low is not None:
        clauses.append(f"{column} {'>=' if condition.low_inclusive else '>'} {mark}")
        params.append(condition.low)
    if condition.high is not None:
        clauses.append(f"{column} {'<=' if condition.high_inclusive else '<'} {mark}")
        params.append(condition.high)
    return f"SELECT {select} FROM kol_custom_value WHERE {' AND '.join(clauses)}", params


def _fetch_custom_page(
    kol_filter: KolFilter, field_id: int, descending: bool, after: KolRow | None, limit: int, broad: bool
) -> list[KolRow]:
    """fetch_page ordered by a custom field: KOLs with a value first, in value order (numbers as numbers), then
    those without one, by id. Either way round, KOLs without a value come last. Keyset: (sort_value, id)."""
    kind = database.execute_sql("SELECT kind FROM custom_field WHERE id = ?", (field_id,)).fetchone()
    numeric = kind is not None and kind[0] == "number"
    rows: list[KolRow] = []
    if after is None or after.sort_value is not None:
        rows = _valued_page(kol_filter, field_id, numeric, descending, after, limit, broad)
    if len(rows) < limit:
        last_id = after.id if after is not None and after.sort_value is None else None
        rows += _unvalued_page(kol_filter, field_id, descending, last_id, limit - len(rows), broad)
    return rows


def _valued_page(
    kol_filter: KolFilter,
    field_id: int,
    numeric: bool,
    descending: bool,
    after: KolRow | None,
    limit: int,
    broad: bool,
) -> list[KolRow]:
    where, params = filter_conditions(kol_filter, walk_sort_index=broad)
    direction = "DESC" if descending else "ASC"
    # Numbers in the order of the index on CAST(value AS REAL) (kol_custom_value_by_number), the rest as text.
    value, mark = (_real("v.value"), _real("?")) if numeric else ("v.value", "?")
    keyset, keys = "", []
    if after is not None:
        op = "<" if descending else ">"
        # The plain bound lets SQLite seek in the index on an expression; it does not with a row value alone.
        keyset = f" AND {value} {op}= {mark} AND ({value}, v.kol_id) {op} ({mark}, ?)"
        keys = [after.sort_value, after.sort_value, after.id]
    if broad or not (kol_filter.text.strip() or kol_filter.custom):
        # Walk the field's index in value order, reading KOL rows until a page passes the filter. (SQLite's CROSS
        # JOIN keeps that order of tables; PostgreSQL refuses ON after CROSS JOIN and plans its own.)
        join = "JOIN" if dialect.is_postgres() else "CROSS JOIN"
        sql = (
            f"SELECT {row_columns()}, v.value FROM kol_custom_value v {join} kol ON kol.id = v.kol_id"
            f" WHERE v.field_id = ? AND {' AND '.join(where)}{keyset}"
            f" ORDER BY {value} {direction}, v.kol_id {direction} LIMIT ?"
        )
        return [KolRow(*row) for row in database.execute_sql(sql, [field_id, *params, *keys, limit])]
    # A narrow search or custom filter: order the few matches' values, then read the KOL rows of one page.
    inner = (
        f"SELECT v.kol_id, v.value FROM kol_custom_value v"
        f" WHERE v.field_id = ? AND v.kol_id IN (SELECT id FROM kol WHERE {' AND '.join(where)}){keyset}"
        f" ORDER BY {value} {direction}, v.kol_id {direction} LIMIT ?"
    )
    top = value.replace("v.value", "top.value")
    sql = (
        f"SELECT {row_columns()}, top.value FROM ({inner}) AS top JOIN kol ON kol.id = top.kol_id"
        f" ORDER BY {top} {direction}, top.kol_id {direction}"
    )
    return [KolRow(*row) for row in database.execute_sql(sql, [field_id, *params, *keys, limit])]


def _unvalued_page(
    kol_filter: KolFilter, field_id: int, descending: bool, after_id: int | None, limit: int, broad: bool
) -> list[KolRow]:
    where, params = filter_conditions(kol_filter, walk_sort_index=broad)
    where.append("NOT EXISTS (SELECT 1 FROM kol_custom_value WHERE kol_id = kol.id AND field_id = ?)")
    params.append(field_id)
    if after_id is not None:
        where.append(f"id {'<' if descending else '>'} ?")
        params.append(after_id)
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT {row_columns()}, NULL FROM kol WHERE {' AND '.join(where)} ORDER BY id {direction} LIMIT ?"
    return [KolRow(*row) for row in database.execute_sql(sql, [*params, limit])]
