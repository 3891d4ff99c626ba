"""kill -9 during import, demo, handover import, restore, encrypt and decrypt: the book is whole (SQLite, FTS5 and `kolcrm check`
agree), as it was or with the whole command applied, and still at its path.

The default run kills each command a few times (seeded moments). `KOLCRM_KILLS=100` runs 100 kills spread over
the six and prints the figure line; see tests/reliability/README.md.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kolcrm.core.store.db import close_database, open_database
from tests.reliability.killing import (
    Operation,
    Reference,
    Verdict,
    copy_book,
    figures,
    fingerprint,
    judge,
    kill_many,
    reference_run,
    run_kolcrm,
)

SEED = int(os.environ.get("KOLCRM_KILL_SEED", "14"))
KILLS_PER_OPERATION = 3  # the default run; each kill is a kolcrm start and part of a command (~1 s)
SHEET_ROWS = 20_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "佳琦薇娅若怡子涵梓萱浩然宇轩欣怡思远雨桐"
CITIES = ["上海", "北京", "杭州", "广州", "深圳", "成都", "重庆", "武汉"]
PLATFORMS = ["抖音", "小红书", "微博", "B站", "快手"]
PASSPHRASE = "kill nine 口令"


def write_chinese_sheet(path: Path, rows: int, rng: random.Random) -> Path:
    """A sheet as a Chinese agency keeps it: Chinese headers, names, platforms, cities and notes; every row new."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        sheet = csv.writer(handle)
        sheet.writerow(["昵称", "平台", "账号", "粉丝数", "城市", "微信", "备注"])
        for number in range(rows):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            sheet.writerow(
                [f"{name}{number}", rng.choice(PLATFORMS), f"kill_nine_{number}", rng.randint(1_000, 5_000_000),
                 rng.choice(CITIES), f"wx_{number}", "美妆博主，合作愉快；档期请提前两周确认"]
            )  # fmt: skip
    return path


class Bench:
    """The books the commands run on, built once; an uninterrupted run of each (its length and its after state)
    the first time a test needs it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        books = folder / "books"
        books.mkdir()
        small = books / "small.db"
        run_kolcrm(["demo", "--kols", "30", "--seed", "3", "--db", str(small)], books)
        empty = open_database(books / "empty.db")
        close_database()
        source = books / "source.db"
        run_kolcrm(["demo", "--kols", "400", "--seed", "11", "--db", str(source)], books)
        package = books / "source.kolcrm-handover"
        run_kolcrm(["export", "handover", "-o", str(package), "--db", str(source)], books)
        sheet = write_chinese_sheet(books / "达人名单.csv", SHEET_ROWS, random.Random(SEED))
        encrypted = books / "encrypted.db"
        shutil.copy2(source, encrypted)
        run_kolcrm(["encrypt", "--db", str(encrypted)], books, PASSPHRASE)
        self.operations = {
            "import": Operation("import", small, ("import", str(sheet), "--db", "{db}")),
            "demo": Operation("demo", empty, ("demo", "--kols", "5000", "--db", "{db}")),
            "handover": Operation("handover", small, ("import", str(package), "--db", "{db}")),
            # The 400-KOL book: a copy written, checked and renamed in, worth killing at every step.
            "encrypt": Operation("encrypt", source, ("encrypt", "--db", "{db}"), PASSPHRASE),
            "decrypt": Operation("decrypt", encrypted, ("decrypt", "--db", "{db}"), PASSPHRASE),
        }
        self._references: dict[str, Reference] = {}
        self._after: dict[str, Path] = {}

    def operation(self, name: str) -> Operation:
        if name == "restore" and name not in self.operations:
            # The backup: the demo's 5,000-KOL book (17 MB: a copy, a checksum and a check worth killing).
            self.reference(self.operations["demo"])
            output = run_kolcrm(["backup", "--db", str(self._after["demo"])], self.folder / "books")
            backup = Path(output.strip().splitlines()[-1].split(" to ", 1)[1])
            small = self.operations["import"].book
            self.operations[name] = Operation(name, small, ("restore", str(backup), "--db", "{db}"))
            self._backup = backup
        return self.operations[name]

    def reference(self, operation: Operation) -> Reference:
        if operation.name not in self._references:
            reference, after = reference_run(operation, self.folder / f"reference-{operation.name}")
            if operation.name == "restore":
                assert reference.after == fingerprint(self._backup), "an uninterrupted restore gives the backup"
            self._references[operation.name], self._after[operation.name] = reference, after
        return self._references[operation.name]

    def after(self, operation: Operation) -> Path:
        """The book an uninterrupted run left."""
        self.reference(operation)
        return self._after[operation.name]


OPERATIONS = ["import", "demo", "handover", "restore", "encrypt", "decrypt"]


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    yield Bench(tmp_path_factory.mktemp("kill-nine"))


@pytest.mark.parametrize("name", OPERATIONS)
def test_a_command_killed_at_a_random_moment_leaves_its_book_whole_before_or_after(bench: Bench, name: str) -> None:
    operation = bench.operation(name)
    reference = bench.reference(operation)
    rng = random.Random(f"{SEED}-{name}")

    verdicts = kill_many([operation], lambda _: reference, KILLS_PER_OPERATION, bench.folder / name, rng)

    assert [v for v in verdicts if v.state not in ("before", "after")] == [], "\n".join(map(str, verdicts))
    assert sum(v.killed for v in verdicts) == KILLS_PER_OPERATION, "\n".join(map(str, verdicts))


def change(db: Path, sql: str) -> None:
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(sql)


def test_the_harness_tells_a_whole_book_from_a_half_written_a_damaged_and_a_lost_one(
    bench: Bench, tmp_path: Path
) -> None:
    """The harness's own check: each state it counts is one it can see."""
    operation = bench.operation("handover")
    reference = bench.reference(operation)
    cases: dict[str, Callable[[Path], object]] = {
        "as it was": lambda db: None,
        "an interaction less": lambda db: change(db, "DELETE FROM interaction WHERE id = (SELECT max(id) FROM interaction)"),
        "a search index zeroed": lambda db: change(db, "UPDATE kol_search_data SET block = zeroblob(length(block)) WHERE id > 10"),
        "the file gone": lambda db: db.unlink(),
        "an empty file": lambda db: db.write_bytes(b""),
    }  # fmt: skip
    states: dict[str, str] = {}
    for number, (case, damage) in enumerate(cases.items()):
        db = copy_book(operation.book, tmp_path / str(number))
        damage(db)
        states[case] = judge(Verdict(operation.name, 0.0, killed=True), db, reference, thorough=True).state
    after = judge(Verdict(operation.name, 0.0, killed=True), bench.after(operation), reference, thorough=True)

    assert states == {
        "as it was": "before",
        "an interaction less": "half-written",
        "a search index zeroed": "damaged",
        "the file gone": "lost",
        "an empty file": "lost",
    }
    assert after.state == "after"


@pytest.mark.soak("KOLCRM_KILLS")
def test_kill_nine_figures(bench: Bench, capsys: pytest.CaptureFixture[str]) -> None:
    kills = int(os.environ["KOLCRM_KILLS"])
    operations = [bench.operation(name) for name in OPERATIONS]

    verdicts = kill_many(operations, bench.reference, kills, bench.folder / "many", random.Random(SEED), thorough=True)

    with capsys.disabled():
        print(f"\n{figures(verdicts)}")
    assert [str(v) for v in verdicts if v.state not in ("before", "after")] == []
    assert sum(v.killed for v in verdicts) == kills
