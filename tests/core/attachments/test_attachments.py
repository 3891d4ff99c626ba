"""Attached files: kept whole with their SHA-256, refused when they cannot be, removed into the trash, gone with an
erased KOL, moved by a merge and back by its undo."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kolcrm.contracts.service import contract_versions
from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import AttachmentKind, Target
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import erase, merge, trash
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store.db import database
from tests.exchange.kol_book import Book, build_book

SCAN = b"%PDF-1.7\n" + "已签署 signed 小鹿🦌".encode() + bytes(range(256)) * 40


@pytest.fixture
def book(tmp_path: Path, any_db: str) -> Book:
    return build_book(tmp_path)


def signed_target(book: Book) -> Target:
    return Target(book.li, contract_id=contract_versions(book.deal)[0].id)


def test_a_signed_scan_is_kept_whole_with_its_sha256(book: Book, tmp_path: Path) -> None:
    scan = tmp_path / "合同 v1 已签.pdf"
    scan.write_bytes(SCAN)
    target = signed_target(book)

    attached = attachments.attach_file(target, scan)

    assert (attached.file_name, attached.kind, attached.size) == (
        "合同 v1 已签.pdf",
        AttachmentKind.SIGNED_COPY,
        len(SCAN),
    )
    assert attached.sha256 == hashlib.sha256(SCAN).hexdigest() and attached.media_type == "application/pdf"
    assert attachments.content(attached.id) == SCAN
    assert [a.id for a in attachments.attachments_of(target)] == [attached.id]
    assert attachments.attachments_of(Target(book.li)) == [], "a contract's file is not one of the KOL's own files"
    assert attachments.counts_by_contract([target.contract_id or 0]) == {target.contract_id: 1}
    copy = attachments.save_copy(attached.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == SCAN


def test_the_same_file_twice_on_one_record_is_refused_naming_it(book: Book) -> None:
    attachments.attach(Target(book.li), "media kit.pdf", SCAN)
    with pytest.raises(ValidationError, match=r"already attached as media kit\.pdf"):
        attachments.attach(Target(book.li), "copy of media kit.pdf", SCAN)
    attachments.attach(Target(book.li, deliverable_id=book.deliverable), "proof.png", SCAN)  # another record: fine


@pytest.mark.parametrize("make", ["missing", "empty", "folder", "too_big"])
def test_files_that_cannot_be_attached_are_refused_with_nothing_written(book: Book, tmp_path: Path, make: str) -> None:
    path = tmp_path / "file.pdf"
    if make == "empty":
        path.write_bytes(b"")
    elif make == "folder":
        path.mkdir()
    elif make == "too_big":
        with path.open("wb") as handle:
            handle.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError) as refused:
        attachments.attach_file(Target(book.li), path)
    assert {"missing": "does not exist", "empty": "is empty", "folder": "is a folder", "too_big": "up to 50 MB"}[
        make
    ] in refused.value.message
    assert database.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 0


def test_a_contract_or_deliverable_of_another_kol_is_refused(book: Book) -> None:
    with pytest.raises(NotFoundError):
        attachments.attach(Target(book.chen, contract_id=signed_target(book).contract_id), "x.pdf", SCAN)
    with pytest.raises(NotFoundError):
        attachments.attach(Target(book.chen, deliverable_id=book.deliverable), "x.png", SCAN)


@settings(max_examples=25, deadline=None)
@given(name=st.text(min_size=0, max_size=300))
def test_any_file_name_is_stored_as_a_plain_name(name: str) -> None:
    cleaned = attachments.clean_file_name(name)
    assert cleaned and len(cleaned) <= 200
    assert "/" not in cleaned and "\\" not in cleaned and not any(ord(c) < 32 for c in cleaned)


def test_damaged_bytes_are_told_not_shown(book: Book) -> None:
    attached = attachments.attach(Target(book.li), "kit.pdf", SCAN)
    database.execute_sql(
        "UPDATE attachment_content SET content = ? WHERE attachment_id = ?", (b"tampered", attached.id)
    )
    with pytest.raises(attachments.DamagedAttachmentError, match=r"kit\.pdf is damaged"):
        attachments.content(attached.id)


def test_removing_puts_a_file_in_the_trash_until_it_is_emptied(book: Book) -> None:
    attached = attachments.attach(Target(book.li), "kit.pdf", SCAN)
    attachments.remove(attached.id)
    assert attachments.attachments_of(Target(book.li)) == []
    attachments.restore(attached.id)
    assert [a.id for a in attachments.attachments_of(Target(book.li))] == [attached.id]
    attachments.remove(attached.id)
    trash.empty_trash()
    assert database.execute_sql("SELECT count(*) FROM attachment_content").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        attachments.get_attachment(attached.id)


def test_erasing_a_kol_erases_their_files_and_says_so_first(book: Book) -> None:
    attachments.attach(Target(book.li), "kit.pdf", SCAN)
    attachments.attach(signed_target(book), "signed.pdf", SCAN)
    attachments.attach(Target(book.chen), "chen.pdf", b"other")
    assert erase.count_phrases(erase.erasure_preview(book.li))[-1] == "2 attached files"

    erase.erase_kol_everywhere(book.li)

    assert database.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 1
    assert database.execute_sql("SELECT count(*) FROM attachment_content").fetchone()[0] == 1


def test_a_merge_moves_the_files_and_its_undo_moves_them_back(book: Book) -> None:
    other = kols.save_kol(KolRecord(display_name="李佳琦 (copy)"))
    kit = attachments.attach(Target(other), "kit.pdf", SCAN)
    receipt = merge.merge_kols(book.li, other)
    assert receipt.counts["files"] == 1
    assert [a.id for a in attachments.attachments_of(Target(book.li))] == [kit.id]
    merge.undo_merge(receipt)
    assert [a.id for a in attachments.attachments_of(Target(other))] == [kit.id]


def test_a_trashed_deal_emptied_from_the_trash_takes_its_contract_files(book: Book) -> None:
    attachments.attach(signed_target(book), "signed.pdf", SCAN)
    collaborations.trash_collaboration(book.deal)
    trash.empty_trash()
    assert database.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 0
