"""Which column of a sheet fills which KOL field: a guess from the headers (English and Chinese) the user fixes.

A mapping is a plain dict, header text → field key (see FIELDS), JSON-serialisable, the same format as
`kolcrm import --mapping`. A column mapped to "" (or left out) is not imported.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kolcrm.exchange.imports.reading import ImportFileError

Mapping = dict[str, str]

# Field key → label shown in the wizard. Order is the order of the wizard's combo boxes.
FIELDS: dict[str, str] = {
    "display_name": "Name (nickname)",
    "real_name": "Real name",
    "platform": "Platform",
    "handle": "Handle / account ID",
    "url": "Profile URL",
    "followers": "Followers",
    "engagement_rate": "Engagement rate (%)",
    "fee": "Fee (rate card)",
    "fee_format": "Fee format (e.g. Video 21–60 s)",
    "city": "City",
    "categories": "Categories",
    "value_tags": "Tags",
    "languages": "Languages",
    "email": "Email",
    "phone": "Phone",
    "wechat_id": "WeChat ID",
    "agency": "Agency / MCN",
    "agent_name": "Agent",
    "agent_contact": "Agent contact",
    "status": "Status",
    "birthday": "Birthday",
    "notes": "Notes",
}

# Header words per field, already normalised (see _normal). An exact match beats a containing one; among
# containing ones the longest word wins, so 经纪人电话 is the agent's contact, not a phone, and 真实姓名 a real name.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("name", "nickname", "nick", "kol", "kolname", "displayname", "influencer", "creator",
                     "昵称", "达人", "达人昵称", "达人名称", "博主", "博主昵称", "kol名称", "红人", "名称", "账号名称",
                     "主播", "网红"),
    "real_name": ("realname", "fullname", "legalname", "真实姓名", "真名", "姓名", "本名"),
    "platform": ("platform", "channel", "平台", "渠道", "媒体平台"),
    "handle": ("handle", "mainhandle", "account", "accountid", "username", "userid", "id", "账号", "帐号", "账号id", "id号",
               "抖音号", "小红书号", "微博id", "b站id", "快手号"),
    "url": ("url", "link", "profileurl", "homepage", "profile", "链接", "主页", "主页链接", "个人主页", "网址"),
    "followers": ("followers", "follower", "fans", "followercount", "subscribers", "粉丝", "粉丝数", "粉丝量",
                  "粉丝数量"),
    "engagement_rate": ("engagement", "engagementrate", "er", "interactionrate", "互动率", "互动", "赞评比"),
    "fee": ("fee", "price", "rate", "cost", "quote", "报价", "价格", "刊例价", "刊例", "费用", "合作价格"),
    "fee_format": ("feeformat", "format", "contentformat", "deliverable", "报价类型", "合作形式", "内容形式",
                   "报价形式"),
    "city": ("city", "location", "region", "城市", "地区", "所在地", "所在城市", "地域"),
    "categories": ("category", "categories", "niche", "vertical", "类目", "分类", "领域", "垂类", "内容领域"),
    "value_tags": ("tags", "tag", "labels", "values", "标签", "达人标签"),
    "languages": ("language", "languages", "语言"),
    "email": ("email", "mail", "emailaddress", "邮箱", "电子邮箱", "邮件"),
    "phone": ("phone", "mobile", "tel", "telephone", "phonenumber", "电话", "手机", "手机号", "联系电话", "电话号码"),
    "wechat_id": ("wechat", "wechatid", "weixin", "微信", "微信号", "微信账号", "微信id"),
    "agency": ("agency", "mcn", "agencymcn", "机构", "mcn机构", "经纪公司", "所属机构", "公司"),
    "agent_name": ("agent", "agentname", "manager", "经纪人", "商务", "对接人"),
    "agent_contact": ("agentcontact", "agentphone", "agentemail", "经纪人电话", "经纪人联系方式", "商务联系方式",
                      "经纪人微信"),
    "status": ("status", "状态", "合作状态"),
    "birthday": ("birthday", "dateofbirth", "dob", "birthdate", "生日", "出生日期"),
    "notes": ("notes", "note", "remark", "remarks", "comment", "comments", "备注", "说明", "评价"),
}  # fmt: skip
_PUNCTUATION = re.compile(r"[\s_\-./:：()（）\[\]【】*#·]+")


def _normal(header: str) -> str:
    return _PUNCTUATION.sub("", header.casefold())


def guess_mapping(headers: list[str]) -> Mapping:
    """Header → field for every header; a header nothing fits maps to "". Each field is used at most once."""
    scored: list[tuple[int, int, str, str]] = []  # (-score, column, header, field)
    for column, header in enumerate(headers):
        normal = _normal(header)
        if not normal:
            continue
        words_in_header = set(re.findall(r"[a-z]+", header.casefold()))
        for field_key, words in _SYNONYMS.items():
            score = 0
            for word in words:
                if normal == word:
                    score = max(score, 1000)
                elif len(word) >= 2 and word in normal and not word.isascii():
                    score = max(score, len(word) * 10)
                elif word.isascii() and (word in words_in_header or (len(word) >= 4 and word in normal)):
                    score = max(score, len(word) * 10)
            if score:
                scored.append((-score, column, header, field_key))
    mapping: Mapping = dict.fromkeys(headers, "")
    taken: set[str] = set()
    for _score, _column, header, field_key in sorted(scored):
        if not mapping[header] and field_key not in taken:
            mapping[header] = field_key
            taken.add(field_key)
    return mapping


def check_mapping(mapping: Mapping, headers: list[str]) -> dict[str, int]:
    """Field → column index for a mapping the import can use. Raises ImportFileError naming what is wrong."""
    if not isinstance(mapping, dict):
        raise ImportFileError('A mapping is a JSON object: {"column header": "field", …}')
    fields: dict[str, int] = {}
    index = {header: column for column, header in enumerate(headers)}
    for header, field_key in mapping.items():
        if not field_key:  # "" = not imported; load_mapping turns a JSON null into ""
            continue
        if field_key not in FIELDS:
            raise ImportFileError(f"Column “{header}”: unknown field “{field_key}” (known: {', '.join(FIELDS)})")
        if header not in index:
            raise ImportFileError(f"The mapping names a column “{header}” the file does not have")
        if field_key in fields:
            raise ImportFileError(f"Two columns are mapped to {FIELDS[field_key]}: choose one")
        fields[field_key] = index[header]
    if "display_name" not in fields and "handle" not in fields:
        raise ImportFileError("Map a column to Name (or Platform and Handle, to update KOLs already here)")
    if ("platform" in fields) != ("handle" in fields):
        raise ImportFileError("Map both Platform and Handle, or neither: an account is known by the pair")
    if "handle" not in fields:
        needs_account = [FIELDS[key] for key in ("url", "followers", "engagement_rate", "fee") if key in fields]
        if needs_account:
            raise ImportFileError(
                f"{', '.join(needs_account)} belong to a platform account: map Platform and Handle as well"
            )
    return fields


def load_mapping(text: str) -> Mapping:
    """A mapping from the CLI's --mapping: a JSON object, or the path of a file holding one."""
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).expanduser().read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ImportFileError(f"--mapping: cannot read {text}: {exc.strerror or exc}") from None
    try:
        mapping = json.loads(source)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"--mapping is not valid JSON: {exc}") from None
    if not isinstance(mapping, dict) or not all(
        isinstance(key, str) and (value is None or isinstance(value, str)) for key, value in mapping.items()
    ):
        raise ImportFileError("--mapping must be a JSON object of column header → field name")
    return {key: value or "" for key, value in mapping.items()}
