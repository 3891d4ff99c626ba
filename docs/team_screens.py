"""Team mode's windows in both languages: the Connect dialog, an edit conflict, a read-only window on a team book,
and a KOL's history of who changed what.

    KOLCRM_TEST_PG_URL=postgresql://user:pw@localhost/db python docs/team_screens.py   # docs/team/{en,zh}-*.png

The database at the URL is emptied and filled with the demo book (its public schema is dropped), and the role
kolcrm_ci_reader (password kolcrm_ci_reader) is granted reading it, as .ci/postgres creates it. Run it under a
real X server with a window manager (xvfb + openbox) to see what a user sees; without a display it falls back to
Qt's offscreen platform.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

import psycopg  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from kolcrm import language  # noqa: E402
from kolcrm.app import create_application, open_window  # noqa: E402
from kolcrm.core.demo.kols import populate_demo  # noqa: E402
from kolcrm.core.store.db import close_database, open_database  # noqa: E402
from kolcrm.core.store.server import ServerBook  # noqa: E402
from kolcrm.ui import translators  # noqa: E402
from kolcrm.ui.team.connect_dialog import ConnectDialog  # noqa: E402

OUT = DOCS / "team"
READER = "kolcrm_ci_reader"


def settle(app: QApplication, seconds: float = 0.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    url = os.environ["KOLCRM_TEST_PG_URL"]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    app = create_application([sys.argv[0]])
    open_database(url)
    os.environ["KOLCRM_USER"] = "李雷"
    populate_demo(kols=40)
    shown_kol = colleague_changes()
    close_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"GRANT USAGE ON SCHEMA public TO {READER}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}")
    book = ServerBook.parse(url)
    reader_url = book.url.replace(f"{book.user}:{book.password}@", f"{READER}:{READER}@", 1)
    OUT.mkdir(exist_ok=True)
    for lang, code in (("en", language.ENGLISH), ("zh", language.CHINESE)):
        translators.install_for_gui(code)
        window = open_window(open_database(url))
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        window.kols.reload(select=shown_kol)
        detail = window.kols.detail
        detail.tabs.setCurrentWidget(detail.history)
        settle(app, 1.0)
        window.grab().save(str(OUT / f"{lang}-history.png"))
        window.quiet_close = True
        window.close()
        close_database()
        window = open_window(open_database(reader_url))
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        settle(app, 1.0)
        window.grab().save(str(OUT / f"{lang}-read-only.png"))
        dialog = ConnectDialog(window.settings, window)
        dialog.host.setText("db.team.example")
        dialog.database.setText("kolcrm")
        dialog.user.setText("lilei")
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / f"{lang}-connect.png"))
        dialog.close()
        from kolcrm.ui.kols import conflict_dialog

        def grab_box(picture: Path = OUT / f"{lang}-conflict.png") -> None:
            box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            box.grab().save(str(picture))
            box.reject()

        QTimer.singleShot(400, grab_box)
        message = ("李雷 changed this KOL at 14:02: reload it, or save over their change." if lang == "en"
                   else "李雷 在 14:02 修改了这位 KOL：请重新载入，或覆盖对方的修改后保存。")  # fmt: skip
        fields = ["City", "Agency / MCN"] if lang == "en" else ["城市", "机构 / MCN"]
        conflict_dialog.ask_about_conflict(window, message, fields)
        window.quiet_close = True
        window.close()
        close_database()
        translators.remove_installed()


def colleague_changes() -> int:
    """韩梅梅 edits a KOL 李雷 added, notes a call and gives the KOL to 王芳: the history the screenshot shows."""
    from datetime import date

    from kolcrm.core.kols import interactions, ownership
    from kolcrm.core.kols.list_query import KolFilter, fetch_page
    from kolcrm.core.kols.records import InteractionRecord
    from kolcrm.core.kols.service import get_kol, save_kol

    kol_id = fetch_page(KolFilter(), limit=1)[0].id
    os.environ["KOLCRM_USER"] = "韩梅梅"
    record = get_kol(kol_id)
    record.city = "杭州"
    record.agency = "谦寻文化"
    save_kol(record)
    interactions.add_interaction(
        kol_id, InteractionRecord(date.today(), "call", "确认双11直播档期，报价不变 / Confirmed the Double 11 slot")
    )
    ownership.set_owner([kol_id], "王芳")
    return kol_id


if __name__ == "__main__":
    main()
