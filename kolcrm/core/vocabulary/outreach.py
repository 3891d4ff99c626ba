"""Where reaching out to a KOL stands before any deal (建联), as Chinese agency sheets track it."""

from __future__ import annotations

from enum import StrEnum

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP

_LABELS = {
    "none": QT_TRANSLATE_NOOP("Vocabulary", "Not contacted"),
    "contacted": QT_TRANSLATE_NOOP("Vocabulary", "Contacted"),
    "replied": QT_TRANSLATE_NOOP("Vocabulary", "Replied"),
    "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed to work together"),
    "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
}


class OutreachStage(StrEnum):
    NONE = "none"  # 未建联
    CONTACTED = "contacted"  # 已建联: a first message went out, no answer yet
    REPLIED = "replied"  # 已回复
    AGREED = "agreed"  # 确定合作
    DECLINED = "declined"  # 婉拒

    @property
    def label(self) -> str:
        return i18n.translate("Vocabulary", _LABELS[self.value])
