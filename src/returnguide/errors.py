"""Errors in content that editors must fix: each names the file, the line and the fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One mistake in one content file, printed as `file:line:column: message — hint`."""

    path: Path
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.message}" + (f" — {self.hint}" if self.hint else "")


class ContentError(Exception):
    """Raised with every problem found, so that an editor sees them all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
