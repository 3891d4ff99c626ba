"""Write resources/translations/kolcrm_en.ts: the English singular and plural of every "%n" message.

English needs no translation except plurals ("1 KOL" / "2 KOLs"). lupdate's Python parser marks a
`translate(context, text, None, n)` call as plural only when n is a literal number, so its -pluralonly mode
misses the core's plurals; this takes every message whose source holds %n from the Chinese catalogue instead
and keeps the English forms already written. A new one starts unfinished with both forms equal to its source.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def plural_messages(ts: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" in source:
                found.setdefault(name, []).append(source)
    return found


def existing_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    if not ts.exists():
        return {}
    forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                texts = [form.text or "" for form in translation.iter("numerusform")]
                if len(texts) == 2 and all(texts):
                    forms[(name, message.findtext("source") or "")] = texts
    return forms


def write(target: Path, messages: dict[str, list[str]], forms: dict[tuple[str, str], list[str]]) -> int:
    root = ET.Element("TS", {"version": "2.1", "language": "en", "sourcelanguage": "en"})
    unfinished = 0
    for name in sorted(messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sorted(set(messages[name])):
            message = ET.SubElement(context, "message", {"numerus": "yes"})
            ET.SubElement(message, "source").text = source
            known = forms.get((name, source))
            translation = ET.SubElement(message, "translation", {} if known else {"type": "unfinished"})
            unfinished += not known
            for text in known or [source, source]:
                ET.SubElement(translation, "numerusform").text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return unfinished


if __name__ == "__main__":
    english = FOLDER / "kolcrm_en.ts"
    left = write(english, plural_messages(FOLDER / "kolcrm_zh_CN.ts"), existing_forms(english))
    if left:
        print(f"{english.name}: {left} plural messages need their English singular", file=sys.stderr)
