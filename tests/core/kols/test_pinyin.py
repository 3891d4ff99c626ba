"""Chinese names by pinyin: typing zhuruoyi, zhu ruo yi, zry or zr finds 朱若怡; the list sorts names in pinyin
order with Latin names among them, page after page, and follows a renamed KOL."""

from __future__ import annotations

import pytest

from kolcrm.core.kols.list_query import KolFilter, count, fetch_page
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store import pinyin

NAMES = ["朱若怡", "Amy", "阿花", "白雪", "bob", "李雷", "Zoe", "成都小吃"]
PINYIN_ORDER = ["阿花", "Amy", "白雪", "bob", "成都小吃", "李雷", "朱若怡", "Zoe"]


@pytest.fixture
def book(any_db) -> dict[str, int]:
    return {name: save_kol(KolRecord(display_name=name)) for name in NAMES}


@pytest.mark.parametrize("typed", ["zhuruoyi", "zhu ruo yi", "zry", "zr", "ZRY", "ruoyi"])
def test_pinyin_finds_the_chinese_name(book, typed: str) -> None:
    assert [row.display_name for row in fetch_page(KolFilter(text=typed))] == ["朱若怡"]
    assert count(KolFilter(text=typed)) == 1


def test_a_phrase_reading_is_the_one_people_type(book) -> None:
    """都 alone reads dou; in 成都 it is du."""
    assert [row.display_name for row in fetch_page(KolFilter(text="chengdu"))] == ["成都小吃"]


def test_names_sort_in_pinyin_order_across_pages(book) -> None:
    seen: list[str] = []
    after = None
    while True:
        page = fetch_page(KolFilter(), sort="name", descending=False, after=after, limit=3)
        if not page:
            break
        seen += [row.display_name for row in page]
        after = page[-1]
    assert seen == PINYIN_ORDER
    descending = [row.display_name for row in fetch_page(KolFilter(), sort="name", descending=True)]
    assert descending == PINYIN_ORDER[::-1]


def test_a_renamed_kol_moves_to_its_new_place(book) -> None:
    record = get_kol(book["Zoe"])
    record.display_name = "艾米"  # ai mi: right after 阿花
    save_kol(record)
    names = [row.display_name for row in fetch_page(KolFilter(), sort="name", descending=False)]
    assert names[:3] == ["阿花", "艾米", "Amy"]
    assert [row.display_name for row in fetch_page(KolFilter(text="aimi"))] == ["艾米"]


def test_text_without_chinese_has_no_spellings() -> None:
    assert pinyin.spellings("Emma's Kitchen") == []
    assert pinyin.spellings("小鹿🦌Lulu") == ["xiao lu", "xiaolu", "xl"]
