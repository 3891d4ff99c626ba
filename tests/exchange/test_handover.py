"""Handover packages: a KOL book exported, restored into another database, merged, never duplicated, refused whole."""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kolcrm.cli import imports as cli_import
from kolcrm.core.care import reminders
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store import search
from kolcrm.core.store.db import database, open_database
from kolcrm.exchange.exports import kol_json
from kolcrm.exchange.handover.service import (
    FORMAT_VERSION,
    HandoverError,
    export_handover,
    import_handover,
    is_handover,
)
from tests.exchange.kol_book import build_book

TABLES = (
    "kol",
    "kol_label",
    "platform_account",
    "rate_card_entry",
    "interaction",
    "brand",
    "collaboration",
    "stage_change",
    "deliverable",
    "approval_step",
    "payment",
    "contract",
    "gift",
    "perk",
    "scheduling_priority",
    "blackout_period",
    "risk",
    "reminder",
    "kol_search_doc",
)


def counts() -> dict[str, int]:
    return {table: database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


@pytest.fixture
def package(tmp_path, any_db) -> Path:
    build_book(tmp_path)
    path = tmp_path / "book.kolcrm-handover"
    result = export_handover(path)
    assert result.count == 2
    return path


def fresh(tmp_path: Path, name: str = "other.db") -> Path:
    return open_database(tmp_path / name)


def comparable(kol_id: int) -> dict:
    """A KOL's export without what differs between databases (ids, export time, the name sort key)."""
    data = kol_json.kol_as_json(kol_id)
    data.pop("kolcrm")
    # The name sort key is derived by the receiving book, each engine spelling its separator in its own way.
    data["profile"].pop("name_order")

    def scrub(value):
        if isinstance(value, dict):
            # Row versions and who saved last are each book's own record of its saves, not the KOL's data.
            return {k: scrub(v) for k, v in value.items()
                    if k not in ("id", "row_version", "changed_by") and not k.endswith("_id")}  # fmt: skip
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    return scrub(data)


def ids_by_name() -> dict[str, int]:
    return {name: kol_id for kol_id, name in database.execute_sql("SELECT id, display_name FROM kol")}


def without_rule_keys(data: dict) -> dict:
    """Reminders compared by what the user reads: a generated one's rule key holds its database's ids, and its
    creation time is when the rules raised it on each side (a second apart when the clock ticks between them)."""
    generated = {"rule_key": True, "created_at": "raised by the rules"}
    data["reminders"] = sorted(
        ({**r, **generated} if r["rule_key"] is not None else {**r, "rule_key": False} for r in data["reminders"]),
        key=lambda r: (r["due_on"], r["kind"], r["subject"]),
    )
    return data


def test_a_package_restores_the_same_book_into_a_fresh_database(tmp_path, package):
    reminders.refresh()  # what the rules raise on the sending side, to compare with what they raise here
    originals = {name: without_rule_keys(comparable(kol_id)) for name, kol_id in ids_by_name().items()}
    assert any(r["rule_key"] for data in originals.values() for r in data["reminders"])
    fresh(tmp_path)
    assert is_handover(package)
    summary = import_handover(package)
    assert (summary.kols_added, summary.kols_merged, summary.deals_added, summary.gifts_added) == (2, 0, 2, 1)
    assert summary.reminders_raised > 0
    restored = ids_by_name()
    assert set(restored) == {"李佳琦", "Mia Chen"}
    for name, data in originals.items():
        # The user's own tasks travel; the generated reminders are raised again by the rules here.
        assert without_rule_keys(comparable(restored[name])) == data, name
    li = kols.get_kol(restored["李佳琦"])
    assert li.categories == ["美妆", "护肤"] and li.accounts[0].rate_card[0].fee == 300000.50
    sql, params = search.matching_ids_sql("佳琦")
    assert database.execute_sql(f"SELECT id FROM kol WHERE {sql}", params).fetchone()[0] == restored["李佳琦"]
    assert kol_list.fetch_row(restored["李佳琦"]).main_platform == "Douyin"


def test_the_cli_imports_a_package_whole(tmp_path, package, capsys):
    target = tmp_path / "cli.db"
    args = argparse.Namespace(file=str(package), db=str(target), dry_run=True, mapping=None, strict=False)
    assert cli_import.run(args) == 0
    assert "is a handover package: it is imported whole" in capsys.readouterr().out and not target.exists()
    args.dry_run = False
    assert cli_import.run(args) == 0
    assert "KOLs: 2 added, 0 merged" in capsys.readouterr().out
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] == 2
    conn.close()


def test_a_kol_already_here_is_merged_not_duplicated(tmp_path, package):
    fresh(tmp_path)
    here = kols.save_kol(
        KolRecord(display_name="佳琦", city="", accounts=[AccountRecord("Douyin", " LiJiaQi ", followers=1)])
    )
    summary = import_handover(package)
    assert (summary.kols_added, summary.kols_merged) == (1, 1)
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 2
    merged = kols.get_kol(here)
    assert merged.display_name == "佳琦"  # the name used here stays
    assert merged.city == "上海" and merged.wechat_id == "lijiaqi_wx"  # blanks filled from the package
    assert {(a.platform, a.handle) for a in merged.accounts} == {("Douyin", "LiJiaQi"), ("Weibo", "李佳琦Austin")}
    assert [deal["title"] for deal in kol_json.kol_as_json(here)["deals"]] == ["春季口红"]


def test_importing_the_same_package_twice_adds_nothing_the_second_time(tmp_path, package):
    fresh(tmp_path)
    import_handover(package)
    first = counts()
    summary = import_handover(package)
    assert counts() == first
    assert (summary.kols_added, summary.kols_merged, summary.deals_added, summary.deals_present) == (0, 2, 0, 2)
    assert (summary.gifts_added, summary.perks_added, summary.notes_added, summary.brands_added) == (0, 0, 0, 0)


def test_importing_back_into_the_source_database_adds_nothing(tmp_path, package):
    reminders.refresh()  # as the app does on start: the reminders the rules raise here are already raised
    before = counts()
    import_handover(package)
    assert counts() == before


def rewrite(package: Path, target: Path, manifest_change=None, data_change=None, fix_checksum=True) -> Path:
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    if data_change:
        data_change(data)
    payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fix_checksum:
        manifest["data_sha256"] = hashlib.sha256(payload).hexdigest()
    if manifest_change:
        manifest_change(manifest)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
    return target


def file_bytes(path: Path) -> bytes:
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def test_a_package_from_a_newer_kolcrm_is_refused_with_nothing_written(tmp_path, package):
    newer = rewrite(package, tmp_path / "newer.kolcrm-handover", lambda m: m.update(schema_version=99))
    other = fresh(tmp_path)
    before = counts()
    with pytest.raises(HandoverError, match="newer kolcrm"):
        import_handover(newer)
    newer_format = rewrite(
        package, tmp_path / "format.kolcrm-handover", lambda m: m.update(format_version=FORMAT_VERSION + 1)
    )
    with pytest.raises(HandoverError, match="Update kolcrm"):
        import_handover(newer_format)
    assert counts() == before and other.exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # truncated download
        lambda p: p.write_bytes(b"not a zip at all"),
        lambda p: rewrite(
            p, p, data_change=lambda d: d["kols"][0]["profile"].update(display_name="篡改"), fix_checksum=False
        ),
        lambda p: rewrite(p, p, data_change=lambda d: d["kols"][0].pop("deals")),
        lambda p: rewrite(p, p, data_change=lambda d: d["kols"][0]["profile"].update(status="famous")),
    ],
    ids=["truncated", "not-a-zip", "checksum", "missing-section", "unknown-status"],
)
def test_a_damaged_package_is_refused_with_nothing_written(tmp_path, package, damage):
    damage(package)
    other = fresh(tmp_path)
    image = file_bytes(other)
    with pytest.raises(HandoverError):
        import_handover(package)
    assert file_bytes(other) == image


def test_a_record_the_database_refuses_midway_rolls_back_everything(tmp_path, package):
    def bad_risk(data):
        data["kols"][-1]["risks"].append(
            {
                **data["kols"][0]["risks"][0],
                "likelihood": 9,
                "kol_id": None,
                "collaboration_id": data["kols"][-1]["deals"][0]["id"],
            }
        )

    broken = rewrite(package, tmp_path / "broken.kolcrm-handover", data_change=bad_risk)
    fresh(tmp_path)
    before = counts()
    with pytest.raises(HandoverError, match="nothing was written"):
        import_handover(broken)
    assert counts() == before


def test_a_cancelled_import_leaves_the_database_as_it_was(tmp_path, package):
    fresh(tmp_path)
    before = counts()
    calls = iter(range(100))
    summary = import_handover(package, cancelled=lambda: next(calls) >= 1)  # after the first KOL went in
    assert summary.cancelled and counts() == before


def test_is_handover_tells_packages_from_other_files(tmp_path, package):
    (tmp_path / "plain.csv").write_text("name\n李佳琦\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("manifest.json", '{"format": "something-else"}')
    assert is_handover(package)
    assert not is_handover(tmp_path / "plain.csv") and not is_handover(tmp_path / "other.zip")
    assert not is_handover(tmp_path / "missing.kolcrm-handover")


def test_only_the_given_kols_travel(tmp_path, any_db):
    book = build_book(tmp_path)
    export_handover(tmp_path / "chen.kolcrm-handover", [book.chen])
    with zipfile.ZipFile(tmp_path / "chen.kolcrm-handover") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    assert manifest["kols"] == 1 and [k["profile"]["display_name"] for k in data["kols"]] == ["Mia Chen"]
    assert [b["name"] for b in data["brands"]] == ["花西子"]
