"""Languages built side by side, one MkDocs process each, give the same site, byte for byte,
as static-i18n's one process that builds them one after the other."""

from __future__ import annotations

import filecmp
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import synthetic_project
from returnguide.cli import build
from returnguide.generate import Project
from returnguide.outputs.search import index_site

from .conftest import ROOT


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


def test_languages_are_built_at_the_address_the_pages_were_generated_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = synthetic_project(ROOT, tmp_path / "project", countries=3, languages=2)
    config = project.root / "mkdocs.yml"
    hard_coded = "https://hard-coded.example/"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^site_url: .*$", f"site_url: {hard_coded}", text), "utf-8")
    monkeypatch.setenv("SITE_URL", "https://guide.example/")
    build(project, tmp_path / "site")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    # SITE_URL made the pages; every MkDocs process built at it, none generated them again.
    assert '<link rel="canonical" href="https://guide.example/">' in home
    assert hard_coded not in home
