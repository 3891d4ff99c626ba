"""A KOL's history of changes: each save, hand-over, trash and restore names who did it and which fields moved,
on either engine, and follows the KOL through a merge and out with an erasure."""

from __future__ import annotations

import re

import pytest

from kolcrm.core.kols import change_log, ownership
from kolcrm.core.kols.erase import erase_kol_everywhere
from kolcrm.core.kols.interactions import add_interaction, history
from kolcrm.core.kols.merge import merge_kols, undo_merge
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.kols.trash import restore_kols, trash_kols
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status


def _log(kol_id: int) -> list[tuple[str, str, str]]:
    """(who, what, detail), oldest first."""
    return [(c.changed_by, c.what, c.detail) for c in reversed(change_log.changes(kol_id))]


def test_each_change_to_a_kol_is_one_entry_naming_who_and_which_fields(any_db, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    kol_id = save_kol(KolRecord(display_name="小鹿", city="上海"))
    record = get_kol(kol_id)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    record.status, record.city = Status.ACTIVE, "杭州"
    record.accounts = [AccountRecord(platform="Xiaohongshu", handle="xiaolu", followers=120_000)]
    save_kol(record)
    save_kol(get_kol(kol_id))  # saved unchanged: nothing to record
    ownership.set_owner([kol_id], "王芳")
    trash_kols([kol_id])
    restore_kols([kol_id])

    assert _log(kol_id) == [
        ("李雷", "added", ""),
        ("韩梅梅", "saved", "status,city,accounts"),
        ("韩梅梅", "owner", "王芳"),
        ("韩梅梅", "trashed", ""),
        ("韩梅梅", "restored", ""),
    ]


def test_a_change_reads_as_a_sentence_with_its_local_time(any_db, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    kol_id = save_kol(KolRecord(display_name="Emma"))
    record = get_kol(kol_id)
    record.status, record.real_name = Status.ACTIVE, "Emma Li"
    save_kol(record)
    ownership.set_owner([kol_id], "王芳")
    ownership.set_owner([kol_id], "")

    sentences = [change_log.describe(c) for c in reversed(change_log.changes(kol_id))]

    assert re.fullmatch(r"李雷 added this KOL at \d\d:\d\d", sentences[0])
    assert re.fullmatch(r"李雷 changed Real name, Status at \d\d:\d\d", sentences[1])
    assert re.fullmatch(r"李雷 gave this KOL to 王芳 at \d\d:\d\d", sentences[2])
    assert re.fullmatch(r"李雷 gave this KOL to nobody at \d\d:\d\d", sentences[3])


def test_a_refused_save_records_nothing(any_db, monkeypatch) -> None:
    from kolcrm.core.store.versions import EditConflict

    kol_id = save_kol(KolRecord(display_name="阿花"))
    mine, theirs = get_kol(kol_id), get_kol(kol_id)
    theirs.city = "北京"
    save_kol(theirs)
    mine.city = "上海"

    with pytest.raises(EditConflict):
        save_kol(mine)

    assert [what for _who, what, _detail in _log(kol_id)] == ["added", "saved"]


def test_notes_name_their_writer(any_db, monkeypatch) -> None:
    from datetime import date

    kol_id = save_kol(KolRecord(display_name="小鹿"))
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    add_interaction(kol_id, InteractionRecord(occurred_on=date(2026, 12, 1), kind="call", text="聊了双11档期"))

    assert [note.created_by for note in history(kol_id)] == ["李雷"]


def test_the_history_follows_a_merge_and_comes_back_with_its_undo(any_db, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    keep, other = save_kol(KolRecord(display_name="小鹿")), save_kol(KolRecord(display_name="小鹿 Lulu"))
    ownership.set_owner([other], "王芳")

    read_before = get_kol(keep).row_version

    receipt = merge_kols(keep, other)

    assert _log(keep) == [("李雷", "added", ""), ("李雷", "added", ""), ("李雷", "owner", "王芳"),
                          ("李雷", "merged", "小鹿 Lulu")]  # fmt: skip
    assert get_kol(keep).row_version == read_before + 1  # an editor open on the kept KOL is told
    undo_merge(receipt)
    assert [what for _who, what, _detail in _log(other)] == ["added", "owner"]
    assert [what for _who, what, _detail in _log(keep)] == ["added", "merged", "merge_undone"]
    assert get_kol(keep).row_version == read_before + 2  # versions only move forward, even through an undo


def test_erasing_a_kol_erases_its_change_history(any_db) -> None:
    kol_id = save_kol(KolRecord(display_name="小鹿"))
    ownership.set_owner([kol_id], "王芳")

    erase_kol_everywhere(kol_id)

    assert database.execute_sql("SELECT count(*) FROM kol_change WHERE kol_id = ?", (kol_id,)).fetchone()[0] == 0


def test_an_import_that_changes_a_kol_names_the_file_and_tells_an_open_editor(any_db, tmp_path, monkeypatch) -> None:
    from kolcrm.core.store.versions import EditConflict
    from kolcrm.exchange.imports.importer import apply_import, plan_import
    from kolcrm.exchange.imports.mapping import guess_mapping
    from kolcrm.exchange.imports.reading import read_table

    kol_id = save_kol(KolRecord(display_name="小鹿", accounts=[AccountRecord("Douyin", "xiaolu", followers=1000)]))
    open_in_editor = get_kol(kol_id)
    sheet = tmp_path / "达人表.csv"
    sheet.write_text("昵称,平台,账号,粉丝数,城市\n小鹿,抖音,xiaolu,2万,杭州\n", encoding="utf-8")
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    table = read_table(sheet)
    apply_import(plan_import(table, guess_mapping(table.headers)))

    assert get_kol(kol_id).accounts[0].followers == 20_000
    assert _log(kol_id)[-1] == ("李雷", "updated_from", "达人表.csv")
    open_in_editor.real_name = "陆小鹿"
    with pytest.raises(EditConflict, match="李雷"):  # it would have put 1,000 followers back
        save_kol(open_in_editor)


def test_a_handover_package_that_brings_a_kol_something_new_says_so_once(any_db, tmp_path, monkeypatch) -> None:
    from datetime import date

    from kolcrm.exchange.handover.service import export_handover, import_handover

    kol_id = save_kol(KolRecord(display_name="小鹿", accounts=[AccountRecord("Douyin", "xiaolu", followers=1000)]))
    note = add_interaction(kol_id, InteractionRecord(occurred_on=date(2026, 11, 3), kind="note", text="寄了样品"))
    package = tmp_path / "交接.kolcrm-handover"
    export_handover(package)
    database.execute_sql("DELETE FROM interaction WHERE id = ?", (note,))
    monkeypatch.setenv("KOLCRM_USER", "王芳")

    import_handover(package)
    import_handover(package)  # the second time it brings nothing new

    assert [(who, what, detail) for who, what, detail in _log(kol_id) if what == "updated_from"] == [
        ("王芳", "updated_from", "交接.kolcrm-handover")
    ]
    assert [n.text for n in history(kol_id)] == ["寄了样品"]
