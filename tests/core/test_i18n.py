"""The core's messages in the user's language without Qt: the hook, its fallbacks, dates in prose."""

from __future__ import annotations

from datetime import date

import pytest

from kolcrm import language
from kolcrm.core import i18n
from kolcrm.core.vocabulary import Platform, Stage, Tier, platform_label


def test_english_is_the_source_and_plural_forms_come_from_the_english_catalogue() -> None:
    assert i18n.language() == "en"
    assert i18n.translate("Anything", "Not in any catalogue") == "Not in any catalogue"
    assert i18n.translate("Backup", "{path}: %n problems found:", None, 1) == "{path}: 1 problem found:"
    assert i18n.translate("Backup", "{path}: %n problems found:", None, 3) == "{path}: 3 problems found:"


def test_chinese_messages_vocabulary_and_prose_dates() -> None:
    assert language.install_for_cli(language.CHINESE) == language.CHINESE
    assert i18n.is_chinese()
    assert Stage.NEGOTIATING.label == "洽谈中"
    assert Tier.HEAD.label == "头部"
    assert [platform_label(p) for p in ("Xiaohongshu", "Douyin", "Instagram", "Lemon8")] == [
        "小红书",
        "抖音",
        "Instagram",
        "Lemon8",
    ]
    assert Platform.BILIBILI.label == "哔哩哔哩"
    assert i18n.prose_date(date(2026, 12, 1)) == "2026年12月1日"
    assert "2" in i18n.translate("Backup", "{path}: %n problems found:", None, 2)


def test_a_broken_catalogue_never_costs_the_message() -> None:
    def broken(context: str, text: str, n: int) -> str:
        raise RuntimeError("damaged .qm")

    i18n.install(broken, "zh_CN")
    assert i18n.translate("KOLs", "Name is required") == "Name is required"
    assert i18n.translate("X", "%n rows", None, 2) == "2 rows"


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh-CN.UTF-8", "zh_CN"), ("en_GB", "en"), ("C", "en")],
)
def test_kolcrm_lang_spellings(monkeypatch: pytest.MonkeyPatch, typed: str, chosen: str) -> None:
    monkeypatch.setenv("KOLCRM_LANG", typed)
    assert language.chosen_language() == chosen


def test_without_the_variable_the_preference_then_the_system_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOLCRM_LANG")
    assert language.chosen_language() == language.system_language()
    language.store_choice(language.CHINESE)
    assert language.chosen_language() == language.CHINESE
    language.store_choice("klingon")
    assert language.stored_choice() == language.SYSTEM
