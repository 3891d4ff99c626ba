"""No lost edits: a save over someone else's newer change is refused with who and when, on either engine."""

from __future__ import annotations

import pytest

from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.versions import EditConflict


def _new_kol() -> int:
    database.execute_sql(
        "INSERT INTO kol (display_name, created_at, updated_at) VALUES (?, ?, ?)",
        ("小鹿Lulu", "2026-12-02T01:00:00+00:00", "2026-12-02T01:00:00+00:00"),
    )
    return int(database.execute_sql("SELECT max(id) FROM kol").fetchone()[0])


def test_the_second_of_two_saves_from_the_same_version_is_refused_naming_the_first(any_db, monkeypatch) -> None:
    kol_id = _new_kol()
    read_by_both = versions.stamp("kol", kol_id).version

    monkeypatch.setenv("KOLCRM_USER", "李雷")
    with database.atomic():
        assert versions.claim("kol", kol_id, read_by_both) == read_by_both + 1
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    with pytest.raises(EditConflict) as refused, database.atomic():
        versions.claim("kol", kol_id, read_by_both)

    assert refused.value.changed_by == "李雷"
    assert str(refused.value).startswith("李雷 changed this KOL at ")
    assert versions.stamp("kol", kol_id).changed_by == "李雷"  # the refused save changed nothing


def test_saving_over_the_other_change_is_a_choice_that_is_recorded(any_db, monkeypatch) -> None:
    kol_id = _new_kol()
    stale = versions.stamp("kol", kol_id).version
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    versions.claim("kol", kol_id, stale)

    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    new_version = versions.claim("kol", kol_id, stale, force=True)

    stamp = versions.stamp("kol", kol_id)
    assert (stamp.version, stamp.changed_by) == (new_version, "韩梅梅") and new_version == stale + 2


def test_without_a_chosen_name_the_person_is_the_login(any_db, monkeypatch) -> None:
    monkeypatch.delenv("KOLCRM_USER", raising=False)
    assert versions.current_person()  # the OS user on a file, the PostgreSQL role on a server
    if str(any_db).startswith("postgresql://"):
        assert versions.current_person() == database.execute_sql("SELECT current_user").fetchone()[0]


def test_only_versioned_tables_can_be_claimed(any_db) -> None:
    with pytest.raises(ValueError):
        versions.claim("kol; DROP TABLE kol", 1, None)


def test_two_editors_of_one_kol_the_second_is_told_and_may_overwrite(any_db, monkeypatch) -> None:
    from kolcrm.core.kols.records import KolRecord
    from kolcrm.core.kols.service import get_kol, save_kol

    monkeypatch.setenv("KOLCRM_USER", "李雷")
    kol_id = save_kol(KolRecord(display_name="小鹿Lulu", city="上海", owner="李雷"))
    lilei, hanmeimei = get_kol(kol_id), get_kol(kol_id)
    assert (lilei.owner, lilei.changed_by, lilei.row_version) == ("李雷", "李雷", 1)

    lilei.city = "杭州"
    save_kol(lilei)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    hanmeimei.agency = "如涵"
    with pytest.raises(EditConflict, match="李雷 changed this KOL"):
        save_kol(hanmeimei)
    assert (get_kol(kol_id).city, get_kol(kol_id).agency) == ("杭州", "")  # the refused save wrote nothing

    save_kol(hanmeimei, overwrite=True)
    now = get_kol(kol_id)
    assert (now.agency, now.changed_by, now.row_version) == ("如涵", "韩梅梅", 3)


def test_a_kol_trashed_while_someone_edits_it_is_not_brought_back_silently(any_db, monkeypatch) -> None:
    from kolcrm.core.kols.records import KolRecord
    from kolcrm.core.kols.service import get_kol, save_kol
    from kolcrm.core.kols.trash import trash_kols

    kol_id = save_kol(KolRecord(display_name="小鹿Lulu"))
    editing = get_kol(kol_id)
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    trash_kols([kol_id])

    editing.city = "上海"
    with pytest.raises(EditConflict, match="李雷 changed this KOL"):
        save_kol(editing)
    assert get_kol(kol_id).deleted_at is not None and get_kol(kol_id).city == ""
