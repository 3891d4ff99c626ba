"""The days relationship care revolves around: Chinese festivals (from `holidays`) and birthdays, lunar too."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kolcrm.core import i18n
from kolcrm.core.vocabulary import Occasion

# The names the `holidays` package gives these festivals in its English (en_US) China calendar.
_HOLIDAY_NAMES = {
    Occasion.SPRING_FESTIVAL: "Chinese New Year (Spring Festival)",
    Occasion.MID_AUTUMN: "Mid-Autumn Festival",
    Occasion.DRAGON_BOAT: "Dragon Boat Festival",
}
_LUNAR = re.compile(r"^(L?)(\d{1,2})-(\d{1,2})$")


def festival_date(occasion: Occasion, year: int) -> date:
    """The first day of the festival in `year`, as China observes it."""
    return _festivals(year)[occasion]


@lru_cache(maxsize=64)
def _festivals(year: int) -> dict[Occasion, date]:
    import holidays  # imported on first use: the calendar tables are not needed to open the app

    calendar = holidays.country_holidays("CN", years=year, language="en_US")
    found: dict[Occasion, date] = {}
    for day, name in sorted(calendar.items()):
        for occasion, wanted in _HOLIDAY_NAMES.items():
            if occasion not in found and name.startswith(wanted):
                found[occasion] = day
    missing = set(_HOLIDAY_NAMES) - set(found)
    if missing:
        raise LookupError(f"The holidays calendar has no {', '.join(sorted(missing))} for {year}")
    return found


def parse_lunar(text: str) -> tuple[int, int, bool] | None:
    """'08-15' → (8, 15, False); 'L04-05' (a leap fourth month) → (4, 5, True); '' → None. ValueError if bad."""
    text = text.strip()
    if not text:
        return None
    match = _LUNAR.match(text)
    if not match:
        raise ValueError(
            i18n.translate(
                "Festivals", "“{text}” is not a lunar month-day (e.g. 08-15, or L04-05 for a leap month)"
            ).format(text=text)
        )
    leap, month, day = bool(match.group(1)), int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(
            i18n.translate("Festivals", "“{text}”: a lunar month is 1–12 and a day 1–30").format(text=text)
        )
    return month, day, leap


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar month-day in the lunar year that starts in `year`.

    A day 30 in a 29-day month, or a leap month that year lacks, falls back to the last day / the plain month,
    as families do when they celebrate.
    """
    from lunardate import LunarDate

    for candidate_day in (day, 29) if day == 30 else (day,):
        for is_leap in (leap, False) if leap else (False,):
            try:
                solar: date = LunarDate(year, month, candidate_day, is_leap).to_solar_date()
                return solar
            except ValueError:
                continue
    raise ValueError(
        i18n.translate("Festivals", "No lunar date {month}-{day} in {year}").format(month=month, day=day, year=year)
    )


def next_birthday(today: date, solar: date | None = None, lunar: str = "") -> date | None:
    """The next time (today included) the KOL celebrates: the lunar birthday if kept, else the solar one."""
    parsed = parse_lunar(lunar) if lunar else None
    if parsed is not None:
        month, day, leap = parsed
        # The lunar year starting in `today.year - 1` can still run into January/February of this year.
        for year in (today.year - 1, today.year, today.year + 1):
            candidate = lunar_to_solar(year, month, day, leap)
            if candidate >= today:
                return candidate
        return None
    if solar is None:
        return None
    for year in (today.year, today.year + 1):
        try:
            candidate = solar.replace(year=year)
        except ValueError:  # 29 February in a common year: celebrated on the 28th
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
    return None
