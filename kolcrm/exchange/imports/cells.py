"""One sheet cell → the value of the KOL field it is mapped to, or the reason it cannot be read.

Mojibake is not repaired here: the importer calls numbers.repair_mojibake on the cell first, so that it can
report the repair, then passes the repaired text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.vocabulary import Platform, Status, Tier
from kolcrm.exchange.exports.formula_guard import unguard
from kolcrm.exchange.imports.numbers import (
    Fee,
    clean,
    is_no_value,
    parse_count,
    parse_fee,
    parse_figure,
    parse_rate,
)

_PLATFORMS: dict[str, Platform] = {
    **{platform.value.casefold(): platform for platform in Platform},
    **{alias.casefold(): platform for platform, aliases in {
        Platform.WEIBO: ("微博", "sina weibo", "新浪微博", "wb"),
        Platform.WECHAT: ("微信", "公众号", "微信公众号", "视频号", "微信视频号", "weixin", "wechat channels",
                          "wechat official account"),
        Platform.DOUYIN: ("抖音", "douyin", "dy", "tiktok china"),
        Platform.XIAOHONGSHU: ("小红书", "红书", "xhs", "red", "rednote", "little red book"),
        Platform.BILIBILI: ("b站", "哔哩哔哩", "bili", "bilibili", "bilibili.com"),
        Platform.KUAISHOU: ("快手", "ks"),
        Platform.TAOBAO_LIVE: ("淘宝直播", "淘宝", "taobao", "点淘"),
        Platform.ZHIHU: ("知乎",),
        Platform.INSTAGRAM: ("ig", "ins", "insta", "instagram.com"),
        Platform.TIKTOK: ("tik tok", "tiktok", "tt", "tiktok.com"),
        Platform.YOUTUBE: ("油管", "yt", "youtube", "you tube", "youtube.com"),
        Platform.X: ("twitter", "推特", "x (twitter)", "x/twitter", "twitter/x", "x.com"),
        Platform.OTHER: ("其他", "其它"),
    }.items() for alias in aliases},
}  # fmt: skip
# '抖音号', '小红书账号', 'Instagram ID', 'YouTube channel' name the platform too.
_PLATFORM_TAIL = re.compile(r"\s*(?:账号|号|主页|id|account|channel|handle)$", re.IGNORECASE)
_STATUSES: dict[str, Status] = {
    **{status.value: status for status in Status},
    **{status.label.casefold(): status for status in Status},
    "潜在": Status.PROSPECT, "待联系": Status.PROSPECT, "合作中": Status.ACTIVE, "活跃": Status.ACTIVE,
    "暂停": Status.PAUSED, "勿联系": Status.DO_NOT_CONTACT, "不再联系": Status.DO_NOT_CONTACT,
    "do not contact": Status.DO_NOT_CONTACT,
}  # fmt: skip
# Where the outreach stands, which agency sheets keep beside the KOL: not a KOL status, never taken for one.
_OUTREACH = frozenset({"已建联", "未建联", "建联中", "已回复", "未回复", "已联系", "未联系", "已沟通", "沟通中",
                       "已发送", "已读", "已读未回", "contacted", "replied", "no reply"})  # fmt: skip
_TIERS: dict[str, Tier] = {
    "头部": Tier.HEAD, "超头": Tier.HEAD, "超头部": Tier.HEAD, "head": Tier.HEAD, "top": Tier.HEAD,
    "mega": Tier.HEAD, "celebrity": Tier.HEAD,
    "腰部": Tier.MID, "mid": Tier.MID, "midtier": Tier.MID, "middle": Tier.MID, "macro": Tier.MID,
    "尾部": Tier.MICRO, "micro": Tier.MICRO,
    "koc": Tier.KOC, "nano": Tier.KOC, "素人": Tier.KOC,
}  # fmt: skip
# '头部达人', 'Head KOL', 'Mid-tier', 'Nano-influencer' → the tier word alone.
_TIER_NOISE = re.compile(r"[\s\-_]+|达人|博主|网红|kols?$|influencers?$|tier$|level$")
_LIST_SEPARATORS = re.compile(r"[,，;；、|/\n]+")
_RATE_CARD_ITEMS = re.compile(r"[;；\n]+")
_TIME = r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE = re.compile(rf"^(\d{{4}})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})\s*日?{_TIME}$", re.ASCII)
_DATE_DIGITS = re.compile(rf"^(\d{{4}})(\d{{2}})(\d{{2}}){_TIME}$", re.ASCII)
_DATE_YEAR_LAST = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}\b", re.ASCII)
# Invisible characters the editor refuses (C0 and C1 controls, DEL, separators, lone surrogates, non-characters):
# a cell keeps its visible text. Mojibake (which uses C1 bytes) is repaired before this runs.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
TEXT_FIELDS = frozenset({"display_name", "real_name", "handle", "url", "fee_format", "city", "email", "phone",
                         "wechat_id", "agency", "agent_name", "agent_contact", "kol_ref"})  # fmt: skip
LIST_FIELDS = frozenset({"categories", "value_tags", "languages"})


def parse_cell(field_key: str, text: str, *, fraction: bool | None = None) -> Any:
    """The value of one cell for one field; None when the cell holds no value. Raises ValueError with a reason.

    followers → Count, engagement_rate → float (fraction: see numbers.parse_rate), fee → Fee, platform →
    Platform, status → Status, tier → Tier, birthday and last_contact → date, rate_card → [(format, Fee)],
    list fields → [str], text fields → str; `metric:…` → Figure, `custom:…` → str. A key qualified by a
    platform ('followers@Douyin') reads as its field.
    """
    # kolcrm's own exports guard formula-like cells with an apostrophe ('+86 138…): read them back as typed.
    text = unguard(text)
    if is_no_value(text):
        return None
    if field_key.startswith("custom:"):
        return single_line(text) or None
    field = field_key.partition("@")[0]
    if field == "notes":
        return _CONTROL.sub("", text).strip() or None
    if field in TEXT_FIELDS:
        return single_line(text) or None
    if field in LIST_FIELDS:
        items = [single_line(part) for part in _LIST_SEPARATORS.split(text)]
        return list(dict.fromkeys(item for item in items if item and not is_no_value(item))) or None
    if field == "followers":
        return parse_count(text)
    if field == "engagement_rate":
        return parse_rate(text, fraction)
    if field == "fee":
        return parse_fee(text)
    if field.startswith("metric:"):
        return parse_figure(text)
    if field == "platform":
        return parse_platform(text)
    if field == "status":
        return parse_status(text)
    if field == "tier":
        return parse_tier(text)
    if field in ("birthday", "last_contact"):
        return parse_date(text)
    if field == "rate_card":
        return parse_rate_card(text)
    raise ValueError(f"unknown field {field_key}")


def single_line(text: str) -> str:
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped:  # the common case, 5× faster than the regex
        return stripped
    return " ".join(_CONTROL.sub(" ", text).split())


def parse_platform(text: str) -> Platform | None:
    """'抖音', 'douyin', '抖音号', 'IG', 'b站' → the platform."""
    key = " ".join(clean(text).casefold().split())
    if not key or is_no_value(key):
        return None
    platform = _PLATFORMS.get(key) or _PLATFORMS.get(_PLATFORM_TAIL.sub("", key))
    if platform is None:
        raise ValueError(
            i18n.translate(
                "Import", "unknown platform “{value}” (e.g. Douyin/抖音, Xiaohongshu/小红书, Weibo/微博)"
            ).format(value=text.strip())
        )
    return platform


def parse_status(text: str) -> Status | None:
    key = " ".join(clean(text).casefold().replace("_", " ").split())
    if not key or is_no_value(key):
        return None
    status = _STATUSES.get(key) or _STATUSES.get(key.replace(" ", "_"))
    if status is None:
        if key in _OUTREACH:
            raise ValueError(
                i18n.translate(
                    "Import",
                    "“{value}” says where the outreach stands, not the KOL's status"
                    " (prospect, active, paused, do not contact)",
                ).format(value=text.strip())
            )
        raise ValueError(
            i18n.translate("Import", "unknown status “{value}” (prospect, active, paused, do not contact)").format(
                value=text.strip()
            )
        )
    return status


def parse_tier(text: str) -> Tier | None:
    """'头部', '头部达人', 'Head', 'Mega' → HEAD; '腰部', 'Mid-tier', 'Macro' → MID; '尾部', 'Micro'; 'KOC', 'Nano', '素人'."""
    key = clean(text).casefold()
    if not key or is_no_value(key) or key == "unknown":
        return None
    tier = _TIERS.get(key) or _TIERS.get(_TIER_NOISE.sub("", key))
    if tier is None:
        raise ValueError(
            i18n.translate("Import", "unknown tier “{value}” (头部/Head, 腰部/Mid-tier, 尾部/Micro, KOC/Nano)").format(
                value=text.strip()
            )
        )
    return tier


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}  # fmt: skip
_MONTH_NAMED = re.compile(
    r"^(?:(?P<day>\d{1,2})[\s\-/.]*(?P<month>[A-Za-z]{3,9})\.?[\s\-/.,]*(?P<year>\d{4})"
    r"|(?P<month2>[A-Za-z]{3,9})\.?\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year2>\d{4}))$"
)
# Excel's day numbers for 1955–2063, the years a birthday or a last contact falls in: 20000–60000.
_EXCEL_SERIAL = re.compile(r"^[2-5]\d{4}(?:\.0+)?$")


def parse_date(text: str) -> date | None:
    """'2024-05-20', '2024/5/20', '2024.5.20', '2024年5月20日', '20240520' (a time after it is ignored)."""
    cleaned = clean(text)
    if not cleaned or is_no_value(cleaned):
        return None
    match = _DATE.match(cleaned) or _DATE_DIGITS.match(cleaned)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            raise _no_such_date(text) from None
    year_last = _DAY_MONTH_YEAR.match(cleaned)
    if year_last:
        first, second, year = (int(part) for part in year_last.groups())
        if first > 12 >= second or second > 12 >= first:  # 15/03/1992 or 03/15/1992: only one reading exists
            day, month = (first, second) if first > 12 else (second, first)
            try:
                return date(year, month, day)
            except ValueError:
                raise _no_such_date(text) from None
        raise ValueError(
            i18n.translate(
                "Import", "“{value}”: day and month could be either way round; write the year first (2024-05-20)"
            ).format(value=text.strip())
        )
    if _DATE_YEAR_LAST.match(cleaned):
        raise ValueError(
            i18n.translate("Import", "“{value}”: write the year in full, first (2024-05-20)").format(value=text.strip())
        )
    named = _MONTH_NAMED.match(cleaned)
    if named and (named["month"] or named["month2"])[:3].casefold() in _MONTHS:
        parts = named.groupdict()
        day = int(parts["day"] or parts["day2"])
        month = _MONTHS[(parts["month"] or parts["month2"])[:3].casefold()]
        try:
            return date(int(parts["year"] or parts["year2"]), month, day)
        except ValueError:
            raise _no_such_date(text) from None
    if _EXCEL_SERIAL.match(cleaned):  # a date cell that lost its format (CSV from Excel): days since 1899-12-30
        return date(1899, 12, 30) + timedelta(days=int(float(cleaned)))
    raise ValueError(
        i18n.translate("Import", "“{value}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)").format(
            value=text.strip()
        )
    )


def _no_such_date(text: str) -> ValueError:
    return ValueError(i18n.translate("Import", "“{value}” is not a date that exists").format(value=text.strip()))


def parse_rate_card(text: str) -> list[tuple[str, Fee]] | None:
    """'Video 21–60 s: ¥30,000; Image post: 12000 CNY' → [(format, fee)]; an entry without a format has ''."""
    entries: list[tuple[str, Fee]] = []
    for item in _RATE_CARD_ITEMS.split(text):
        if not item.strip():
            continue
        cut = max(item.rfind(":"), item.rfind("："))
        fmt, amount = (item[:cut], item[cut + 1 :]) if cut >= 0 else ("", item)
        try:
            fee = parse_fee(amount)
        except ValueError as exc:
            message = (
                i18n.translate("Import", "rate card entry {format}: {reason}")
                if fmt.strip()
                else i18n.translate("Import", "rate card entry {reason}")
            )
            raise ValueError(message.format(format=single_line(fmt), reason=exc)) from None
        if fee is not None:
            entries.append((single_line(fmt), fee))
    return entries or None
