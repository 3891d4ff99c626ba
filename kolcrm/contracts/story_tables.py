"""The contract's tables: the deliverables under the scope clause, the payment schedule under the compensation one.

A part of builder._Story kept in its own module: the story supplies its data, templates and paragraph helpers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from kolcrm.contracts import fees
from kolcrm.contracts.data import PLATFORMS_ZH, ContractData
from kolcrm.contracts.default_texts import OPTIONAL_TEXTS
from kolcrm.contracts.layout import MUTED, en_suffix, format_date, styled_table
from kolcrm.contracts.schedule import installments_from_terms
from kolcrm.contracts.templates import ContractTemplates, fill, to_markup


class StoryTables:
    data: ContractData
    t: ContractTemplates
    font: str
    langs: tuple[str, ...]
    code: str
    values: dict[str, dict[str, str]]

    def para(self, markup: str, style: str) -> Paragraph:  # pragma: no cover - the story's
        raise NotImplementedError

    def text(self, section: str, name: str, lang: str) -> str:  # pragma: no cover - the story's
        raise NotImplementedError

    def both(self, section: str, name: str, joiner: str = " / ") -> str:  # pragma: no cover - the story's
        raise NotImplementedError

    def _header_cells(self, names: Iterable[str]) -> list[list[Paragraph]]:
        cells = []
        for name in names:
            cell = [self.para(self.text("tables", name, self.langs[0]), "cell")]
            if len(self.langs) > 1:
                cell.append(self.para(self.text("tables", name, "en"), "cell_en"))
            cells.append(cell)
        return cells

    def _date_cell(self, day: date | None) -> Paragraph | str:
        if day is None:
            return self.para(self.both("tables", "no_date"), "cell")
        return format_date(day, self.langs[0])  # plain cells (no markup to parse) for what we format ourselves

    def _deliverables(self) -> Flowable:
        rows: list[list[Any]] = [self._header_cells(("platform", "content_type", "quantity", "due_on"))]
        for item in self.data.deliverables:
            content = [
                self.para(
                    to_markup(item.content_type_zh if lang == "zh" else item.content_type_en), f"cell{en_suffix(i)}"
                )
                for i, lang in enumerate(self.langs)
            ]
            names = [
                PLATFORMS_ZH.get(item.platform, item.platform) if lang == "zh" else item.platform for lang in self.langs
            ]
            platform = [
                self.para(to_markup(name), f"cell{en_suffix(i)}") for i, name in enumerate(dict.fromkeys(names))
            ]
            rows.append(
                [
                    platform,
                    content,
                    str(item.quantity),
                    self._date_cell(item.due_on),
                ]
            )
        if not self.data.deliverables:
            rows.append([self.para(self.both("tables", "no_deliverables"), "cell"), "", "", ""])
        widths = [0.24, 0.38, 0.13, 0.25]
        spans = [] if self.data.deliverables else [("SPAN", (0, 1), (-1, 1))]
        return styled_table(rows, widths, self.font, [*spans, ("ALIGN", (2, 1), (2, -1), "RIGHT")])

    def _optional(self, section: str, name: str, lang: str, extra: dict[str, str] | None = None) -> str:
        """A text a team's older clauses.toml may lack: theirs when they have it, else kolcrm's own."""
        template = self.t.sections[section].get(f"{name}_{lang}", OPTIONAL_TEXTS[f"{name}_{lang}"])
        values = {**self.values[lang], **(extra or {})}
        return fill(template, values, where=f"{self.t.source}: [{section}] {name}_{lang}")

    def _payments(self) -> list[Flowable]:
        """The schedule entered on the deal; else the one its payment terms state (50% 签约后，50% 发布后); else
        a sentence that the whole fee is paid on the terms. Never a table with nothing in it."""
        rows: list[list[Any]] = [self._header_cells(("installment", "amount", "pay_by"))]
        installments = (
            [] if self.data.payments else installments_from_terms(self.data.agreed_fee, self.data.payment_terms)
        )
        if not self.data.payments and not installments:
            return [self.para(self._optional("phrases", "whole_fee", lang), f"body_{lang}") for lang in self.langs]
        for number, payment in enumerate(self.data.payments, start=1):
            rows.append(
                [str(number), fees.figures(self.code, self.langs, payment.amount), self._date_cell(payment.due_on)]
            )
        for number, installment in enumerate(installments, start=1):
            when = [installment.when] + (
                [installment.when_other] if installment.when_other and len(self.langs) > 1 else []
            )
            cell = [self.para(to_markup(text), f"cell{en_suffix(i)}") for i, text in enumerate(when)]
            rows.append([str(number), fees.figures(self.code, self.langs, installment.amount), cell])
        total = sum((p.amount for p in self.data.payments), Decimal(0)) if self.data.payments else self.data.agreed_fee
        rows.append([self.para(self.both("tables", "total"), "cell"), fees.figures(self.code, self.langs, total), ""])
        intro = [self.para(self._optional("tables", "schedule_intro", lang), f"body_{lang}") for lang in self.langs]
        return [
            *intro,
            styled_table(
                rows,
                [0.25, 0.4, 0.35],
                self.font,
                [("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED), ("ALIGN", (1, 1), (1, -1), "RIGHT")],
            ),
        ]
