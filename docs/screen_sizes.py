"""Every area of the main window at a small laptop's size and at China's most common one, in both languages.

    python docs/screen_sizes.py            # docs/sizes/{en,zh}-{1024x700,1366x768}-NN-area.png (36 pictures)

Run it on a real X server with a window manager to see what a user sees (xvfb + openbox will do:
`Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 openbox & DISPLAY=:99 python docs/screen_sizes.py`); without a display
it falls back to Qt's offscreen platform. The demo book is built fresh in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kolcrm import language  # noqa: E402
from kolcrm.app import create_application  # noqa: E402
from kolcrm.core.store.db import open_database  # noqa: E402
from kolcrm.ui import translators  # noqa: E402

SIZES = ((1024, 700), (1366, 768))
AREAS = ("today", "kols", "collaborations", "campaigns", "dashboard", "schedule", "gifts", "brands", "trash")


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Run the event loop for a while: some of the window fills in on timers (the KOL pane 30 ms after the list)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kolcrm-sizes-"))
    book = folder / "demo.db"
    subprocess.run([sys.executable, "-m", "kolcrm", "demo", "--db", str(book)], check=True, capture_output=True)
    open_database(book)
    app = create_application([sys.argv[0]])
    from kolcrm.ui.main_window import MainWindow

    out = DOCS / "sizes"
    out.mkdir(exist_ok=True)
    for lang, code in (("en", language.ENGLISH), ("zh", language.CHINESE)):
        translators.install_for_gui(code)
        for width, height in SIZES:
            window = MainWindow(QSettings(str(folder / f"{lang}-{width}.ini"), QSettings.Format.IniFormat), book)
            window.resize(width, height)
            window.move(0, 0)
            window.show()
            settle(app)
            for index, name in enumerate(AREAS):
                window.show_area(index)
                settle(app)
                window.grab().save(str(out / f"{lang}-{width}x{height}-{index + 1}-{name}.png"))
            window.quiet_close = True
            window.close()
            window.deleteLater()
            settle(app)
        translators.remove_installed()


if __name__ == "__main__":
    main()
