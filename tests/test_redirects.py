"""Links that last: every published address is recorded in content/urls.txt; renaming a page
needs a redirect in content/redirects.yml, which the build turns into a redirect page in every
language (the edited copy of conftest.py renames one); without it the check fails."""

from __future__ import annotations

from playwright.sync_api import Browser

from returnguide.content.redirects import load_links, redirect_problems
from returnguide.pages.render import addresses
from returnguide.project import Project

from . import browser
from .conftest import RENAMED
from .projects import load_site


def test_every_address_of_the_site_is_recorded(project: Project) -> None:
    recorded = set((project.content / "urls.txt").read_text(encoding="utf-8").split())
    assert addresses(load_site(project)) <= recorded, "run `make urls` and commit urls.txt"


def test_renamed_page_without_a_redirect_fails_the_check(edited: Project) -> None:
    links = load_links(edited.content)
    without = type(links)(redirects=[], published=links.published)
    problems = redirect_problems(edited.content, without, addresses(load_site(edited)))
    urls = edited.content / "urls.txt"
    line = urls.read_text(encoding="utf-8").splitlines().index("/countries/cote-divoire/") + 1
    assert [(p.path, p.line) for p in problems] == [(urls, line)]
    assert "/countries/cote-divoire/ was published and would break" in problems[0].message


def test_old_address_redirects_to_the_new_one_in_every_language(
    edited: Project, chromium: Browser
) -> None:
    server = browser.serve(edited.root / "site")
    url = next(server)
    for prefix in ("", "ar/", "ti/"):
        page = chromium.new_page()
        page.goto(f"{url}{prefix}{RENAMED[0]}/")
        page.wait_for_url(f"{url}{prefix}{RENAMED[1]}/")
        assert page.locator("h2#reintegration").count() == 1
        page.close()
    next(server, None)
