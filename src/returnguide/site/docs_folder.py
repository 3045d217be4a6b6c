"""docs/ as MkDocs reads it: the generated pages beside the site's own assets (docs/assets/),
and nothing else. Only files whose bytes changed are rewritten, so MkDocs and the OS keep their
caches; whatever was generated before and is not now is removed."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

ASSETS = "assets"  # the site's own CSS and scripts: in git, never generated


def write_docs(docs: Path, files: Mapping[str, str | bytes], prune: bool = True) -> list[str]:
    """Write the changed files; unless told not to, remove every other file but the assets.
    Return the paths written."""
    written = []
    for relative, text in sorted(files.items()):
        path = docs / relative
        data = text.encode("utf-8") if isinstance(text, str) else text
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(relative)
    if prune:
        for path in sorted(docs.rglob("*"), reverse=True):  # a folder's files before the folder
            relative = path.relative_to(docs).as_posix()
            if relative == ASSETS or relative.startswith(f"{ASSETS}/") or relative in files:
                continue
            if path.is_dir():
                if not any(path.iterdir()):
                    path.rmdir()
            else:
                path.unlink()
    return written
