"""What a reader sees in a real browser (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def open_page(browser: Browser, url: str, width: int = 390) -> tuple[Page, list[str]]:
    """Open `url` on a phone-sized screen; requests to any other host are recorded and refused."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    elsewhere: list[str] = []
    own_host = urlsplit(url).netloc

    def route(request_route: Any) -> None:
        request_url = request_route.request.url
        if urlsplit(request_url).netloc == own_host or request_url.startswith("data:"):
            request_route.continue_()
        else:
            elsewhere.append(request_url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(url, wait_until="networkidle")
    return page, elsewhere


@pytest.mark.parametrize(
    ("path", "direction"),
    [
        ("countries/nigeria/", "ltr"),
        ("en/countries/nigeria/", "ltr"),
        ("ar/countries/nigeria/", "rtl"),
        ("fa-AF/countries/nigeria/", "rtl"),
        ("ar/", "rtl"),
        ("fa-AF/programmes/reintegration/", "rtl"),
    ],
)
def test_direction_fits_a_phone_and_nothing_comes_from_elsewhere(
    browser: Browser, server: str, path: str, direction: str
) -> None:
    page, elsewhere = open_page(browser, server + path)
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


def test_country_table_reads_from_the_right_in_arabic(browser: Browser, server: str) -> None:
    page, _ = open_page(browser, server + "ar/countries/nigeria/", width=1200)
    try:
        first, second = page.evaluate(
            "[...document.querySelector('article table tr').children]"
            ".map(cell => cell.getBoundingClientRect().left)"
        )
        assert first > second  # the first column (the kind of support) is on the right
    finally:
        page.close()


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
SCRIPTS = {"Arabic": (0x0600, 0x06FF), "Ethiopic": (0x1200, 0x137F)}


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
    ],
)
def test_script_has_its_direction_and_a_font_for_every_character(
    browser: Browser, server: str, path: str, lang: str, direction: str, script: str
) -> None:
    page, _ = open_page(browser, server + path)
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
