"""Fit scores of every live KOL for one brand, kept in a table so the KOL list can sort by fit in SQL.

fit.fit_score explains one KOL (five queries); here the same rules run over all KOLs in a few grouped queries.
The cache remembers what it was built from (the KOLs' count and last edit, the brand's last edit): when that
changed, is_fresh() says so and the caller rebuilds. Saving one KOL refreshes its own rows at once.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterator

from kolcrm.core.brands.fit import _SPLIT, HEALTHY_ENGAGEMENT, fit_score
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter, KolRow
from kolcrm.core.store.db import database

Progress = Callable[[int, int], None]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS kol_fit (brand_id INTEGER NOT NULL, kol_id INTEGER NOT NULL,"
    " score INTEGER NOT NULL, PRIMARY KEY (brand_id, kol_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS kol_fit_by_score ON kol_fit (brand_id, score, kol_id)",
    "CREATE TABLE IF NOT EXISTS kol_fit_build (brand_id INTEGER PRIMARY KEY, source TEXT NOT NULL)",
)


def ensure_tables() -> None:
    for statement in _SCHEMA:
        database.execute_sql(statement)


def is_fresh(brand_id: int) -> bool:
    """Whether the cached scores still match the KOLs and the brand they were computed from."""
    ensure_tables()
    row = database.execute_sql("SELECT source FROM kol_fit_build WHERE brand_id = ?", (brand_id,)).fetchone()
    return row is not None and row[0] == _source(brand_id)


def build(brand_id: int, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """(Re)compute the brand's scores for all live KOLs; returns how many were stored."""
    ensure_tables()
    source = _source(brand_id)
    scores = compute_scores(brand_id)
    if cancelled is not None and cancelled():
        return 0
    with database.atomic():
        database.execute_sql("DELETE FROM kol_fit WHERE brand_id = ?", (brand_id,))
        database.cursor().executemany(
            "INSERT INTO kol_fit (brand_id, kol_id, score) VALUES (?, ?, ?)",
            [(brand_id, kol_id, score) for kol_id, score in scores.items()],
        )
        database.execute_sql(
            "INSERT OR REPLACE INTO kol_fit_build (brand_id, source) VALUES (?, ?)", (brand_id, source)
        )
    if progress is not None:
        progress(len(scores), len(scores))
    return len(scores)


def refresh_kol(kol_id: int) -> None:
    """After one KOL was saved: recompute their score for every brand already cached, and keep those fresh."""
    if not database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'kol_fit_build'").fetchone():
        return  # no brand chosen for fit yet: nothing cached to keep fresh
    brand_ids = [row[0] for row in database.execute_sql("SELECT brand_id FROM kol_fit_build")]
    with database.atomic():
        for brand_id in brand_ids:
            was_fresh_before = _fresh_but_for_one_edit(brand_id, kol_id)
            try:
                score, _parts = fit_score(kol_id, brand_id)
            except NotFoundError:
                continue
            database.execute_sql(
                "INSERT OR REPLACE INTO kol_fit (brand_id, kol_id, score) VALUES (?, ?, ?)", (brand_id, kol_id, score)
            )
            if was_fresh_before:
                database.execute_sql(
                    "UPDATE kol_fit_build SET source = ? WHERE brand_id = ?", (_source(brand_id), brand_id)
                )


def scores(brand_id: int, kol_ids: list[int]) -> dict[int, int]:
    """The cached scores of some KOLs (one page of the list)."""
    if not kol_ids:
        return {}
    ensure_tables()
    marks = ",".join("?" * len(kol_ids))
    rows = database.execute_sql(
        f"SELECT kol_id, score FROM kol_fit WHERE brand_id = ? AND kol_id IN ({marks})", [brand_id, *kol_ids]
    )
    return dict(rows.fetchall())


def fetch_page(
    kol_filter: KolFilter,
    brand_id: int,
    descending: bool = True,
    after: tuple[int, int] | None = None,
    limit: int = kol_list.PAGE_SIZE,
    broad: bool = False,
) -> list[tuple[KolRow, int]]:
    """Like kol_list.fetch_page, ordered by fit: walks the (brand, score, kol) index; `after` is (score, kol id).

    Only KOLs with a cached score are listed: the caller builds the cache first (is_fresh/build), and
    refresh_kol adds a KOL saved since.
    """
    ensure_tables()
    where, params = kol_list._where(kol_filter, walk_sort_index=broad)
    if after is not None:
        where.append(f"(f.score, f.kol_id) {'<' if descending else '>'} (?, ?)")
        params += list(after)
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {kol_list._ROW_COLUMNS}, f.score FROM kol_fit f JOIN kol ON kol.id = f.kol_id"
        f" WHERE f.brand_id = ? AND {' AND '.join(where)} ORDER BY f.score {direction}, f.kol_id {direction} LIMIT ?"
    )
    return [(KolRow(*row[:-1]), row[-1]) for row in database.execute_sql(sql, [brand_id, *params, limit])]


def compute_scores(brand_id: int) -> dict[int, int]:
    """fit.fit_score's total for every live KOL, from a few grouped queries (JSON read by SQLite, not Python)."""
    brand = database.execute_sql(
        "SELECT categories, brand_values, target_female_pct, target_age_bands, target_city_tiers FROM brand WHERE id = ?",
        (brand_id,),
    ).fetchone()
    if brand is None:
        raise NotFoundError("That brand no longer exists")
    wanted = {"category": _words(brand[0]), "value": _words(brand[1])}
    shared = _shared_labels(wanted)
    # The label parts depend only on how many wanted words a KOL shares (0–3): a lookup, not a formula per KOL.
    category_points = [_overlap_points(30, wanted["category"], n) for n in range(4)]
    value_points = [_overlap_points(25, wanted["value"], n) for n in range(4)]
    categories, values = shared["category"], shared["value"]
    totals: dict[int, int] = {}
    for kol_id, tier, rate, audience in _kol_rows(brand[2], _json_list(brand[3]), _json_list(brand[4])):
        points = (
            category_points[min(categories.get(kol_id, 0), 3)]
            + value_points[min(values.get(kol_id, 0), 3)]
            + audience
            + _engagement_points(tier, rate)
        )
        totals[kol_id] = round(points)
    return totals


# -- the rules of fit.py, per KOL from grouped rows -------------------------------------------------------------
def _words(text: str) -> set[str]:
    return {word.strip().casefold() for word in _SPLIT.split(text or "") if word.strip()}


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def _shared_labels(wanted: dict[str, set[str]]) -> dict[str, dict[int, int]]:
    """Per kind, how many of the brand's words each KOL carries (labels compared casefolded, as fit.py does)."""
    shared: dict[str, dict[int, int]] = {kind: {} for kind in wanted}
    if not any(wanted.values()):
        return shared
    # Only the distinct labels that casefold to a wanted word are looked up: a handful, not every label.
    candidates = [
        label for label in kol_list.tag_choices(limit=1_000_000) if label.casefold() in set().union(*wanted.values())
    ]
    for kind, words in wanted.items():
        labels = [label for label in candidates if label.casefold() in words]
        if not labels:
            continue
        marks = ",".join("?" * len(labels))
        rows = database.execute_sql(
            f"SELECT kol_id, label FROM kol_label WHERE kind = ? AND label IN ({marks})", [kind, *labels]
        )
        seen: dict[int, set[str]] = defaultdict(set)
        for kol_id, label in rows:
            seen[kol_id].add(label.casefold())
        shared[kind] = {kol_id: len(found) for kol_id, found in seen.items()}
    return shared


def _overlap_points(maximum: int, wanted: set[str], shared: int) -> float:
    if not wanted:
        return maximum / 2
    return round(maximum * min(1.0, shared / min(len(wanted), 3)), 1)


def _kol_rows(
    female_target: float | None, ages: list[str], cities: list[str]
) -> Iterator[tuple[int, int, float, float]]:
    """(kol id, tier, engagement rate, audience points) for every live KOL; audience from their biggest account."""
    if female_target is None and not ages and not cities:
        yield from (
            (kol_id, tier, rate, 15.0)
            for kol_id, tier, rate in database.execute_sql(
                "SELECT id, tier, engagement_rate FROM kol WHERE deleted_at IS NULL"
            )
        )
        return
    # Each component is NULL when it cannot be compared (fit.py leaves it out of the mean then). One flat pass
    # over the accounts, biggest first per KOL, is faster here than a window function or a subquery per KOL.
    bands = " + ".join("coalesce(json_extract(audience_age_bands, ?), 0)" for _ in ages) or "0"
    city_marks = ",".join("?" * len(cities)) or "NULL"
    sql = (
        "SELECT kol_id,"
        " CASE WHEN ? IS NOT NULL AND audience_female_pct IS NOT NULL"
        "  THEN max(0.0, 1 - abs(audience_female_pct - ?) / 50.0) END,"
        " CASE WHEN ? AND audience_age_bands != '' AND json_type(audience_age_bands) = 'object'"
        "  AND audience_age_bands != '{}' AND json(audience_age_bands) != '{}'"
        f"  THEN min(1.0, ({bands}) / 60.0) END,"
        " CASE WHEN ? AND audience_cities NOT IN ('', '[]') AND json(audience_cities) != '[]'"
        f"  THEN EXISTS (SELECT 1 FROM json_each(audience_cities) WHERE CAST(value AS TEXT) IN ({city_marks})) END"
        " FROM platform_account ORDER BY kol_id, followers DESC, id"
    )
    params = [female_target, female_target, bool(ages), *(_json_path(band) for band in ages), bool(cities), *cities]
    audience: dict[int, float] = {}
    for kol_id, *components in database.execute_sql(sql, params):
        if kol_id in audience:
            continue  # a smaller account of the same KOL
        scores = [float(value) for value in components if value is not None]
        audience[kol_id] = round(30 * sum(scores) / len(scores), 1) if scores else 15.0
    for kol_id, tier, rate in database.execute_sql(
        "SELECT id, tier, engagement_rate FROM kol WHERE deleted_at IS NULL"
    ):
        yield kol_id, tier, rate, audience.get(kol_id, 15.0)


def _json_path(key: str) -> str:
    return '$."' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _engagement_points(tier: int, rate: float) -> float:
    healthy = HEALTHY_ENGAGEMENT.get(tier, 3.0)
    return round(15 * min(1.0, rate / healthy), 1) if rate else 0.0


# -- freshness ----------------------------------------------------------------------------------------------------
def _source(brand_id: int) -> str:
    """What the scores depend on, cheaply: live KOL count and latest KOL edit, and the brand's last edit."""
    kols = database.execute_sql("SELECT count(*), max(updated_at) FROM kol WHERE deleted_at IS NULL").fetchone()
    # The brand's fit-relevant fields themselves, not its edit time: two edits within a second must not look alike.
    brand = database.execute_sql(
        "SELECT categories, brand_values, target_female_pct, target_age_bands, target_city_tiers FROM brand WHERE id = ?",
        (brand_id,),
    ).fetchone()
    stamp = hashlib.sha1(repr(brand).encode()).hexdigest()[:16] if brand else ""
    return f"{kols[0]}|{kols[1]}|{stamp}"


def _fresh_but_for_one_edit(brand_id: int, kol_id: int) -> bool:
    """Before refresh_kol rewrote one KOL: was everything else exactly as the cache was built?

    Only this KOL may have changed since (or been created, adding one to the count); a KOL restored from the
    trash or edited by an import in between makes the whole cache stale.
    """
    row = database.execute_sql("SELECT source FROM kol_fit_build WHERE brand_id = ?", (brand_id,)).fetchone()
    if row is None:
        return False
    count, latest, brand_stamp = row[0].split("|", 2)
    now_count, _now_latest, now_brand = _source(brand_id).split("|", 2)
    others_changed = database.execute_sql(
        "SELECT count(*) FROM kol WHERE deleted_at IS NULL AND id != ? AND updated_at > ?", (kol_id, latest)
    ).fetchone()[0]
    created = database.execute_sql("SELECT created_at > ? FROM kol WHERE id = ?", (latest, kol_id)).fetchone()
    expected_growth = 1 if created and created[0] else 0
    return brand_stamp == now_brand and not others_changed and int(now_count) - int(count) == expected_growth
