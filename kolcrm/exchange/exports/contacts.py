"""KOLs as vCard 4.0 contacts (vobject): one card each, names in Chinese intact, WeChat and accounts kept."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from pathlib import Path

import vobject

from kolcrm.core import i18n
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.vocabulary import platform_label
from kolcrm.exchange.exports.tables import (
    Cancelled,
    ExportResult,
    KolExportRow,
    Progress,
    run_export,
    walk,
)

_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_CARD_NAMESPACE = uuid.UUID("6f1c1d3e-2f0a-4b7e-9a57-4b4f4c43a001")


def split_name(name: str) -> tuple[str, str]:
    """(family, given): 李佳琦 → 李 / 佳琦 (a two-character surname such as 欧阳 is not guessed); Mia Chen → Chen / Mia."""
    name = name.strip()
    if not name:
        return "", ""
    if _CJK.match(name) and " " not in name:
        return name[0], name[1:]
    parts = name.split()
    if len(parts) == 1:
        return parts[0], ""
    return parts[-1], " ".join(parts[:-1])


def card_for(row: KolExportRow) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("uid").value = f"urn:uuid:{uuid.uuid5(_CARD_NAMESPACE, f'kol:{row.id}')}"
    card.add("fn").value = row.display_name
    family, given = split_name(row.real_name or row.display_name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if row.real_name and row.real_name != row.display_name:
        card.add("nickname").value = row.display_name
    if row.phone:
        tel = card.add("tel")
        tel.value = row.phone
        tel.type_param = "cell"
    if row.email:
        card.add("email").value = row.email
    if row.agency:
        card.add("org").value = [row.agency]
    if row.wechat_id:
        card.add("x-wechat").value = row.wechat_id
        card.add("impp").value = f"weixin:{row.wechat_id}"
    for platform, _handle, url, _followers in row.accounts:
        if url:
            link = card.add("url")
            link.value = url
            link.type_param = platform
    if row.birthday:
        card.add("bday").value = row.birthday.replace("-", "")
    if row.categories:
        card.add("categories").value = list(row.categories)
    card.add("note").value = _note(row)
    return card


def _note(row: KolExportRow) -> str:
    lines = []
    if row.categories:
        lines.append(i18n.translate("Export", "Categories: {labels}").format(labels=", ".join(row.categories)))
    if row.value_tags:
        lines.append(i18n.translate("Export", "Tags: {labels}").format(labels=", ".join(row.value_tags)))
    for platform, handle, _url, followers in row.accounts:
        lines.append(
            i18n.translate("Export", "{platform}: {handle} ({followers} followers)").format(
                platform=platform_label(platform), handle=handle, followers=f"{followers:,}"
            )
        )
    if row.city:
        lines.append(i18n.translate("Export", "City: {city}").format(city=row.city))
    return "\n".join(lines) or "KOL"


def export_vcards(
    path: Path,
    kol_filter: KolFilter | None = None,
    kol_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> ExportResult:
    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        count = 0
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            for row in walk(kol_filter, kol_ids, report, stop):
                handle.write(card_for(row).serialize())
                count += 1
        return count

    return run_export(path, write, progress, cancelled)
