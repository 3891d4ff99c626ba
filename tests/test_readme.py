"""README's quick start and CI stay in step, and packaging ships every subpackage."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("       ") and line.strip()]


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second_verbatim():
    commands = _quick_start_commands()
    assert commands == ["pip install . && kolcrm --demo", 'pip install -e ".[test]" && pytest']
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert commands[1] in ci_lines


def test_every_package_directory_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "kolcrm").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert on_disk <= listed, f"add to pyproject packages: {sorted(on_disk - listed)}"
    assert "kolcrm._resources" in listed


def test_the_bundled_font_has_its_licence_beside_it():
    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert re.search(r"Apache-2\.0", (fonts / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8"))
