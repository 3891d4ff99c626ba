"""The main window knows areas, not their insides; areas reach each other through signals, not imports in circles."""

from __future__ import annotations

import ast

from import_graph import PACKAGE_ROOT, import_graph

MAIN_WINDOW = PACKAGE_ROOT / "ui" / "main_window.py"
# The KOL area's widgets and model: the window asks the area (current_kol_id, refresh_kol, show_kol…) instead.
KOL_AREA_INSIDES = {"detail", "model", "table", "filters", "splitter", "count_label"}


def reaches_into_kol_area(source: str) -> list[str]:
    """Every `….kols.<inside>` (or `getattr(….kols, "<inside>")`) in the source, as `line: kols.<inside>`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            owner, inside = node.value, node.attr
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr", "setattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            owner, inside = node.args[0], node.args[1].value
        else:
            continue
        is_kol_area = (isinstance(owner, ast.Attribute) and owner.attr == "kols") or (
            isinstance(owner, ast.Name) and owner.id == "kols"
        )
        if is_kol_area and inside in KOL_AREA_INSIDES:
            found.append((node.lineno, f"{node.lineno}: kols.{inside}"))
    return [text for _line, text in sorted(found)]


def test_the_main_window_uses_only_the_kol_areas_public_interface() -> None:
    assert reaches_into_kol_area(MAIN_WINDOW.read_text(encoding="utf-8")) == []


def test_the_check_sees_chains_into_the_area() -> None:
    # What main_window.py used to do: the check must catch each of these forms.
    old = """
self.kols.detail.collaboration_requested.connect(self.open_collaboration)
self.kols.model.refresh_row(kol_id)
action = QAction("Move to Trash", self.kols.table)
kols = self.kols
kols.table.viewport().installEventFilter(self)
getattr(self.kols, "detail").refresh()
self.kols.refresh_kol(kol_id)
self.data.kols_model = None
"""
    assert reaches_into_kol_area(old) == [
        "2: kols.detail",
        "3: kols.model",
        "4: kols.table",
        "6: kols.table",
        "7: kols.detail",
    ]


def test_data_actions_and_campaigns_do_not_import_the_window_or_the_deal_pane() -> None:
    graph = import_graph()
    assert "kolcrm.ui.main_window" not in graph["kolcrm.ui.data_actions"]
    assert not {m for m in graph["kolcrm.ui.campaigns.metrics_dialog"] if m.startswith("kolcrm.ui.collaborations")}
