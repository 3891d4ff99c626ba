"""The passphrase dialog at start (wrong passphrase: asked again; Quit: no error box) and Preferences → Security:
encrypt, change the passphrase, decrypt, with the app's database open again after each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from kolcrm.app import open_at_start
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store import cipher, encryption, passphrases
from kolcrm.core.store.db import SQLITE_HEADER, close_database, database, open_database, open_passphrase
from kolcrm.ui import prompts
from kolcrm.ui.care import passphrase as asking
from kolcrm.ui.care.passphrase import PassphraseDialog
from kolcrm.ui.care.preferences import PreferencesDialog

PASSPHRASE = "青山不老 green hills"


@pytest.fixture(autouse=True)
def _fresh_passphrases(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    monkeypatch.delenv(passphrases.ENVIRONMENT, raising=False)
    monkeypatch.setattr(passphrases, "_known", {})
    monkeypatch.setattr(passphrases, "_asker", None)
    keychain: dict[str, str] = {}
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda _service, name: keychain.get(name))
    monkeypatch.setattr(keyring, "set_password", lambda _service, name, value: keychain.__setitem__(name, value))
    monkeypatch.setattr(keyring, "delete_password", lambda _service, name: keychain.pop(name))
    yield keychain


def _encrypted(tmp_path: Path) -> Path:
    path = open_database(tmp_path / "gui.db")
    kols.save_kol(KolRecord(display_name="白露 Bailu"))
    close_database()
    encryption.encrypt_database(path, PASSPHRASE)
    passphrases._known.clear()
    return path


def test_the_passphrase_dialog_gives_what_was_typed_and_the_remember_choice(qtbot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(None, tmp_path / "gui.db", "That passphrase does not open gui.db.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, "green hills 42")  # QtTest types ASCII only; the field takes any text
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.remember.height() // 2))

    assert dialog.problem.isVisibleTo(dialog) and "does not open" in dialog.problem.text()
    assert dialog.answer() == passphrases.Answer("green hills 42", remember=True)


def test_at_start_a_wrong_passphrase_is_asked_again_and_the_right_one_opens_and_is_remembered(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _fresh_passphrases: dict[str, str]
) -> None:
    path = _encrypted(tmp_path)
    shown: list[str | None] = []
    answers = iter([passphrases.Answer("nope"), passphrases.Answer(PASSPHRASE, remember=True)])

    def dialog(_parent: object, _path: Path, problem: str | None) -> passphrases.Answer:
        shown.append(problem)
        return next(answers)

    monkeypatch.setattr(asking, "ask_passphrase", dialog)

    assert open_at_start(path) == path
    assert shown == [None, "That passphrase does not open gui.db."]
    assert database.execute_sql("SELECT display_name FROM kol").fetchone()[0] == "白露 Bailu"
    assert _fresh_passphrases == {str(path): PASSPHRASE}


def test_at_start_quit_in_the_passphrase_dialog_ends_without_an_error_box(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _encrypted(tmp_path)
    before = path.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(asking, "ask_passphrase", lambda _parent, _path, _problem: None)
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: errors.append(text))

    assert open_at_start(path) is None
    assert errors == []
    assert path.read_bytes() == before


def test_preferences_encrypt_change_and_decrypt_the_open_database(
    qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _fresh_passphrases: dict[str, str]
) -> None:
    path = open_database(tmp_path / "gui.db")
    kols.save_kol(KolRecord(display_name="霜降 Shuangjiang"))
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    security = dialog.security
    assert security.encrypt_button.isVisibleTo(dialog) and not security.decrypt_button.isVisibleTo(dialog)

    monkeypatch.setattr(asking, "ask_new_passphrase", lambda *_args, **_kw: passphrases.Answer(PASSPHRASE, True))
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    with qtbot.waitSignal(security.converted, timeout=10_000):
        qtbot.mouseClick(security.encrypt_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert open_passphrase() == PASSPHRASE and _fresh_passphrases == {str(path): PASSPHRASE}
    assert database.execute_sql("SELECT display_name FROM kol").fetchone()[0] == "霜降 Shuangjiang"
    assert "encrypted" in security.status.text() and security.decrypt_button.isVisibleTo(dialog)

    monkeypatch.setattr(asking, "ask_new_passphrase", lambda *_args, **_kw: passphrases.Answer("新的 new one", False))
    with qtbot.waitSignal(security.converted, timeout=10_000):
        qtbot.mouseClick(security.change_button, Qt.MouseButton.LeftButton)
    assert cipher.opens(path, "新的 new one") and not cipher.opens(path, PASSPHRASE)
    assert _fresh_passphrases == {str(path): "新的 new one"}, "the keychain follows the new passphrase"

    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    with qtbot.waitSignal(security.converted, timeout=10_000):
        qtbot.mouseClick(security.decrypt_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes()[:16] == SQLITE_HEADER
    assert open_passphrase() is None and _fresh_passphrases == {}
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 1
    assert told == []  # no plain backups existed, so nothing to warn about
