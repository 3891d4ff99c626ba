"""The kill -9 harness: a real `python -m kolcrm …` process on a copy of a book, killed with SIGKILL at a seeded
random moment, then the file judged as the next start would find it.

A verdict has three ways to fail, the figures of issue 14: *damaged* (SQLite's or FTS5's integrity check, the
foreign keys or `kolcrm check` complain), *half-written* (the book is neither as it was before the command nor as
an uninterrupted run leaves it: every command here writes in one transaction) and *lost* (no kolcrm database at the
path any more: the next start would make an empty one).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kolcrm.core.store import cipher, passphrases
from kolcrm.core.store.db import APPLICATION_ID
from kolcrm.exchange.database_check import SEARCH_INDEXES, check_database

REPO = Path(__file__).resolve().parents[2]
# FTS5's own tables: their row counts follow segment merges, not the book; FTS5's integrity-check judges them.
FTS_TABLES = {f"{index}{suffix}" for index in SEARCH_INDEXES for suffix in ("", "_data", "_idx", "_docsize", "_config")}

# (table, rows) for every table of the book, FTS5's own left out; then ("(encrypted)", 0 or 1), as encrypt and
# decrypt change the file, not the rows.
Fingerprint = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Operation:
    """A kolcrm command and the book it runs on; `{db}` in `args` is the copy's path. `passphrase`: the one an
    encrypted book (before or after the command) opens with, given to the command as KOLCRM_PASSPHRASE."""

    name: str
    book: Path
    args: tuple[str, ...]
    passphrase: str | None = None


@dataclass(frozen=True)
class Reference:
    """An uninterrupted run: how long it took and what it left, next to the book as it was before."""

    seconds: float
    before: Fingerprint
    after: Fingerprint


@dataclass
class Verdict:
    operation: str
    after_seconds: float
    killed: bool  # False: the command had finished before its moment came
    state: str = "before"  # "before", "after", "half-written", "damaged" or "lost"
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        how = f"killed after {self.after_seconds:.2f} s" if self.killed else "finished before its kill"
        return f"{self.operation} {how}: {self.state} {'; '.join(self.problems)}".strip()


def kolcrm(args: Sequence[str], home: Path, log: Path, passphrase: str | None = None) -> subprocess.Popen[bytes]:
    """`python -m kolcrm ARGS` from this checkout, in English, its data dirs in `home`, its output in `log`."""
    env = {
        **{key: value for key, value in os.environ.items() if not key.endswith("PASSPHRASE")},
        **({passphrases.ENVIRONMENT: passphrase} if passphrase else {}),
        "PYTHONPATH": str(REPO),
        "KOLCRM_LANG": "en",
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
    }
    with log.open("wb") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "kolcrm", *args], cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT
        )


def run_kolcrm(args: Sequence[str], home: Path, passphrase: str | None = None) -> str:
    """A command that must succeed (to build the books); returns its output."""
    log = home / "setup.log"
    process = kolcrm(args, home, log, passphrase)
    assert process.wait(timeout=300) == 0, log.read_text(encoding="utf-8", errors="replace")
    return log.read_text(encoding="utf-8", errors="replace")


def key_for(db: Path, passphrase: str | None) -> str | None:
    """The key to read `db` with: None for a plain file (a command may have left either)."""
    return None if cipher.is_plain(db) else passphrase


def fingerprint(db: Path, passphrase: str | None = None) -> Fingerprint:
    key = key_for(db, passphrase)
    with closing(cipher.connect(db, key)) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name not in FTS_TABLES and not name.startswith("sqlite_")
        ]
        counts = tuple((table, conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) for table in tables)
        return (*counts, ("(encrypted)", int(key is not None)))


def damage(db: Path, thorough: bool, passphrase: str | None = None) -> list[str]:
    """What SQLite and FTS5 find wrong, and when `thorough` what `kolcrm check` (its code, in this process) finds
    too (its invariants; 0.3–0.5 s a book more); nothing for a whole book."""
    problems: list[str] = []
    key = key_for(db, passphrase)
    with closing(cipher.connect(db, key)) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        if conn.execute("PRAGMA foreign_key_check").fetchone():
            problems.append("foreign_key_check found rows pointing nowhere")
        for index in SEARCH_INDEXES:
            try:
                conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            except cipher.DATABASE_ERRORS as exc:
                problems.append(f"{index} integrity-check: {exc}")
        conn.rollback()
    if thorough:
        if key is not None:
            passphrases.learn(db, key)  # what `kolcrm check` would be given in KOLCRM_PASSPHRASE
        problems += [f"kolcrm check: {problem}" for problem in check_database(db).problems]
    return problems


def application_id(db: Path, passphrase: str | None = None) -> int | None:
    try:
        with closing(cipher.connect(db, key_for(db, passphrase), read_only=True)) as conn:
            value: int = conn.execute("PRAGMA application_id").fetchone()[0]
            return value
    except (*cipher.DATABASE_ERRORS, OSError):
        return None


def judge(verdict: Verdict, db: Path, reference: Reference, thorough: bool, passphrase: str | None = None) -> Verdict:
    if not db.exists() or application_id(db, passphrase) != APPLICATION_ID:
        verdict.state = "lost"
        verdict.problems.append(f"no kolcrm database at {db}: {sorted(p.name for p in db.parent.iterdir())}")
        return verdict
    try:
        verdict.problems += damage(db, thorough, passphrase)
    except (*cipher.DATABASE_ERRORS, OSError) as exc:
        verdict.problems.append(f"unreadable: {exc}")
    if verdict.problems:
        verdict.state = "damaged"
        return verdict
    found = fingerprint(db, passphrase)
    if found == reference.after:
        verdict.state = "after"
    elif found != reference.before:
        verdict.state = "half-written"
        changed = dict(found).items() ^ dict(reference.before).items()
        verdict.problems.append(f"tables neither as before nor as after: {sorted({t for t, _ in changed})}")
    return verdict


def copy_book(book: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(book, folder / "kolcrm.db")
    return folder / "kolcrm.db"


def command(operation: Operation, db: Path) -> list[str]:
    return [arg.replace("{db}", str(db)) for arg in operation.args]


def reference_run(operation: Operation, folder: Path) -> tuple[Reference, Path]:
    """The command run to its end on a copy: the after state and how long it takes here. Returns the copy too."""
    db = copy_book(operation.book, folder)
    before = fingerprint(db, operation.passphrase)
    started = time.monotonic()
    process = kolcrm(command(operation, db), folder, folder / "output.log", operation.passphrase)
    code = process.wait(timeout=300)
    seconds = time.monotonic() - started
    assert code == 0, (folder / "output.log").read_text(encoding="utf-8", errors="replace")
    after = fingerprint(db, operation.passphrase)
    assert after != before, f"{operation.name} changed nothing: nothing to catch half-way"
    return Reference(seconds, before, after), db


def kill_once(
    operation: Operation,
    reference: Reference,
    folder: Path,
    rng: random.Random,
    thorough: bool = False,
    seconds: float | None = None,
) -> Verdict:
    """Run the command on a fresh copy, SIGKILL it at a random moment, judge. Half the moments fall anywhere in an
    uninterrupted run's length, half in its last fifth or just past it: where the commit, the WAL checkpoint and a
    restore's rename happen (a run that is faster this time finishes first: judged, not counted as a kill).
    `seconds`: the run's length if known better than the reference's (which a busy machine may have slowed)."""
    db = copy_book(operation.book, folder)
    moment = (seconds or reference.seconds) * (rng.uniform(0.0, 1.0) if rng.random() < 0.5 else rng.uniform(0.8, 1.1))
    started = time.monotonic()
    process = kolcrm(command(operation, db), folder, folder / "output.log", operation.passphrase)
    try:
        process.wait(timeout=moment)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    code = process.wait(timeout=60)
    verdict = Verdict(operation.name, time.monotonic() - started, killed=code == -signal.SIGKILL)
    if not verdict.killed and code != 0:
        verdict.state = "damaged"
        verdict.problems.append(f"exit {code}: {(folder / 'output.log').read_text(errors='replace')[-500:]}")
        return verdict
    judge(verdict, db, reference, thorough, operation.passphrase)
    if not verdict.problems:
        shutil.rmtree(folder)  # 20 MB a run; a failed one stays for a look
    return verdict


def kill_many(
    operations: Sequence[Operation],
    references: Callable[[Operation], Reference],
    kills: int,
    folder: Path,
    rng: random.Random,
    thorough: bool = False,
) -> list[Verdict]:
    """`kills` real kills spread round-robin over the operations; a run that finished before its moment is judged
    too but does not count as a kill: another moment is drawn, from that shorter length (up to five times the
    kills in all)."""
    verdicts: list[Verdict] = []
    killed: Counter[str] = Counter()
    quota = {
        op.name: kills // len(operations) + (index < kills % len(operations)) for index, op in enumerate(operations)
    }
    length = {op.name: references(op).seconds for op in operations}
    for attempt in range(5 * kills):
        waiting = [op for op in operations if killed[op.name] < quota[op.name]]
        if not waiting:
            break
        operation = waiting[attempt % len(waiting)]
        here = folder / f"{operation.name}-{attempt}"
        verdict = kill_once(operation, references(operation), here, rng, thorough, length[operation.name])
        verdicts.append(verdict)
        killed[operation.name] += verdict.killed
        if not verdict.killed:
            length[operation.name] = min(length[operation.name], verdict.after_seconds)
    return verdicts


def figures(verdicts: Sequence[Verdict]) -> str:
    states = Counter(verdict.state for verdict in verdicts)
    kills = sum(verdict.killed for verdict in verdicts)
    line = (
        f"kill -9: {kills} kills, {states['damaged']} damaged, {states['half-written']} half-written, "
        f"{states['lost']} lost"
    )
    by_operation = Counter(verdict.operation for verdict in verdicts if verdict.killed)
    spread = ", ".join(f"{name} {count}" for name, count in by_operation.items())
    return (
        f"{line} ({spread}; left as before {states['before']}, with the whole operation "
        f"{sum(v.killed and v.state == 'after' for v in verdicts)}; "
        f"{sum(not v.killed for v in verdicts)} runs finished before their moment, not counted)"
    )
