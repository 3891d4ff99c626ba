"""Contract PDFs name the KOL and their fee: written 0600, in folders kolcrm makes 0700, as every other export."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm.contracts import service
from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.exports.tables import export_csv
from tests.cli.running import kolcrm
from tests.contracts.test_service import TODAY, deal  # noqa: F401  (the fixture: a contracted deal)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask 022, under which a plain open() or mkdir() gives 0644 files and 0755 folders."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_one_contract_is_readable_by_its_owner_only(deal: int, tmp_path: Path) -> None:  # noqa: F811
    version = service.generate_contract(deal, tmp_path / "new" / "folder" / "c.pdf", issued_on=TODAY)
    assert mode(Path(version.file_path)) == 0o600
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "folder") == 0o700


def test_generating_again_over_an_existing_file_leaves_it_0600(deal: int, tmp_path: Path) -> None:  # noqa: F811
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    target = documents / "c.pdf"
    target.write_bytes(b"an older contract, written 0644 by an older kolcrm")
    assert mode(target) == 0o644
    service.generate_contract(deal, target, issued_on=TODAY)
    assert mode(target) == 0o600 and target.read_bytes().startswith(b"%PDF")
    assert mode(documents) == 0o755, "a folder the user already had keeps its own mode"
    assert [p.name for p in documents.iterdir()] == ["c.pdf"], "no temporary file left beside it"


def test_the_apps_contracts_folder_is_0700_with_0600_files(deal: int, any_db: str) -> None:  # noqa: F811
    # The GUI's Generate button writes here (generate_contract_into the folder beside the database, or the user's
    # data folder for a team's book).
    folder = service.contracts_folder(any_db)
    first = service.generate_contract_into(deal, folder, issued_on=TODAY)
    second = service.generate_contract_into(deal, folder, issued_on=TODAY)
    assert mode(folder) == 0o700
    assert [mode(Path(v.file_path)) for v in (first, second)] == [0o600, 0o600]


def test_a_batch_folder_and_its_contracts(deal: int, tmp_path: Path) -> None:  # noqa: F811
    # The GUI's Export contracts dialog and `kolcrm contracts` both go through export_contracts.
    result = service.export_contracts([deal], tmp_path / "batch" / "out", workers=1, issued_on=TODAY)
    assert len(result.written) == 1 and not result.failed
    assert mode(tmp_path / "batch") == mode(tmp_path / "batch" / "out") == 0o700
    assert mode(result.written[0]) == 0o600


def test_kolcrm_contracts_makes_its_folder_0700(deal: int, any_db: str, tmp_path: Path, capsys) -> None:  # noqa: F811
    close_database()  # the command opens the book itself
    code, out, _err = kolcrm(capsys, "contracts", "-o", str(tmp_path / "out"), "--db", any_db)
    open_database(any_db)  # for the fixture's own close
    assert code == 0 and "Wrote 1 contract" in out
    assert mode(tmp_path / "out") == 0o700
    assert [mode(pdf) for pdf in (tmp_path / "out").iterdir()] == [0o600]


def test_contracts_and_a_csv_export_end_up_with_the_same_modes(deal: int, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "kols.csv").write_text("old")
    os.chmod(tmp_path / "kols.csv", 0o644)
    export_csv(tmp_path / "kols.csv")
    pdf = service.generate_contract(deal, tmp_path / "c.pdf", issued_on=TODAY)
    assert mode(tmp_path / "kols.csv") == mode(Path(pdf.file_path)) == 0o600


def test_save_as_writes_a_private_copy(deal: int, tmp_path: Path) -> None:  # noqa: F811
    # The preview's Save as… (a copy of the generated file wherever the user picks): 0600 too, even over a 0644 file.
    original = Path(service.generate_contract(deal, tmp_path / "c.pdf", issued_on=TODAY).file_path)
    elsewhere = tmp_path / "Desktop"
    elsewhere.mkdir(mode=0o755)
    (elsewhere / "old.pdf").write_bytes(b"old")
    for target in (elsewhere / "new.pdf", elsewhere / "old.pdf"):
        service.save_contract_copy(original, target)
        assert target.read_bytes() == original.read_bytes() and mode(target) == 0o600
    with pytest.raises(service.ContractWriteError, match="Cannot read"):
        service.save_contract_copy(tmp_path / "gone.pdf", elsewhere / "x.pdf")
    assert not (elsewhere / "x.pdf").exists()


def test_a_team_books_contracts_folder_is_in_the_users_data_folder_without_the_password() -> None:
    folder = service.contracts_folder("postgresql://ana:s3cret@db.example.com:5432/team_book")
    assert folder.name == "db.example.com-team_book" and "s3cret" not in str(folder)
    assert folder.parent.name == "contracts" and "postgresql" not in str(folder)
