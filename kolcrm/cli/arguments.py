"""Argument types and options shared by the command families."""

from __future__ import annotations

import argparse
from typing import TypeAlias

# The object `parser.add_subparsers()` returns, on which each command family registers its commands. Quoted:
# argparse's class is generic only in its type stubs, not at run time.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
