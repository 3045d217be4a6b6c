"""Found by search engines in the right language: absolute, reciprocal hreflang links for real
translations only, with x-default; sitemap.xml lists the same, dated by the content's history."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from returnguide.content.models import Content

from .conftest import LANGUAGES, ROOT, prefix
from .pages import page

SITE_URL = "http://localhost:8000/"  # mkdocs.yml's default when SITE_URL is not set
XHTML = "{http://www.w3.org/1999/xhtml}"
MAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def alternates(site_dir: Path, path: str) -> dict[str, str]:
    links = page(site_dir, path).select('head link[rel="alternate"][hreflang]')
    return {link["hreflang"]: link["href"] for link in links}


def test_every_language_links_every_translation_absolutely_and_back(site_dir: Path) -> None:
    for path in ("", "countries/nigeria/", "programmes/erin/", "about/"):
        found = {lang: alternates(site_dir, prefix(lang) + path) for lang in LANGUAGES}
        expected = {lang: SITE_URL + prefix(lang) + path for lang in LANGUAGES}
        expected["x-default"] = SITE_URL + path
        assert all(links == expected for links in found.values()), path


def sitemap(site_dir: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """loc -> (lastmod, hreflang -> href)"""
    root = ET.parse(site_dir / "sitemap.xml").getroot()
    return {
        url.findtext(f"{MAP}loc", ""): (
            url.findtext(f"{MAP}lastmod", ""),
            {link.get("hreflang", ""): link.get("href", "") for link in url.iter(f"{XHTML}link")},
        )
        for url in root.iter(f"{MAP}url")
    }


def test_sitemap_lists_every_translation_with_its_alternates(
    site_dir: Path, content: Content
) -> None:
    entries = sitemap(site_dir)
    # home, 4 programmes, 3 indexes (countries, organisations, leaflets), sources, 2 pages, search
    pages_per_language = 11 + len(content.countries)
    assert len(entries) == len(LANGUAGES) * (pages_per_language + 1)
    nigeria = SITE_URL + "ar/countries/nigeria/"
    assert entries[nigeria][1] == alternates(site_dir, "ar/countries/nigeria/")
    assert all(loc.startswith(SITE_URL) for loc in entries)
    assert not [loc for loc in entries if "translation-status" in loc], "noindex pages are left out"


def test_sitemap_dates_a_page_by_the_last_change_of_its_content(site_dir: Path) -> None:
    inputs = ["content/countries/nigeria.yml", "content/rules.yml", "content/lists"]
    inputs += ["content/programmes", "templates", "locales/ar/LC_MESSAGES/messages.po"]
    stamp = subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", *inputs],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    expected = datetime.fromtimestamp(int(stamp), UTC).date().isoformat()
    assert sitemap(site_dir)[SITE_URL + "ar/countries/nigeria/"][0] == expected
