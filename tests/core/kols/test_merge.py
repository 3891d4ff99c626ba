"""Merging two KOLs who are one person: every row moves, nothing is lost, and undo puts the book back exactly."""

from __future__ import annotations

from datetime import date

import pytest

from kolcrm.core import clock
from kolcrm.core.brands import fit_scores
from kolcrm.core.care import reminders
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.kols.merge import KOL_TABLES, merge_kols, preview_merge, undo_merge
from kolcrm.core.kols.trash import empty_trash, restore_kols, trash_kols, trashed_kols
from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from tests.core.kols.book_tables import columns_and_keys_to_kol, stored_tables, without_history

pytestmark = pytest.mark.usefixtures("any_db")

NOW = "2026-01-05T08:00:00+00:00"
WITHOUT_ID = {"scheduling_priority", "kol_custom_value"}  # keyed by KOL (and field): no id to hand back


# -- the schema: a new table that refers to a KOL must be handled by the merge -----------------------------------
def tables_referring_to_kols() -> dict[str, set[str]]:
    """Every table with a kol_id column or a foreign key to kol, with those columns (read from the live schema)."""
    found: dict[str, set[str]] = {}
    for table in stored_tables():
        columns, keys = columns_and_keys_to_kol(table)
        referring = keys | ({"kol_id"} & columns)
        if referring and table != "kol":
            found[table] = referring
    return found


def test_every_table_that_refers_to_a_kol_is_handled_by_the_merge() -> None:
    referring = tables_referring_to_kols()

    unhandled = sorted(set(referring) - set(KOL_TABLES))
    assert not unhandled, (
        f"{unhandled} refer to a KOL but kolcrm/core/kols/merge.py does not say what a merge does with their rows:"
        " add them to KOL_TABLES and move them in _merge/undo_merge"
    )
    assert set(KOL_TABLES) <= set(referring), "KOL_TABLES names a table that no longer refers to KOLs"
    assert all(columns == {"kol_id"} for columns in referring.values()), "merge.py moves rows by their kol_id column"


def test_the_schema_check_notices_a_new_table_that_refers_to_kols() -> None:
    # Rolled back: the server's book keeps its tables from test to test (it is emptied, not dropped).
    with database.atomic() as transaction:
        database.execute_sql("CREATE TABLE kol_pet (id INTEGER PRIMARY KEY, owner INTEGER REFERENCES kol(id))")
        database.execute_sql("CREATE TABLE kol_shadow (kol_id INTEGER)")

        assert set(tables_referring_to_kols()) - set(KOL_TABLES) == {"kol_pet", "kol_shadow"}
        transaction.rollback()


# -- building a book where the two KOLs have something in every table -------------------------------------------
def insert(table: str, **values: object) -> int:
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({','.join('?' * len(values))})"
    if table in WITHOUT_ID:
        database.execute_sql(sql, tuple(values.values()))
        return 0
    return insert_returning_id(sql, tuple(values.values()))


def add_kol(name: str, **profile: object) -> int:
    return insert("kol", display_name=name, created_at=NOW, updated_at=NOW, **profile)


def field(name: str) -> int:
    row = database.execute_sql("SELECT id FROM custom_field WHERE name = ?", (name,)).fetchone()
    return row[0] if row else insert("custom_field", name=name, created_at=NOW)


def give_everything(kol_id: int, tag: str, brand_id: int, followers: int = 1000) -> None:
    """A row in every table that hangs off a KOL (and off its accounts and deals), as the services write them."""
    account = insert("platform_account", kol_id=kol_id, platform="Douyin", handle=f"@{tag}", handle_key=tag,
                     followers=followers, engagement_rate=2.5)  # fmt: skip
    insert("platform_account", kol_id=kol_id, platform="Weibo", handle=tag, handle_key=tag, followers=10, position=1)
    insert("rate_card_entry", account_id=account, format="Video", fee="30000", fee_at_least=1)
    insert("account_metric", account_id=account, name="posts", value="120", captured_on="2025-12-01")
    insert("kol_label", kol_id=kol_id, kind="category", label="美妆")  # both have it: the union keeps one
    insert("kol_label", kol_id=kol_id, kind="value", label=f"only-{tag}")
    insert("interaction", kol_id=kol_id, occurred_on=f"2025-0{len(tag) % 9 + 1}-01", text=f"{tag} 第一次沟通",
           created_at=NOW)  # fmt: skip
    deal = insert("collaboration", brand_id=brand_id, kol_id=kol_id, title=f"{tag} deal", created_at=NOW,
                  updated_at=NOW)  # fmt: skip
    insert("stage_change", collaboration_id=deal, to_stage="prospect", changed_at=NOW)
    deliverable = insert("deliverable", collaboration_id=deal, platform="Douyin", content_type="video")
    insert("approval_step", deliverable_id=deliverable, state="submitted", happened_at=NOW)
    insert("metric_capture", deliverable_id=deliverable, captured_on="2025-12-02", views=10, created_at=NOW)
    insert("payment", collaboration_id=deal, amount="1000", due_on="2026-02-01")
    insert("contract", collaboration_id=deal, version=1, number=f"C-{tag}", language="zh", created_at=NOW,
           sha256="0" * 64, size=1)  # fmt: skip
    trashed_deal = insert("collaboration", brand_id=brand_id, kol_id=kol_id, title=f"{tag} old deal",
                          created_at=NOW, updated_at=NOW, deleted_at=NOW)  # fmt: skip
    insert("gift", kol_id=kol_id, collaboration_id=deal, kind="gift", created_at=NOW)
    insert("perk", kol_id=kol_id, collaboration_id=trashed_deal, kind="free_weibo_story", received_on="2025-11-01",
           created_at=NOW)  # fmt: skip
    insert("scheduling_priority", kol_id=kol_id, priority="first_call" if tag == "keep" else "standard")
    insert("blackout_period", kol_id=kol_id, starts_on="2026-11-01", ends_on="2026-11-11", label="双11")
    insert("risk", kol_id=kol_id, category="reputation", description=f"{tag} risk", likelihood=2, impact=3,
           created_at=NOW, updated_at=NOW)  # fmt: skip
    insert("risk", collaboration_id=deal, category="delivery", description=f"{tag} deal risk", likelihood=1,
           impact=1, created_at=NOW, updated_at=NOW)  # fmt: skip
    insert("reminder", kol_id=kol_id, due_on="2026-03-01", subject=f"Call {tag}", created_at=NOW)
    insert("reminder", kol_id=kol_id, collaboration_id=deal, due_on="2026-02-01", subject="Pay",
           rule_key=f"payment:{deal}:2026-02-01", kind="payment", created_at=NOW)  # fmt: skip
    insert("kol_custom_value", kol_id=kol_id, field_id=field("建联状态"), value=f"{tag}-status")
    insert("kol_custom_value", kol_id=kol_id, field_id=field(f"only {tag}"), value="yes")


def book() -> tuple[int, int]:
    """A demo book, plus two KOLs (keep, other) with a row in every table; fit scores built, reminders raised."""
    with clock.fixed_today(date(2026, 1, 5)):
        populate_demo(kols=30)
    brand_id = database.execute_sql("SELECT min(id) FROM brand").fetchone()[0]
    keep = add_kol("Lulu", city="上海", phone="", status="active")
    other = add_kol("lulu ", city="北京", phone="+86 138 0000 1111", wechat_id="lulu_wx", languages="English",
                    birthday="1995-05-20")  # fmt: skip
    give_everything(keep, "keep", brand_id, followers=5000)
    give_everything(other, "other", brand_id, followers=90_000)
    from kolcrm.core.store import search

    search.reindex_kols(database, [keep, other])
    fit_scores.build(brand_id)
    with clock.fixed_today(date(2026, 1, 5)):
        reminders.refresh()
    return keep, other


def dump() -> dict[str, list[tuple[object, ...]]]:
    """Every stored row of every table but the full-text indexes' own (kol_search_doc, their content, is in)."""
    tables = [name for name in stored_tables() if not (name.startswith("kol_search") and name != "kol_search_doc")]
    return {table: sorted(database.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}


def dump_but_history() -> dict[str, list[tuple[object, ...]]]:
    """dump() less what a merge and its undo add on purpose: the kept KOL's history ("merged", "merge undone") and
    the KOLs' row versions, which only move forward so that an editor open on either is told."""
    return without_history(dump())


def rows_on(kol_id: int) -> dict[str, int]:
    return {
        table: database.execute_sql(f"SELECT count(*) FROM {table} WHERE kol_id = ?", (kol_id,)).fetchone()[0]
        for table in KOL_TABLES
    }


# -- merging ------------------------------------------------------------------------------------------------------
def test_every_row_of_the_other_kol_moves_and_only_what_cannot_sit_twice_stays_behind() -> None:
    keep, other = book()
    before_keep, before_other = rows_on(keep), rows_on(other)
    total_before = {table: len(rows) for table, rows in dump().items()}

    receipt = merge_kols(keep, other)

    left = rows_on(other)
    assert left == {
        **dict.fromkeys(KOL_TABLES, 0),
        "interaction": 1,  # the "merged into" note
        "kol_label": 1,  # 美妆, which the kept KOL has too
        "kol_custom_value": 1,  # 建联状态: the kept KOL's value wins
        "scheduling_priority": 1,  # the kept KOL's wins
        "kol_search_doc": 1,  # the shell stays findable in the trash
    }
    now_keep = rows_on(keep)
    for table in ("platform_account", "collaboration", "gift", "perk", "blackout_period", "risk"):
        assert now_keep[table] == before_keep[table] + before_other[table], table
    assert now_keep["interaction"] == before_keep["interaction"] + before_other["interaction"]
    assert now_keep["kol_custom_value"] == 3
    assert now_keep["kol_fit"] == 1 and left["kol_fit"] == 0
    # Nothing was lost: every table holds as many rows as before, but the new note on the shell and the shell's
    # fit score (derived: a trashed KOL has none).
    total_after = {table: len(rows) for table, rows in dump().items()}
    assert total_after == {
        **total_before, "interaction": total_before["interaction"] + 1, "kol_fit": total_before["kol_fit"] - 1,
        "kol_change": total_before["kol_change"] + 1,  # "merged Lulu" in the kept KOL's history
    }  # fmt: skip
    assert receipt.counts["accounts"] == 2
    assert receipt.counts["deals"] == 2
    assert receipt.counts["rate_cards"] == 1 and receipt.counts["metrics"] == 1
    assert receipt.counts["custom_values"] == 1 and receipt.counts["scheduling"] == 0
    assert receipt.counts["labels"] == 1


def test_the_kept_kol_gets_the_empty_fields_filled_never_overwritten_and_its_summary_refreshed() -> None:
    keep, other = book()

    receipt = merge_kols(keep, other)

    row = database.execute_sql(
        "SELECT display_name, city, phone, wechat_id, languages, birthday, status, main_platform, followers, tier,"
        " last_contact FROM kol WHERE id = ?",
        (keep,),
    ).fetchone()
    assert row[:7] == ("Lulu", "上海", "+86 138 0000 1111", "lulu_wx", "English", "1995-05-20", "active")
    assert row[7:10] == ("Douyin", 90_000, 2), "the other's larger account is now the main one (tier Micro)"
    assert row[10] == "2025-06-01", "last contact is the later of the two histories"
    assert receipt.filled == {"phone": "+86 138 0000 1111", "wechat_id": "lulu_wx", "birthday": "1995-05-20",
                              "languages": "English"}  # fmt: skip
    accounts = database.execute_sql(
        "SELECT handle, position FROM platform_account WHERE kol_id = ? ORDER BY position", (keep,)
    ).fetchall()
    assert accounts == [("@keep", 0), ("keep", 1), ("@other", 2), ("other", 3)]
    assert count(KolFilter(text="other 第一次沟通")) == 1, "the moved history is found under the kept KOL"


def test_the_other_kol_goes_to_the_trash_saying_where_it_went() -> None:
    keep, other = book()

    merge_kols(keep, other)

    assert [kol.id for kol in trashed_kols()] == [other]
    note = database.execute_sql("SELECT text FROM interaction WHERE kol_id = ?", (other,)).fetchone()[0]
    assert f"Merged into Lulu (KOL #{keep})" in note
    assert database.execute_sql("SELECT followers, main_platform FROM kol WHERE id = ?", (other,)).fetchone() == (0, "")


def test_custom_values_the_kept_value_wins_the_other_fills_empty_ones() -> None:
    keep, other = book()
    preview = preview_merge(keep, other)
    assert preview.custom_filled == {"only other": "yes"}
    assert preview.custom_differs == {"建联状态": ("keep-status", "other-status")}

    merge_kols(keep, other)

    values = dict(
        database.execute_sql(
            "SELECT f.name, v.value FROM kol_custom_value v JOIN custom_field f ON f.id = v.field_id WHERE kol_id = ?",
            (keep,),
        ).fetchall()
    )
    assert values == {"建联状态": "keep-status", "only keep": "yes", "only other": "yes"}


def test_generated_reminders_naming_the_other_kol_are_rekeyed_and_never_doubled() -> None:
    keep, other = book()
    database.execute_sql("UPDATE kol SET birthday = '1995-05-20' WHERE id = ?", (keep,))
    today = date(2026, 5, 10)
    with clock.fixed_today(today):
        reminders.refresh()
    keys = {key for (key,) in database.execute_sql("SELECT rule_key FROM reminder WHERE rule_key LIKE 'birthday:%'")}
    assert keys == {f"birthday:2026-05-20:{keep}", f"birthday:2026-05-20:{other}"}
    before = dump_but_history()

    receipt = merge_kols(keep, other)
    assert len(receipt.dropped_reminders) == 1
    undo_merge(receipt)
    assert dump_but_history() == before, "the dropped reminder came back as it was"

    merge_kols(keep, other)
    with clock.fixed_today(today):
        reminders.refresh()  # the rules run again after the merge: they raise nothing twice

    birthday = database.execute_sql(
        "SELECT kol_id, rule_key FROM reminder WHERE rule_key LIKE 'birthday:%' OR rule_key LIKE 'festival:%'"
    ).fetchall()
    assert birthday == [(keep, f"birthday:2026-05-20:{keep}")], "one birthday reminder, on the kept KOL"


def test_a_rewritten_key_takes_the_kept_kols_id_when_it_had_none() -> None:
    keep, other = book()
    with clock.fixed_today(date(2026, 5, 10)):
        reminders.refresh()
    before = dump_but_history()

    receipt = merge_kols(keep, other)

    assert database.execute_sql(
        "SELECT kol_id FROM reminder WHERE rule_key = ?", (f"birthday:2026-05-20:{keep}",)
    ).fetchone() == (keep,)
    assert receipt.reminder_keys and not receipt.dropped_reminders
    undo_merge(receipt)
    assert dump_but_history() == before


def test_fit_scores_follow_and_stay_fresh() -> None:
    keep, other = book()
    brand_id = database.execute_sql("SELECT min(id) FROM brand").fetchone()[0]
    assert fit_scores.is_fresh(brand_id)

    receipt = merge_kols(keep, other)

    assert fit_scores.is_fresh(brand_id)
    assert set(fit_scores.scores(brand_id, [keep, other])) == {keep}
    assert fit_scores.build(brand_id) and set(fit_scores.scores(brand_id, [keep, other])) == {keep}
    undo_merge(receipt)
    assert set(fit_scores.scores(brand_id, [keep, other])) == {keep, other}


# -- undo ---------------------------------------------------------------------------------------------------------
def test_undo_puts_every_table_back_exactly() -> None:
    keep, other = book()
    before = dump_but_history()
    searches = {text: count(KolFilter(text=text)) for text in ("other 第一次沟通", "lulu", "Lulu", "keep")}

    receipt = merge_kols(keep, other)
    assert dump_but_history() != before
    undo_merge(receipt)

    assert dump_but_history() == before
    changes = sorted((row for row in dump()["kol_change"] if row[1] == keep), key=lambda row: row[0])  # by id
    assert [row[4] for row in changes][-2:] == ["merged", "merge_undone"]
    assert {text: count(KolFilter(text=text)) for text in searches} == searches
    if not dialect.is_postgres():  # FTS5's own check; the server's index is plain tables, compared by dump()
        database.execute_sql("INSERT INTO kol_search(kol_search) VALUES ('integrity-check')")
    assert trashed_kols() == []


def test_undo_keeps_what_changed_since_and_still_separates_the_rows() -> None:
    keep, other = book()
    receipt = merge_kols(keep, other)
    database.execute_sql("UPDATE kol SET city = '杭州', email = 'new@example.com' WHERE id = ?", (keep,))
    restore_kols([other])  # someone brought the shell back from the trash meanwhile

    undo_merge(receipt)

    assert database.execute_sql("SELECT city, email, phone FROM kol WHERE id = ?", (keep,)).fetchone() == (
        "杭州", "new@example.com", ""
    )  # fmt: skip
    assert rows_on(other)["platform_account"] == 2 and rows_on(keep)["platform_account"] == 2
    assert database.execute_sql("SELECT followers FROM kol WHERE id = ?", (other,)).fetchone() == (90_000,)


def test_undo_after_the_trash_was_emptied_is_refused() -> None:
    keep, other = book()
    receipt = merge_kols(keep, other)
    empty_trash()

    with pytest.raises(NotFoundError, match="can no longer be undone"):
        undo_merge(receipt)
    assert rows_on(keep)["platform_account"] == 4, "nothing was half-undone"


# -- refusals and the preview -------------------------------------------------------------------------------------
def test_refusals_write_nothing() -> None:
    keep, other = book()
    trashed = add_kol("Gone")
    trash_kols([trashed])
    before = dump()

    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        merge_kols(keep, keep)
    with pytest.raises(ValidationError, match="is in the trash"):
        merge_kols(keep, trashed)
    with pytest.raises(ValidationError, match="is in the trash"):
        preview_merge(trashed, other)
    with pytest.raises(NotFoundError, match="No KOL with id 99999"):
        merge_kols(keep, 99_999)
    with pytest.raises(NotFoundError):
        preview_merge(99_999, keep)

    assert dump() == before


def test_preview_shows_both_sides_and_what_the_kept_kol_takes() -> None:
    keep, other = book()

    preview = preview_merge(keep, other)

    assert preview.keep.display_name == "Lulu" and preview.other.display_name == "lulu "
    assert preview.other.counts["accounts"] == 2 and preview.other.counts["deals"] == 2
    assert preview.other.counts["history"] == 1 and preview.other.counts["gifts"] == 1
    assert preview.other.accounts[0] == "Douyin @other (90,000 followers)"
    assert preview.filled["phone"] == "+86 138 0000 1111"
    assert preview.differs["city"] == ("上海", "北京")
    assert "status" in preview.differs
    assert preview.labels_added == ("only-other",)
    assert preview.other.custom_values == {"建联状态": "other-status", "only other": "yes"}
