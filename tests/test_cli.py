"""The command line as a user runs it: real processes, exit codes, and messages without tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kolcrm import __version__
from kolcrm.core.store.migrations import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m kolcrm ARGS` from the checkout, as a user would type it."""
    return subprocess.run(
        [sys.executable, "-m", "kolcrm", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def kol_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        return conn.execute("SELECT count(*) FROM kol").fetchone()[0]
    finally:
        conn.close()


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    # The line naming the database the command chose comes first, when it got that far.
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("kolcrm: using ")]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kolcrm: ")
    for word in words:
        assert word in lines[0]


def test_demo_fills_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "演示 数据" / "demo.db"
    path.parent.mkdir()  # --db names a file in a folder that exists (kolcrm creates only its own data dir)

    result = run("demo", "--db", str(path), "--kols", "30")

    assert result.returncode == 0, result.stderr
    assert "Added 30 demo KOLs" in result.stdout
    assert str(path) in result.stdout
    assert kol_count(path) == 30


def test_demo_adds_to_an_existing_database_and_honours_top_level_db(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    assert run("demo", "--db", str(path), "--kols", "3").returncode == 0

    result = run("--db", str(path), "demo", "--kols", "4", "--seed", "99")

    assert result.returncode == 0, result.stderr
    assert kol_count(path) == 7


def test_demo_without_db_uses_kolcrm_db(tmp_path: Path) -> None:
    path = tmp_path / "from-env.db"

    result = run("demo", "--kols", "2", env={"KOLCRM_DB": str(path)})

    assert result.returncode == 0, result.stderr
    assert kol_count(path) == 2


@pytest.mark.parametrize(
    ("count", "reason"), [("0", "at least 1"), ("-3", "at least 1"), ("abc", "not a whole number")]
)
def test_demo_refuses_a_bad_count(tmp_path: Path, count: str, reason: str) -> None:
    path = tmp_path / "kolcrm.db"

    result = run("demo", "--db", str(path), "--kols", count)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "--kols" in result.stderr
    assert reason in result.stderr
    assert not path.exists(), "nothing is created for a command that was refused"


def test_demo_refuses_a_file_that_is_not_a_kolcrm_database(tmp_path: Path) -> None:
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n")
    content, mtime = passwd.read_bytes(), passwd.stat().st_mtime_ns

    result = run("demo", "--db", str(passwd), "--kols", "5")

    assert_one_line_error(result, str(passwd), "not a kolcrm database")
    assert passwd.read_bytes() == content
    assert passwd.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["passwd"]


def test_demo_refuses_a_path_below_a_regular_file(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello\n")

    result = run("demo", "--db", str(not_a_folder / "kolcrm.db"))

    assert_one_line_error(result, "Cannot create a database")
    assert not_a_folder.read_text() == "hello\n"


def test_demo_refuses_a_folder(tmp_path: Path) -> None:
    assert_one_line_error(run("demo", "--db", str(tmp_path)), "is a folder")


def test_version() -> None:
    result = run("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"kolcrm {__version__}"


def test_main_py_from_the_checkout() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--version"], cwd=REPO, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kolcrm {__version__}"


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")

    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_deals_lists_collaborations_and_filters_the_overdue(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    assert "and 11 collaborations" in run("demo", "--db", str(path), "--kols", "20").stdout

    everything = run("deals", "--db", str(path))
    overdue = run("deals", "--db", str(path), "--overdue")
    contracted = run("deals", "--db", str(path), "--stage", "contracted")

    assert everything.returncode == overdue.returncode == contracted.returncode == 0
    assert len(everything.stdout.splitlines()) == 12  # a header and eleven deals
    [header, row] = overdue.stdout.splitlines()
    assert header.split("\t")[-1] == "flags"
    assert "overdue" in row.split("\t")[-1] and "双11跑鞋测评" in row
    assert {line.split("\t")[1] for line in contracted.stdout.splitlines()[1:]} == {"contracted"}

    conflicts = run("conflicts", "--db", str(path))
    [header, row] = conflicts.stdout.splitlines()
    assert conflicts.returncode == 0 and header.startswith("kol\tdeal_id\tdeal\tbrand\t")
    assert "运动防晒 Sport sunscreen" in row and "skincare" in row.split("\t")


def test_deals_on_a_foreign_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")

    assert_one_line_error(run("deals", "--db", str(path)), "not a kolcrm database")


def test_contract_writes_a_pdf_and_reports_its_version(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    run("demo", "--db", str(path), "--kols", "20")
    deal = next(
        line.split("\t") for line in run("deals", "--db", str(path), "--stage", "contracted").stdout.splitlines()[1:]
    )

    result = run("contract", deal[0], "-o", str(tmp_path / "合同.pdf"), "--lang", "zh", "--db", str(path))

    assert result.returncode == 0, result.stderr
    assert "-v1 (" in result.stdout and (tmp_path / "合同.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "words"),
    [(("999", "-o", "x.pdf"), "999 does not exist"), (("1", "-o", "/proc/kolcrm/x.pdf"), "Cannot write")],
    ids=["unknown-id", "unwritable"],
)
def test_contract_errors_are_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    path = tmp_path / "kolcrm.db"
    run("demo", "--db", str(path), "--kols", "20")
    assert_one_line_error(run("contract", *args, "--db", str(path)), words)


def test_contracts_exports_every_contracted_deal(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    run("demo", "--db", str(path), "--kols", "20")

    result = run("contracts", "--stage", "contracted", "-o", str(tmp_path / "out"), "--db", str(path))

    assert result.returncode == 0, result.stderr
    assert "Wrote 2 contracts" in result.stdout
    assert len(list((tmp_path / "out").glob("KOL-*.pdf"))) == 2
