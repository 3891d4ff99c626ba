"""Outreach before a deal, with fixed dates: a message sent moves a KOL to contacted and is kept in the history; the
list filters by stage and by silence; Today reminds after three silent days, once per message; templates fill in."""

from __future__ import annotations

from datetime import date

import pytest

from kolcrm.core.care import reminders
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import change_log, interactions, outreach
from kolcrm.core.kols import outreach_templates as templates
from kolcrm.core.kols.list_query import KolFilter, fetch_page
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ReminderKind
from kolcrm.core.vocabulary.outreach import OutreachStage

DAY = date(2026, 11, 20)


@pytest.fixture
def three(any_db):
    return [
        save_kol(KolRecord(display_name=name, accounts=[AccountRecord("Xiaohongshu", handle, followers=9000)]))
        for name, handle in (("小鹿", "xiaolu"), ("阿花", "ahua"), ("Mia", "mia"))
    ]


def stage_of(kol_id: int) -> str:
    return database.execute_sql("SELECT outreach_stage FROM kol WHERE id = ?", (kol_id,)).fetchone()[0]


def test_a_message_to_three_kols_is_one_touch_each_in_their_history(three) -> None:
    assert outreach.log_touch(three, "您好，想邀请您合作", DAY) == 3
    for kol_id in three:
        assert stage_of(kol_id) == "contacted"
        (note,) = interactions.history(kol_id)
        assert (note.text, note.occurred_on, note.kind) == ("您好，想邀请您合作", DAY, "message")
    assert database.execute_sql("SELECT touches, last_touch_on FROM kol WHERE id = ?", (three[0],)).fetchone() == (
        1, DAY.isoformat()
    )  # fmt: skip
    assert get_kol(three[0]).display_name == "小鹿"
    assert [c.detail for c in change_log.changes(three[0]) if c.what == change_log.OUTREACH] == ["contacted"]
    with pytest.raises(ValidationError, match="Write the message"):
        outreach.log_touch(three, "   ")


def test_the_list_filters_by_stage_and_by_silence(three, monkeypatch) -> None:
    from kolcrm.core import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 24))
    outreach.log_touch(three[:2], "hello", DAY)
    outreach.log_touch([three[1]], "follow-up", date(2026, 11, 23))
    outreach.set_stage([three[2]], OutreachStage.DECLINED, DAY)

    def names(kol_filter: KolFilter) -> list[str]:
        return sorted(row.display_name for row in fetch_page(kol_filter))

    assert names(KolFilter(outreach="contacted")) == ["小鹿", "阿花"]
    assert names(KolFilter(outreach="declined")) == ["Mia"]
    assert names(KolFilter(no_reply_days=3)) == ["小鹿"], "阿花's last message is only a day old"
    assert outreach.stage_counts()[OutreachStage.CONTACTED] == 2


def test_today_reminds_after_three_silent_days_once_per_message(three) -> None:
    outreach.log_touch([three[0]], "hello", DAY)
    assert outreach.follow_ups(date(2026, 11, 22)) == []
    (due,) = outreach.follow_ups(date(2026, 11, 23))
    assert (due.display_name, due.last_touch_on, due.touches) == ("小鹿", DAY, 1)
    reminders.refresh(date(2026, 11, 23))
    subjects = [r.subject for r in reminders.for_kol(three[0]) if r.kind is ReminderKind.OUTREACH]
    assert len(subjects) == 1 and subjects[0].startswith("Follow up with 小鹿: no reply since 2026-11-20")
    outreach.set_stage([three[0]], OutreachStage.REPLIED, date(2026, 11, 23))
    assert outreach.follow_ups(date(2026, 11, 30)) == []


def test_templates_fill_in_each_kol_and_keep_unknown_fields() -> None:
    body = "{name}您好！我们在{platform}上看到您 @{handle}，{brand}预算{fee}。{unknown} {"
    values = {"name": "小鹿", "platform": "小红书", "handle": "xiaolu", "brand": "花西子", "fee": "¥20,000"}
    assert templates.fill(body, values) == body, "a stray brace leaves the template as written"
    body = body[:-2]
    assert templates.fill(body, values) == "小鹿您好！我们在小红书上看到您 @xiaolu，花西子预算¥20,000。{unknown}"


def test_kol_values_name_the_platform_in_the_templates_language(three) -> None:
    zh = templates.kol_values(three[0], "zh", "花西子", "¥1")
    en = templates.kol_values(three[0], "en", "Florasis", "¥1")
    assert (zh["platform"], en["platform"], zh["handle"]) == ("小红书", "Xiaohongshu", "xiaolu")
    assert [t.language for t in templates.list_templates()] == ["zh", "en", "zh"] or templates.list_templates()
    saved = templates.save_template(templates.OutreachTemplate("报价跟进", "zh", "{name}，报价{fee}可以吗？"))
    assert [t.id for t in templates.list_templates()] == [saved], "once one is saved, the user's own are listed"
