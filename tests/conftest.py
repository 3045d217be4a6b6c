"""Shared fixtures: the real content, its rules output, and one built site for the build tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from returnguide.cli import build
from returnguide.generate import Project
from returnguide.content.load import load_content
from returnguide.content.models import Content
from returnguide.rules.decide import Matrix, evaluate

from . import browser

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


def prefix(code: str) -> str:
    """A language's folder in the built site; the source language is at the root."""
    return "" if code == REGISTRY[0].code else f"{code}/"


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
def site_dir(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site, built once by `mkdocs build --strict` the way `make site` does."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    target = tmp_path_factory.mktemp("build") / "site"
    build(project, target)
    return target


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[str]:
    """The built site on a loopback address."""
    yield from browser.serve(site_dir)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    yield from browser.chromium()
