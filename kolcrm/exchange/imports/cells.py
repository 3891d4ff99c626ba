"""One sheet row → the values of the KOL fields it maps, or the reasons a cell cannot be read."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from kolcrm.core.vocabulary import Platform, Status
from kolcrm.exchange.imports.numbers import clean, parse_count, parse_fee, parse_rate

_PLATFORMS: dict[str, Platform] = {
    **{platform.value.casefold(): platform for platform in Platform},
    **{alias.casefold(): platform for platform, aliases in {
        Platform.WEIBO: ("微博", "sina weibo", "新浪微博"),
        Platform.WECHAT: ("微信", "公众号", "微信公众号", "视频号", "weixin", "wechat channels"),
        Platform.DOUYIN: ("抖音", "douyin", "抖音号"),
        Platform.XIAOHONGSHU: ("小红书", "红书", "xhs", "red", "rednote", "little red book"),
        Platform.BILIBILI: ("b站", "哔哩哔哩", "bili", "bilibili"),
        Platform.KUAISHOU: ("快手",),
        Platform.TAOBAO_LIVE: ("淘宝直播", "淘宝", "taobao", "点淘"),
        Platform.ZHIHU: ("知乎",),
        Platform.INSTAGRAM: ("ig", "ins", "insta"),
        Platform.TIKTOK: ("tik tok", "tiktok"),
        Platform.YOUTUBE: ("油管", "yt", "youtube"),
        Platform.X: ("twitter", "推特", "x (twitter)", "x/twitter"),
        Platform.OTHER: ("其他", "其它"),
    }.items() for alias in aliases},
}  # fmt: skip
_STATUSES: dict[str, Status] = {
    **{status.value: status for status in Status},
    **{status.label.casefold(): status for status in Status},
    "潜在": Status.PROSPECT, "待联系": Status.PROSPECT, "合作中": Status.ACTIVE, "活跃": Status.ACTIVE,
    "暂停": Status.PAUSED, "勿联系": Status.DO_NOT_CONTACT, "不再联系": Status.DO_NOT_CONTACT,
    "do not contact": Status.DO_NOT_CONTACT,
}  # fmt: skip
_LIST_SEPARATORS = re.compile(r"[,，;；、|/\n]+")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
TEXT_FIELDS = frozenset({"display_name", "real_name", "handle", "url", "fee_format", "city", "email", "phone",
                         "wechat_id", "agency", "agent_name", "agent_contact"})  # fmt: skip
LIST_FIELDS = frozenset({"categories", "value_tags", "languages"})


def parse_cell(field_key: str, text: str) -> Any:
    """The value of one cell for one field; None when the cell holds no value. Raises ValueError with a reason."""
    # kolcrm's own exports guard formula-like cells with an apostrophe ('+86 138…): read them back as typed.
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        text = text[1:]
    if field_key == "notes":
        value = _CONTROL.sub("", text).strip()
        return value or None
    if field_key in TEXT_FIELDS:
        return single_line(text) or None
    if field_key in LIST_FIELDS:
        items = [single_line(part) for part in _LIST_SEPARATORS.split(text)]
        return list(dict.fromkeys(item for item in items if item)) or None
    if field_key == "followers":
        return parse_count(text)
    if field_key == "engagement_rate":
        return parse_rate(text)
    if field_key == "fee":
        return parse_fee(text)
    if field_key == "platform":
        return parse_platform(text)
    if field_key == "status":
        return parse_status(text)
    if field_key == "birthday":
        return parse_date(text)
    raise ValueError(f"unknown field {field_key}")


def single_line(text: str) -> str:
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped:  # the common case, 5× faster than the regex
        return stripped
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_platform(text: str) -> Platform | None:
    key = " ".join(clean(text).casefold().split())
    if not key:
        return None
    try:
        return _PLATFORMS[key]
    except KeyError:
        raise ValueError(
            f"unknown platform “{text.strip()}” (e.g. Douyin/抖音, Xiaohongshu/小红书, Weibo/微博)"
        ) from None


def parse_status(text: str) -> Status | None:
    key = " ".join(clean(text).casefold().replace("_", " ").split())
    if not key:
        return None
    status = _STATUSES.get(key) or _STATUSES.get(key.replace(" ", "_"))
    if status is None:
        raise ValueError(f"unknown status “{text.strip()}” (prospect, active, paused, do not contact)")
    return status


def parse_date(text: str) -> date | None:
    cleaned = clean(text)
    if not cleaned:
        return None
    match = _DATE.match(cleaned)
    try:
        if match:
            return date(*(int(part) for part in match.groups()))
        return datetime.fromisoformat(cleaned).date()
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a date (e.g. 1995-08-17 or 1995年8月17日)") from None
