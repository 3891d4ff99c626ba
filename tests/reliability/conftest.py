"""The long runs of the reliability suite stay out of the default run: a test marked `soak("NAME")` runs only when
the environment sets NAME (`soak("NAME=value")`: sets it to that value). Left out, they are deselected, not
skipped: the default run has nothing to ignore."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", 'soak(env): a long run, only when the environment asks for it ("KOLCRM_KILLS", "NAME=value")'
    )


def asked_for(condition: str) -> bool:
    name, _, value = condition.partition("=")
    return bool(os.environ.get(name)) and (not value or os.environ[name] == value)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    left_out = [item for item in items if (mark := item.get_closest_marker("soak")) and not asked_for(mark.args[0])]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]
