"""Which column of a sheet feeds which KOL field: the guess (guessing.py), its check, --mapping and --set.

A mapping is a plain dict, header → field key, or a list of keys when one column feeds two fields (a handle that
is also the name); JSON-serialisable, the format of `kolcrm import --mapping`. Keys: see field_keys.py. ""
(or a header left out) is not imported. Fixed values (the wizard's platform, `--set FIELD=VALUE`) apply to
every row.
"""

from __future__ import annotations

import json
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.exchange.imports.cells import parse_platform
from kolcrm.exchange.imports.field_keys import ACCOUNT_FIELDS, FIELDS, FieldKey, Mapping, field_label, parse_key
from kolcrm.exchange.imports.guessing import ColumnGuess, Guess, guess, guess_mapping
from kolcrm.exchange.imports.header_words import header_scale
from kolcrm.exchange.imports.reading import ImportFileError

__all__ = [
    "ACCOUNT_FIELDS",
    "FIELDS",
    "ColumnGuess",
    "FieldKey",
    "Guess",
    "Mapping",
    "check_mapping",
    "field_label",
    "guess",
    "guess_mapping",
    "header_scale",
    "load_mapping",
    "parse_key",
    "parse_set",
]


def check_mapping(mapping: Mapping, headers: list[str], fixed: dict[str, str] | None = None) -> dict[str, list[int]]:
    """Key → the columns feeding it, for a mapping the import can use. Raises ImportFileError naming what is wrong.

    Keys come back canonical ('handle@抖音' → 'handle@Douyin'). A built-in field (per platform) takes one column;
    custom and metric keys may take several. Fixed values count towards the identity a row needs: a name, or a
    handle whose platform comes from a Platform column, a fixed platform or an @qualifier.
    """
    if not isinstance(mapping, dict):
        raise ImportFileError(i18n.translate("Import", 'A mapping is a JSON object: {"column header": "field", …}'))
    index: dict[str, int] = {}
    for column, header in enumerate(headers):
        index.setdefault(header, column)
    columns: dict[str, list[int]] = {}
    fed_by: dict[str, str] = {}
    for header, value in mapping.items():
        for key in _keys_of(header, value):
            try:
                parsed = parse_key(key)
            except ValueError as exc:
                raise ImportFileError(
                    i18n.translate("Import", "Column “{header}”: {reason}").format(header=header, reason=exc)
                ) from None
            if header not in index:
                raise ImportFileError(
                    i18n.translate("Import", "The mapping names a column “{header}” the file does not have").format(
                        header=header
                    )
                )
            canonical, column = str(parsed), index[header]
            # Several fee columns are one rate card (报价(图文), 报价(视频)): each fee is filed under its header.
            repeatable = canonical.partition("@")[0] == "fee"
            if canonical in columns and parsed.kind == "field" and fed_by[canonical] != header and not repeatable:
                raise ImportFileError(
                    i18n.translate("Import", "Two columns are mapped to {field}: “{first}” and “{second}”; choose one")
                    .format(field=field_label(canonical), first=fed_by[canonical], second=header)
                )  # fmt: skip
            if column not in columns.setdefault(canonical, []):
                columns[canonical].append(column)
            fed_by.setdefault(canonical, header)
    given = set(columns)
    for key, text in (fixed or {}).items():
        try:
            canonical = str(parse_key(key))
        except ValueError as exc:
            raise ImportFileError(
                i18n.translate("Import", "Fixed value for “{key}”: {reason}").format(key=key, reason=exc)
            ) from None
        if canonical == "platform":
            _check_platform(text, i18n.translate("Import", "Fixed platform “{value}”").format(value=text))
        if text.strip():
            given.add(canonical)
    _check_identity(given)
    return columns


def _keys_of(header: str, value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [item for item in value if item.strip()]
    raise ImportFileError(
        i18n.translate("Import", "Column “{header}”: a field key, or a list of field keys, not {value}").format(
            header=header, value=repr(value)
        )
    )


def _check_identity(keys: set[str]) -> None:
    if "display_name" in keys or any(key.startswith("handle@") for key in keys):
        return
    if "handle" in keys:
        if "platform" in keys:
            return
        raise ImportFileError(
            i18n.translate(
                "Import",
                "A handle needs its platform: map a Platform column, or choose one platform for every row"
                " (--set platform=douyin on the command line)",
            )
        )
    raise ImportFileError(
        i18n.translate(
            "Import",
            "Map a column to Name, or to Handle with its platform (a Platform column, one platform for every row"
            " such as --set platform=douyin, or a platform-named handle such as handle@Douyin)",
        )
    )


def _check_platform(text: str, what: str) -> None:
    try:
        platform = parse_platform(text)
    except ValueError as exc:
        raise ImportFileError(i18n.translate("Import", "{what}: {reason}").format(what=what, reason=exc)) from None
    if platform is None:
        raise ImportFileError(
            i18n.translate("Import", "{what}: name a platform (e.g. douyin, xiaohongshu, bilibili, instagram)").format(
                what=what
            )
        )


def load_mapping(text: str) -> Mapping:
    """A mapping from the CLI's --mapping: a JSON object, or the path of a file holding one.

    Values are a key, null ("not imported") or a list of keys (one column feeding several fields).
    """
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).expanduser().read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ImportFileError(
                i18n.translate("Import", "--mapping: cannot read {path}: {reason}").format(
                    path=text, reason=exc.strerror or exc
                )
            ) from None
    try:
        loaded = json.loads(source)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            i18n.translate("Import", "--mapping is not valid JSON: {reason}").format(reason=exc)
        ) from None
    if not isinstance(loaded, dict):
        raise ImportFileError(
            i18n.translate(
                "Import", '--mapping must be a JSON object of column header → field, e.g. {"昵称": "display_name"}'
            )
        )
    mapping: Mapping = {}
    for header, value in loaded.items():
        if value is None or isinstance(value, str):
            mapping[header] = value or ""
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            mapping[header] = list(value)
        else:
            raise ImportFileError(
                i18n.translate(
                    "Import", "--mapping: column “{header}” maps to {value}: use a field, null or a list of fields"
                ).format(header=header, value=repr(value))
            )
    return mapping


def parse_set(items: list[str]) -> dict[str, str]:
    """`--set FIELD=VALUE` (repeatable) → fixed values for every row, e.g. ['platform=bilibili'] → {'platform': …}."""
    fixed: dict[str, str] = {}
    for item in items:
        name, equals, value = item.partition("=")
        if not equals:
            raise ImportFileError(
                i18n.translate("Import", "--set {item}: write FIELD=VALUE, e.g. --set platform=bilibili").format(
                    item=item
                )
            )
        try:
            key = str(parse_key(name))
        except ValueError as exc:
            raise ImportFileError(
                i18n.translate("Import", "--set {item}: {reason}").format(item=item, reason=exc)
            ) from None
        if not value.strip():
            raise ImportFileError(i18n.translate("Import", "--set {item}: give a value after “=”").format(item=item))
        if key in fixed:
            raise ImportFileError(
                i18n.translate("Import", "--set {field} is given twice: keep one").format(field=name.strip())
            )
        if key == "platform":
            _check_platform(value, f"--set {item}")
        fixed[key] = value.strip()
    return fixed
