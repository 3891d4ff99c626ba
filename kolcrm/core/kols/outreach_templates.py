"""Opening messages for outreach, in Chinese and English, filled in for each KOL: {name}, {platform}, {handle},
{brand}, {fee} and {me} (who sends it). A field the template names but nothing fills stays as written, so a typo
shows in the message instead of raising."""

from __future__ import annotations

import string
from dataclasses import dataclass

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import platform_label
from kolcrm.core.vocabulary.platform_names import PLATFORMS_ZH

FIELDS = ("name", "platform", "handle", "brand", "fee", "me")


@dataclass
class OutreachTemplate:
    name: str
    language: str  # "zh" or "en": the language the message is written in (platform names follow it)
    body: str
    id: int | None = None  # None: one of kolcrm's own, not saved yet


DEFAULTS = (
    OutreachTemplate(
        "初次建联 · 微信",
        "zh",
        "{name}您好！我是{brand}的{me}。我们很喜欢您在{platform}上的内容，想邀请您参与我们新品的推广合作，"
        "预算约{fee}。方便的话加个微信详聊吗？期待您的回复！",
    ),
    OutreachTemplate(
        "First contact · e-mail",
        "en",
        "Hi {name},\n\nI'm {me} from {brand}. We love your {platform} content and would like to invite you to a paid "
        "collaboration for our new launch, with a budget of around {fee}. Could we talk by e-mail or WeChat?\n\n"
        "Looking forward to hearing from you!",
    ),
    OutreachTemplate(
        "跟进 · 微信", "zh", "{name}您好，想跟进一下之前的合作邀请：{brand}的新品推广，预算约{fee}。您看方便聊聊吗？"
    ),
)


def list_templates() -> list[OutreachTemplate]:
    """The saved templates, or kolcrm's own until the user saves one."""
    rows = database.execute_sql("SELECT name, language, body, id FROM outreach_template ORDER BY name, id")
    saved = [OutreachTemplate(*row) for row in rows]
    return saved or [OutreachTemplate(t.name, t.language, t.body) for t in DEFAULTS]


def save_template(template: OutreachTemplate) -> int:
    problems = []
    if not template.name.strip():
        problems.append(i18n.translate("Outreach", "A template needs a name"))
    if not template.body.strip():
        problems.append(i18n.translate("Outreach", "A template needs a message"))
    if template.language not in ("zh", "en"):
        problems.append(i18n.translate("Outreach", "A template is in Chinese or English"))
    if problems:
        raise ValidationError("; ".join(problems), field="body")
    values = (template.name.strip(), template.language, template.body.strip(), utc_now())
    with database.atomic():
        if template.id is None:
            return insert_returning_id(
                "INSERT INTO outreach_template (name, language, body, updated_at) VALUES (?, ?, ?, ?)", values
            )
        cursor = database.execute_sql(
            "UPDATE outreach_template SET name = ?, language = ?, body = ?, updated_at = ? WHERE id = ?",
            (*values, template.id),
        )
        if not cursor.rowcount:
            raise NotFoundError(i18n.translate("Outreach", "The template was deleted meanwhile"))
        return template.id


def delete_template(template_id: int) -> None:
    database.execute_sql("DELETE FROM outreach_template WHERE id = ?", (template_id,))


class _Kept(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(body: str, values: dict[str, str]) -> str:
    """The template with its fields filled; an unknown field, or a stray brace, stays as written."""
    try:
        return string.Formatter().vformat(body, (), _Kept(values))
    except (ValueError, IndexError, AttributeError, KeyError):  # "{" alone, "{0}", "{name.x}"
        return body


def kol_values(kol_id: int, language: str, brand: str, fee: str, me: str | None = None) -> dict[str, str]:
    """The fields for one KOL: their name and main account (platform named in the template's language); `me` is
    who signs the message (by default the name kolcrm knows this person by)."""
    row = database.execute_sql(
        "SELECT k.display_name, a.platform, a.handle FROM kol k LEFT JOIN platform_account a ON a.kol_id = k.id"
        " WHERE k.id = ? ORDER BY a.followers DESC, a.position LIMIT 1",
        (kol_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=kol_id))
    name, platform, handle = row
    shown = (PLATFORMS_ZH.get(platform, platform) if language == "zh" else platform) if platform else ""
    if platform and language != "zh" and platform not in PLATFORMS_ZH:
        shown = platform_label(platform)
    return {"name": name, "platform": shown, "handle": handle or "", "brand": brand, "fee": fee,
            "me": versions.current_person() if me is None else me}  # fmt: skip
