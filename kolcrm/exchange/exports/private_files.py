"""Writing what leaves the book (exports, contracts): whole or not at all, and readable by its owner only.

Every such file holds personal data (names, phone numbers, WeChat IDs, fees), so it is written 0600 and a folder
kolcrm creates for it 0700, whatever the umask. A folder that was already there keeps its mode: it is the user's.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import ValidationError

FILE_MODE = 0o600
FOLDER_MODE = 0o700


class ExportError(ValidationError):
    """An export that could not be written (unwritable path, unknown KOL…); nothing was left behind."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="path")


def cannot_write(path: Path, exc: OSError) -> str:
    return i18n.translate("Export", "Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and every missing folder above it, each 0700; raises OSError when one cannot be made."""
    missing: list[Path] = []
    folder = Path(folder).expanduser().absolute()
    while not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs, its mode too
        os.chmod(path, FOLDER_MODE)  # mkdir's mode passes through the umask; a strict umask could leave 0500


@contextmanager
def written_atomically(path: Path, binary: bool = False, encoding: str | None = "utf-8") -> Iterator[Path]:
    """Yield a temporary path beside `path` (mode 0600); it replaces `path` only if the block ends normally.

    The replaced file's mode does not carry over: a 0644 file written by an older kolcrm becomes 0600.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(i18n.translate("Export", "Cannot write {path}: it is a folder").format(path=path))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(cannot_write(path, exc)) from exc
    temp_path = Path(temp)
    try:
        yield temp_path
        try:
            # mkstemp made it 0600, but a writer may have replaced the temporary file with one of its own.
            os.chmod(temp_path, FILE_MODE)
            os.replace(temp_path, path)
        except OSError as exc:
            raise ExportError(cannot_write(path, exc)) from exc
    finally:
        temp_path.unlink(missing_ok=True)
