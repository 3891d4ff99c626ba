"""What a killed conversion (kolcrm encrypt, decrypt, change of passphrase) left beside the database: the converted
copy it had not yet put in place, which after a killed decrypt is a plain copy of an encrypted book. Removed when
the database is next opened, converted or restored, and at the app's start."""

from __future__ import annotations

import glob
import os
from pathlib import Path

CONVERTING = ".converting-"
PARTIAL_SUFFIX = ".partial"


def remove_interrupted(path: str | os.PathLike[str]) -> list[Path]:
    """Delete what a killed conversion left beside `path` (the converted copy it had not yet put in place, which
    may be a plain one). A copy whose process still runs is left alone. Returns what was removed."""
    target = Path(path).expanduser().absolute()
    removed = []
    for partial in target.parent.glob(f".{glob.escape(target.name)}{CONVERTING}*{PARTIAL_SUFFIX}"):
        pid = partial.name.removeprefix(f".{target.name}{CONVERTING}").split("-")[0]
        if pid.isdigit() and int(pid) != os.getpid() and _running(int(pid)):
            continue
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        removed.append(partial)
    return removed


def _running(pid: int) -> bool:
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows: a leftover there goes at once
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, another user's
    return True
