"""Shared fixtures: the real content, its rules output, the site built once from a copy of the
project, and one edited copy (the translation flow, fallbacks and redirects), built once. With
pytest-xdist the workers share both builds: the first to need one makes it, under a lock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from filelock import FileLock
from playwright.sync_api import Browser, Page
from synthetic import keep_countries

from returnguide.content.load import load_content
from returnguide.content.models import Content
from returnguide.pages.render import Site
from returnguide.pipeline import Generation
from returnguide.project import Project
from returnguide.rules.decide import Matrix, evaluate
from returnguide.translation.catalogs import catalog_path
from returnguide.translation.extract import update_catalogs

from . import browser
from .projects import copy_project, load_site, render

ROOT = Path(__file__).resolve().parent.parent
# The languages of content/languages.yml, for parametrizing tests over every one of them.
REGISTRY = load_content(ROOT / "content").languages
LANGUAGES = [language.code for language in REGISTRY]


# One page of every template, for the sweeps over every language (HTML validity, accessibility).
TEMPLATES = [
    "",
    "programmes/reintegration/",
    "programmes/erin/",
    "organisations/",
    "sources/",
    "countries/",
    "countries/nigeria/",
    "about/",
    "counsellors/",
    "search/",
]

# The edited copy: an editor changed a Dutch string, a Dari page was removed, Tigrinya lost a
# string that every country page needs, and a country was renamed with a redirect. It keeps a
# few countries only (its tests look at these), so that its build takes seconds.
EDITED_COUNTRIES = ["afghanistan", "cote-divoire", "eritrea", "nigeria", "turkiye"]
OLD = "Informatie en hulp in uw land."
NEW = "Informatie en hulp in het land waar u naartoe gaat."
EVERY_COUNTRY_PAGE = "Hieronder staat het per soort hulp, met de reden."
RENAMED = ("countries/cote-divoire", "countries/ivory-coast")


def prefix(code: str) -> str:
    """A language's folder in the built site; the source language is at the root."""
    return "" if code == REGISTRY[0].code else f"{code}/"


def shared(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder made once per test session, whichever worker asks first."""
    # An xdist worker's folder sits in the session's, which every worker shares; without xdist
    # the session's own folder is the base (its parent holds every earlier session too).
    base = factory.getbasetemp()
    root = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base
    target = root / name
    with FileLock(root / f"{name}.lock"):
        if not (root / f"{name}.done").exists():
            target.mkdir()
            make(target)
            (root / f"{name}.done").touch()
    return target


def run_build(root: Path) -> subprocess.CompletedProcess[str]:
    """`make site` in a copy of the project, its messages kept in build.log."""
    result = subprocess.run(
        [sys.executable, "-m", "returnguide.cli", "build", "--project", str(root)],
        capture_output=True,
        text=True,
    )
    (root / "build.log").write_text(result.stderr, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def content(project: Project) -> Content:
    return load_content(project.content)


@pytest.fixture(scope="session")
def matrix(content: Content) -> Matrix:
    return evaluate(content)


@pytest.fixture(scope="session")
def small(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A copy of the project with three countries, for the tests that render it in memory."""
    copy = copy_project(project, tmp_path_factory.mktemp("small"))
    keep_countries(copy.content, ["afghanistan", "eritrea", "nigeria"])
    return copy


@pytest.fixture(scope="session")
def generation(small: Project) -> Generation:
    """The small copy checked and rendered, in memory (nothing written)."""
    return render(small)


@pytest.fixture(scope="session")
def built(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A copy of the project after `make site`: its docs/ and site/."""

    def make(target: Path) -> None:
        run_build(copy_project(project, target).root)

    return Project(shared(tmp_path_factory, "built", make))


@pytest.fixture(scope="session")
def site_dir(built: Project) -> Path:
    return built.root / "site"


def edit(copy: Project, content: Content) -> None:
    programme = copy.content / "programmes" / "erin.yml"
    programme.write_text(programme.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    update_catalogs(copy)
    (copy.pages / "fa-AF" / "about.md").unlink()
    tigrinya = catalog_path(copy.locales, content.language("ti"))
    lines = tigrinya.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[lines.index(f'msgid "{EVERY_COUNTRY_PAGE}"\n') + 1] = 'msgstr ""\n'
    tigrinya.write_text("".join(lines), encoding="utf-8")
    old, new = (copy.content / f"{name}.yml" for name in RENAMED)
    old.rename(new)
    (copy.content / "redirects.yml").write_text(
        f"- from: {RENAMED[0]}/\n  to: {RENAMED[1]}/\n", encoding="utf-8"
    )


@pytest.fixture(scope="session")
def edited(project: Project, content: Content, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The edited copy, built: its catalogs, docs/, site/ and build.log."""

    def make(target: Path) -> None:
        copy = copy_project(project, target)
        keep_countries(copy.content, EDITED_COUNTRIES)
        edit(copy, content)
        run_build(copy.root)

    return Project(shared(tmp_path_factory, "edited", make))


@pytest.fixture(scope="session")
def site(built: Project) -> Site:
    """The built site's model: its content, rules and catalogs, for what a test expects."""
    return load_site(built)


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    """The built site on a loopback address."""
    yield from browser.serve(site_dir)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    yield from browser.chromium()


@pytest.fixture(scope="session")
def tab(chromium: Browser) -> Iterator[Page]:
    """One page for the sweeps that visit many pages, each visit a `goto`: a new page starts a
    renderer process of its own and loads its fonts, which costs as much as the visit itself."""
    page = browser.new_tab(chromium)
    yield page
    page.context.close()
