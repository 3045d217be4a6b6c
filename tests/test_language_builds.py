"""`make site` builds the languages side by side, one MkDocs process each; `mkdocs build` alone
(static-i18n's one process, the languages one after the other, the plugin running the pipeline)
gives the same site, byte for byte. Two builds of one commit are therefore identical too."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from synthetic import synthetic_project

from returnguide.cli import main

from .conftest import LANGUAGES, ROOT


def differences(left: Path, right: Path) -> list[str]:
    found = []
    comparison = filecmp.dircmp(left, right)
    found += [f"only in one: {name}" for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [f"differs: {left / name}" for name in mismatch + errors]
    for name in comparison.common_dirs:
        found += differences(left / name, right / name)
    return found


def test_mkdocs_build_alone_equals_make_site(tmp_path: Path) -> None:
    """On the project cut to 5 countries in every language: the two ways in are the same code
    whatever the number of pages."""
    project = synthetic_project(ROOT, tmp_path / "project", countries=5, languages=len(LANGUAGES))
    parallel = tmp_path / "parallel"
    assert main(["build", "--project", str(project.root), "--site-dir", str(parallel)]) == 0
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", "site"],
        cwd=project.root,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert differences(parallel, project.root / "site") == []
    state = [p for p in project.docs.rglob("*") if p.suffix == ".pickle" or p.name == ".generated"]
    assert state == [], "docs/ holds pages and assets only"
