"""Erasing a KOL leaves none of their text anywhere in the database files: tables, search index, free pages, -wal."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from kolcrm.core.kols.erase import erase_kol_everywhere
from kolcrm.core.kols.interactions import add_interaction
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store.db import close_database, database
from kolcrm.core.vocabulary import InteractionKind

NAME = "欧阳翠花"
REAL_NAME = "欧阳翠"
HANDLE = "cuihuaouyang77"
WECHAT = "wxcuihua8848"
OLD_WECHAT = "wxoldcuihua5566"  # replaced by an edit before the erase: a copy of it sits in free space
NOTE = "她说下周三去杭州拍摄翡翠手镯"

# The whole strings, and the pieces the search index stores of them: trigrams and Chinese bigrams.
SECRETS = [NAME, REAL_NAME, HANDLE, WECHAT, OLD_WECHAT, NOTE, "阳翠花", "翠花", "翡翠手镯", "拍摄翡翠"]


def note(kol_id: int, text: str) -> None:
    add_interaction(kol_id, InteractionRecord(date(2024, 5, 1), InteractionKind.NOTE, text))


def build_book() -> int:
    """Forty other KOLs around the one to erase, so their words share the search index's segments and pages."""
    # Many SQLite builds (python.org's, Homebrew's) leave secure_delete off: edits then leave old text in free
    # space. Debian turns it on by default, which would hide that here.
    database.execute_sql("PRAGMA secure_delete = OFF")
    kol_id = save_kol(
        KolRecord(
            display_name=NAME,
            real_name=REAL_NAME,
            wechat_id=OLD_WECHAT,
            accounts=[AccountRecord("Douyin", HANDLE), AccountRecord("Xiaohongshu", HANDLE)],
        )
    )
    note(kol_id, NOTE)
    for number in range(40):  # their writes move rows around the pages the KOL is on
        other = save_kol(
            KolRecord(
                display_name=f"路人{number}号",
                wechat_id=f"wx_other_{number}",
                accounts=[AccountRecord("Douyin", f"passerby{number}")],
            )
        )
        note(other, f"普通备注 第{number}次")
    record = get_kol(kol_id)
    record.wechat_id, record.city = WECHAT, "杭州"
    save_kol(record)
    return kol_id


def files_of(path: Path) -> dict[str, bytes]:
    """Every byte of the database and its -wal and -shm, as another program on the computer would read them."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        if file.exists():
            found[file.name] = file.read_bytes()
    return found


def traces(path: Path) -> dict[str, list[str]]:
    """Which of the KOL's strings (UTF-8) each file still holds."""
    hits = {name: [s for s in SECRETS if s.encode() in data] for name, data in files_of(path).items()}
    return {name: found for name, found in hits.items() if found}


def test_before_the_erase_the_files_hold_the_kol(db: Path) -> None:
    build_book()

    assert traces(db), "the check below would prove nothing if the strings were never in the files"


def test_after_the_erase_no_byte_of_their_text_is_left_while_the_app_is_open(db: Path) -> None:
    kol_id = build_book()

    erased = erase_kol_everywhere(kol_id)

    assert erased.display_name == NAME and erased.traces_left == ""
    assert traces(db) == {}
    assert files_of(db).get("kolcrm.db-wal", b"") == b"", "the -wal held every page the KOL was ever on"


def test_no_byte_is_left_after_the_app_closes_either(db: Path) -> None:
    erase_kol_everywhere(build_book())

    close_database()

    assert traces(db) == {}


def test_the_others_stay_findable_by_every_index(db: Path) -> None:
    kol_id = build_book()

    erase_kol_everywhere(kol_id)

    for text in ("路人7号", "路人", "路", "passerby12", "pa", "第3次", "wx_other_5"):
        assert count(KolFilter(text=text)) >= 1, text
    for text in (NAME, "翠花", HANDLE, "cu", WECHAT, "翡翠"):
        assert count(KolFilter(text=text)) == 0, text
    for table in ("kol_search", "kol_search_cjk", "kol_search_words"):
        database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")  # raises when damaged
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_reader_in_another_program_keeps_the_wal_and_the_erase_says_so(db: Path) -> None:
    kol_id = build_book()
    database.execute_sql("PRAGMA busy_timeout = 50")  # the reader below never lets go: do not wait 5 s for it
    reader = sqlite3.connect(db)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM kol").fetchone()  # holds a snapshot from before the erase

        erased = erase_kol_everywhere(kol_id)

        assert "-wal" in erased.traces_left and "closes" in erased.traces_left
        assert count(KolFilter(text=NAME)) == 0
    finally:
        reader.close()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # what SQLite does when the last program closes
    assert traces(db) == {}


def test_inside_a_callers_transaction_the_rows_go_and_the_result_says_the_file_was_not_compacted(db: Path) -> None:
    kol_id = build_book()

    with database.atomic():
        erased = erase_kol_everywhere(kol_id)

    assert "not compacted" in erased.traces_left
    assert count(KolFilter(text=NAME)) == 0


def test_emptying_the_trash_leaves_no_byte_of_the_trashed_kols_either(db: Path) -> None:
    from kolcrm.core.kols.erase import empty_trash_everywhere
    from kolcrm.core.kols.trash import trash_kols

    kol_id = build_book()
    trash_kols([kol_id])
    assert traces(db), "trashed, not erased: the text is still there until the trash is emptied"

    emptied, traces_left = empty_trash_everywhere()

    assert (emptied, traces_left) == (1, "")
    assert traces(db) == {}
    assert count(KolFilter(text="路人7号")) == 1
