"""Argument types and options shared by the command families."""

from __future__ import annotations

import argparse
from typing import TypeAlias

from kolcrm.core import i18n

# The object `parser.add_subparsers()` returns, on which each command family registers its commands. Quoted:
# argparse's class is generic only in its type stubs, not at run time.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            i18n.translate("CLI", "“{text}” is not a whole number").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(i18n.translate("CLI", "must be at least 1"))
    return value
