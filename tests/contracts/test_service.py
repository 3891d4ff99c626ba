"""Contracts from collaborations: readiness, versions on record, whole files, batch export, company details."""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kolcrm.contracts import company, service
from kolcrm.contracts.service import ContractWriteError
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import Stage

TODAY = date(2026, 11, 23)
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf"
    "c0f01f0005000200d3a1f5e20000000049454e44ae426082"
)


def text_of(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def deal(any_db) -> int:
    kol = kols.save_kol(KolRecord(display_name="李佳琦", real_name="李佳琦", agency="美ONE"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="春季口红 Spring lipstick",
            stage=Stage.CONTRACTED,
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            start_on=TODAY,
            end_on=TODAY + timedelta(days=30),
            deliverables=[DeliverableRecord(platform="Douyin", quantity=2, due_on=TODAY + timedelta(days=7))],
            payments=[PaymentRecord(Decimal(15000), TODAY), PaymentRecord(Decimal(15000), TODAY + timedelta(days=30))],
        )
    )


def not_ready(title: str = "未谈妥") -> int:
    kol = kols.save_kol(KolRecord(display_name=f"达人{title}"))
    brand = brands.list_brands()[0].id
    return collaborations.save_collaboration(CollaborationRecord(brand_id=brand, kol_id=kol, title=title))


def test_a_deal_that_is_not_ready_says_what_it_lacks(deal):
    unready = not_ready()
    with pytest.raises(ValidationError) as refused:
        service.contract_data(unready)
    assert "“未谈妥” cannot be drafted yet" in refused.value.message
    assert "start and end dates" in refused.value.message and "deliverable" in refused.value.message
    with pytest.raises(NotFoundError):
        service.contract_data(9999)
    with pytest.raises(ValidationError, match="language"):
        service.contract_data(deal, "fr")  # type: ignore[arg-type]


def test_generating_writes_the_file_and_records_each_version(deal, tmp_path: Path):
    tmp_path = tmp_path / "out"  # the database lives in tmp_path itself
    first = service.generate_contract(deal, tmp_path / "v1.pdf", "both", issued_on=TODAY)
    second = service.generate_contract(deal, tmp_path / "v2.pdf", "zh", issued_on=TODAY)

    assert (first.version, first.number) == (1, f"KOL-2026-{deal:05d}-v1")
    assert (second.version, second.number, second.language) == (2, f"KOL-2026-{deal:05d}-v2", "zh")
    assert [v.version for v in service.contract_versions(deal)] == [2, 1]
    for version in (first, second):
        data = Path(version.file_path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == version.sha256 and len(data) == version.size
    text = text_of(tmp_path / "v1.pdf")
    assert "李佳琦" in text and "花西子" in text and first.number in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.pdf", "v2.pdf"], "no temporary file is left behind"


def test_generating_into_a_folder_names_the_file_after_its_number_and_drafts_once(deal, tmp_path: Path, monkeypatch):
    folder = tmp_path / "contracts"
    drafted: list[tuple[object, ...]] = []
    real_data = service.contract_data
    monkeypatch.setattr(service, "contract_data", lambda *args: drafted.append(args) or real_data(*args))

    version = service.generate_contract_into(deal, folder, "zh", issued_on=TODAY)

    assert drafted == [(deal, "zh", TODAY)], "the contract is drafted once: its number names the file"
    assert (version.version, version.number, version.language) == (1, f"KOL-2026-{deal:05d}-v1", "zh")
    assert Path(version.file_path) == (folder / f"{version.number}.pdf").absolute()
    assert Path(version.file_path).is_file() and service.contract_versions(deal) == [version]
    second = service.generate_contract_into(deal, folder, issued_on=TODAY)
    assert Path(second.file_path).name == f"KOL-2026-{deal:05d}-v2.pdf"


def test_the_company_profile_heads_the_contract(deal, tmp_path: Path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_1PX)
    company.save_company("上海花西子化妆品有限公司", "上海市徐汇区", "王总", logo)
    assert company.get_company().logo == PNG_1PX

    version = service.generate_contract(deal, tmp_path / "c.pdf", issued_on=TODAY)

    assert "上海花西子化妆品有限公司" in text_of(Path(version.file_path))
    company.save_company("上海花西子化妆品有限公司", "新地址")  # the logo is kept unless replaced or removed
    assert company.get_company().logo == PNG_1PX
    company.save_company("上海花西子化妆品有限公司", logo=None)
    assert company.get_company().logo is None


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"just text", "not a PNG or JPEG"), (b"\x89PNG\r\n\x1a\n" + b"0" * (3 * 1024 * 1024), "MiB")],
)
def test_a_bad_logo_is_refused_and_nothing_changes(any_db, tmp_path: Path, content: bytes, words: str):
    company.save_company("Old Name Ltd")
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=words):
        company.save_company("New Name Ltd", logo=path)
    assert company.get_company().legal_name == "Old Name Ltd"


def test_an_unwritable_place_records_nothing(deal, tmp_path: Path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # root can write anywhere, but not below a regular file
    with pytest.raises(ContractWriteError, match="Cannot write"):
        service.generate_contract(deal, blocker / "c.pdf", issued_on=TODAY)
    with pytest.raises(ContractWriteError, match="is a folder"):
        service.generate_contract(deal, tmp_path, issued_on=TODAY)
    assert service.contract_versions(deal) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failure_to_record_leaves_no_file(deal, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "out"
    from kolcrm.contracts import builder
    from kolcrm.core.store.db import database

    real_build = builder.build_contract_pdf

    def build_while_another_window_records_v1(data):
        database.execute_sql(
            "INSERT INTO contract (collaboration_id, version, number, language, created_at, sha256, size)"
            " VALUES (?, 1, 'other', 'zh', '2026-11-23T00:00:00+00:00', 'x', 1)",
            (deal,),
        )
        return real_build(data)

    monkeypatch.setattr(builder, "build_contract_pdf", build_while_another_window_records_v1)
    with pytest.raises(ValidationError, match="generate it again"):
        service.generate_contract(deal, tmp_path / "c.pdf", issued_on=TODAY)
    assert list(tmp_path.iterdir()) == [], "the file is removed when its version cannot be recorded"


def test_export_writes_every_ready_deal_and_reports_the_rest(deal, tmp_path: Path):
    second = not_ready("合作二")
    record = collaborations.get_collaboration(deal)
    record.id, record.title = None, "第二份合同"
    record.deliverables = [DeliverableRecord(platform="Weibo")]
    third = collaborations.save_collaboration(record)
    seen: list[tuple[int, int]] = []

    result = service.export_contracts(
        [deal, second, third], tmp_path / "out", progress=lambda d, t: seen.append((d, t))
    )

    assert sorted(p.name for p in result.written) == sorted(
        f"KOL-{date.today().year}-{i:05d}-v1.pdf" for i in (deal, third)
    )
    assert [(cid, title) for cid, title, _reason in result.failed] == [(second, "合作二")]
    assert seen[-1] == (3, 3) and not result.cancelled
    assert "第二份合同" in text_of(tmp_path / "out" / f"KOL-{date.today().year}-{third:05d}-v1.pdf")


def test_export_stops_when_cancelled(deal, tmp_path: Path):
    result = service.export_contracts([deal], tmp_path / "out", cancelled=lambda: True, workers=1)
    assert result.cancelled and result.written == []
    assert service.contract_versions(deal) == []


def test_export_into_an_unusable_folder_is_one_clear_error(deal, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ContractWriteError, match="Cannot create the folder"):
        service.export_contracts([deal], blocker / "out")


@pytest.mark.parametrize(("field", "value"), [("display_name", "محمد علي"), ("agency", "סוכנות כוכבים")])
def test_right_to_left_text_is_refused_before_drafting_naming_the_field(deal, tmp_path: Path, field: str, value: str):
    record = kols.get_kol(collaborations.get_collaboration(deal).kol_id)
    setattr(record, field, value)
    kols.save_kol(record)

    with pytest.raises(ValidationError) as refused:
        service.generate_contract(deal, tmp_path / "c.pdf")

    named = {"display_name": "the KOL's name", "agency": "the KOL's agency / MCN"}[field]
    assert "cannot print right-to-left text" in refused.value.message and named in refused.value.message
    assert not (tmp_path / "c.pdf").exists() and service.contract_versions(deal) == []


def _uscc(body: str) -> str:
    from stdnum.cn import uscc

    return body + uscc.calc_check_digit(body)


_USCC_TAIL = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.builds(
        lambda head, kind, region, tail: head + kind + region + tail,
        st.sampled_from("123456789"),
        st.sampled_from("1239"),
        st.text(alphabet="0123456789", min_size=6, max_size=6),
        st.text(alphabet=_USCC_TAIL, min_size=9, max_size=9),
    )
)
def test_a_uscc_is_kept_only_with_its_check_digit(any_db, body: str) -> None:
    code = _uscc(body)
    assert company.save_company("上海某某文化传媒有限公司", uscc=code.lower()).uscc == code  # read as capitals
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(ValidationError) as refused:
        company.save_company("上海某某文化传媒有限公司", uscc=wrong)
    assert refused.value.problems[0].field == "uscc" and "check digit" in refused.value.problems[0].message
    assert company.get_company().uscc == code  # nothing written


def test_the_companys_legal_details_head_the_brand_side_of_the_contract(deal, tmp_path: Path):
    company.save_company(
        "上海花西子化妆品有限公司", "上海市徐汇区", "王总", uscc="91310000MA1FL1GM4T", legal_representative="吴成龙",
        bank_name="招商银行上海分行", bank_account="1219 0000 0000 0001", contact="王经理 021-5555 0000",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="8 to 30 digits"):
        company.save_company("上海花西子化妆品有限公司", bank_account="12ab")

    text = "".join(text_of(service.generate_contract(deal, tmp_path / "c.pdf", "zh") and tmp_path / "c.pdf").split())
    for line in ("统一社会信用代码：91310000MA1FL1GM4T", "法定代表人：吴成龙", "开户行及账号：招商银行上海分行1219000000000001",
                 "联系方式：王经理021-55550000"):  # fmt: skip
        assert line in text, line


def test_a_kol_signing_as_a_person_is_named_by_id_number_address_and_payee_account(deal, tmp_path: Path):
    record = kols.get_kol(collaborations.get_collaboration(deal).kol_id)
    record.legal_id_number, record.legal_address = "11010519491231002X", "上海市静安区南京西路 1 号"
    record.payee_bank, record.payee_account = "招商银行上海分行", "6225 8801 2345 6789"
    kols.save_kol(record)

    text = "".join(text_of(service.generate_contract(deal, tmp_path / "c.pdf") and tmp_path / "c.pdf").split())

    for line in ("身份证号码/ResidentID：11010519491231002X", "地址/Address：上海市静安区南京西路1号",
                 "收款账户/Payeeaccount：招商银行上海分行6225880123456789"):  # fmt: skip
        assert line in text, line


def test_a_contract_is_sent_signed_and_countersigned_in_order_and_an_unsigned_one_is_remembered(deal, tmp_path):
    from kolcrm.contracts import signing
    from kolcrm.core import clock
    from kolcrm.core.care import reminders

    version = service.generate_contract(deal, tmp_path / "c.pdf")
    with pytest.raises(ValidationError, match="Mark it “Sent” first"):
        signing.mark(version.id, "signed_on", TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="future"):
        signing.mark(version.id, "sent_on", TODAY + timedelta(days=1), today=TODAY)
    signing.mark(version.id, "sent_on", TODAY, today=TODAY)

    def unsigned(on):
        with clock.fixed_today(on):
            reminders.refresh()
            return [r.subject for r in reminders.due(on, upcoming_days=0) if r.kind == "unsigned_contract"]

    assert unsigned(TODAY + timedelta(days=6)) == []
    (subject,) = unsigned(TODAY + timedelta(days=7))
    assert version.number in subject and "not signed yet" in subject

    with pytest.raises(ValidationError, match="cannot come before"):
        signing.mark(version.id, "signed_on", TODAY - timedelta(days=1), today=TODAY)
    signing.mark(version.id, "signed_on", TODAY, today=TODAY)
    assert unsigned(TODAY + timedelta(days=8)) == []  # signed: the reminder goes
    signing.mark(version.id, "countersigned_on", TODAY, today=TODAY)
    stored = service.contract_versions(deal)[0]
    assert (stored.sent_on, stored.signed_on, stored.countersigned_on) == (TODAY.isoformat(),) * 3
    assert signing.stage_of(stored.sent_on, stored.signed_on, stored.countersigned_on).startswith("Countersigned")

    signing.mark(version.id, "signed_on", None)  # clearing a step clears the ones after it
    stored = service.contract_versions(deal)[0]
    assert (stored.sent_on, stored.signed_on, stored.countersigned_on) == (TODAY.isoformat(), None, None)


def test_characters_no_font_draws_are_refused_quoted_and_emoji_are_not(deal, tmp_path: Path):
    record = kols.get_kol(collaborations.get_collaboration(deal).kol_id)
    record.display_name = "𠀀小鹿"  # U+20000, a CJK Extension B character: the bundled fonts have no glyph for it
    kols.save_kol(record)
    with pytest.raises(ValidationError) as refused:
        service.generate_contract(deal, tmp_path / "c.pdf")
    assert "no contract font can print" in refused.value.message and "the KOL's name (𠀀)" in refused.value.message
    assert not (tmp_path / "c.pdf").exists() and service.contract_versions(deal) == []

    record = kols.get_kol(record.id)
    record.display_name = "小鹿🦌Lulu✨\u200d❤\ufe0f"  # emoji, a joiner and a variation selector all print or vanish
    kols.save_kol(record)
    service.generate_contract(deal, tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").exists()
