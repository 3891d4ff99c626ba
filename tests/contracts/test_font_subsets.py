"""What the builder keeps per process (font subsets, their text maps and widths, parsed and laid-out paragraphs,
split lines) changes no byte: a contract built after others is the one a fresh process builds."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pypdf

from kolcrm.contracts.builder import build_contract_pdf
from kolcrm.contracts.data import ContractData
from tests.contracts.test_builder import contract

ROOT = Path(__file__).resolve().parents[2]
_BUILD_ALL = (
    "import pickle, sys\n"
    "from kolcrm.contracts.builder import build_contract_pdf\n"
    "pickle.dump([build_contract_pdf(data) for data in pickle.load(sys.stdin.buffer)], sys.stdout.buffer)\n"
)


def cases() -> list[ContractData]:
    return [
        contract(kol_display_name="小鹿🦌Lulu✨", kol_real_name=""),
        contract(language="zh", kol_display_name="张三丰", agreed_fee=Decimal("98765.43")),
        contract(language="en", kol_display_name="王五"),
        contract(kol_display_name="长" * 3000, title="W" * 3000),  # paragraphs and cells split across pages
        contract(deliverables=(), exclusivity_category="", payments=(), payment_terms="50% 签约后，50% 发布后"),
    ]


def test_a_contract_built_after_others_is_byte_for_byte_the_one_a_fresh_process_builds() -> None:
    fresh = subprocess.run(
        [sys.executable, "-c", _BUILD_ALL], input=pickle.dumps(cases()), capture_output=True, cwd=ROOT, check=True
    )
    built_fresh = pickle.loads(fresh.stdout)
    for data in [contract(kol_display_name=f"达人{n}", agreed_fee=Decimal(1000 + n)) for n in range(3)]:
        build_contract_pdf(data)  # other contracts first: every cache holds something else
    built_here = [build_contract_pdf(data) for data in reversed(cases())][::-1]  # and another order than there
    for number, (here, there) in enumerate(zip(built_here, built_fresh, strict=True)):
        assert here == there, f"case {number} differs between a warm and a fresh process"


def _font_files(pdf: bytes) -> list[bytes]:
    files = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "WenQuanYi" in font.get_object()["/BaseFont"]:
                files.append(descriptor.get_object()["/FontFile2"].get_object().get_data())
    return list(dict.fromkeys(files))


def test_contracts_that_differ_in_names_and_fees_share_all_but_their_last_cjk_subset() -> None:
    first = _font_files(build_contract_pdf(contract(kol_display_name="李佳琦", agreed_fee=Decimal("1234.56"))))
    second = _font_files(build_contract_pdf(contract(kol_display_name="薇娅", agreed_fee=Decimal("98765.43"))))
    assert len(first) >= 2 and first[:-1] == second[:-1], "the clause file's characters are in the same subsets"
    assert first[-1] != second[-1], "names and amounts in words go in a subset of their own"
