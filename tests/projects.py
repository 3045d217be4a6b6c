"""Copies of the project for tests that change or build it: never the repository's own docs/
and site/. A copy shares the repository's git history (for the feed and the sitemap's dates)
and its cache of leaflet PDFs."""

from __future__ import annotations

import shutil
from pathlib import Path

from returnguide import pipeline
from returnguide.pages.render import Site
from returnguide.project import Project
from returnguide.settings import Settings
from returnguide.site.mkdocs_setup import read_setup

FILES = ["mkdocs.yml", "content", "templates", "locales", "overrides", "docs/assets"]


def copy_project(source: Project, target: Path) -> Project:
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        path = source.root / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / name)
    git = source.root / ".git"
    if git.is_file():  # a copy of a copy points to the same repository
        shutil.copy2(git, target / ".git")
    elif git.exists():
        (target / ".git").write_text(f"gitdir: {git}\n", encoding="utf-8")
    source.cache.mkdir(exist_ok=True)
    (target / ".cache").symlink_to(source.cache)
    return Project(target)


def load_site(project: Project, settings: Settings | None = None) -> Site:
    """The site model as the pipeline assembles it: content, catalogs, rules."""
    return pipeline.load_site(project, settings or Settings(), read_setup(project.mkdocs_yml))


def render(project: Project, settings: Settings | None = None) -> pipeline.Generation:
    """Check and render every file of docs/, in memory."""
    return pipeline.prepare(project, settings or Settings(), read_setup(project.mkdocs_yml))
