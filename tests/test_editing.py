"""The editors' safety net: `make check` and the pre-commit hooks catch a mistake before it is
committed, naming the file and the line."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from returnguide.project import Project

from .conftest import ROOT
from .projects import copy_project


def pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "pre-commit"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(cwd / ".pre-commit-cache")},
    )


def test_pre_commit_configuration_is_valid() -> None:
    result = pre_commit("validate-config", ".pre-commit-config.yaml", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_stops_a_commit_with_a_content_mistake(project: Project, tmp_path: Path) -> None:
    copy_project(project, tmp_path)
    (tmp_path / ".git").unlink()  # a repository of its own
    shutil.copy(project.root / ".pre-commit-config.yaml", tmp_path)
    (tmp_path / ".venv").symlink_to(project.root / ".venv")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    erin = tmp_path / "content" / "lists" / "erin.yml"
    erin.write_text(erin.read_text(encoding="utf-8").replace("  - NG", "  - NQ"), encoding="utf-8")
    subprocess.run(["git", "add", "content", ".pre-commit-config.yaml"], cwd=tmp_path, check=True)

    result = pre_commit("run", "content-check", "--files", "content/lists/erin.yml", cwd=tmp_path)

    assert result.returncode == 1
    line = next(n for n, text in enumerate(erin.read_text().splitlines(), 1) if "NQ" in text)
    assert f"{erin}:{line}:5: unknown country code 'NQ'" in result.stdout


def test_make_check_prints_every_problem_at_once(project: Project, tmp_path: Path) -> None:
    copy_project(project, tmp_path)
    erin = tmp_path / "content" / "lists" / "erin.yml"
    erin.write_text(erin.read_text(encoding="utf-8").replace("  - NG", "  - NQ"), encoding="utf-8")
    page = tmp_path / "content" / "pages" / "nl" / "counsellors.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("(organisations.md)", "(organisaties.md)"),
        encoding="utf-8",
    )
    catalog = tmp_path / "locales" / "ar" / "LC_MESSAGES" / "messages.po"
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace('%(place)s"\n', '%(plaats)s"\n', 1),
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-m", "returnguide.cli", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    named = [line.split(":")[0] for line in result.stderr.splitlines() if line.startswith("/")]
    assert sorted(set(named)) == sorted({str(erin), str(catalog)}), result.stderr
