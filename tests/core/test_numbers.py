"""Follower counts read the way the platforms show them, in the reader's language."""

from __future__ import annotations

import pytest

from kolcrm.core import i18n
from kolcrm.core.numbers import format_count

COUNTS = (9_800, 10_000, 12_345, 999_999, 39_761_000, 99_999_999, 1_200_000_000)


@pytest.fixture
def chinese():
    i18n.install(lambda _context, text, _n: text, "zh_CN")
    yield
    i18n.install(None)


def test_english_counts_use_k_m_and_b():
    assert [format_count(n) for n in COUNTS] == ["9,800", "10K", "12.3K", "1M", "39.8M", "100M", "1.2B"]


def test_chinese_counts_use_wan_and_yi(chinese):
    assert [format_count(n) for n in COUNTS] == ["9,800", "1万", "1.2万", "100万", "3976.1万", "1亿", "12亿"]
