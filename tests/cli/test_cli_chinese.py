"""The CLI speaks the chosen language: KOLCRM_LANG=zh_CN (or Preferences) gives Chinese messages and summaries,
core validation included; --help stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from kolcrm import language
from kolcrm.core.store.db import close_database, open_database
from tests.cli.running import kolcrm

HAN = "\u4e00"


def _chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOLCRM_LANG", "zh_CN")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "达人.csv"
    path.write_text("昵称,粉丝\n小鹿,3.5w\n", encoding="utf-8")
    return path


def test_a_refused_import_says_why_in_chinese(capsys, monkeypatch, tmp_path: Path, sheet: Path) -> None:
    _chinese(monkeypatch)
    code, _out, err = kolcrm(capsys, "--db", str(tmp_path / "k.db"), "import", str(sheet))
    assert code == 2
    assert "没有平台" in err and "--set platform=" in err
    assert "platform" not in err.replace("--set platform=", "")


def test_an_import_summary_reads_in_chinese(capsys, monkeypatch, tmp_path: Path, sheet: Path) -> None:
    _chinese(monkeypatch)
    code, out, _err = kolcrm(capsys, "--db", str(tmp_path / "k.db"), "import", str(sheet), "--set", "platform=小红书")
    assert code == 0
    assert "已导入：新增 1 位" in out
    assert "小红书" in out


def test_a_missing_deal_and_a_missing_kol_are_named_in_chinese(capsys, monkeypatch, tmp_path: Path) -> None:
    _chinese(monkeypatch)
    db = str(tmp_path / "k.db")
    code, _out, err = kolcrm(capsys, "--db", db, "deals")
    assert code == 2 and "数据库" in err  # none there yet: refused, none created
    open_database(tmp_path / "k.db")
    close_database()
    code, _out, err = kolcrm(capsys, "--db", db, "contract", "99", "-o", str(tmp_path / "c.pdf"))
    assert code != 0 and "合作 99 不存在" in err
    code, _out, err = kolcrm(capsys, "--db", db, "merge", "1", "5", "--yes")
    assert (code != 0 and "KOL" in err and "不存在" in err) or "没有" in err


def test_the_check_summary_follows_the_preference_when_no_variable_is_set(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("KOLCRM_LANG")
    db = str(tmp_path / "k.db")
    assert kolcrm(capsys, "--db", db, "demo")[0] == 0
    language.store_choice(language.CHINESE)
    code, out, _err = kolcrm(capsys, "--db", db, "check")
    assert code == 0 and "未发现问题" in out
    language.store_choice(language.ENGLISH)
    code, out, _err = kolcrm(capsys, "--db", db, "check")
    assert code == 0 and "no problems" in out.lower()


def test_the_same_commands_speak_english_with_kolcrm_lang_en(capsys, monkeypatch, tmp_path: Path, sheet) -> None:
    monkeypatch.setenv("KOLCRM_LANG", "en")
    code, out, _err = kolcrm(capsys, "--db", str(tmp_path / "k.db"), "import", str(sheet), "--set", "platform=小红书")
    assert code == 0 and out.startswith("Imported")
    assert "Followers" in out and HAN + "" not in out.replace("昵称", "").replace("粉丝", "").replace("小红书", "")
