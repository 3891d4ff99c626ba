"""Opening an attached file in the desktop's own viewer: its checked bytes written to a private temporary folder.

The folder is the user's alone (0700) and removed when kolcrm quits: a file from an encrypted book is readable there
only while the app runs, which the README says.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kolcrm.core.attachments import service as attachments

_folder: Path | None = None


def _private_folder() -> Path:
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="kolcrm-files-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def viewable_copy(attachment_id: int) -> Path:
    """A copy of the file under its own name (in a folder of its id, so two "scan.pdf" never clash)."""
    attachment = attachments.get_attachment(attachment_id)
    folder = _private_folder() / str(attachment_id)
    folder.mkdir(exist_ok=True)
    return attachments.save_copy(attachment_id, folder / attachment.file_name)


def open_in_system_viewer(path: Path) -> bool:
    """Hand the file to the desktop's viewer; False when the desktop refused. (Not the contract preview's own: that
    module loads QtPdf and reportlab, which the KOL pane, holding this panel, must not pay for at start.)"""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
