"""Follow changes: an Atom feed per language lists which country, programme or organisation
changed, how, and when, from the content's git history."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from returnguide.content.history import read_history
from returnguide.outputs.feed import FEED, atom_feed, content_changes
from returnguide.pages.localize import Coverage, measure
from returnguide.project import Project
from returnguide.translation import messages

from .conftest import ROOT, prefix
from .projects import copy_project, load_site

SCHEMA = ROOT / "tests" / "fixtures" / "schemas" / "atom.rnc"  # RFC 4287, appendix B
A = "{http://www.w3.org/2005/Atom}"


def valid_atom(path: Path) -> None:
    result = subprocess.run(["jing", "-c", SCHEMA, path], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def git(root: Path, *args: str, when: str = "2026-01-01T12:00:00Z") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def history(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose history starts with the project's content and then edits Nigeria's."""
    root = tmp_path_factory.mktemp("history")
    copy_project(project, root)
    (root / ".git").unlink()  # a repository of its own
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "start")
    with (root / "content/countries/nigeria.yml").open("a", encoding="utf-8") as file:
        file.write("# checked again\n")
    git(root, "commit", "-qam", "Nigeria", when="2026-03-04T05:06:07Z")
    return root


@pytest.fixture(scope="module")
def coverage(history: Path) -> Coverage:
    return measure(load_site(Project(history)))


def entries(feed: str) -> list[tuple[str, str, str]]:
    root = ET.fromstring(feed)
    return [
        (
            entry.findtext(f"{A}title", ""),
            entry.findtext(f"{A}updated", ""),
            entry.find(f"{A}link").get("href", ""),  # type: ignore[union-attr]
        )
        for entry in root.iter(f"{A}entry")
    ]


def test_feed_lists_a_change_to_a_country_newest_first(
    history: Path, coverage: Coverage, tmp_path: Path
) -> None:
    site = coverage.site
    english = site.content.language("en")
    feed = atom_feed(coverage, english, content_changes(history, read_history(history)))
    (tmp_path / FEED).write_text(feed, encoding="utf-8")
    valid_atom(tmp_path / FEED)
    changed = coverage.renderers["en"].translations.gettext(messages.CHANGED)
    listed = entries(feed)
    nigeria = (
        changed % {"name": "Nigeria"},
        "2026-03-04T05:06:07Z",
        site.absolute(site.country_path("NG", english)),
    )
    assert nigeria in listed
    assert [updated for _, updated, _ in listed] == sorted(
        (updated for _, updated, _ in listed), reverse=True
    )
    assert ET.fromstring(feed).findtext(f"{A}updated") == listed[0][1]


def test_a_changed_caveat_is_listed_under_its_kind_of_support(
    history: Path, coverage: Coverage
) -> None:
    with (history / "content/caveats/erin-now-eurp.yml").open("a", encoding="utf-8") as file:
        file.write("# read again\n")
    git(history, "commit", "-qam", "EURP", when="2026-04-01T00:00:00Z")
    site = coverage.site
    english = site.content.language("en")
    gettext = coverage.renderers["en"].translations.gettext
    title = gettext(messages.CHANGED) % {"name": gettext(site.content.programmes["erin"].title)}
    link = site.absolute(site.url("programmes/erin.md", english))
    assert (title, "2026-04-01T00:00:00Z", link) in entries(
        atom_feed(coverage, english, content_changes(history, read_history(history)))
    )


def test_removed_country_is_named_from_its_old_file(history: Path, coverage: Coverage) -> None:
    (history / "content/countries/eritrea.yml").unlink()
    git(history, "commit", "-qam", "Eritrea", when="2026-05-01T00:00:00Z")
    # The site as it is after the removal (lists would drop Eritrea in the same commit).
    content = coverage.site.content
    countries = {code: c for code, c in content.countries.items() if code != "ER"}
    site = dataclasses.replace(
        coverage.site, content=content.model_copy(update={"countries": countries})
    )
    coverage = dataclasses.replace(coverage, site=site)
    arabic = site.content.language("ar")
    feed = atom_feed(coverage, arabic, content_changes(history, read_history(history)))
    removed = coverage.renderers["ar"].translations.gettext(messages.REMOVED)
    title, updated, link = entries(feed)[0]
    assert title == removed % {"name": "إريتريا"}
    assert (updated, link) == ("2026-05-01T00:00:00Z", site.absolute("ar/countries/"))


def test_every_language_publishes_a_valid_feed_that_its_pages_announce(site_dir: Path) -> None:
    for language in load_site(Project(ROOT)).content.languages:
        folder = site_dir / prefix(language.code)
        valid_atom(folder / FEED)
        assert (
            ET.parse(folder / FEED).getroot().get("{http://www.w3.org/XML/1998/namespace}lang")
            == language.code
        )
        page = (folder / "countries" / "index.html").read_text(encoding="utf-8")
        assert '<link rel="alternate" type="application/atom+xml" href="../feed.xml"' in page


def test_the_feed_title_is_punctuated_as_each_language_writes_it(coverage: Coverage) -> None:
    # The whole title is one translation, so French puts a space before its colon and Tigrinya
    # uses its own preface colon, instead of code joining the site's name with ": ".
    titles = {}
    for code in ("fr", "ti"):
        language = coverage.site.content.language(code)
        feed = ET.fromstring(atom_feed(coverage, language, []))
        titles[code] = feed.findtext(f"{A}title", "")
    site_name = coverage.renderers["fr"].translations.gettext(messages.SITE_NAME)
    assert titles["fr"].startswith(f"{site_name} : ")
    assert "፦ " in titles["ti"] and ": " not in titles["ti"]
