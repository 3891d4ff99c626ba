"""The KOLs an export writes, a keyset page at a time: profile, labels, accounts with rate cards, metrics, custom values.

Each page is a handful of queries over `IN (…)` lists of its KOL (or account) ids, so an export of 100,000 KOLs
never holds more than a page, and its cost does not grow with the page number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.store.db import database

PAGE_SIZE = 500
_ACCOUNT_IDS_PER_QUERY = 5_000  # well under SQLite's 32,766 parameters, whatever a page's KOLs hold

# One rate-card entry as stored: (format, fee, currency, fee_at_least, fee_upper); fees are exact decimal text.
RateEntry = tuple[str, str, str, int, str | None]


@dataclass
class AccountExportRow:
    """One platform account as the exports show it."""

    platform: str
    handle: str
    url: str
    followers: int
    followers_at_least: bool = False  # "10万+": followers is a lower bound
    followers_upper: int | None = None  # "600K-800K": followers is the lower end
    engagement_rate: float = 0.0
    rate_card: tuple[RateEntry, ...] = ()
    metrics: dict[str, tuple[str, bool]] = field(default_factory=dict)  # name → (latest value, approximate)


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
    languages: tuple[str, ...] = ()
    agent_name: str = ""
    agent_contact: str = ""
    account_rows: tuple[AccountExportRow, ...] = ()
    custom_values: dict[int, str] = field(default_factory=dict)  # custom field id → stored value

    @property
    def accounts(self) -> tuple[tuple[str, str, str, int], ...]:
        """(platform, handle, url, followers) of each account, as the contact cards show them."""
        return tuple((a.platform, a.handle, a.url, a.followers) for a in self.account_rows)

    @property
    def main_handle(self) -> str:
        """The handle of the largest account (the one the list's followers and platform describe)."""
        best = max(self.account_rows, key=lambda account: account.followers, default=None)
        return best.handle if best else ""


# The kol columns a page reads (_page takes them by position).
_KOL_COLUMNS = (
    "id, display_name, real_name, status, tier, main_platform, followers, engagement_rate, city, last_contact,"
    " agency, wechat_id, phone, email, birthday, languages, agent_name, agent_contact, name_order"
)
_SORT_POSITION = {column: position for position, column in enumerate(_KOL_COLUMNS.replace(" ", "").split(","))}


def count_kols(kol_filter: KolFilter | None = None, kol_ids: Sequence[int] | None = None) -> int:
    if kol_ids is not None:
        return len(kol_ids)
    return kol_list.count(kol_filter or KolFilter())


def iter_kols(
    kol_filter: KolFilter | None = None,
    kol_ids: Sequence[int] | None = None,
    sort: str = "name",
    descending: bool = False,
    *,
    custom_values: bool = False,
    metrics: bool = False,
) -> Iterator[list[KolExportRow]]:
    """Pages of KOLs in the list's order (its filter and keyset paging: never every row in memory at once).

    `kol_ids` (when given) exports exactly those KOLs in that order, trashed or not, and raises NotFoundError for a
    missing one. `custom_values` and `metrics` load those too (the sheets show them, contact cards do not).
    """
    if kol_ids is not None:
        for start in range(0, len(kol_ids), PAGE_SIZE):
            chunk = list(kol_ids[start : start + PAGE_SIZE])
            marks = ",".join("?" * len(chunk))
            found = {
                row[0]: row
                for row in database.execute_sql(f"SELECT {_KOL_COLUMNS} FROM kol WHERE id IN ({marks})", chunk)
            }
            missing = [kol_id for kol_id in chunk if kol_id not in found]
            if missing:
                raise NotFoundError(i18n.translate("Export", "No KOL with id {id}").format(id=missing[0]))
            yield _page([found[kol_id] for kol_id in chunk], custom_values, metrics)
        return
    kol_filter = kol_filter or KolFilter()
    broad = kol_list.is_broad(kol_filter, kol_list.count(kol_filter)) if kol_filter.text.strip() else False
    column = kol_list.SORT_COLUMNS[sort]
    position = _SORT_POSITION[column]
    direction = "DESC" if descending else "ASC"
    after: tuple[Any, ...] | None = None
    while True:
        # The list's own conditions and order (list_query), with the columns an export needs in the same query.
        where, params = kol_list.filter_conditions(kol_filter, walk_sort_index=broad)
        if after is not None:
            where.append(f"({column}, id) {'<' if descending else '>'} (?, ?)")
            params += [after[position], after[0]]
        rows = database.execute_sql(
            f"SELECT {_KOL_COLUMNS} FROM kol WHERE {' AND '.join(where)}"
            f" ORDER BY {column} {direction}, id {direction} LIMIT ?",
            [*params, PAGE_SIZE],
        ).fetchall()
        if not rows:
            return
        yield _page(rows, custom_values, metrics)
        if len(rows) < PAGE_SIZE:
            return
        after = rows[-1]


def _page(rows: list[tuple[Any, ...]], with_custom: bool, with_metrics: bool) -> list[KolExportRow]:
    ids = [row[0] for row in rows]
    marks = ",".join("?" * len(ids))
    labels: defaultdict[int, dict[str, list[str]]] = defaultdict(lambda: {"category": [], "value": []})
    for kol_id, kind, label in database.execute_sql(
        f"SELECT kol_id, kind, label FROM kol_label WHERE kol_id IN ({marks}) ORDER BY id", ids
    ):
        labels[kol_id].setdefault(kind, []).append(label)
    accounts = database.execute_sql(
        "SELECT id, kol_id, platform, handle, url, followers, followers_at_least, followers_upper, engagement_rate"
        f" FROM platform_account WHERE kol_id IN ({marks}) ORDER BY kol_id, position, id",
        ids,
    ).fetchall()
    rates: defaultdict[int, list[RateEntry]] = defaultdict(list)
    latest: defaultdict[int, dict[str, tuple[str, bool]]] = defaultdict(dict)
    account_ids = [account[0] for account in accounts]
    for start in range(0, len(account_ids), _ACCOUNT_IDS_PER_QUERY):
        chunk = account_ids[start : start + _ACCOUNT_IDS_PER_QUERY]
        account_marks = ",".join("?" * len(chunk))
        for account_id, *entry in database.execute_sql(
            "SELECT account_id, format, fee, currency, fee_at_least, fee_upper FROM rate_card_entry"
            f" WHERE account_id IN ({account_marks}) ORDER BY account_id, id",
            chunk,
        ):
            rates[account_id].append(tuple(entry))
        if with_metrics:
            # In the order of the (account, name, day) index: each name's later snapshot overwrites the earlier.
            for account_id, name, value, approximate in database.execute_sql(
                "SELECT account_id, name, value, approximate FROM account_metric"
                f" WHERE account_id IN ({account_marks}) ORDER BY account_id, name, captured_on",
                chunk,
            ):
                latest[account_id][name] = (value, bool(approximate))
    by_kol: defaultdict[int, list[AccountExportRow]] = defaultdict(list)
    for account_id, kol_id, platform, handle, url, followers, at_least, upper, rate in accounts:
        by_kol[kol_id].append(
            AccountExportRow(
                platform,
                handle,
                url,
                followers,
                bool(at_least),
                upper,
                rate,
                tuple(rates.get(account_id, ())),
                latest.get(account_id, {}),
            )
        )
    custom: defaultdict[int, dict[int, str]] = defaultdict(dict)
    if with_custom:
        for kol_id, field_id, value in database.execute_sql(
            f"SELECT kol_id, field_id, value FROM kol_custom_value WHERE kol_id IN ({marks})", ids
        ):
            custom[kol_id][field_id] = value
    result = []
    for row in rows:
        kol_id = row[0]
        kol_labels = labels.get(kol_id)
        result.append(
            KolExportRow(
                id=kol_id,
                display_name=row[1],
                real_name=row[2],
                status=row[3],
                tier=row[4],
                main_platform=row[5],
                followers=row[6],
                engagement_rate=row[7],
                city=row[8],
                last_contact=row[9],
                agency=row[10],
                wechat_id=row[11],
                phone=row[12],
                email=row[13],
                birthday=row[14],
                categories=tuple(kol_labels["category"]) if kol_labels else (),
                value_tags=tuple(kol_labels["value"]) if kol_labels else (),
                languages=tuple(part for part in row[15].split("\n") if part),
                agent_name=row[16],
                agent_contact=row[17],
                account_rows=tuple(by_kol.get(kol_id, ())),
                custom_values=custom.get(kol_id, {}),
            )
        )
    return result
