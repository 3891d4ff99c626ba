"""The exceptions the core raises: each carries a message a person can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field, in words for the user."""

    field: str
    message: str


class ValidationError(Exception):
    """Input the core refuses. `problems` names every field that is wrong; the first is the headline."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem | str, field: str = "") -> None:
        if isinstance(problems, str):
            problems = [FieldProblem(field, problems)]
        elif isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems: list[FieldProblem] = list(problems)
        super().__init__("; ".join(p.message for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field if self.problems else ""

    @property
    def message(self) -> str:
        return self.problems[0].message if self.problems else ""


class DatabaseOpenError(Exception):
    """A file that kolcrm will not open, and why. Nothing was written to it."""


class NewerDatabaseError(DatabaseOpenError):
    """The file was written by a newer kolcrm whose schema this version does not know."""


class NotFoundError(Exception):
    """A record the user asked for does not exist (or was erased)."""
