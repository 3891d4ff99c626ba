"""What a sheet's header says about its column: the fields its words suggest, the platform it names, its unit.

Headers as real exports spell them, in English and Chinese: `60d_eng_rate`, `channel_info`, `粉丝量(万)`,
`抖音号`, `微博昵称`. Only the words are read here; mapping.py weighs them against the column's values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kolcrm.core.vocabulary import Platform

# Field key → the words of a header that suggest it. A phrase is matched as whole ASCII words (`eng rate` in
# `60d_eng_rate`), or as a substring for Chinese (`粉丝` in `抖音粉丝`); "=" marks a phrase that counts only
# as the whole header. The longest phrase found wins, so 经纪人电话 is the agent's contact, not a phone.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "display_name": ("name", "nickname", "nick name", "nick", "display name", "channel name", "channel title",
                     "creator", "creator name", "influencer", "influencer name", "kol", "kol name", "youtuber",
                     "tiktoker", "instagrammer", "blogger", "vlogger", "streamer", "author", "account name",
                     "=channel", "up主", "博主", "博主昵称", "博主名称", "达人", "达人昵称", "达人名称", "达人名字",
                     "昵称", "主播", "红人", "网红", "名称", "名字", "=名", "账号名称", "账号昵称", "作者", "创作者",
                     "kol名称", "kol昵称"),
    "real_name": ("real name", "full name", "legal name", "真实姓名", "真名", "姓名", "本名"),
    "kol_ref": ("kol ref", "kol no", "kol number"),
    "platform": ("platform", "platforms", "social network", "social media", "=network", "=channel", "=media",
                 "平台", "渠道", "媒体平台", "所属平台", "投放平台"),
    "handle": ("handle", "username", "user name", "user id", "userid", "account", "account id", "account handle",
               "=id", "uid", "mid", "unique id", "channel info", "channel id", "channel handle", "screen name",
               "profile id", "kol id", "creator id", "账号", "帐号", "账号id", "账户", "id号", "用户名", "用户id",
               "=号"),
    "url": ("url", "link", "links", "profile url", "profile link", "=profile", "homepage", "home page",
            "channel url", "channel link", "website", "链接", "主页", "主页链接", "个人主页", "网址", "主页地址",
            "账号链接"),
    "followers": ("followers", "follower", "follower count", "followers count", "fans", "fan count",
                  "subscribers", "subscriber", "subs", "subscriber count", "粉丝", "粉丝数", "粉丝量", "粉丝数量",
                  "粉丝总数", "订阅数", "关注者"),
    "engagement_rate": ("engagement rate", "eng rate", "engagement", "avg engagement", "average engagement",
                        "er", "eng", "interaction rate", "engagement ratio", "互动率", "平均互动率", "赞评比",
                        "互动"),
    "fee": ("fee", "fees", "price", "prices", "pricing", "cost", "quote", "quotation", "报价", "价格", "刊例",
            "刊例价", "费用", "合作价格", "合作费用", "价钱", "单价", "一口价", "合作报价"),
    "fee_format": ("fee format", "format", "content format", "deliverable", "deliverables", "报价类型",
                   "合作形式", "内容形式", "报价形式", "形式", "合作类型"),
    "rate_card": ("rate card", "ratecard", "rate cards", "刊例表"),
    "tier": ("tier", "=level", "kol tier", "influencer tier", "等级", "量级", "达人等级", "级别", "达人量级",
             "kol等级", "层级", "达人级别", "达人分级"),
    "city": ("city", "location", "town", "based in", "region", "城市", "地区", "所在地", "所在城市", "地域",
             "常驻城市", "所在地区", "常驻地"),
    "categories": ("category", "categories", "niche", "vertical", "topic", "topics", "topic of influence",
                   "genre", "content category", "类目", "分类", "领域", "垂类", "内容领域", "内容方向",
                   "内容分类", "达人类型", "内容类型", "行业"),
    "value_tags": ("tags", "tag", "labels", "=label", "keywords", "标签", "达人标签", "人设", "人设标签", "风格",
                   "关键词"),
    "languages": ("language", "languages", "lang", "语言", "语种"),
    "email": ("email", "mail", "email address", "邮箱", "电子邮箱", "邮件", "邮箱地址"),
    "phone": ("phone", "mobile", "tel", "telephone", "phone number", "mobile number", "cell", "cellphone", "电话",
              "手机", "手机号", "联系电话", "电话号码", "手机号码"),
    "wechat_id": ("wechat", "wechat id", "weixin", "wx", "vx", "微信", "微信号", "微信账号", "微信id", "vx号"),
    "agency": ("agency", "mcn", "agency mcn", "company", "management", "机构", "mcn机构", "经纪公司", "所属机构",
               "公司", "所属公司", "签约机构", "所属mcn"),
    "agent_name": ("agent", "agent name", "manager", "manager name", "booking agent", "经纪人", "商务", "对接人",
                   "联系人", "经纪人姓名", "商务对接"),
    "agent_contact": ("agent contact", "agent phone", "agent email", "agent wechat", "manager contact",
                      "manager email", "manager phone", "经纪人电话", "经纪人联系方式", "商务联系方式", "经纪人微信",
                      "对接人电话", "对接人微信", "商务微信", "商务电话", "联系人电话", "联系人微信"),
    "status": ("status", "kol status", "状态", "合作状态", "达人状态"),
    "last_contact": ("last contact", "last contacted", "last contact date", "last contacted on", "last touch",
                     "最近联系", "最后联系", "上次联系", "最近联系时间", "最后联系时间", "上次联系时间", "最近沟通"),
    "birthday": ("birthday", "date of birth", "dob", "birth date", "birthdate", "born", "生日", "出生日期",
                 "出生年月"),
    "notes": ("notes", "note", "remark", "remarks", "memo", "comment", "comments", "备注", "说明", "评价",
              "备注信息"),
}  # fmt: skip

# kolcrm's own export headers (exports/tables.py, old and new), read back to the field they were written from.
# The "Main …" columns summarise the accounts: a per-account "Platform"/"Handle" column beats them.
EXPORT_HEADERS: dict[str, tuple[str, int]] = {
    "name": ("display_name", 100), "real name": ("real_name", 100), "status": ("status", 100),
    "tier": ("tier", 100), "platform": ("platform", 100), "main platform": ("platform", 90),
    "handle": ("handle", 100), "main handle": ("handle", 90), "profile url": ("url", 100),
    "followers": ("followers", 100), "engagement %": ("engagement_rate", 100), "city": ("city", 100),
    "categories": ("categories", 100), "tags": ("value_tags", 100), "languages": ("languages", 100),
    "agency": ("agency", 100), "agent": ("agent_name", 100), "agent contact": ("agent_contact", 100),
    "wechat": ("wechat_id", 100), "phone": ("phone", 100), "email": ("email", 100),
    "birthday": ("birthday", 100), "last contact": ("last_contact", 100), "kol #": ("kol_ref", 100),
    "rate card": ("rate_card", 100), "notes": ("notes", 100), "fee": ("fee", 100), "fee format": ("fee_format", 100),
}  # fmt: skip
# As the export spells them (tables.py writes "Name", "KOL #"…): the wizard says where the guess comes from.
_EXPORT_SPELLING = frozenset({
    "Name", "Real name", "Status", "Tier", "Platform", "Main platform", "Handle", "Main handle", "Profile URL",
    "Followers", "Engagement %", "City", "Categories", "Tags", "Languages", "Agency", "Agent", "Agent contact",
    "WeChat", "Phone", "Email", "Birthday", "Last contact", "KOL #", "Rate card", "Notes", "Fee", "Fee format",
    "Accounts",
})  # fmt: skip
# Export columns that repeat what other columns of the same export carry (the accounts, one per row).
EXPORT_SUMMARIES = frozenset({"main platform", "main handle", "accounts"})

# Words that make a header a figure about the account (kept as a dated metric) rather than a field.
METRIC_WORDS = frozenset({
    "likes", "like", "views", "view", "plays", "play", "posts", "post", "uploads", "videos", "shares", "share",
    "saves", "reposts", "retweets", "impressions", "reach", "score", "rank", "ranking", "count", "avg", "average",
    "total", "mean", "median", "growth", "clicks", "ctr", "cpm", "cpe", "gmv", "sales", "earnings", "following",
    "population",
})  # fmt: skip
METRIC_CHINESE = ("播放", "点赞", "获赞", "评论", "转发", "收藏", "分享", "作品", "视频数", "笔记数", "排名", "排行",
                  "指数", "分数", "均赞", "均播", "互动量", "曝光", "阅读", "在看", "销量", "销售额", "完播",
                  "转化", "增长", "涨粉", "关注数", "平均")  # fmt: skip
RATE_WORDS = frozenset({"rate", "ratio", "pct", "percent", "percentage"})
# Followers words next to these are a change or an average, not the count itself: a metric.
_FOLLOWER_MODIFIERS = frozenset({"avg", "average", "growth", "gain", "gained", "new", "last", "change", "delta",
                                 "increase", "lost", "daily", "monthly", "weekly", "per", "following"})  # fmt: skip
_FOLLOWER_MODIFIERS_CHINESE = ("增长", "新增", "涨粉", "增量", "变化", "近", "日增", "月增", "平均", "掉粉", "均")
# Headers known to describe the person in a way no built-in field does: kept as custom fields, never guessed
# from their values (a column of single-word countries looks like usernames).
KEEP_WORDS = frozenset({"country", "nation", "nationality", "bio", "biography", "description", "about", "gender",
                        "sex", "age", "title", "abbreviation", "type"})  # fmt: skip
KEEP_CHINESE = ("国家", "简介", "介绍", "签名", "性别", "年龄", "国籍", "描述")
# Row numbers a sheet carries: nothing to keep when the values count 1, 2, 3…
SERIAL_HEADERS = frozenset({"sno", "no", "nr", "num", "number", "index", "idx", "row", "rowno", "serial",
                            "serialno", "序号", "编号", "行号", ""})  # fmt: skip

# Platform → header words that name it. ASCII ones of ≤ 4 letters count only as whole words (`ig`, `yt`).
# (`微信` alone is a WeChat ID column, not the WeChat platform: 公众号 and 视频号 name the platform.)
_PLATFORM_WORDS: dict[Platform, tuple[str, ...]] = {
    Platform.DOUYIN: ("抖音", "douyin"),
    Platform.XIAOHONGSHU: ("小红书", "红书", "xhs", "xiaohongshu", "rednote", "redbook", "little red book"),
    Platform.WEIBO: ("微博", "weibo"),
    Platform.WECHAT: ("微信公众号", "公众号", "视频号", "wechat official account", "wechat channels"),
    Platform.BILIBILI: ("哔哩哔哩", "b站", "bilibili", "bili"),
    Platform.KUAISHOU: ("快手", "kuaishou", "kwai"),
    Platform.TAOBAO_LIVE: ("淘宝直播", "点淘", "淘宝", "taobao"),
    Platform.ZHIHU: ("知乎", "zhihu"),
    Platform.INSTAGRAM: ("instagram", "insta", "ig", "ins"),
    Platform.TIKTOK: ("tiktok", "tik tok"),
    Platform.YOUTUBE: ("youtube", "yt", "油管"),
    Platform.X: ("twitter", "推特"),
}
# Words that name a platform's creator or account ID without naming the platform: a hint, kept in the header.
_PLATFORM_HINTS: dict[str, Platform] = {"up主": Platform.BILIBILI, "mid": Platform.BILIBILI}
_UNITS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(rf"[(\[（【/]\s*(?:单位[:：]?\s*)?(?:{words})\s*[)\]）】]?\s*$"), scale)
    for words, scale in (
        ("万|w|万人|w\\+", 10_000),
        ("千|k|thousands?", 1_000),
        ("百万|m|mn|mil|millions?", 1_000_000),
        ("亿", 100_000_000),
        ("b|bn|billions?", 1_000_000_000),
    )
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class _Phrase:
    field: str
    compact: str  # the phrase without spaces: matched inside a Chinese header, or as a whole header
    spaced: str  # " eng rate ": matched against the header's ASCII words
    ascii: bool
    exact_only: bool

    @property
    def weight(self) -> int:
        """Longer phrases say more; a Chinese character says as much as two or three letters."""
        return min(60, sum(3 if ch.isascii() else 7 for ch in self.compact))


def _phrases() -> tuple[_Phrase, ...]:
    found = []
    for field_key, words in FIELD_WORDS.items():
        for word in words:
            exact_only = word.startswith("=")
            text = word.removeprefix("=")
            compact = "".join(ch for ch in text if ch.isalnum())
            found.append(_Phrase(field_key, compact, f" {text} ", text.isascii(), exact_only))
    return tuple(found)


_PHRASES = _phrases()


@dataclass
class HeaderWords:
    """One header, read: the text forms matched against, the platform it names, the fields its words suggest."""

    header: str
    compact: str  # casefolded letters and digits only: "60dengrate", "粉丝量万"
    words: tuple[str, ...]  # ASCII words: ("60d", "eng", "rate")
    platform: Platform | None = None
    rest: str = ""  # the compact header without the platform's name: "抖音粉丝" → "粉丝"
    fields: dict[str, int] = field(default_factory=dict)  # field → score (100 the whole header, less a part)
    export: bool = False  # one of kolcrm's own export headers
    summary: bool = False  # an export column that repeats the accounts (Main platform, Accounts)

    @property
    def metric_like(self) -> bool:
        """The header names a figure (likes, views, 播放, 排名…)."""
        return bool(METRIC_WORDS.intersection(self.words)) or any(word in self.compact for word in METRIC_CHINESE)

    @property
    def rate_like(self) -> bool:
        return bool(RATE_WORDS.intersection(self.words)) or "%" in self.header or "率" in self.compact

    @property
    def keep_like(self) -> bool:
        """A header that describes the person in a way no field does (country, bio, 简介…)."""
        return bool(KEEP_WORDS.intersection(self.words)) or any(word in self.compact for word in KEEP_CHINESE)

    @property
    def serial_like(self) -> bool:
        return self.compact in SERIAL_HEADERS and len(self.header.strip()) <= 8

    def best(self) -> tuple[str, int] | None:
        if not self.fields:
            return None
        return max(self.fields.items(), key=lambda item: item[1])


def read_header(header: str) -> HeaderWords:
    """The words of one header, the platform it names and the fields they suggest (scores out of 100)."""
    text = unicodedata.normalize("NFKC", header).strip()
    lowered = _CAMEL.sub(" ", text).casefold()
    compact = "".join(ch for ch in lowered if ch.isalnum())
    words = tuple(_ASCII_WORD.findall(lowered))
    reading = HeaderWords(header, compact, words)
    spaced = " " + " ".join(words) + " "
    reading.platform, reading.rest = _platform_named(compact, words)
    plain = " ".join(text.split())
    exported = EXPORT_HEADERS.get(plain.casefold())
    if exported is not None:
        reading.fields[exported[0]] = exported[1] * 10  # beats any word match
    reading.export = plain in _EXPORT_SPELLING
    reading.summary = plain.casefold() in EXPORT_SUMMARIES
    if reading.summary and exported is None:  # 'Accounts': "account" must not make it a handle
        return reading
    for phrase in _PHRASES:
        score = _score(phrase, reading, spaced)
        if score > reading.fields.get(phrase.field, 0):
            reading.fields[phrase.field] = score
    _apply_rules(reading)
    return reading


def header_scale(header: str) -> int:
    """The unit a header gives its numbers: '粉丝量(万)' → 10000, 'Followers (M)' → 1000000, else 1."""
    text = unicodedata.normalize("NFKC", header).strip().casefold()
    for pattern, scale in _UNITS:
        if pattern.search(text):
            return scale
    return 1


def platform_of_words(text: str) -> Platform | None:
    """The platform a header names, if any ('抖音粉丝' → Douyin, 'Instagram handle' → Instagram)."""
    lowered = _CAMEL.sub(" ", unicodedata.normalize("NFKC", text)).casefold()
    compact = "".join(ch for ch in lowered if ch.isalnum())
    return _platform_named(compact, tuple(_ASCII_WORD.findall(lowered)))[0]


def _platform_named(compact: str, words: tuple[str, ...]) -> tuple[Platform | None, str]:
    for platform, names in _PLATFORM_WORDS.items():
        for name in names:
            name_compact = name.replace(" ", "")
            if not name.isascii():
                if name_compact in compact:
                    return platform, compact.replace(name_compact, "", 1)
            elif len(name_compact) <= 4:
                if name_compact in words:
                    rest_words = list(words)
                    rest_words.remove(name_compact)
                    return platform, _rest(compact, name_compact, rest_words)
            elif name_compact in compact:
                # 'tiktoker name' → the word holding the name goes; 'instagramhandle' keeps what follows it.
                rest_words = [word for word in words if name_compact not in word and word not in name_compact]
                return platform, _rest(compact, name_compact, rest_words)
    for hint, platform in _PLATFORM_HINTS.items():
        if (hint in words) if hint.isascii() else (hint in compact):
            return platform, ""
    return None, ""


def _rest(compact: str, name: str, rest_words: list[str]) -> str:
    chinese = "".join(ch for ch in compact if not ch.isascii())
    if rest_words or not chinese:
        return "".join(rest_words) + chinese
    return compact.replace(name, "", 1)


def _score(phrase: _Phrase, reading: HeaderWords, spaced: str) -> int:
    if reading.compact == phrase.compact:
        return 100
    if reading.rest and reading.rest == phrase.compact:
        return 95  # the header less the platform it names: 抖音号 → 号, 小红书ID → id
    if phrase.exact_only or not phrase.compact:
        return 0
    if phrase.ascii:
        found = phrase.spaced in spaced or (len(phrase.compact) >= 5 and phrase.compact in reading.compact)
    else:
        found = phrase.compact in reading.compact
    return 30 + phrase.weight if found else 0


def _apply_rules(reading: HeaderWords) -> None:
    fields = reading.fields
    engagement = "engagement_rate" in fields
    if engagement:
        # A rate beside "eng"/"engagement"/"互动" is an engagement rate, never a fee.
        fields.pop("fee", None)
        if reading.rate_like and not reading.export:
            fields["engagement_rate"] = max(fields["engagement_rate"], 80)
    if "followers" in fields and fields["followers"] < 100:
        modifiers = _FOLLOWER_MODIFIERS.intersection(reading.words) or any(
            word in reading.compact for word in _FOLLOWER_MODIFIERS_CHINESE
        )
        if modifiers or any(ch.isdigit() for ch in reading.compact):
            fields.pop("followers")  # 'subscribers_for_last_30_days', '平均粉丝增长': a figure, not the count
    if reading.metric_like and not reading.export:
        # 'avg_comments', '平均点赞': a figure. Name-like words inside them ('Likes avg' has no name) stay weak.
        for key in ("notes", "display_name", "categories", "value_tags", "handle"):
            if key in fields and fields[key] < 95:
                del fields[key]
