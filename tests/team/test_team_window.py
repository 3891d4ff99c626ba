"""The window on a team's book: connecting from File, the book named in the title without its password, and other
users' changes showing up without a restart."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from kolcrm.app import install_cjk_font, open_window, switch_book
from kolcrm.core.store import team
from kolcrm.core.store.db import open_database
from kolcrm.core.store.server import ServerBook
from kolcrm.ui.team.connect_dialog import LAST_SERVER_KEY, ConnectDialog

pytestmark = pytest.mark.postgres


def test_the_connect_dialog_builds_the_address_and_remembers_it_without_the_password(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.team.example")
    dialog.port.setValue(6543)
    dialog.database.setText("品牌部")
    dialog.user.setText("lilei")
    dialog.password.setText("s3cret:/@")

    book = dialog.book()
    dialog.remember_server()

    assert book.password == "s3cret:/@" and book.user == "lilei" and book.name == "品牌部"
    assert "s3cret" not in str(book)
    remembered = settings.value(LAST_SERVER_KEY)
    assert "s3cret" not in remembered and remembered.startswith("postgresql://lilei@db.team.example:6543/")
    again = ConnectDialog(settings)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
        "db.team.example", 6543, "品牌部", "lilei",
    )  # fmt: skip
    assert again.password.text() == ""


def test_a_wrong_password_is_told_before_the_window_gives_up_its_book(server_url: str) -> None:
    wrong = ServerBook.parse(server_url).with_password("wrong")
    with pytest.raises(Exception, match="refused the password"):
        team.check_server_book(wrong)


def test_switching_to_the_team_book_names_it_and_hears_other_users(qtbot, qapp, tmp_path, server_url: str) -> None:
    install_cjk_font(qapp)
    own_file = open_database(tmp_path / "own.db")
    window = open_window(own_file)  # not given to qtbot: switch_book closes and deletes it

    team_window = switch_book(window, server_url)
    qtbot.addWidget(team_window)

    assert isinstance(team_window.database_path, ServerBook)
    assert team_window.windowTitle() == f"kolcrm — {ServerBook.parse(server_url).name}"
    assert "kolcrm_ci:" not in team_window.database_label.text() or "***" in team_window.database_label.text()
    assert hasattr(team_window, "live_updates")
    # The window listens from a thread of its own: a change committed before its LISTEN is in place is not heard
    # (on a loaded machine that took longer than the insert below).
    assert team_window.live_updates.listener.wait_listening(10)
    with psycopg.connect(server_url, autocommit=True) as other:
        other.execute(
            "INSERT INTO kol (display_name, created_at, updated_at) VALUES ('韩梅梅的新KOL', '2026-12-02', '2026-12-02')"
        )
    qtbot.waitUntil(lambda: team_window.kols.model.rowCount() == 1, timeout=5000)
    assert team_window.kols.model.index(0, 0).data() == "韩梅梅的新KOL"
    with psycopg.connect(server_url, autocommit=True) as other:  # 韩梅梅 renames it, signing the change
        other.execute("UPDATE kol SET display_name = '韩梅梅的KOL', changed_by = '韩梅梅', row_version = 2")
    qtbot.waitUntil(lambda: team_window.kols.model.index(0, 0).data() == "韩梅梅的KOL", timeout=5000)
    team_window.kols.show_kol(int(team_window.kols.model.kol_id_at(0)))
    qtbot.waitUntil(lambda: "韩梅梅" in team_window.kols.detail.profile.text(), timeout=5000)


READER = "kolcrm_ci_reader"


def test_a_role_that_may_only_read_gets_a_read_only_window(qtbot, qapp, server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as owner:
        owner.execute(f"GRANT USAGE ON SCHEMA public TO {READER}")
        owner.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}")
        owner.execute(
            "INSERT INTO kol (display_name, created_at, updated_at) VALUES ('只读可见', '2026-12-02', '2026-12-02')"
        )
    reader = ServerBook.parse(server_url)
    reader_url = reader.url.replace(f"{reader.user}:", f"{READER}:", 1).replace(
        f":{reader.password}@", f":{READER}@", 1
    )
    book = open_database(reader_url)
    window = open_window(book)
    qtbot.addWidget(window)
    window.show()

    assert getattr(window, "read_only", False)
    assert not window.new_action.isEnabled() and not window.delete_action.isEnabled()
    assert not window.data.import_action.isEnabled() and not window.kols.filters.fit_brand.isEnabled()
    assert window.findChild(QLabel, "readOnly").text().startswith("Read-only")
    qtbot.waitUntil(lambda: window.kols.model.rowCount() == 1)  # reading works
    qtbot.waitUntil(lambda: window.kols._detail is not None and window.kols.detail.kol_id is not None)
    assert not window.kols.detail.edit_button.isEnabled() and not window.kols.detail.note_text.isEnabled()
    window.kols.new_kol()
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]  # no editor


def test_a_colleagues_edit_and_note_show_in_the_history_with_their_name(
    qtbot, qapp, tmp_path, monkeypatch, server_url: str
) -> None:
    from datetime import date

    from kolcrm.core.kols.interactions import add_interaction
    from kolcrm.core.kols.records import InteractionRecord, KolRecord
    from kolcrm.core.kols.service import get_kol, save_kol

    install_cjk_font(qapp)
    window = open_window(open_database(tmp_path / "own.db"))
    team_window = switch_book(window, server_url)
    qtbot.addWidget(team_window)
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    kol_id = save_kol(KolRecord(display_name="小鹿", city="上海"))
    team_window.kols.reload(select=kol_id)  # saved through this window's own connection: no notice to hear
    qtbot.waitUntil(lambda: team_window.kols.detail.kol_id == kol_id, timeout=5000)
    detail = team_window.kols.detail
    detail.tabs.setCurrentWidget(detail.history)

    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")  # a colleague, on the same book
    record = get_kol(kol_id)
    record.city = "杭州"
    save_kol(record)
    add_interaction(kol_id, InteractionRecord(date(2026, 12, 2), "call", "确认了双11档期"))
    team_window.kols.refresh_shown_kol()

    entries = lambda: [detail.timeline.item(row).text() for row in range(detail.timeline.count())]  # noqa: E731
    qtbot.waitUntil(lambda: any("韩梅梅 changed City at" in entry for entry in entries()), timeout=5000)
    assert any(entry.startswith("2026-12-02 · Call · 韩梅梅\n确认了双11档期") for entry in entries())
    assert any("李雷 added this KOL at" in entry for entry in entries())
