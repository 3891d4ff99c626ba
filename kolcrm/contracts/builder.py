"""The endorsement contract as an A4 PDF: a reportlab platypus story filled from ContractData and the clause file."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from kolcrm.contracts import fees
from kolcrm.contracts.data import ContractData
from kolcrm.contracts.default_texts import VERSIONS_STATEMENT
from kolcrm.contracts.font_subsets import reserve_wording
from kolcrm.contracts.fonts import register_cjk_font, with_emoji
from kolcrm.contracts.layout import (
    FRAME_WIDTH,
    HEADER_FILL,
    HEADING_ROOM,
    INK,
    LOGO_BOX,
    LOGO_MAX_PIXELS,
    MARGIN,
    MUTED,
    RULE,
    HorizontalRule,
    en_date,
    grid,
    money,
    safe_words,
    scaled_logo,
    zh_date,
    zh_number,
)
from kolcrm.contracts.paragraphs import paragraph
from kolcrm.contracts.story_tables import StoryTables
from kolcrm.contracts.templates import ContractTemplates, clean_text, fill, load_templates, to_markup
from kolcrm.contracts.words import amount_in_chinese, amount_in_english
from kolcrm.core.kols import legal_id
from kolcrm.core.money import to_text

# Measures and colours live in layout.py; re-exported here so existing imports keep working.
__all__ = [
    "FRAME_WIDTH",
    "HEADER_FILL",
    "HEADING_ROOM",
    "INK",
    "LOGO_BOX",
    "LOGO_MAX_PIXELS",
    "MARGIN",
    "MUTED",
    "RULE",
    "build_contract_pdf",
]


# Binary (compressed, not ASCII85-armoured) streams: every PDF reader handles them, files are ~20 % smaller and
# a contract builds ~10 % faster. reportlab only offers this as a process-wide setting.
rl_config.useA85 = 0


def build_contract_pdf(data: ContractData, templates: ContractTemplates | None = None) -> bytes:
    """The contract as PDF bytes; the same data and templates always give the same bytes."""
    templates = templates or load_templates()
    font = register_cjk_font()
    story = _Story(data, templates, _styles(font))
    buffer = io.BytesIO()
    title = f"{clean_text(templates.sections['document']['title_zh'])} / {templates.sections['document']['title_en']}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"{title} · {clean_text(data.number)}",
        author=clean_text(data.company.legal_name or data.brand_name),
        subject=clean_text(data.title),
        creator="kolcrm",
        invariant=1,
        initialFontName=font,
    )
    footer = partial(_footer_text, templates, data.language, clean_text(data.number))
    reserve = partial(reserve_wording, font_name=font, templates=templates, langs=story.langs)
    doc.build(story.flowables(), canvasmaker=partial(_FooterCanvas, footer=footer, font=font, reserve=reserve))
    return buffer.getvalue()


class _FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped (see pyproject): Canvas is Any
    """Holds every page until the end so each footer can say how many pages there are."""

    def __init__(
        self, *args: Any, footer: Callable[[int, int], str], font: str, reserve: Callable[[Any], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        reserve(self._doc)  # before any text is drawn (font_subsets: the same subsets from contract to contract)
        self._footer = footer
        self._footer_font = font
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(self._footer_font, 8)
            self.setFillColor(MUTED)
            self.drawCentredString(A4[0] / 2, MARGIN - 2 * mm, self._footer(number, len(self._pages)))
            super().showPage()
        super().save()


def _footer_text(templates: ContractTemplates, language: str, number: str, page: int, pages: int) -> str:
    values = {"page": str(page), "pages": str(pages)}
    parts = [templates.fill("footer", lang, values) for lang in _langs(language)]
    # Footer text is drawn, not parsed as markup: undo the escaping fill() applies.
    text = " · ".join(parts).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return f"{text} · {number[:80]}"


def _langs(language: str) -> tuple[str, ...]:
    return {"zh": ("zh",), "en": ("en",)}.get(language, ("zh", "en"))


@lru_cache(maxsize=4)
def _styles(font: str) -> dict[str, ParagraphStyle]:
    # CJK wrapping (break between any two characters) measures every character: only where Chinese runs long.
    # Elsewhere the default wrap breaks at spaces and splitLongWords cuts words wider than the line.
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, textColor=INK, spaceAfter=3)
    return {
        "body_zh": ParagraphStyle("body_zh", base, wordWrap="CJK"),
        "body_en": ParagraphStyle("body_en", base, textColor=MUTED, fontSize=9, leading=13),
        "company": ParagraphStyle("company", base, fontSize=13, leading=17, spaceAfter=1),
        "address": ParagraphStyle("address", base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=12, alignment=TA_RIGHT, textColor=MUTED),
        "title_zh": ParagraphStyle("title_zh", base, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=0),
        "title_en": ParagraphStyle("title_en", base, fontSize=12, leading=16, alignment=TA_CENTER, textColor=MUTED),
        "heading_zh": ParagraphStyle("heading_zh", base, fontSize=11, leading=15, spaceBefore=7, spaceAfter=2),
        "heading_en": ParagraphStyle("heading_en", base, fontSize=10, leading=13, textColor=MUTED, spaceAfter=3),
        "label": ParagraphStyle("label", base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=1),
        "party": ParagraphStyle("party", base, fontSize=10.5, leading=14, spaceAfter=1),
        "sign": ParagraphStyle("sign", base, fontSize=9, leading=12, spaceBefore=7, spaceAfter=3),
        "signer": ParagraphStyle("signer", base, fontSize=9, leading=12, spaceAfter=6),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12, spaceAfter=0),
        "cell_en": ParagraphStyle("cell_en", base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=9, leading=12, spaceAfter=0, alignment=TA_RIGHT),
    }


class _Story(StoryTables):
    """The flowables of one contract; values are escaped once, here, and templates fill around them."""

    def __init__(self, data: ContractData, templates: ContractTemplates, styles: dict[str, ParagraphStyle]) -> None:
        self.data = data
        self.t = templates
        self.s = styles
        self.font = styles["body_zh"].fontName
        self.langs = _langs(data.language)
        self.colon = "：" if self.langs[0] == "zh" else ": "
        # ISO codes are three letters; a stray long value must not run out of its table cell.
        self.code = clean_text(data.currency).strip().upper()[:8] or "CNY"
        self.values = {lang: self._values(lang) for lang in ("zh", "en")}
        for lang in ("zh", "en"):  # made from the values above (the rate), for the compensation clause
            self.values[lang]["tax_terms"] = fees.tax_terms(data, partial(self._optional, "phrases", lang=lang), lang)

    def _values(self, lang: str) -> dict[str, str]:
        d = self.data
        date_text = zh_date if lang == "zh" else en_date
        raw = {key: clean_text(value) for key, value in d.extra.items()}
        raw |= {
            "contract_number": d.number,
            "issued_on": date_text(d.issued_on),
            "title": d.title,
            "campaign": d.campaign_name or d.title or d.brand_name,
            "brand_name": d.brand_name or d.company.legal_name,
            "brand_company": d.company.legal_name or d.brand_name,
            "brand_address": d.company.address,
            "brand_signatory": d.company.signatory,
            "kol_name": d.kol_real_name or d.kol_display_name,
            "kol_display_name": d.kol_display_name,
            "kol_agency": d.agency_legal_name or d.kol_agency,  # the registered name, when the KOL editor has it
            "start_on": date_text(d.start_on),
            "end_on": date_text(d.end_on),
            "days_before": str(d.exclusivity_days_before),
            "days_after": str(d.exclusivity_days_after),
            "exclusivity_category": d.exclusivity_category,
            "usage_rights": d.usage_rights,
            "usage_months": str(d.usage_rights_months),
            "fee_figures": money(d.agreed_fee),
            "fee_words_zh": safe_words(amount_in_chinese, d.agreed_fee),
            "fee_words_en": safe_words(amount_in_english, d.agreed_fee),
            "currency": "人民币" if lang == "zh" and self.code == "CNY" else self.code,
            "fee_amount": fees.amount_phrase(self.code, d.agreed_fee, lang),
            "tax_rate": f"{to_text(d.tax_rate)}%" if d.tax_rate is not None else "",
            "disclosure_label": d.disclosure_label or "广告",
            "review_days": str(d.review_days),
        }
        values = {key: to_markup(value) for key, value in raw.items()}
        phrase = partial(self.t.fill, "phrases", values=values)
        has_window = d.exclusivity_days_before > 0 or d.exclusivity_days_after > 0
        values["exclusivity_period"] = phrase(f"exclusivity_{'extended' if has_window else 'term'}_{lang}")
        values["usage_period"] = phrase(f"usage_{'months' if d.usage_rights_months > 0 else 'term'}_{lang}")
        if not d.usage_rights.strip():
            values["usage_rights"] = phrase(f"usage_rights_default_{lang}")
        if d.payment_terms.strip():
            values["payment_terms"] = to_markup(d.payment_terms)
        else:
            values["payment_terms"] = phrase(f"payment_terms_default_{lang}")
        return values

    def text(self, section: str, name: str, lang: str) -> str:
        return self.t.fill(section, f"{name}_{lang}", self.values[lang])

    def both(self, section: str, name: str, joiner: str = " / ") -> str:
        return joiner.join(self.text(section, name, lang) for lang in self.langs)

    def _field(self, section: str, name: str, value: str) -> Paragraph:
        """A labelled line, "地址 / Address：…", its value stated once whatever the language."""
        return self.para(f"{self.both(section, name)}{self.colon}{to_markup(value)}", "cell")

    def _labelled(self, name: str, value: str) -> Paragraph:
        """A party's detail with a [parties] label a team's older clauses.toml may not have (kolcrm's own then)."""
        label = " / ".join(self._optional("parties", name, lang) for lang in self.langs)
        return self.para(f"{label}{self.colon}{to_markup(value)}", "cell")

    def para(self, markup: str, style: str) -> Paragraph:
        return paragraph(with_emoji(markup), self.s[style])

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = [*self._header(), *self._parties()]
        for lang in self.langs:
            story.append(self.para(self.text("document", "intro", lang), f"body_{lang}"))
        for number, clause in enumerate(self.t.clauses, start=1):
            story.extend(self._clause(number, clause))
        story.append(self._signatures())
        return story

    def _header(self) -> Iterable[Flowable]:
        d = self.data
        left = [self.para(to_markup(d.company.legal_name or d.brand_name), "company")]
        if d.company.address.strip():
            left.append(self.para(to_markup(d.company.address), "address"))
        logo = scaled_logo(d.company.logo)
        row = [left, logo or ""]
        header = Table([row], colWidths=[FRAME_WIDTH - LOGO_BOX[0], LOGO_BOX[0]], splitInRow=1)
        header.setStyle(grid(padding=0, lines=False, extra=[("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        yield header
        yield Spacer(1, 3 * mm)
        yield HorizontalRule()
        yield Spacer(1, 4 * mm)
        for lang in self.langs:
            yield self.para(self.t.fill("document", f"title_{lang}", {}), f"title_{lang}")
        number = self.both("document", "contract_number") + self.colon + self.values["zh"]["contract_number"]
        issued = self.both("document", "issued_on") + self.colon + self.values[self.langs[0]]["issued_on"]
        yield Spacer(1, 2 * mm)
        yield self.para(f"{number}<br/>{issued}", "meta")
        yield Spacer(1, 3 * mm)

    def _parties(self) -> Iterable[Flowable]:
        d = self.data
        brand = [self.para(self.both("parties", "brand_label"), "label")]
        brand.append(self.para(to_markup(d.company.legal_name or d.brand_name), "party"))
        kol = [self.para(self.both("parties", "kol_label"), "label")]
        kol.append(self.para(self.values["zh"]["kol_name"], "party"))
        field = partial(self._field, "parties")
        if d.company.address.strip():
            brand.append(field("address", d.company.address))
        for name, value in (
            ("uscc", d.company.uscc),
            ("legal_representative", d.company.legal_representative),
            ("bank", " ".join(part for part in (d.company.bank_name, d.company.bank_account) if part.strip())),
            ("contact", d.company.contact),
        ):
            if value.strip():
                brand.append(self._labelled(name, value))
        if d.company.signatory.strip():
            brand.append(field("signatory", d.company.signatory))
        if d.kol_real_name.strip() and d.kol_display_name.strip() and d.kol_real_name != d.kol_display_name:
            kol.append(field("display_name", d.kol_display_name))
        id_label = "resident_id" if legal_id.kind(d.kol_id_number) == legal_id.RESIDENT_ID else "passport"
        for name, value in ((id_label, d.kol_id_number), ("address", d.kol_address), ("payee", d.kol_payee)):
            if value.strip():
                kol.append(self._labelled(name, value))
        if self._agency().strip():
            kol.extend(self.para(self.text("parties", "agency", lang), "cell") for lang in self.langs)
            if d.agency_uscc.strip():
                kol.append(self._labelled("uscc", d.agency_uscc))
            if d.agency_address.strip():
                kol.append(field("address", d.agency_address))
        table = Table([[brand, kol]], colWidths=[FRAME_WIDTH / 2] * 2, splitInRow=1)
        table.setStyle(grid(padding=6, extra=[("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
        yield table
        yield Spacer(1, 3 * mm)

    def _agency(self) -> str:
        return self.data.agency_legal_name or self.data.kol_agency

    def _clause(self, number: int, clause: Any) -> list[Flowable]:
        numbers = {"number": str(number), "number_zh": zh_number(number)}
        out: list[Flowable] = []
        variant = "none" if clause.key == "exclusivity" and not self.data.exclusivity_category.strip() else "body"
        for index, lang in enumerate(self.langs):
            article = self.t.fill("document", f"article_{lang}", numbers)
            heading = self.t.fill_clause(clause, f"heading_{lang}", self.values[lang])
            style = "heading_zh" if index == 0 else "heading_en"
            out.append(self.para(f"{article}&nbsp;&nbsp;{heading}", style))
        heading_block, out = out, []
        for lang in self.langs:
            body = self.t.fill_clause(clause, f"{variant}_{lang}", self.values[lang])
            out.extend(self.para(part, f"body_{lang}") for part in body.split("\n\n") if part.strip())
        if clause.key == "scope":
            out.append(self._deliverables())
        elif clause.key == "compensation":
            out.extend(self._payments())
        elif clause.key == "governing_law" and len(self.langs) > 1:
            out.extend(self.para(self._versions_statement(lang), f"body_{lang}") for lang in self.langs)
        # The heading never sits alone at the foot of a page (CondPageBreak is far cheaper than KeepTogether,
        # which lays its contents out twice).
        return [CondPageBreak(HEADING_ROOM), *heading_block, *out]

    def _versions_statement(self, lang: str) -> str:
        """Which text prevails, in a contract written in both languages (a Chinese-only one names no other)."""
        document = self.t.sections["document"]
        template = document.get(f"versions_{lang}", VERSIONS_STATEMENT[lang])  # a team's older clauses.toml
        return fill(template, self.values[lang], where=f"{self.t.source}: [document] versions_{lang}")

    def _signatures(self) -> Flowable:
        d = self.data

        def line(name: str, who: str = "") -> list[Flowable]:
            out = [self.para(self.both("signature", name), "label"), self.para("_" * 30, "sign")]
            return out + (
                [self.para(f"（{to_markup(who)}）" if self.langs[0] == "zh" else f"({to_markup(who)})", "signer")]
                if who.strip()
                else []
            )

        # One row per line, so that both parties' lines sit level: the KOL's date stays beside the brand's even
        # when an agency adds a seal line (it used to drop a line below).
        rows: list[list[Any]] = [
            [self.para(self.both("parties", "brand_label"), "label"), self.para(self.both("parties", "kol_label"), "label")],
            [self.para(to_markup(d.company.legal_name or d.brand_name), "party"), self.para(self.values["zh"]["kol_name"], "party")],
            [line("brand_seal"), line("kol_sign")],
            [line("representative", d.company.signatory), line("agency_seal", self._agency()) if self._agency().strip() else ""],
            [line("date"), line("date")],
        ]  # fmt: skip
        table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2, splitInRow=1)
        table.setStyle(grid(padding=6, lines=False, extra=[("TOPPADDING", (0, 2), (-1, 2), 4 * mm)]))
        heading = [self.para(self.both("signature", "heading", "&nbsp;&nbsp;"), "heading_zh")]
        heading += [self.para(self.text("signature", "note", lang), f"body_{lang}") for lang in self.langs]
        return KeepTogether([Spacer(1, 4 * mm), *heading, Spacer(1, 2 * mm), table])
