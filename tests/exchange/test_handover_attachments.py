"""Attached files travel: in a handover package (sealed or not, onto the same records, once), in a backup and in
the KOL's own JSON export; a package whose file does not match its SHA-256 is refused whole."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from kolcrm.contracts.service import contract_versions
from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Target
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.exchange import backup
from kolcrm.exchange.exports import kol_json
from kolcrm.exchange.handover.service import HandoverError, export_handover, import_handover
from tests.exchange.kol_book import Book, build_book

SCAN = b"%PDF-1.7 signed " + bytes(range(256)) * 8
PROOF = b"\x89PNG\r\n\x1a\n" + "广告 label".encode() * 50
KIT = "媒体资料 media kit".encode() * 100


@pytest.fixture
def book(tmp_path: Path, any_db: str) -> Book:
    made = build_book(tmp_path)
    attachments.attach(Target(made.li, contract_id=contract_versions(made.deal)[0].id), "签字版.pdf", SCAN)
    attachments.attach(Target(made.li, deliverable_id=made.deliverable), "广告标识.png", PROOF)
    attachments.attach(Target(made.li), "media kit.pdf", KIT)
    removed = attachments.attach(Target(made.li), "old kit.pdf", b"removed")
    attachments.remove(removed.id)
    return made


def where_they_hang() -> list[tuple[str, str, bytes]]:
    """(file, what it is attached to, bytes), as a user sees it in any book."""
    rows = database.execute_sql(
        "SELECT a.id, a.file_name, CASE WHEN a.contract_id IS NOT NULL THEN 'contract v' || t.version"
        " WHEN a.deliverable_id IS NOT NULL THEN 'deliverable ' || d.platform ELSE 'kol ' || k.display_name END"
        " FROM attachment a JOIN kol k ON k.id = a.kol_id LEFT JOIN contract t ON t.id = a.contract_id"
        " LEFT JOIN deliverable d ON d.id = a.deliverable_id WHERE a.deleted_at IS NULL ORDER BY a.file_name"
    ).fetchall()
    return [(name, target, attachments.content(attachment_id)) for attachment_id, name, target in rows]


def test_a_package_carries_the_files_onto_the_same_records_once(book: Book, tmp_path: Path) -> None:
    before = where_they_hang()
    assert [name for name, _target, _bytes in before] == ["media kit.pdf", "广告标识.png", "签字版.pdf"]
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)

    open_database(tmp_path / "other.db")
    summary = import_handover(package)
    assert summary.files_added == 3
    assert any("Attached files" in line and "3 added" in line for line in summary.lines())
    assert where_they_hang() == before
    assert import_handover(package).files_added == 0, "a second import adds no file twice"
    assert len(where_they_hang()) == 3


def test_a_sealed_package_carries_them_too(book: Book, tmp_path: Path) -> None:
    package = tmp_path / "sealed.kolcrm-handover"
    export_handover(package, passphrase="correct horse 马")
    with zipfile.ZipFile(package) as archive:
        assert not any(KIT[:40] in archive.read(name) for name in archive.namelist())
    before = where_they_hang()
    open_database(tmp_path / "other.db")
    import_handover(package, passphrase="correct horse 马")
    assert where_they_hang() == before


def test_importing_back_into_the_source_adds_nothing(book: Book, tmp_path: Path) -> None:
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)
    assert import_handover(package).files_added == 0


def test_a_file_that_does_not_match_its_sha256_refuses_the_package(book: Book, tmp_path: Path) -> None:
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)
    with zipfile.ZipFile(package) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["data.json"])
    kit = next(item for item in data["kols"][0]["attachments"] if item["file_name"] == "media kit.pdf")
    kit["content_base64"] = base64.b64encode(b"swapped" + KIT[7:]).decode()
    members["data.json"] = json.dumps(data, ensure_ascii=False).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["data_sha256"] = hashlib.sha256(members["data.json"]).hexdigest()  # a deliberate edit, not damage
    members["manifest.json"] = json.dumps(manifest).encode()
    edited = tmp_path / "edited.kolcrm-handover"
    with zipfile.ZipFile(edited, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)

    open_database(tmp_path / "other.db")
    with pytest.raises(HandoverError, match=r"media kit\.pdf.*sha256"):
        import_handover(edited)
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 0


def test_the_kols_own_json_holds_their_files_whole_and_not_the_removed_one(book: Book) -> None:
    data = json.loads(kol_json.to_json_text(kol_json.kol_as_json(book.li)))
    files = {item["file_name"]: base64.b64decode(item["content_base64"]) for item in data["attachments"]}
    assert files == {"签字版.pdf": SCAN, "广告标识.png": PROOF, "media kit.pdf": KIT}


def test_a_backup_holds_the_files(tmp_path: Path, db: Path) -> None:
    made = build_book(tmp_path)
    attachments.attach(Target(made.li), "media kit.pdf", KIT)
    before = where_they_hang()
    copy = backup.backup_now(db)
    close_database()
    open_database(copy)
    assert where_they_hang() == before


def test_agencies_travel_with_their_details_and_fill_only_what_a_book_lacks(book: Book, tmp_path: Path) -> None:
    from kolcrm.core.agencies import service as agencies

    ruhan = agencies.agency_named("美ONE")
    assert ruhan is not None
    ruhan.contact_name, ruhan.notes = "王经理", "签约前先问档期"
    agencies.save_agency(ruhan)
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)

    open_database(tmp_path / "other.db")
    agencies.save_agency(agencies.AgencyRecord(name="美ONE", contact_name="李经理"))  # this team's own contact
    summary = import_handover(package)
    arrived = agencies.agency_named("美ONE")
    assert arrived is not None and summary.agencies_added == 0
    assert (arrived.contact_name, arrived.notes) == ("李经理", "签约前先问档期"), "kept ours, filled the empty one"
    assert (arrived.legal_name, arrived.uscc) == ("美腕（上海）网络科技有限公司", "91310000MA1FL1GM4T")
    assert arrived.kol_count == 1
