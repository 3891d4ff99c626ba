"""Demo agencies: every agency name the demo KOLs hold is a record; one has the company details a contract names,
a contact and notes, so the Agencies area and a contract through it show them."""

from __future__ import annotations

from kolcrm.core.agencies import service as agencies


def add_demo_agencies() -> None:
    agencies.ensure_agencies()
    starlight = agencies.agency_named("Starlight MCN")
    if starlight is None:
        return
    starlight.legal_name = "星光（上海）文化传媒有限公司"
    starlight.uscc = "91310104MA1FR7ND3J"
    starlight.address = "上海市徐汇区漕溪北路 88 号"
    starlight.contact_name = "王经纪"
    starlight.contact = "+86 138 0000 1234 · wx_starlight"
    starlight.notes = "报价含 8% 服务费；签约前确认排他期；直播档期需提前两周锁定"
    agencies.save_agency(starlight)
