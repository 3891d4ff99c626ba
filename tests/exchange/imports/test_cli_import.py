"""`kolcrm import` on the corpus of real-looking sheets: fixed values from --set, the report on stdout, dry runs and
refusals that leave no database file, --rates, the exit codes (0 clean, 1 cells or rows reported, 2 unreadable)
and a report piped into `head` that ends quietly.

Most runs call kolcrm.cli.main in-process (fast); the exit codes and the pipe are checked on a real process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.running import kolcrm, query
from tests.exchange.imports import corpus

REPO = Path(__file__).resolve().parents[3]
Builder = Callable[[Path], Path]


def database_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".db" in path.name)


def reported_columns(out: str) -> dict[str, str]:
    """The report's "Columns:" section: header → where its values went."""
    lines = out.splitlines()
    start = lines.index("Columns:") + 1
    columns: dict[str, str] = {}
    for line in lines[start:]:
        if not line.startswith("  ") or " → " not in line:
            break
        header, _, where = line.strip().partition(" → ")
        columns[header] = where
    return columns


# -- a fixed platform ---------------------------------------------------------------------------------------------
def test_set_platform_imports_a_sheet_without_a_platform_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "book.db"
    sheet = corpus.instagram_csv(tmp_path)
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", str(target), "--set", "platform=instagram")
    assert code == 0, out + err
    assert "Imported: 10 added, 0 updated, 0 rows refused (of 10 rows read)" in out
    columns = reported_columns(out)
    assert set(corpus.INSTAGRAM_HEADERS) <= set(columns), columns  # every column accounted for
    assert not [header for header, where in columns.items() if "not imported" in where], columns
    assert "Not imported:" not in out
    assert query(target, "SELECT count(*), min(platform), max(platform) FROM platform_account") == [
        (10, "Instagram", "Instagram")
    ]
    assert query(target, "SELECT followers, engagement_rate FROM platform_account WHERE handle = 'cristiano'") == [
        (475_800_000, 1.39)
    ]


def test_set_platform_bilibili_imports_and_reports_the_refused_cell(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "book.db"
    sheet = corpus.bilibili_csv(tmp_path)
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", str(target), "--set", "platform=bilibili")
    assert code == 1, out + err  # imported, with a cell reported
    assert "Imported: 6 added" in out
    assert "Fixed for every row: platform=bilibili" in err
    (line,) = [line for line in out.splitlines() if "-1.18w" in line]
    assert "line 5" in line and "粉丝数" in line
    assert query(target, "SELECT count(*) FROM kol") == [(6,)]
    assert query(target, "SELECT DISTINCT platform FROM platform_account") == [("Bilibili",)]
    assert query(target, "SELECT followers FROM platform_account WHERE handle = '3493118494116797'") == [(100_000,)]


def test_an_unknown_field_in_set_is_refused_before_any_file_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = corpus.instagram_csv(tmp_path)
    code, _out, err = kolcrm(capsys, "import", str(sheet), "--db", str(tmp_path / "book.db"), "--set", "colour=red")
    assert code == 2
    assert "colour" in err and "Traceback" not in err
    assert database_files(tmp_path) == []


# -- dry runs and refusals write no file ------------------------------------------------------------------------------
def test_a_dry_run_creates_no_database_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = corpus.agency_gbk_csv(tmp_path)
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", str(tmp_path / "book.db"), "--dry-run")
    assert code == 1, out + err  # the dry run found the bad fee and the empty row
    assert out.startswith("Dry run: 7 to add, 0 to update, 1 rows refused (of 9 rows read)"), out
    assert "面议价格待定xyz" in out
    assert database_files(tmp_path) == []


def test_a_dry_run_leaves_an_existing_book_as_it_was(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "book.db"
    assert kolcrm(capsys, "import", str(corpus.tiktok_csv(tmp_path)), "--db", str(target))[0] == 0
    before = query(target, "SELECT count(*) FROM kol")
    code, out, _err = kolcrm(
        capsys, "import", str(corpus.instagram_csv(tmp_path)), "--db", str(target), "--dry-run",
        "--set", "platform=instagram",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Dry run: 10 to add")
    assert query(target, "SELECT count(*) FROM kol") == before == [(8,)]


@pytest.mark.parametrize(
    ("build", "extra", "code", "says"),
    [
        (corpus.unclosed_quote_csv, (), 2, "line 3"),
        (corpus.empty_csv, (), 2, "empty"),
        (corpus.bilibili_csv, ("--strict", "--set", "platform=bilibili"), 2, "-1.18w"),
    ],
    ids=["unclosed-quote", "empty-file", "strict-with-errors"],
)
def test_a_refused_import_creates_no_database_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, build: Builder, extra: tuple[str, ...], code: int, says: str
) -> None:
    sheet = build(tmp_path)
    result, out, err = kolcrm(capsys, "import", str(sheet), "--db", str(tmp_path / "book.db"), *extra)
    assert result == code, out + err
    assert says in out + err
    assert "Traceback" not in err
    assert database_files(tmp_path) == []


def test_a_missing_file_is_refused_without_a_database_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = kolcrm(capsys, "import", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "book.db"))
    assert code == 2
    assert "nope.csv" in err
    assert database_files(tmp_path) == []


# -- rates --------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rates", "stored", "announced"),
    [("auto", 5.5, True), ("fraction", 5.5, False), ("percent", 0.055, False)],
)
def test_rates_decides_what_0_052_means(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, rates: str, stored: float, announced: bool
) -> None:
    target = tmp_path / "book.db"
    sheet = corpus.agency_xlsx(tmp_path)
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", str(target), "--rates", rates)
    assert code == 1, out + err  # the bad fee and the empty row are reported
    assert ("互动率" in err and "--rates percent" in err) is announced, err
    ((rate,),) = query(target, "SELECT engagement_rate FROM platform_account WHERE handle = 'xhs_mimi'")
    assert rate == pytest.approx(stored)


# -- exit codes and pipes, on a real process ---------------------------------------------------------------------------
def run_kolcrm(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "kolcrm", *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_exit_codes_of_a_real_process(tmp_path: Path) -> None:
    clean = run_kolcrm("import", str(corpus.tiktok_csv(tmp_path)), "--db", "clean.db", cwd=tmp_path)
    assert (clean.returncode, clean.stderr.count("Traceback")) == (0, 0), clean.stderr
    reported = run_kolcrm("import", str(corpus.accounts_xlsx(tmp_path)), "--db", "reported.db", cwd=tmp_path)
    assert (reported.returncode, reported.stderr.count("Traceback")) == (1, 0), reported.stderr
    broken = run_kolcrm("import", str(corpus.unclosed_quote_csv(tmp_path)), "--db", "broken.db", cwd=tmp_path)
    assert (broken.returncode, broken.stderr.count("Traceback")) == (2, 0), broken.stderr
    assert "line 3" in broken.stderr
    assert database_files(tmp_path) == ["clean.db", "reported.db"]


def test_piping_the_report_into_head_ends_quietly(tmp_path: Path) -> None:
    sheet = corpus.many_stray_cells_csv(tmp_path)  # ~2,000 report lines: more than a pipe buffer holds
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    importer = subprocess.Popen(
        [sys.executable, "-m", "kolcrm", "import", str(sheet), "--db", str(tmp_path / "book.db"), "--dry-run"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    head = subprocess.Popen(["head", "-1"], stdin=importer.stdout, stdout=subprocess.PIPE)
    assert importer.stdout is not None and importer.stderr is not None
    importer.stdout.close()  # head holds the only reading end: when it exits, the importer's writes fail
    first, _ = head.communicate(timeout=60)
    errors = importer.stderr.read().decode("utf-8", "replace")
    code = importer.wait(timeout=60)
    assert first.decode("utf-8").startswith("Dry run: 2,000 to add")
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert code in (0, 1, 141), (code, errors)  # never Python's 120 (a failed flush at exit)
    assert database_files(tmp_path) == []


# -- either book: a SQLite file or a team's book on PostgreSQL ----------------------------------------------------
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_chinese_sheet_with_set_imports_into_either_book(
    any_db: str, kind: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import openpyxl

    from kolcrm.core.store.db import close_database, database, open_database

    rows = [["昵称", "账号", "粉丝数", "城市"], ["李佳琦", "lijiaqi", "3.5w", "上海"], ["薇娅", "viya", "1.2亿", ""]]
    if kind == "csv":
        sheet = tmp_path / "达人.csv"
        sheet.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    else:
        sheet = tmp_path / "达人.xlsx"
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(sheet)
    close_database()  # the command opens the book itself
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", any_db, "--set", "platform=douyin")
    open_database(any_db)
    assert code == 0, out + err
    assert "Imported: 2 added, 0 updated, 0 rows refused (of 2 rows read)" in out
    assert database.execute_sql(
        "SELECT k.display_name, k.city, a.platform, a.handle, a.followers FROM kol k"
        " JOIN platform_account a ON a.kol_id = k.id ORDER BY a.followers"
    ).fetchall() == [("李佳琦", "上海", "Douyin", "lijiaqi", 35_000), ("薇娅", "", "Douyin", "viya", 120_000_000)]
    close_database()
    code, out, err = kolcrm(capsys, "import", str(sheet), "--db", any_db, "--set", "platform=douyin")
    open_database(any_db)
    assert code == 0 and "Imported: 0 added, 2 updated" in out, out + err
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone() == (2,)
