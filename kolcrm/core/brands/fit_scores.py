"""Fit scores of every live KOL for one brand, kept in a table so the KOL list can sort by fit in SQL.

fit.fit_score explains one KOL; here the same rule (fit_rule) runs over all KOLs in a few grouped queries.
A brand's scores carry a stamp of what they were computed from (the live KOLs' count and latest edit, the brand's
fit columns): when it no longer matches, is_fresh() says so and the list rebuilds them (build(), off the GUI
thread). The services that change KOLs and brands keep the rows right themselves, so no widget has to: saving,
trashing, restoring or erasing KOLs rescores just those KOLs (kols_changing); a brand edit, an import or a
handover restore marks scores stale (brand_changed, mark_all_stale); deleting a brand deletes its scores.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from kolcrm.core.brands import fit_rule as rule
from kolcrm.core.brands.fit import fit_score
from kolcrm.core.brands.fit_rule import BrandTargets
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter, KolRow
from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many

Progress = Callable[[int, int], None]

STALE = "stale"  # a stamp no content ever has: the scores are rebuilt before they are shown again
# Rescoring KOLs one by one costs a few queries per KOL and brand; more changed KOLs than this at once
# (a big restore from the trash) mark the scores stale instead, for one grouped rebuild.
RESCORE_AT_MOST = 200


def is_fresh(brand_id: int) -> bool:
    """Whether the stored scores still match the KOLs and the brand they were computed from."""
    row = database.execute_sql("SELECT source FROM kol_fit_build WHERE brand_id = ?", (brand_id,)).fetchone()
    return row is not None and row[0] == _source(brand_id)


def build(brand_id: int, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """(Re)compute the brand's scores for all live KOLs; returns how many were stored."""
    source = _source(brand_id)
    scores = compute_scores(brand_id)
    if cancelled is not None and cancelled():
        return 0
    with database.atomic():
        database.execute_sql("DELETE FROM kol_fit WHERE brand_id = ?", (brand_id,))
        execute_many(
            "INSERT INTO kol_fit (brand_id, kol_id, score) VALUES (?, ?, ?)",
            [(brand_id, kol_id, score) for kol_id, score in scores.items()],
        )
        database.execute_sql(
            "INSERT INTO kol_fit_build (brand_id, source) VALUES (?, ?)"
            " ON CONFLICT (brand_id) DO UPDATE SET source = excluded.source",
            (brand_id, source),
        )
    if progress is not None:
        progress(len(scores), len(scores))
    return len(scores)


# -- kept right by the services that change KOLs and brands ---------------------------------------------------
@contextmanager
def kols_changing(kol_ids: Iterable[int] = ()) -> Iterator[set[int]]:
    """Around a change to some KOLs (add new ids to the yielded set), inside the service's transaction.

    Afterwards those KOLs are rescored for every brand with stored scores (or dropped, if no longer live), and
    the scores that were fresh before the change stay fresh.
    """
    changed = set(kol_ids)
    with database.atomic():
        stamps = database.execute_sql("SELECT brand_id, source FROM kol_fit_build").fetchall()
        kols = _kols_stamp() if stamps else ""
        fresh_before = [brand_id for brand_id, source in stamps if source == _source(brand_id, kols)]
        yield changed
        left_stale = _rescore(changed)
        kept = [brand_id for brand_id in fresh_before if brand_id not in left_stale]
        kols = _kols_stamp() if kept else ""
        for brand_id in kept:
            database.execute_sql(
                "UPDATE kol_fit_build SET source = ? WHERE brand_id = ?", (_source(brand_id, kols), brand_id)
            )


def forget_kols(kol_ids: Iterable[int]) -> None:
    """Drop the scores of KOLs that are gone (erased); KOLs in the trash do not count in the stamp, so it holds."""
    ids = sorted(set(kol_ids))
    for brand_id in _scored_brands():
        for first in range(0, len(ids), 500):
            part = ids[first : first + 500]
            database.execute_sql(
                f"DELETE FROM kol_fit WHERE brand_id = ? AND kol_id IN ({','.join('?' * len(part))})",
                [brand_id, *part],
            )


def brand_changed(brand_id: int) -> None:
    """After a brand was edited: if what the score reads of it changed, its scores are stale (rebuilt when shown)."""
    row = database.execute_sql("SELECT source FROM kol_fit_build WHERE brand_id = ?", (brand_id,)).fetchone()
    if row is not None and row[0].rsplit("|", 1)[-1] != _brand_stamp(brand_id):
        database.execute_sql("UPDATE kol_fit_build SET source = ? WHERE brand_id = ?", (STALE, brand_id))


def brand_deleted(brand_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM kol_fit WHERE brand_id = ?", (brand_id,))
        database.execute_sql("DELETE FROM kol_fit_build WHERE brand_id = ?", (brand_id,))


def mark_all_stale() -> None:
    """Many KOLs changed at once (an import, a handover restore): every brand's scores are rebuilt when shown."""
    database.execute_sql("UPDATE kol_fit_build SET source = ?", (STALE,))


def _scored_brands() -> list[int]:
    return [row[0] for row in database.execute_sql("SELECT brand_id FROM kol_fit_build ORDER BY brand_id")]


def _rescore(kol_ids: set[int]) -> set[int]:
    """Rewrite these KOLs' rows for every scored brand; returns the brands marked stale instead (too many KOLs)."""
    brand_ids = _scored_brands()
    if not kol_ids or not brand_ids:
        return set()
    ids = sorted(kol_ids)
    live: list[int] = []
    for first in range(0, len(ids), 500):
        part = ids[first : first + 500]
        live += [
            row[0]
            for row in database.execute_sql(
                f"SELECT id FROM kol WHERE deleted_at IS NULL AND id IN ({','.join('?' * len(part))})", part
            )
        ]
    forget_kols(kol_ids - set(live))
    if len(live) > RESCORE_AT_MOST:
        mark_all_stale()
        return set(brand_ids)
    left_stale: set[int] = set()
    for brand_id in brand_ids:
        try:
            rows = [(brand_id, kol_id, fit_score(kol_id, brand_id)[0]) for kol_id in live]
        except NotFoundError:  # the brand went without brand_deleted: nothing to keep fresh
            left_stale.add(brand_id)
            continue
        execute_many(
            "INSERT INTO kol_fit (brand_id, kol_id, score) VALUES (?, ?, ?)"
            " ON CONFLICT (brand_id, kol_id) DO UPDATE SET score = excluded.score",
            rows,
        )
    return left_stale


# -- reading ---------------------------------------------------------------------------------------------------
def scores(brand_id: int, kol_ids: list[int]) -> dict[int, int]:
    """The stored scores of some KOLs (one page of the list)."""
    if not kol_ids:
        return {}
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

    Only KOLs with a stored score are listed: the caller builds the scores first (is_fresh/build); the services
    keep them up to date as KOLs change.
    """
    where, params = kol_list.filter_conditions(kol_filter, walk_sort_index=broad)
    if after is not None:
        where.append(f"(f.score, f.kol_id) {'<' if descending else '>'} (?, ?)")
        params += list(after)
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {kol_list.row_columns()}, f.score FROM kol_fit f JOIN kol ON kol.id = f.kol_id"
        f" WHERE f.brand_id = ? AND {' AND '.join(where)} ORDER BY f.score {direction}, f.kol_id {direction} LIMIT ?"
    )
    return [(KolRow(*row[:-1]), row[-1]) for row in database.execute_sql(sql, [brand_id, *params, limit])]


# -- the rule of fit_rule, for every live KOL from grouped rows --------------------------------------------------
def compute_scores(brand_id: int) -> dict[int, int]:
    """fit.fit_score's total for every live KOL, from a few grouped queries (JSON read by SQLite, not Python)."""
    brand = rule.brand_targets(brand_id)
    categories = _shared_labels("category", brand.categories)
    values = _shared_labels("value", brand.values)
    # The label parts depend only on how many of the brand's words a KOL shares: a lookup, not a formula per KOL.
    category_points = [
        rule.overlap_points(rule.CATEGORIES_MAX, len(brand.categories), shared)
        for shared in range(len(brand.categories) + 1)
    ]
    value_points = [
        rule.overlap_points(rule.VALUES_MAX, len(brand.values), shared) for shared in range(len(brand.values) + 1)
    ]
    return {
        kol_id: rule.total(
            (
                category_points[categories.get(kol_id, 0)],
                value_points[values.get(kol_id, 0)],
                audience,
                rule.engagement_points(tier, rate),
            )
        )
        for kol_id, tier, rate, audience in _kol_rows(brand)
    }


def _shared_labels(kind: str, wanted: frozenset[str]) -> dict[int, int]:
    """How many of the brand's words each KOL carries as labels of this kind (compared as fit.py compares them)."""
    if not wanted:
        return {}
    # Only the distinct labels that read as a wanted word are looked up: a handful, not every label.
    labels = [label for label in kol_list.tag_choices(limit=1_000_000) if rule.word_key(label) in wanted]
    if not labels:
        return {}
    marks = ",".join("?" * len(labels))
    rows = database.execute_sql(
        f"SELECT kol_id, label FROM kol_label WHERE kind = ? AND label IN ({marks})", [kind, *labels]
    )
    seen: dict[int, set[str]] = defaultdict(set)
    for kol_id, label in rows:
        seen[kol_id].add(rule.word_key(label))
    return {kol_id: len(found) for kol_id, found in seen.items()}


def _kol_rows(brand: BrandTargets) -> Iterator[tuple[int, int, float, float]]:
    """(kol id, tier, engagement rate, audience points) for every live KOL; audience from their biggest account."""
    audience: dict[int, float] = {}
    if brand.has_audience_targets and dialect.is_postgres():
        audience = _audience_read_in_python(brand)
    elif brand.has_audience_targets:
        # SQLite reads each account's JSON and returns what fit.py compares, NULL where it cannot compare (no
        # figure): the female share, the share in the brand's age bands, whether a city is shared. One flat pass
        # over the accounts, biggest first per KOL, is faster here than a window function or a subquery per KOL.
        bands = " + ".join("coalesce(json_extract(audience_age_bands, ?), 0)" for _ in brand.age_bands) or "0"
        city_marks = ",".join("?" * len(brand.cities)) or "NULL"
        sql = (
            "SELECT kol_id,"
            " CASE WHEN ? THEN audience_female_pct END,"
            " CASE WHEN ? AND audience_age_bands NOT IN ('', '{}') AND json_type(audience_age_bands) = 'object'"
            f"  AND json(audience_age_bands) != '{{}}' THEN {bands} END,"
            " CASE WHEN ? AND audience_cities NOT IN ('', '[]') AND json_type(audience_cities) = 'array'"
            "  AND json(audience_cities) != '[]'"
            f"  THEN EXISTS (SELECT 1 FROM json_each(audience_cities) WHERE CAST(value AS TEXT) IN ({city_marks})) END"
            " FROM platform_account ORDER BY kol_id, followers DESC, id"
        )
        params = [
            brand.female_pct is not None,
            bool(brand.age_bands),
            *(_json_path(band) for band in brand.age_bands),
            bool(brand.cities),
            *brand.cities,
        ]
        for kol_id, female_pct, age_share, any_city in database.execute_sql(sql, params):
            if kol_id in audience:
                continue  # a smaller account of the same KOL
            matches = []
            if female_pct is not None and brand.female_pct is not None:
                matches.append(rule.female_match(female_pct, brand.female_pct))
            if age_share is not None:
                matches.append(rule.age_match(age_share))
            if any_city is not None:
                matches.append(rule.city_match(bool(any_city)))
            audience[kol_id] = rule.audience_points(matches)
    no_figures = rule.audience_points([])
    for kol_id, tier, rate in database.execute_sql(
        "SELECT id, tier, engagement_rate FROM kol WHERE deleted_at IS NULL"
    ):
        yield kol_id, tier, rate, audience.get(kol_id, no_figures)


def _audience_read_in_python(brand: BrandTargets) -> dict[int, float]:
    """_kol_rows' audience points with the JSON read here, as fit.py reads it: the server has no json_each, and its
    jsonb casts stop the whole query at the first malformed value where SQLite's checks skip it."""
    audience: dict[int, float] = {}
    rows = database.execute_sql(
        "SELECT kol_id, audience_female_pct, audience_age_bands, audience_cities FROM platform_account"
        " ORDER BY kol_id, followers DESC, id"
    )
    for kol_id, female_pct, bands_text, cities_text in rows:
        if kol_id in audience:
            continue  # a smaller account of the same KOL
        matches = []
        if female_pct is not None and brand.female_pct is not None:
            matches.append(rule.female_match(female_pct, brand.female_pct))
        bands = rule.json_object(bands_text) if brand.age_bands else {}
        if bands:
            matches.append(rule.age_match(rule.age_share(bands, brand.age_bands)))
        cities = set(rule.json_list(cities_text)) if brand.cities else set()
        if cities:
            matches.append(rule.city_match(bool(cities & set(brand.cities))))
        audience[kol_id] = rule.audience_points(matches)
    return audience


def _json_path(key: str) -> str:
    return '$."' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- freshness ----------------------------------------------------------------------------------------------------
def _source(brand_id: int, kols: str | None = None) -> str:
    """What the scores depend on, cheaply: the live KOLs' count and latest edit, and the brand's fit columns."""
    return f"{kols if kols is not None else _kols_stamp()}|{_brand_stamp(brand_id)}"


def _kols_stamp() -> str:
    # Two subqueries, so max() walks the kol_live_updated_at index instead of the count's scan reading every row.
    count, latest = database.execute_sql(
        "SELECT (SELECT count(*) FROM kol WHERE deleted_at IS NULL),"
        " (SELECT max(updated_at) FROM kol WHERE deleted_at IS NULL)"
    ).fetchone()
    return f"{count}|{latest}"


def _brand_stamp(brand_id: int) -> str:
    # The fit columns themselves, not the brand's edit time: two edits within a second must not look alike.
    row = rule.brand_fit_row(brand_id)
    return hashlib.sha1(repr(row).encode()).hexdigest()[:16] if row else ""
