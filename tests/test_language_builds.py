"""Languages built side by side, one MkDocs process each, give the same site, byte for byte,
as static-i18n's one process that builds them one after the other."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from returnguide.generate import Project
from returnguide.search import index_site


def differences(left: Path, right: Path) -> list[str]:
    found = []
    comparison = filecmp.dircmp(left, right)
    found += [f"only in one: {name}" for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [f"differs: {left / name}" for name in mismatch + errors]
    for name in comparison.common_dirs:
        found += differences(left / name, right / name)
    return found


def test_parallel_build_equals_the_sequential_build(
    project: Project, site_dir: Path, tmp_path: Path
) -> None:
    # site_dir is `make site`'s parallel build; the same inputs through static-i18n alone:
    sequential = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(sequential)],
        cwd=project.root,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    index_site(sequential)
    assert differences(site_dir, sequential) == []
