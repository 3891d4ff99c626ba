"""The Chinese catalogue stays complete and compiled: a new string without a translation fails here, not in front of
a user. Refresh with `bash .ci/update-translations`, translate in Qt Linguist (or the .ts), commit .ts and .qm."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
CATALOGUES = ("kolcrm_zh_CN", "kolcrm_en")
SOURCES = sorted(str(path) for path in (REPO / "kolcrm").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%\d")


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} ships with PySide6 and must be on PATH"
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_chinese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed Chinese catalogue updated by lupdate from today's code, in a temporary folder."""
    copy = tmp_path_factory.mktemp("ts") / "kolcrm_zh_CN.ts"
    shutil.copyfile(TRANSLATIONS / "kolcrm_zh_CN.ts", copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *SOURCES, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return copy


def _unfinished(messages: dict[tuple[str, str], ET.Element]) -> list[tuple[str, str]]:
    return sorted(
        key
        for key, message in messages.items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(_translations(message))
    )


def test_no_string_in_the_code_is_new_to_the_chinese_catalogue_or_left_unfinished(fresh_chinese: Path) -> None:
    committed = _messages(TRANSLATIONS / "kolcrm_zh_CN.ts")
    fresh = _messages(fresh_chinese)
    new = sorted(set(fresh) - set(committed))
    unfinished = _unfinished(fresh)
    assert not new, f"{len(new)} strings not in kolcrm_zh_CN.ts (run .ci/update-translations), e.g. {new[:5]}"
    assert not unfinished, f"{len(unfinished)} strings without a translation, e.g. {unfinished[:5]}"


def test_every_plural_has_its_english_singular_and_plural() -> None:
    chinese = _messages(TRANSLATIONS / "kolcrm_zh_CN.ts")
    english = _messages(TRANSLATIONS / "kolcrm_en.ts")
    plurals = {key for key in chinese if "%n" in key[1]}
    assert plurals and plurals == set(english), "run .ci/update-translations"
    assert _unfinished(english) == []
    assert all(len(_translations(message)) == 2 for message in english.values())


def test_the_chinese_catalogue_covers_the_whole_interface() -> None:
    assert len(_messages(TRANSLATIONS / "kolcrm_zh_CN.ts")) > 1500


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_translation_keeps_the_placeholders_of_its_source(name: str) -> None:
    wrong = []
    for (context, source), message in _messages(TRANSLATIONS / f"{name}.ts").items():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in _translations(message):
            if text and sorted(set(PLACEHOLDER.findall(text))) != expected:
                wrong.append((context, source, text))
    assert not wrong, f"{len(wrong)} translations lose or invent a placeholder, e.g. {wrong[:3]}"


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_compiled_catalogue_says_what_the_translation_file_says(name: str) -> None:
    """The shipped .qm answers every message of its .ts with the .ts translation: a .qm left older than its .ts
    fails here (read back through QTranslator, so the check holds whatever lrelease version compiled it)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"{name}.qm"))
    stale = []
    for (context, source), message in _messages(TRANSLATIONS / f"{name}.ts").items():
        expected = _translations(message)
        counts = (1, 2) if message.get("numerus") == "yes" else (-1,)
        answers = [translator.translate(context, source, None, n) or "" for n in counts]
        if answers != expected[: len(answers)] and not (len(expected) == 1 and set(answers) == set(expected)):
            stale.append((context, source, answers, expected))
    assert not stale, f"{name}.qm is stale (run .ci/update-translations): {len(stale)} differ, e.g. {stale[:3]}"


def _calls_lupdate_cannot_read() -> list[str]:
    """tr()/translate() given an f-string, a context that is not a literal, or a translate() whose plural count is an
    expression (`len(rows)`, `result.count`): pyside6-lupdate 6.11 silently leaves such a call out of the catalogue
    (self.tr() is read either way)."""
    found = []
    for source in SOURCES:
        tree = ast.parse(Path(source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name not in {"tr", "translate", "QT_TRANSLATE_NOOP"} or not node.args:
                continue
            if any(isinstance(arg, ast.JoinedStr) for arg in node.args[:2]):
                found.append(f"{source}:{node.lineno} f-string")
            count = node.args[3] if name == "translate" and len(node.args) > 3 else None
            if count is not None and not isinstance(count, ast.Name | ast.Constant):
                found.append(f"{source}:{node.lineno} plural count is an expression (lupdate drops the string)")
            literal_text = len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
            if (
                name in {"translate", "QT_TRANSLATE_NOOP"}
                and literal_text
                and not isinstance(node.args[0], ast.Constant)
            ):
                if name == "QT_TRANSLATE_NOOP" or (isinstance(node.func, ast.Attribute) and _is_ours(node.func)):
                    found.append(f"{source}:{node.lineno} context is not a literal")
    return found


def _is_ours(func: ast.Attribute) -> bool:
    return isinstance(func.value, ast.Name) and func.value.id in {"i18n", "QCoreApplication"}


def test_every_translated_call_is_one_lupdate_can_read() -> None:
    assert _calls_lupdate_cannot_read() == []
