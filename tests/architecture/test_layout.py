"""The house by domain: where code lives, what it may import, and what only one module may do."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from import_graph import PACKAGE_ROOT, cycles, import_graph, modules

REPO = PACKAGE_ROOT.parent
CORE = PACKAGE_ROOT / "core"
MAX_FLAT_CORE_MODULES = 8


def _python_files(*folders: str) -> list[Path]:
    return [path for folder in folders for path in sorted((PACKAGE_ROOT / folder).rglob("*.py"))]


def test_core_keeps_few_modules_at_its_top_and_the_rest_in_concept_folders() -> None:
    flat = sorted(path.stem for path in CORE.glob("*.py") if path.name != "__init__.py")
    assert len(flat) <= MAX_FLAT_CORE_MODULES, flat
    folders = {path.name for path in CORE.iterdir() if (path / "__init__.py").exists()}
    assert {"store", "kols", "collaborations", "campaigns", "care", "brands", "demo"} <= folders


def test_no_module_name_carries_a_concept_prefix_that_should_be_a_folder() -> None:
    core_prefix = re.compile(r"(kol|deal|demo|care|campaign|brand)_|schedule_view|.*_(records|data)$")
    exchange_prefix = re.compile(r"(export|import|handover|cli|backup)_")
    prefixed = [str(path.relative_to(REPO)) for path in _python_files("core") if core_prefix.match(path.stem)]
    prefixed += [str(path.relative_to(REPO)) for path in _python_files("exchange") if exchange_prefix.match(path.stem)]
    assert prefixed == []


def test_no_import_circles_counting_imports_inside_functions() -> None:
    assert cycles(import_graph()) == []


def test_import_graph_sees_function_level_imports() -> None:
    # The cycle test is only as good as the graph: the CLI imports the app inside a function.
    assert "kolcrm.app" in import_graph()["kolcrm.cli"]


def test_nothing_below_ui_imports_qt() -> None:
    below_ui = [name for name in modules() if not name.startswith("kolcrm.ui") and name != "kolcrm.app"]
    offenders = {}
    for name in below_ui:
        tree = ast.parse(modules()[name].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            imported = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(module.split(".")[0] in ("PySide6", "shiboken6") for module in imported):
                offenders.setdefault(name, []).extend(imported)
    assert offenders == {}


def test_the_core_does_not_reach_up_into_exchange_contracts_cli_or_ui() -> None:
    graph = import_graph()
    upward = {
        (source, target)
        for source, targets in graph.items()
        if source.startswith("kolcrm.core")
        for target in targets
        if target.startswith(("kolcrm.ui", "kolcrm.cli", "kolcrm.exchange", "kolcrm.contracts", "kolcrm.app"))
    }
    assert upward == set()


def test_tables_and_indexes_are_created_only_by_the_store_migrations() -> None:
    creating = re.compile(r"CREATE\s+(TABLE|VIRTUAL\s+TABLE|INDEX|UNIQUE\s+INDEX|TRIGGER|VIEW)", re.IGNORECASE)
    store = CORE / "store"
    # The team database's schema is translated from the migrations (pg_schema) with its own search tables.
    names = ("schema_sql.py", "schema_sql_v7_on.py", "migrations.py", "search.py", "pg_schema.py", "pg_search.py")
    allowed = {store / name for name in names}
    offenders = [
        str(path.relative_to(REPO))
        for path in PACKAGE_ROOT.rglob("*.py")
        if path not in allowed and creating.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_time_comes_from_the_clock_only() -> None:
    direct = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|datetime\.utcnow)\(")
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in PACKAGE_ROOT.rglob("*.py")
        if path != CORE / "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == []


def test_every_path_the_readme_names_exists() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(kolcrm/[\w/]+(?:\.py)?)`", readme))
    assert len(named) >= 10, "README's 'How it is built' names the places where concepts live"
    missing = sorted(path for path in named if not (REPO / path).exists())
    assert missing == []
