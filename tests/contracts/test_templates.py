"""The clause file: loads, names the file and key when a team breaks it, fills placeholders with data only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.contracts.builder import build_contract_pdf
from kolcrm.contracts.data import CompanyProfile, ContractData
from kolcrm.contracts.templates import (
    REQUIRED_CLAUSES,
    TemplateError,
    default_templates_path,
    fill,
    load_templates,
    to_markup,
)

BUNDLED = default_templates_path().read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clauses.toml"
    path.write_text(text, encoding="utf-8")
    return path


def small_contract(**changes: object) -> ContractData:
    data = ContractData(
        number="KOL-2026-00001",
        issued_on=date(2026, 11, 1),
        language="both",
        company=CompanyProfile(legal_name="上海花西子化妆品有限公司"),
        brand_name="花西子",
        kol_display_name="李佳琦",
        kol_real_name="",
        kol_agency="",
        title="Launch",
        campaign_name="",
        start_on=date(2026, 12, 1),
        end_on=date(2026, 12, 31),
        currency="CNY",
        agreed_fee=Decimal("30000"),
    )
    return ContractData(**{**data.__dict__, **changes})


def test_bundled_file_has_every_required_clause_in_order() -> None:
    templates = load_templates()
    keys = [clause.key for clause in templates.clauses]
    assert keys == list(REQUIRED_CLAUSES)
    for clause in templates.clauses:
        assert all(clause.text(f"{part}_{lang}").strip() for part in ("heading", "body") for lang in ("zh", "en"))


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, BUNDLED + "\n[oops\n")
    with pytest.raises(TemplateError, match=r"clauses\.toml: not valid TOML"):
        load_templates(path)


def test_missing_clause_key_names_file_clause_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, BUNDLED.replace('heading_en = "Confidentiality"\n', "", 1))
    with pytest.raises(TemplateError) as info:
        load_templates(path)
    assert str(path) in str(info.value)
    assert "'confidentiality'" in str(info.value) and "'heading_en'" in str(info.value)


def test_missing_required_clause_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, BUNDLED.replace('key = "disclosure"', 'key = "marketing"'))
    with pytest.raises(TemplateError, match=r"missing clause\(s\) with key 'disclosure'"):
        load_templates(path)


def test_missing_section_string_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, BUNDLED.replace('en = "Page {page} of {pages}"', ""))
    with pytest.raises(TemplateError, match=r"\[footer\]: missing key 'en'"):
        load_templates(path)


def test_exclusivity_needs_its_no_exclusivity_wording(tmp_path: Path) -> None:
    text = "\n".join(line for line in BUNDLED.splitlines() if not line.startswith("none_en"))
    with pytest.raises(TemplateError, match="'none_en'"):
        load_templates(write(tmp_path, text))


@pytest.mark.parametrize("bad", ["{kol_name.__class__}", "{kol_name!r}", "{0}", "{kol_name:>10}", "{unclosed"])
def test_placeholders_must_be_plain_names(tmp_path: Path, bad: str) -> None:
    path = write(tmp_path, BUNDLED.replace('heading_en = "Term"', f'heading_en = "Term {bad}"'))
    with pytest.raises(TemplateError, match=r"clause|\[\[clauses\]\]"):
        load_templates(path)


def test_unknown_placeholder_is_a_clear_error_not_a_key_error(tmp_path: Path) -> None:
    templates = load_templates(write(tmp_path, BUNDLED.replace("自 {start_on} 起", "自 {start_date} 起")))
    with pytest.raises(TemplateError) as info:
        build_contract_pdf(small_contract(), templates)
    assert not isinstance(info.value, KeyError)
    message = str(info.value)
    assert "{start_date}" in message and "'timeframe'" in message and "{start_on}" in message


def test_extra_fields_are_placeholders(tmp_path: Path) -> None:
    import pypdf

    text = BUNDLED.replace('heading_en = "Term"', 'heading_en = "Term of {project_code}"')
    templates = load_templates(write(tmp_path, text))
    pdf = build_contract_pdf(small_contract(extra={"project_code": "P<7>&Q"}), templates)
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    extracted = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "Term of P<7>&Q" in extracted


def test_edited_wording_reaches_the_pdf(tmp_path: Path) -> None:
    import pypdf

    templates = load_templates(write(tmp_path, BUNDLED.replace("合作期限", "推广周期")))
    path = tmp_path / "x.pdf"
    path.write_bytes(build_contract_pdf(small_contract(language="zh"), templates))
    extracted = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "推广周期" in extracted and "合作期限" not in extracted


def test_fill_treats_template_and_values_as_text() -> None:
    values = {"kol_name": to_markup('<img src="/etc/passwd"/> & co\x07')}
    assert fill("R&D <for> {kol_name}", values) == 'R&amp;D &lt;for&gt; &lt;img src="/etc/passwd"/&gt; &amp; co'
    assert fill("{{literal}} {kol_name}", {"kol_name": "x"}) == "{literal} x"


def test_to_markup_strips_control_characters_and_keeps_text() -> None:
    assert to_markup("a\x00b\x07c\nd\te\u200ff") == "abc d e\u200ff"
    assert to_markup("李佳琦 😀 שלום") == "李佳琦 😀 שלום"
