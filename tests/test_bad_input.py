"""The corpus of mistakes under tests/fixtures/bad/: one mistake each, in content, catalogs and
hand-written pages. Each case's `files/` replace the project's files of the same name; its
`expect.json` names the file, the line and words of the message. The build must stop with
exit code 1, name them, write nothing to docs/, and leave the last good site/ exactly as it
was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from returnguide.cli import main
from returnguide.project import Project

from .projects import copy_project

BAD = Path(__file__).parent / "fixtures" / "bad"
CASES = sorted(case.name for case in BAD.iterdir())


@pytest.fixture(scope="module")
def base(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(project, tmp_path_factory.mktemp("base")).root


def test_the_corpus_covers_at_least_thirty_mistakes() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES)
def test_mistake_is_named_and_the_last_good_site_stays(
    base: Path, tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    shutil.copytree(base, root, symlinks=True)
    for path in (BAD / case / "files").rglob("*"):
        if path.is_file():
            shutil.copy(path, root / path.relative_to(BAD / case / "files"))
    expect = json.loads((BAD / case / "expect.json").read_text(encoding="utf-8"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the last good site", encoding="utf-8")

    code = main(["build", "--project", str(root), "--site-dir", str(site)])

    errors = capsys.readouterr().err
    assert code == 1
    lines = [line for line in errors.splitlines() if line.startswith(f"{root / expect['file']}:")]
    assert lines, errors
    assert f"{root / expect['file']}:{expect['line']}:" in errors, errors
    assert expect["message"] in errors, errors
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the last good site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"], "no half-built site"
    assert [p.name for p in (root / "docs").iterdir()] == ["assets"], "nothing written to docs/"
