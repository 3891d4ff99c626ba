"""Render the README's screenshots from a fresh demo database, in English or in Chinese.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py          # docs/*.png
    QT_QPA_PLATFORM=offscreen python docs/screenshots.py zh_CN    # docs/*-zh.png, the Chinese interface

Uses only the bundled CJK font, so the pictures show what a machine without Chinese fonts shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kolcrm import language  # noqa: E402
from kolcrm.app import create_application  # noqa: E402
from kolcrm.core.demo.kols import populate_demo  # noqa: E402
from kolcrm.core.store.db import open_database  # noqa: E402
from kolcrm.ui import translators  # noqa: E402


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


SUFFIX = ""


def save(widget: QWidget, name: str) -> None:
    path = DOCS / name.replace(".png", f"{SUFFIX}.png")
    widget.grab().save(str(path))
    print(path)


def main(chosen: str = "en") -> None:
    global SUFFIX
    app = create_application()
    SUFFIX = "-zh" if translators.install_for_gui(chosen) == language.CHINESE else ""
    from kolcrm.ui.main_window import AREA_COLLABORATIONS, AREA_DASHBOARD, AREA_SCHEDULE, AREA_TODAY, MainWindow

    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "demo.db")
        populate_demo(80)
        window = MainWindow(
            QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat), Path(folder) / "demo.db"
        )
        window.resize(1600, 900)
        window.show()
        settle(app)
        deal_kol = window.collaborations.board  # builds the area
        from kolcrm.core.collaborations.list_query import list_deals

        first_deal = list_deals()[-1]
        window.open_kol(first_deal.kol_id)
        settle(app)
        save(window, "main-window.png")

        from collections import Counter

        from kolcrm.core.care.gifts import all_gifts
        from kolcrm.core.care.perks import ledger

        cared = Counter([g.kol_id for g in all_gifts()] + [p.kol_id for p in ledger()]).most_common(1)[0][0]
        window.open_kol(cared)
        window.kols.detail.care_tab()
        settle(app)
        save(window.kols.detail, "kol-care.png")

        window.show_area(AREA_COLLABORATIONS)
        overdue = next(row for row in list_deals() if row.overdue)
        window.collaborations.show_collaboration(overdue.id)
        settle(app)
        save(window, "collaborations-board.png")

        unlabelled = next(row for row in list_deals() if row.unlabelled)
        window.collaborations.show_collaboration(unlabelled.id)
        settle(app)
        save(window.collaborations.detail, "collaboration-detail.png")

        from kolcrm.ui.collaborations.editor import CollaborationEditor

        editor = CollaborationEditor(first_deal.id + 1, parent=window)
        editor.show()
        settle(app)
        save(editor, "collaboration-editor.png")
        editor.close()

        from kolcrm.ui.kols.editor import KolEditor

        kol_editor = KolEditor(first_deal.kol_id, parent=window)
        kol_editor.show()
        settle(app)
        save(kol_editor, "kol-editor.png")
        kol_editor.close()
        from kolcrm.core.campaigns.service import list_campaigns
        from kolcrm.core.vocabulary import Goal
        from kolcrm.ui.main_window import AREA_CAMPAIGNS

        window.show_area(AREA_CAMPAIGNS)
        window.campaigns.show_campaign(next(c.id for c in list_campaigns() if c.goal == Goal.PRODUCT))
        settle(app)
        save(window, "campaign.png")
        for area, name in (
            (AREA_TODAY, "today.png"),
            (AREA_DASHBOARD, "dashboard.png"),
            (AREA_SCHEDULE, "schedule.png"),
        ):
            window.show_area(area)
            settle(app, 60)
            save(window, name)
        from kolcrm.ui.care.preferences import PreferencesDialog

        preferences = PreferencesDialog(window)
        preferences.show()
        settle(app)
        save(preferences, "preferences.png")
        preferences.close()
        del deal_kol
        window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
