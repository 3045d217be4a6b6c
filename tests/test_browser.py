"""What a reader sees in a real browser (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from returnguide.pages.render import Site
from returnguide.pages.steps import situation_journey
from returnguide.translation.catalogs import Translations

from .browser import open_page


@pytest.mark.parametrize(
    ("path", "direction"),
    [
        ("countries/nigeria/", "ltr"),
        ("en/countries/nigeria/", "ltr"),
        ("ar/countries/nigeria/", "rtl"),
        ("fa-AF/countries/nigeria/", "rtl"),
        ("ar/", "rtl"),
        ("fa-AF/programmes/reintegration/", "rtl"),
        ("ku-Arab/", "rtl"),
        ("ku-Arab/countries/iraq/", "rtl"),
    ],
)
def test_direction_fits_a_phone_and_nothing_comes_from_elsewhere(
    chromium: Browser, server: str, path: str, direction: str
) -> None:
    page, elsewhere = open_page(chromium, server + path, wait_until="networkidle")
    try:
        assert (
            page.evaluate("getComputedStyle(document.querySelector('article')).direction")
            == direction
        )
        assert (
            page.evaluate("getComputedStyle(document.querySelector('table, ul')).direction")
            == direction
        )
        width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert width[0] <= width[1], f"the page scrolls sideways on a 390 px screen: {width}"
        assert elsewhere == []
    finally:
        page.close()


def test_country_table_reads_from_the_right_in_arabic(chromium: Browser, server: str) -> None:
    page, _ = open_page(chromium, server + "ar/countries/nigeria/", width=1200)
    try:
        first, second = page.evaluate(
            "[...document.querySelector('article table tr').children]"
            ".map(cell => cell.getBoundingClientRect().left)"
        )
        assert first > second  # the first column (the kind of support) is on the right
    finally:
        page.close()


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
SCRIPTS = {
    "Arabic": (0x0600, 0x06FF),
    "Ethiopic": (0x1200, 0x137F),
    "Bengali": (0x0980, 0x09FF),
    "Devanagari": (0x0900, 0x097F),
    "Sinhala": (0x0D80, 0x0DFF),
    "Tamil": (0x0B80, 0x0BFF),
    "Georgian": (0x10A0, 0x10FF),
    "Armenian": (0x0530, 0x058F),
    "Han": (0x4E00, 0x9FFF),
}


@functools.cache
def font_covers(char: str) -> bool:
    """Whether fontconfig knows an installed font with a glyph for this character."""
    found = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "family"], capture_output=True, text=True, check=True
    )
    return bool(found.stdout.strip())


@pytest.mark.parametrize(
    ("path", "lang", "direction", "script"),
    [
        ("ar/countries/syria/", "ar", "rtl", "Arabic"),
        ("fa-AF/countries/afghanistan/", "fa-AF", "rtl", "Arabic"),
        ("ti/countries/eritrea/", "ti", "ltr", "Ethiopic"),
        ("ku-Arab/countries/iraq/", "ku-Arab", "rtl", "Arabic"),
        ("am/countries/ethiopia/", "am", "ltr", "Ethiopic"),
        ("bn/countries/bangladesh/", "bn", "ltr", "Bengali"),
        ("hi/countries/india/", "hi", "ltr", "Devanagari"),
        ("ne/countries/nepal/", "ne", "ltr", "Devanagari"),
        ("si/countries/sri-lanka/", "si", "ltr", "Sinhala"),
        ("ta/countries/sri-lanka/", "ta", "ltr", "Tamil"),
        ("ka/countries/georgia/", "ka", "ltr", "Georgian"),
        ("hy/countries/armenia/", "hy", "ltr", "Armenian"),
        ("zh-Hans/countries/china/", "zh-Hans", "ltr", "Han"),
    ],
)
def test_script_has_its_direction_and_a_font_for_every_character(
    chromium: Browser, server: str, path: str, lang: str, direction: str, script: str
) -> None:
    page, _ = open_page(chromium, server + path)
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"{lang}-{path.strip('/').replace('/', '-')}.png")
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") == (
            direction
        )
        text = page.evaluate("document.querySelector('article').innerText")
        low, high = SCRIPTS[script]
        letters = [char for char in text if char.isalpha()]
        in_script = [char for char in letters if low <= ord(char) <= high]
        assert len(in_script) > len(letters) / 2, f"the page is not mostly in {script} script"
        shown = sorted({char for char in page.evaluate("document.body.innerText")})
        assert [char for char in shown if not char.isspace() and not font_covers(char)] == []
    finally:
        page.close()


@pytest.mark.parametrize(("path", "code", "direction"), [("", "nl", "ltr"), ("ar/", "ar", "rtl")])
def test_home_page_shows_the_way_step_by_step_in_the_readers_direction(
    chromium: Browser, server: str, site: Site, path: str, code: str, direction: str
) -> None:
    language = site.content.language(code)
    gettext = Translations(language, site.catalogs[code]).gettext
    page, _ = open_page(chromium, server + path)
    try:
        for situation in ("voluntary", "forced"):
            steps = page.locator(f"#{situation}-steps ~ ol").first
            assert steps.evaluate("list => getComputedStyle(list).direction") == direction
            items = steps.locator(":scope > li")
            journey = situation_journey(site.content, situation)
            assert items.count() == len(journey)
            for item, (_, step) in zip(items.all(), journey, strict=True):
                text = " ".join(item.inner_text().split())
                assert gettext(step.text) in text
                assert gettext("Wie doet dit:") in text
    finally:
        page.close()
