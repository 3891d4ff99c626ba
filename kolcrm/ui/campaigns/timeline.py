"""One timeline for a campaign: the brand's own channel posts beside its KOLs' deliverables, sorted by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.vocabulary import ApprovalState, CampaignStatus, platform_label
from kolcrm.ui.campaigns import formatting as fmt


@dataclass(frozen=True)
class TimelineEntry:
    on: date | None
    brand_post: bool  # the brand's own channel, else a KOL deliverable
    who: str
    channel: str
    what: str
    state: str
    deliverable_id: int | None = None
    published: bool = False
    collaboration_id: int | None = None


def entries(record: CampaignRecord, deal_ids: list[int]) -> list[TimelineEntry]:
    """Brand posts on their planned day, KOL posts on their publication (else due) day; brand first on a tie."""
    found = [
        TimelineEntry(p.planned_on, True, record.brand_name, p.channel, p.description,
                      QCoreApplication.translate("CampaignTimeline", "Posted {0}").format(fmt.day(p.posted_on))
                      if p.posted_on else CampaignStatus.PLANNED.label)
        for p in record.brand_posts
    ]  # fmt: skip
    for deal_id in deal_ids:
        deal = collaborations.get_collaboration(deal_id)
        for d in deal.deliverables:
            published = d.state is ApprovalState.PUBLISHED
            what = f"{d.content_type.label} · {deal.title}"
            state = d.state.label  # the vocabulary's label, capitalised like every other state
            found.append(TimelineEntry(d.published_on or d.due_on, False, deal.kol_name, d.platform, what, state,
                                       d.id, published, deal_id))  # fmt: skip
    return sorted(found, key=lambda e: (e.on or date.max, not e.brand_post))


def fill(table: QTableWidget, rows: list[TimelineEntry]) -> None:
    """Brand posts in blue with the brand's name in bold; KOL posts in amber."""
    table.setRowCount(len(rows))
    bold = QFont()
    bold.setBold(True)
    for row, entry in enumerate(rows):
        who = (
            QCoreApplication.translate("CampaignTimeline", "Brand · {0}").format(entry.who)
            if entry.brand_post
            else entry.who
        )
        values = (fmt.day(entry.on), who, platform_label(entry.channel), entry.what, entry.state)
        colour = QBrush(QColor(fmt.BRAND_POST_COLOUR if entry.brand_post else fmt.KOL_POST_COLOUR))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setBackground(colour)
            item.setToolTip(value)
            if entry.brand_post and column == 1:
                item.setFont(bold)
            table.setItem(row, column, item)
