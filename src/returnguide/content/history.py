"""The project's git history, read once per build (one `git log`): the feed lists what changed
in the content, the sitemap dates each page by the last change to what it is made from."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

FOLDERS = ("content", "templates", "locales")  # what pages are made from


@dataclass(frozen=True)
class FileChange:
    commit: str
    time: int  # seconds since the epoch
    kind: str  # git's status letter: A, M, D, …
    path: str  # relative to the repository


@dataclass(frozen=True)
class History:
    changes: tuple[FileChange, ...] = ()  # newest first

    def last_changes(self) -> dict[str, int]:
        """file -> time of the last commit that changed it."""
        changed: dict[str, int] = {}
        for change in self.changes:
            changed.setdefault(change.path, change.time)
        return changed


def read_history(root: Path) -> History:
    """Every change to the folders pages are made from; empty outside a git repository."""
    log = subprocess.run(
        ["git", "log", "--no-renames", "--format=%x00%H %ct", "--name-status", "--", *FOLDERS],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    changes = []
    for block in log.split("\x00")[1:]:
        head, *lines = block.strip().splitlines()
        commit, stamp = head.split()
        for line in lines:
            kind, _, path = line.partition("\t")
            if path:
                changes.append(FileChange(commit, int(stamp), kind[:1], path))
    return History(tuple(changes))
