"""Numeric chart axes people can read: 30,000 · 150,000 in English, 3万 · 15万 · 1.5亿 in Chinese, 25% for percents.

Qt's QValueAxis formats ticks with printf ("%.0f" gives 150000): every numeric axis of the dashboard is built here
instead, as a QCategoryAxis whose labels sit on QValueAxis's nice tick values.
"""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QValueAxis

from kolcrm.core.i18n import is_chinese

WAN, YI = 10_000, 100_000_000


def readable_number(value: float, unit: int | None = None, decimals: int = 2) -> str:
    """One number for people: 12,345 (English) or 1.23万 (Chinese, from 10,000); `unit` forces 万 or 亿 or none (1)."""
    if unit is None:
        unit = _chinese_unit(abs(value)) if is_chinese() else 1
    if unit == 1:
        return _trimmed(value, decimals)
    suffix = "亿" if unit == YI else "万"
    return f"{_trimmed(value / unit, decimals)}{suffix}"


def number_axis(low: float, high: float, suffix: str = "", decimals: int = 1) -> QCategoryAxis:
    """An axis from about `low` to about `high` on nice numbers, its ticks readable; `suffix` "%" for percents.

    In Chinese all ticks of one axis share a unit (0.5万, 1万, 1.5万), so they compare at a glance.
    """
    nice = QValueAxis()
    nice.setRange(low, high)
    nice.applyNiceNumbers()
    start, end, ticks = nice.min(), nice.max(), max(nice.tickCount(), 2)
    unit = _chinese_unit(max(abs(start), abs(end))) if is_chinese() and not suffix else 1
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(start, end)
    axis.setStartValue(start)
    for index in range(ticks):
        value = start + (end - start) * index / (ticks - 1)
        label = "0" if abs(value) < 1e-9 else readable_number(value, unit, decimals) + suffix
        axis.append(label, value)
    return axis


def amount_axis(top: float) -> QCategoryAxis:
    """An axis of amounts from 0 to about `top`."""
    return number_axis(0, top or 1, decimals=2)


def _chinese_unit(magnitude: float) -> int:
    if magnitude >= YI:
        return YI
    return WAN if magnitude >= WAN else 1


def _trimmed(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
