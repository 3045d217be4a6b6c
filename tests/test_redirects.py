"""Links that last: every published address is recorded in content/urls.txt; renaming a page
needs a redirect in content/redirects.yml, which the build turns into a redirect page in every
language; without it the check fails and names the address."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from returnguide.cli import main
from returnguide.generate import Project, build_site
from returnguide.content.redirects import site_paths

from . import browser
from .test_cli import copy_project

RENAMED = ("countries/cote-divoire", "countries/ivory-coast")


def test_every_address_of_the_site_is_recorded(project: Project) -> None:
    recorded = set((project.content / "urls.txt").read_text(encoding="utf-8").split())
    assert site_paths(build_site(project)) <= recorded, "run `make urls` and commit urls.txt"


def rename(root: Path) -> None:
    old, new = (root / "content" / f"{name}.yml" for name in RENAMED)
    old.rename(new)


def test_renamed_page_without_a_redirect_fails_the_check(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("content", "templates", "locales"):
        shutil.copytree(project.root / folder, tmp_path / folder)
    rename(tmp_path)
    assert main(["check", "--project", str(tmp_path)]) == 1
    urls = tmp_path / "content" / "urls.txt"
    line = urls.read_text(encoding="utf-8").splitlines().index("/countries/cote-divoire/") + 1
    assert (
        f"{urls}:{line}:1: /countries/cote-divoire/ was published and would break"
        in capsys.readouterr().err
    )


@pytest.fixture(scope="module")
def renamed_site(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(project, tmp_path_factory.mktemp("renamed"))
    rename(root)
    (root / "content" / "redirects.yml").write_text(
        f"- from: {RENAMED[0]}/\n  to: {RENAMED[1]}/\n", encoding="utf-8"
    )
    assert main(["build", "--project", str(root)]) == 0
    return root / "site"


def test_old_address_redirects_to_the_new_one_in_every_language(
    renamed_site: Path, chromium: Browser
) -> None:
    server = browser.serve(renamed_site)
    url = next(server)
    for prefix in ("", "ar/", "ti/"):
        page = chromium.new_page()
        page.goto(f"{url}{prefix}{RENAMED[0]}/")
        page.wait_for_url(f"{url}{prefix}{RENAMED[1]}/")
        assert page.locator("h2#reintegration").count() == 1
        page.close()
    next(server, None)
