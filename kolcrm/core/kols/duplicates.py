"""KOLs that may be one person: the same phone, WeChat ID or email, or the same name in the same city.

Values are compared as people write them differently: "+86 138-0000-1111" is 13800001111, "Lulu@Mail.com" is
lulu@mail.com, "Lulu" and "LULU" are one name, "上海市" is 上海. A value shared by more than MAX_GROUP live KOLs
(an agency's switchboard, "n/a") says nothing about who is who and is left out. The grouping runs in SQL, one
GROUP BY per rule, so the Python side only ever sees the few groups that matched.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store import dialect
from kolcrm.core.store.db import database

MAX_GROUP = 10
# Up to this many KOLs (an import's new and updated ones) their own keys are looked up in one pass per rule, without
# sorting the book; more, and the whole book is grouped (the same pairs either way).
PROBE_AT_MOST = 20_000
# Rule → what the user reads (translated in reason_text), strongest evidence first (a pair matching several rules
# lists each).
REASONS = {
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone"),
    "wechat_id": QT_TRANSLATE_NOOP("Duplicates", "same WeChat ID"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same email"),
    "name_city": QT_TRANSLATE_NOOP("Duplicates", "same name and city"),
}

# Each rule's normalised key, grouped on in SQL. A phone keeps its digits without separators and compares by its
# last 11 (a mainland mobile number): "+86 138-0000-1111", "008613800001111" and "138 0000 1111" are one; fewer
# than 7 characters are no number ("0", "-", "n/a"). Names and cities ignore letter case, cities a trailing 市
# (the services store them trimmed). Each replace() or lower() costs ~10 ms at 100k KOLs: only those that matter.
_DIGITS = "replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', '')"
_KEYS = {
    "phone": f"substr({_DIGITS}, -11)",
    "wechat_id": "lower(wechat_id)",
    "email": "lower(email)",
    "name_city": "lower(display_name) || char(31) || lower(rtrim(city, '市'))",
}
# PostgreSQL's substr() counts a negative start from before the first character, and its char() is chr().
_PG_KEYS = {
    **_KEYS,
    "phone": f"right({_DIGITS}, 11)",
    "name_city": "lower(display_name) || chr(31) || lower(rtrim(city, '市'))",
}
# The same keys for GROUP BY: NOCASE folds ASCII letters as lower() does, without making a new string per row, and
# two columns sort faster than their concatenation. PostgreSQL has no NOCASE: it groups by the lower() keys.
_GROUP_BY = {
    "wechat_id": "wechat_id COLLATE NOCASE",
    "email": "email COLLATE NOCASE",
    "name_city": "display_name COLLATE NOCASE, rtrim(city, '市') COLLATE NOCASE",
}
_WHERE = {
    "phone": "length(phone) >= 7",
    "wechat_id": "wechat_id != ''",
    "email": "email != ''",
    "name_city": "city != ''",
}


@dataclass(frozen=True)
class DuplicatePair:
    """Two live KOLs that may be one person; `keep_id` is the older record, suggested as the one to keep."""

    keep_id: int
    other_id: int
    reason: str  # "same phone, same name and city"
    keep_name: str = ""
    other_name: str = ""


def find_possible_duplicates(kol_ids: Iterable[int] | None = None, limit: int = 100) -> list[DuplicatePair]:
    """Pairs of live KOLs that may be one person, strongest evidence first; with `kol_ids`, only pairs involving
    one of them (after an import: the KOLs it added or updated)."""
    wanted = set(kol_ids) if kol_ids is not None else None
    if wanted is not None and not wanted:
        return []
    rules: dict[tuple[int, int], list[str]] = {}
    groups = _groups_of(wanted) if wanted is not None and len(wanted) <= PROBE_AT_MOST else _groups()
    for rule, ids in groups:
        if wanted is not None and wanted.isdisjoint(ids):
            continue
        for pair in combinations(sorted(ids), 2):
            if wanted is None or not wanted.isdisjoint(pair):
                rules.setdefault(pair, []).append(rule)
    order = {rule: index for index, rule in enumerate(REASONS)}
    ranked = heapq.nsmallest(
        limit, rules.items(), key=lambda item: (-len(item[1]), min(order[rule] for rule in item[1]), item[0])
    )
    names = _names({kol_id for pair, _rules in ranked for kol_id in pair})
    return [
        DuplicatePair(
            keep,
            other,
            reason_text(sorted(found, key=order.__getitem__)),
            names[keep],
            names[other],
        )
        for (keep, other), found in ranked
    ]


def reason_text(rules: Iterable[str]) -> str:
    """Why a pair may be one person, in the user's language: "same phone, same name and city"."""
    separator = i18n.translate("Duplicates", ", ")
    return separator.join(i18n.translate("Duplicates", REASONS[rule]) for rule in rules)


def _groups() -> list[tuple[str, list[int]]]:
    """(rule, ids) for every key that 2..MAX_GROUP live KOLs share."""
    # NOT INDEXED: with `deleted_at IS NULL` the planner walks one of the partial kol_live_* indexes and looks up
    # every row (~85 ms at 100k KOLs); the table itself scans in ~12 ms. The time goes into the keys and the sorts.
    if dialect.is_postgres():
        sql = " UNION ALL ".join(
            f"SELECT '{rule}', string_agg(CAST(id AS TEXT), ',') FROM kol WHERE deleted_at IS NULL AND {_WHERE[rule]}"
            f" GROUP BY {key} HAVING count(*) BETWEEN 2 AND {MAX_GROUP}"
            for rule, key in _PG_KEYS.items()
        )
    else:
        sql = " UNION ALL ".join(
            f"SELECT '{rule}', group_concat(id) FROM kol NOT INDEXED WHERE deleted_at IS NULL AND {_WHERE[rule]}"
            f" GROUP BY {_GROUP_BY.get(rule, key)} HAVING count(*) BETWEEN 2 AND {MAX_GROUP}"
            for rule, key in _KEYS.items()
        )
    return [(rule, [int(part) for part in ids.split(",")]) for rule, ids in database.execute_sql(sql)]


def _groups_of(kol_ids: set[int]) -> list[tuple[str, list[int]]]:
    """_groups(), only those groups that hold one of `kol_ids`: their keys first, then every live KOL sharing one."""
    ids = sorted(kol_ids)
    found: list[tuple[str, list[int]]] = []
    postgres = dialect.is_postgres()
    scan, values = ("kol", "json_array_elements_text(?)") if postgres else ("kol NOT INDEXED", "json_each(?)")
    for rule, key in (_PG_KEYS if postgres else _KEYS).items():
        keys: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            keys.update(
                value
                for (value,) in database.execute_sql(
                    f"SELECT {key} FROM kol WHERE deleted_at IS NULL AND {_WHERE[rule]}"
                    f" AND id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        if not keys:
            continue
        # Only ids come back from the scan: selecting the key too would compute it twice for every row.
        sharing = [
            kol_id
            for (kol_id,) in database.execute_sql(
                f"SELECT id FROM {scan} WHERE deleted_at IS NULL AND {_WHERE[rule]}"
                f" AND {key} IN (SELECT value FROM {values})",
                (json.dumps(sorted(keys), ensure_ascii=False),),
            )
        ]
        members: dict[str, list[int]] = {}
        for start in range(0, len(sharing), 500):
            chunk = sharing[start : start + 500]
            for kol_id, value in database.execute_sql(
                f"SELECT id, {key} FROM kol WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                members.setdefault(value, []).append(kol_id)
        found += [(rule, group) for group in members.values() if 2 <= len(group) <= MAX_GROUP]
    return found


def _names(kol_ids: set[int]) -> dict[int, str]:
    ids = sorted(kol_ids)
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        names.update(
            database.execute_sql(
                f"SELECT id, display_name FROM kol WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
    return names
