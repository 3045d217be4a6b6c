"""Material's stylesheets cut to what the pages use (outputs/stylesheets.py): with Material's own
stylesheets, every template looks exactly the same, left to right and right to left, on a phone
and on a desktop; and readers download less."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import material
import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser, Page

from returnguide.outputs.stylesheets import THEME_STYLES, cut, page_symbols

from .browser import open_page
from .conftest import TEMPLATES, prefix

MATERIAL = Path(material.__file__).parent / "templates" / THEME_STYLES
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def test_a_stylesheet_keeps_the_rules_of_what_the_pages_use() -> None:
    css = ".used{color:red}.gone{color:blue}#top .used,.gone{margin:0}@media print{.gone{x:y}}"
    used = page_symbols('<h1 id="top" class="used other">x</h1>')
    assert used == {"top", "used", "other"}
    # A rule goes when none of its selectors can match; one that still can stays whole.
    assert cut(css, used, "test.css") == ".used{color:red}#top .used,.gone{margin:0}"


# Chromium draws a few pixels of a page differently from one screenshot to the next, even of the
# same page without reloading it: 2 x 3 pixels at the edge of the language chooser's globe, and
# the antialiasing of its names by one step in 255. A rule cut too many changes far more (see
# the check of the check below).
NOISE = 12  # pixels that differ by more than
FAINT = 8  # this much in a colour channel (of 255)


def differing_pixels(first: bytes, second: bytes) -> int:
    a, b = (Image.open(io.BytesIO(shot)).convert("RGB") for shot in (first, second))
    if a.size != b.size:
        return a.width * a.height
    red, green, blue = ImageChops.difference(a, b).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)  # per pixel, of the three
    return sum(largest.histogram()[FAINT + 1 :])


def screenshot(page: Page, url: str, width: int) -> bytes:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url)
    return page.screenshot(full_page=True, animations="disabled", caret="hide")


def serving(page: Page, styles: Callable[[str], bytes]) -> None:
    """Answer every request for one of Material's stylesheets with `styles(name)`."""

    def answer(route: Any) -> None:
        name = route.request.url.rsplit("/", 1)[-1]
        route.fulfill(body=styles(name), content_type="text/css")

    page.route(f"**/{THEME_STYLES}/*.css", answer)


def own(name: str) -> bytes:
    return (MATERIAL / name).read_bytes()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_every_template_looks_the_same_as_with_materials_own_stylesheets(
    chromium: Browser, server: str, lang: str
) -> None:
    cut_page, _ = open_page(chromium, server)
    whole_page, _ = open_page(chromium, server)
    serving(whole_page, own)
    different = []
    for template in TEMPLATES:
        for width in (390, 1280):
            url = server + prefix(lang) + template
            shown, whole = screenshot(cut_page, url, width), screenshot(whole_page, url, width)
            if differing_pixels(shown, whole) > NOISE:
                name = f"{lang}-{template.strip('/').replace('/', '-') or 'home'}-{width}"
                ARTIFACTS.mkdir(exist_ok=True)
                (ARTIFACTS / f"{name}-cut.png").write_bytes(shown)
                (ARTIFACTS / f"{name}-material.png").write_bytes(whole)
                different.append(name)
    cut_page.close()
    whole_page.close()
    assert different == []


def test_the_comparison_sees_a_rule_too_many_cut(
    chromium: Browser, server: str, site_dir: Path
) -> None:
    """The check itself works: without the header's rules the home page looks different."""
    used = page_symbols((site_dir / "index.html").read_text(encoding="utf-8"))
    page, _ = open_page(chromium, server)
    serving(page, lambda name: cut(own(name).decode(), used - {"md-header"}, name).encode())
    too_much = screenshot(page, server, 390)
    page.close()
    page, _ = open_page(chromium, server)
    assert differing_pixels(screenshot(page, server, 390), too_much) > NOISE
    page.close()


def test_readers_download_at_most_half_of_materials_stylesheets(site_dir: Path) -> None:
    for path in (site_dir / THEME_STYLES).glob("*.css"):
        shipped, whole = path.read_bytes(), own(path.name)
        assert len(gzip.compress(shipped)) < len(gzip.compress(whole)), path.name
    main = next((site_dir / THEME_STYLES).glob("main.*.css"))
    assert len(gzip.compress(main.read_bytes())) <= len(gzip.compress(own(main.name))) / 2
    assert not list((site_dir / THEME_STYLES).glob("*.map"))
