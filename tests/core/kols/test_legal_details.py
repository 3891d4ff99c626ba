"""A KOL's ID number and payee account, for contracts: checked (身份证号 by its check character and birth date),
kept exactly, printed on the contract, and treated as personal data: in the KOL's own JSON export and handover
packages, never in CSV, XLSX or vCard exports, gone with an erasure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import legal_id
from kolcrm.core.kols.erase import erase_kol_everywhere
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store.db import database

RESIDENT_ID = "11010519491231002X"


def _resident_id(region: str, born: date, sequence: int) -> str:
    body = f"{region}{born:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")  # it reads the first 17 of 18 characters


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    born=st.dates(min_value=date(1940, 1, 1), max_value=date(2008, 12, 31)),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_a_resident_id_is_kept_only_with_its_check_character(any_db, born: date, sequence: int) -> None:
    number = _resident_id("110105", born, sequence)
    kol_id = save_kol(KolRecord(display_name="小鹿", legal_id_number=number.lower()))
    assert get_kol(kol_id).legal_id_number == number  # stored with a capital X
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    with pytest.raises(ValidationError) as refused:
        save_kol(KolRecord(display_name="小鹿二号", legal_id_number=wrong))
    assert refused.value.problems[0].field == "legal_id_number" and "check character" in refused.value.message


def test_a_passport_number_is_kept_and_nonsense_is_refused(any_db) -> None:
    kol_id = save_kol(
        KolRecord(display_name="Emma", legal_id_number="e 1234 5678", payee_account="6225 8801 2345 6789")
    )
    saved = get_kol(kol_id)
    assert (saved.legal_id_number, legal_id.kind(saved.legal_id_number)) == ("E12345678", legal_id.PASSPORT)
    assert legal_id.masked(RESIDENT_ID) == "110•••••••••••002X"
    with pytest.raises(ValidationError, match="passport number"):
        save_kol(KolRecord(display_name="Bad", legal_id_number="身份证"))
    with pytest.raises(ValidationError, match="8 to 30 digits"):
        save_kol(KolRecord(display_name="Bad", payee_account="abc"))


def test_the_id_number_goes_to_the_kols_own_json_and_no_spreadsheet_or_card(any_db, tmp_path: Path) -> None:
    from kolcrm.exchange.exports import contacts, kol_json, tables

    kol_id = save_kol(KolRecord(display_name="小鹿", real_name="陆小鹿", legal_id_number=RESIDENT_ID,
                                payee_account="6225880123456789"))  # fmt: skip

    assert kol_json.kol_as_json(kol_id)["profile"]["legal_id_number"] == RESIDENT_ID
    tables.export_csv(tmp_path / "kols.csv")
    tables.export_xlsx(tmp_path / "kols.xlsx")
    contacts.export_vcards(tmp_path / "kols.vcf")
    sheet = openpyxl.load_workbook(tmp_path / "kols.xlsx").active
    written = {
        "csv": (tmp_path / "kols.csv").read_text(encoding="utf-8-sig"),
        "xlsx": " ".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None),
        "vcf": (tmp_path / "kols.vcf").read_text(encoding="utf-8"),
    }
    for kind, text in written.items():
        assert "陆小鹿" in text or "小鹿" in text, kind  # the KOL is in each export…
        assert RESIDENT_ID not in text and "6225880123456789" not in text, kind  # …without the numbers

    erase_kol_everywhere(kol_id)
    assert database.execute_sql("SELECT count(*) FROM kol WHERE legal_id_number = ?", (RESIDENT_ID,)).fetchone()[0] == 0


def test_the_agency_that_signs_is_kept_with_a_checked_code(any_db) -> None:
    kol_id = save_kol(
        KolRecord(display_name="小鹿", agency="美ONE", agency_legal_name=" 美腕（上海）网络科技有限公司 ",
                  agency_uscc="91310104ma1fr7nd3j", agency_address="上海市长宁区")
    )  # fmt: skip
    saved = get_kol(kol_id)
    assert (saved.agency, saved.agency_legal_name, saved.agency_uscc, saved.agency_address) == (
        "美ONE", "美腕（上海）网络科技有限公司", "91310104MA1FR7ND3J", "上海市长宁区"
    )  # fmt: skip
    saved.agency_uscc = "91310104MA1FR7ND3K"  # the check character mistyped
    with pytest.raises(ValidationError) as refused:
        save_kol(saved)
    assert refused.value.problems[0].field == "agency_uscc" and "check digit" in refused.value.message
    assert get_kol(kol_id).agency_uscc == "91310104MA1FR7ND3J"
