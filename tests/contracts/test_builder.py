"""The contract PDF read back with pypdf: clauses, tables, amounts, names, footers; user text stays text."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kolcrm.contracts.builder import build_contract_pdf
from kolcrm.contracts.data import CompanyProfile, ContractData, ContractDeliverable, ContractPayment
from kolcrm.contracts.templates import load_templates

TEMPLATES = load_templates()
CLAUSE_HEADINGS = [(c.text("heading_zh"), c.text("heading_en")) for c in TEMPLATES.clauses]


def contract(**changes: object) -> ContractData:
    data = ContractData(
        number="KOL-2026-00007-v2",
        issued_on=date(2026, 11, 23),
        language="both",
        company=CompanyProfile(
            legal_name="上海花西子化妆品有限公司", address="上海市闵行区申长路 988 弄", signatory="张伟"
        ),
        brand_name="花西子",
        kol_display_name="李佳琦",
        kol_real_name="",
        kol_agency="美腕（上海）网络科技有限公司",
        title="双十二直播",
        campaign_name="雕花口红上新",
        start_on=date(2026, 12, 1),
        end_on=date(2027, 2, 28),
        currency="CNY",
        agreed_fee=Decimal("1234.56"),
        payments=(ContractPayment(Decimal("600.00"), date(2026, 12, 5)), ContractPayment(Decimal("634.56"))),
        deliverables=(
            ContractDeliverable("Douyin", "直播带货", "Livestream sales", 2, date(2026, 12, 12)),
            ContractDeliverable("Xiaohongshu", "图文笔记", "Image post", 3, date(2026, 12, 20)),
        ),
        exclusivity_category="彩妆",
        exclusivity_days_before=15,
        exclusivity_days_after=30,
        usage_rights_months=6,
    )
    return ContractData(**{**data.__dict__, **changes})


def pages(pdf: bytes) -> list[str]:
    """Each page's text with all whitespace removed (wrapping moves line breaks, not words)."""
    return ["".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return "".join(text.split())


def test_bilingual_contract_states_everything() -> None:
    pdf = build_contract_pdf(contract())
    texts = pages(pdf)
    everything = "".join(texts)
    for zh, en in CLAUSE_HEADINGS:
        assert squash(zh) in everything and squash(en) in everything
    for row in (
        "抖音Douyin直播带货Livestreamsales22026年12月12日",
        "小红书Xiaohongshu图文笔记Imagepost32026年12月20日",
    ):
        assert row in everything
    assert "1,234.56" in everything and "600.00" in everything and "634.56" in everything
    assert "壹仟贰佰叁拾肆元伍角陆分" in everything
    assert squash("one thousand two hundred thirty-four and 56/100") in everything
    assert "李佳琦" in everything and "上海花西子化妆品有限公司" in everything
    assert squash("represented by 美腕（上海）网络科技有限公司") in everything
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{len(texts)}页" in text
        assert f"Page{number}of{len(texts)}" in text
        assert text.endswith("KOL-2026-00007-v2")


def test_chinese_only_has_no_english_headings_and_vice_versa() -> None:
    zh = "".join(pages(build_contract_pdf(contract(language="zh"))))
    en = "".join(pages(build_contract_pdf(contract(language="en"))))
    for heading_zh, heading_en in CLAUSE_HEADINGS:
        assert squash(heading_zh) in zh and squash(heading_en) not in zh
        assert squash(heading_en) in en and squash(heading_zh) not in en
    assert "第1页/共" in zh and "Page1of" not in zh
    assert "Page1of" in en and "第1页" not in en


def test_conditional_wording() -> None:
    plain = "".join(
        pages(
            build_contract_pdf(contract(language="en", exclusivity_category="", usage_rights_months=0, kol_agency=""))
        )
    )
    assert squash("This Agreement imposes no exclusivity") in plain
    assert squash("for the term of this agreement") in plain
    assert "representedby" not in plain
    full = "".join(pages(build_contract_pdf(contract(language="en"))))
    assert squash("from 15 days before the term begins until 30 days after it ends") in full
    assert squash("for 6 months from the publication") in full


def test_font_is_embedded_and_used_for_all_text() -> None:
    reader = pypdf.PdfReader(io.BytesIO(build_contract_pdf(contract())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values() if "/FontDescriptor" in f.get_object()]
    assert embedded, "no embedded font"
    for font in embedded:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "WenQuanYi" in font["/BaseFont"]


def test_metadata_and_determinism() -> None:
    first = build_contract_pdf(contract())
    assert first == build_contract_pdf(contract())
    meta = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert meta.author == "上海花西子化妆品有限公司"
    assert "KOL-2026-00007-v2" in meta.title and "KOL Endorsement Agreement" in meta.title


def image_xobjects(pdf: bytes) -> int:
    count = 0
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject")
        for obj in xobjects.get_object().values() if xobjects else []:
            count += obj.get_object().get("/Subtype") == "/Image"
    return count


def png(size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(out, "PNG")
    return out.getvalue()


def test_markup_in_names_is_literal_and_pulls_in_no_file(tmp_path: Path) -> None:
    real_image = tmp_path / "secret.png"
    real_image.write_bytes(png())
    name = f'<img src="{real_image}"/>'
    pdf = build_contract_pdf(contract(kol_display_name=name, kol_agency='<img src="/etc/passwd"/>', title="<b>x</b>"))
    everything = "".join(pages(pdf))
    assert squash(name) in everything
    assert squash('<img src="/etc/passwd"/>') in everything
    assert image_xobjects(pdf) == 0


def test_logo_is_embedded_and_a_broken_logo_is_skipped() -> None:
    with_logo = build_contract_pdf(contract(company=CompanyProfile(legal_name="花西子", logo=png())))
    assert image_xobjects(with_logo) == 1
    for broken in (b"not an image", png()[:60], b"\x89PNG\r\n\x1a\n" + b"\0" * 50):
        pdf = build_contract_pdf(contract(company=CompanyProfile(legal_name="花西子", logo=broken)))
        assert image_xobjects(pdf) == 0 and "花西子" in pages(pdf)[0]


def test_five_thousand_character_words_wrap_everywhere() -> None:
    word = "超长" * 1000 + "x" * 3000
    pdf = build_contract_pdf(
        contract(
            kol_display_name=word,
            company=CompanyProfile(legal_name=word, address=word, signatory=word),
            deliverables=(ContractDeliverable(word, word, word, 1),),
            usage_rights=word,
            payment_terms=word,
            number="N" + "9" * 300,
        )
    )
    assert pdf.startswith(b"%PDF")
    assert len(pages(pdf)) > 3


NASTY = st.sampled_from(
    [
        "<",
        "&",
        "<b>",
        "</para>",
        "&amp;",
        "<img src='/etc/passwd'/>",
        "😀🎉",
        "مرحبا بالعالم",
        "שלום",
        "\x07\x00\x1b",
        "x" * 5000,
        "{kol_name}",
        "%s",
        "\u202e",
        "\ufffe",
        "",
    ]
)
TEXT = st.one_of(st.text(), NASTY, st.lists(st.one_of(st.text(max_size=20), NASTY), max_size=4).map(" ".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=TEXT,
    agency=TEXT,
    title=TEXT,
    notes=TEXT,
    platform=TEXT,
    content=TEXT,
    number=TEXT,
    currency=TEXT,
    language=st.sampled_from(["zh", "en", "both"]),
)
def test_any_user_text_builds_a_pdf(
    name: str,
    agency: str,
    title: str,
    notes: str,
    platform: str,
    content: str,
    number: str,
    currency: str,
    language: str,
) -> None:
    data = contract(
        language=language,
        number=number,
        kol_display_name=name,
        kol_real_name=name[::-1],
        kol_agency=agency,
        title=title,
        campaign_name=title,
        payment_terms=notes,
        usage_rights=notes,
        exclusivity_category=notes,
        disclosure_label=notes,
        currency=currency,
        company=CompanyProfile(legal_name=name, address=notes, signatory=agency),
        deliverables=(ContractDeliverable(platform, content, content, 2),),
        extra={"note": notes},
    )
    pdf = build_contract_pdf(data)
    assert pdf.startswith(b"%PDF") and image_xobjects(pdf) == 0


@pytest.mark.parametrize("fee", [Decimal("-5"), Decimal("1e20")])
def test_amounts_outside_words_range_still_render(fee: Decimal) -> None:
    assert build_contract_pdf(contract(agreed_fee=fee)).startswith(b"%PDF")


def test_a_chinese_contract_writes_renminbi_the_chinese_way_and_names_no_other_version() -> None:
    zh = "".join(pages(build_contract_pdf(contract(language="zh", agreed_fee=Decimal("75000"), payments=()))))
    assert "人民币柒万伍仟元整（¥75,000.00）" in zh
    assert "抖音直播带货22026年12月12日" in zh and "小红书图文笔记" in zh
    for latin in ("Douyin", "Xiaohongshu", "CNY", "英文", "English"):
        assert latin not in zh, latin
    both = "".join(pages(build_contract_pdf(contract())))
    assert squash("本协议以中文和英文两种文字书就，两种文本如有不一致，以中文文本为准。") in both
    assert squash("If the two texts differ, the Chinese text prevails.") in both
    en = "".join(pages(build_contract_pdf(contract(language="en"))))
    assert "prevails" not in en and squash("CNY 1,234.56 (CNY one thousand two hundred thirty-four and 56/100)") in en


@pytest.mark.parametrize(
    ("terms", "rows"),
    [
        ("50% 签约后，50% 发布后 · 50% on signing, 50% on publication",
         ["1¥37,500.00签约后onsigning", "2¥37,500.00发布后onpublication"]),
        ("30% on signing, 70% within 15 days of publication",
         ["1¥22,500.00onsigning", "2¥52,500.00within15daysofpublication"]),
    ],
)  # fmt: skip
def test_without_instalments_the_schedule_comes_from_the_payment_terms(terms: str, rows: list[str]) -> None:
    text = "".join(pages(build_contract_pdf(contract(agreed_fee=Decimal("75000"), payments=(), payment_terms=terms))))
    for row in rows:
        assert row in text
    assert squash("合计 / Total ¥75,000.00") in text


def test_terms_without_shares_say_the_whole_fee_is_paid_at_once_and_print_no_empty_table() -> None:
    text = "".join(
        pages(build_contract_pdf(contract(agreed_fee=Decimal("75000"), payments=(), payment_terms="发布后十日内付清")))
    )
    assert squash("上述合作费用按前述付款方式一次性全额支付，不分期。") in text
    assert squash("The whole fee is paid in a single payment on the payment terms above.") in text
    assert "期次" not in text and "付款计划如下" not in text


def _label_heights(pdf: bytes, label: str) -> list[float]:
    """The heights on the last page at which `label` is drawn (PDF y, from the bottom)."""
    heights: list[float] = []

    def visit(text: str, cm: list[float], _tm: object, _font: object, _size: object) -> None:
        if text.strip() == label:
            heights.append(round(cm[5], 1))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[-1].extract_text(visitor_text=visit)
    return heights


def test_both_parties_sign_and_date_on_the_same_lines_when_an_agency_seals_too() -> None:
    pdf = build_contract_pdf(contract(language="zh"))  # 美腕 seals for the KOL: one line more on party B's side
    dates = _label_heights(pdf, "日期")
    assert len(dates) == 2 and dates[0] == dates[1]
    lines = sorted(_label_heights(pdf, "_" * 30))
    assert lines == sorted(lines[::2] * 2)  # every signature line has its twin on the other side


@pytest.mark.parametrize(
    ("terms", "zh", "en"),
    [
        ({}, "上述费用为含税价。", "The fee includes all taxes."),
        (
            dict(fee_includes_tax=False, tax_rate=Decimal("6"), invoice_type="vat_special", invoice_issuer="agency"),
            "上述费用为不含税价，甲方另按6%的税率承担相应税费。乙方的经纪机构应就上述费用向甲方开具增值税专用发票。",
            "The fee excludes tax; the Brand pays tax at 6% on top. The KOL's agency shall issue the Brand a special"
            " VAT invoice (增值税专用发票) for the fee.",
        ),
        (
            dict(tax_rate=Decimal("3"), invoice_type="vat_ordinary", invoice_issuer="kol", withholds_income_tax=True),
            "上述费用为含税价，税率为3%。乙方应就上述费用向甲方开具增值税普通发票。乙方为自然人，甲方依法为乙方代扣代缴个人所得税，",
            "As the KOL is an individual, the Brand withholds and pays the KOL's individual income tax",
        ),
    ],
)
def test_the_compensation_clause_states_the_tax_the_invoice_and_any_withholding(terms, zh, en) -> None:
    text = "".join(pages(build_contract_pdf(contract(**terms))))
    assert squash(zh) in text and squash(en) in text
    assert squash("依法应缴纳的税费") not in text  # no longer a blanket "all taxes included" whatever the deal says


@pytest.mark.parametrize("language", ["zh", "en", "both"])
def test_emoji_in_a_name_print_in_the_emoji_font_and_read_back(language: str) -> None:
    pdf = build_contract_pdf(contract(kol_display_name="小鹿🦌Lulu✨", kol_real_name="", language=language))
    text = pages(pdf)
    assert "小鹿🦌Lulu✨" in text[0], "the deer (beyond U+FFFF) and the sparkles read back as typed"
    fonts = [
        f.get_object()["/BaseFont"] for f in pypdf.PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    ]
    assert any("NotoEmoji" in str(name) for name in fonts)
    plain = build_contract_pdf(contract(language=language))
    assert not any("NotoEmoji" in str(f.get_object()["/BaseFont"])
                   for f in pypdf.PdfReader(io.BytesIO(plain)).pages[0]["/Resources"]["/Font"].values()), \
        "a contract without emoji embeds no emoji font"  # fmt: skip


def test_an_agency_that_signs_is_named_as_a_company_with_its_code_and_address() -> None:
    data = contract(
        language="zh",
        kol_agency="美ONE",
        agency_legal_name="美腕（上海）网络科技有限公司",
        agency_uscc="91310104MA1FR7ND3J",
        agency_address="上海市长宁区延安西路 1 号",
    )
    text = pages(build_contract_pdf(data))[0]
    assert squash("由 美腕（上海）网络科技有限公司（经纪机构/MCN）代理") in text
    assert "统一社会信用代码：91310104MA1FR7ND3J" in text and "上海市长宁区延安西路1号" in text
    assert "美ONE" not in text, "the registered name stands for the short one everywhere"
    plain = pages(build_contract_pdf(contract(language="zh", kol_agency="美ONE")))[0]
    assert squash("由 美ONE（经纪机构/MCN）代理") in plain and "91310104MA1FR7ND3J" not in plain
