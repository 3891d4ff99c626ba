"""Export then import: the KOLs come back the same, Chinese intact, formula guards read back as typed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.exports.tables import export_csv, export_xlsx
from kolcrm.exchange.imports.importer import apply_import, plan_import
from kolcrm.exchange.imports.mapping import guess_mapping
from kolcrm.exchange.imports.reading import read_table

PROFILE = (
    "SELECT display_name, real_name, status, city, phone, email, wechat_id, agency, main_platform, followers,"
    " round(engagement_rate, 2) FROM kol ORDER BY display_name, id"
)
MAIN_ACCOUNT = (
    "SELECT k.display_name, p.platform, p.handle FROM platform_account p JOIN kol k ON k.id = p.kol_id"
    " WHERE p.platform = k.main_platform AND p.followers = k.followers ORDER BY 1, 2, 3"
)


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("export", [export_csv, export_xlsx], ids=["csv", "xlsx"])
def test_exported_kols_import_back_the_same(tmp_path: Path, export) -> None:
    source = open_database(tmp_path / "source.db")
    populate_demo(40, seed=11)
    file = tmp_path / f"kols.{'csv' if export is export_csv else 'xlsx'}"
    export(file)
    close_database()
    phones = [phone for (phone,) in rows(source, "SELECT phone FROM kol WHERE phone != ''")]
    assert any(phone.startswith("+86") for phone in phones), phones[:3]

    target = open_database(tmp_path / "target.db")
    table = read_table(file)
    plan = plan_import(table, guess_mapping(table.headers))
    assert not plan.errors, plan.errors[:3]
    apply_import(plan)
    close_database()

    assert rows(target, PROFILE) == rows(source, PROFILE)
    assert rows(target, MAIN_ACCOUNT) == rows(source, MAIN_ACCOUNT)
    chinese = [name for (name, *_rest) in rows(target, PROFILE) if any("\u4e00" <= ch <= "\u9fff" for ch in name)]
    assert len(chinese) > 10, "Chinese names come back intact"
