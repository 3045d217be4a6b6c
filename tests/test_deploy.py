"""Publishing anywhere: the example security headers in deploy/ are the ones the browser test
serves the site with, and the pages work under them (no inline script, nothing from elsewhere)."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from . import browser
from .conftest import ROOT

HEADERS = dict(
    line.split(": ", 1)
    for line in (ROOT / "deploy" / "headers.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
)


class StrictHandler(browser.QuietHandler):
    def end_headers(self) -> None:
        for name, value in HEADERS.items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="module")
def strict_server(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(StrictHandler, directory=str(site_dir))
    httpd = browser.QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_every_host_example_sends_the_same_policy() -> None:
    policy = HEADERS["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "http" not in policy
    assert HEADERS["Referrer-Policy"] == "no-referrer"
    for example in ("_headers", "nginx.conf", "apache.htaccess"):
        assert policy in (ROOT / "deploy" / example).read_text(encoding="utf-8"), example


def violations(page: Any) -> list[str]:
    return list(page.evaluate("window.__violations"))


def test_finder_search_and_share_work_under_the_policy(
    chromium: Browser, strict_server: str
) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 800})
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(strict_server + "ar/", wait_until="networkidle")
    response = page.request.get(strict_server + "ar/")
    assert response.headers["content-security-policy"] == HEADERS["Content-Security-Policy"]
    page.fill("#finder-country", "نيجيريا")
    page.check("input[name=situation][value=voluntary]")
    page.check("input[name=priority][value=no]")
    page.click("#finder button[type=submit]")
    page.wait_for_selector("#finder-result:not([hidden])")
    assert violations(page) == []
    page.goto(strict_server + "ar/search/?q=" + "نيجيريا", wait_until="networkidle")
    page.wait_for_selector(".search-list li a")
    assert violations(page) == []
    page.goto(strict_server + "countries/nigeria/", wait_until="networkidle")
    page.locator(".share-button").click()  # the share sheet, or the copy button
    assert violations(page) == []
    assert not [text for text in console if re.search("Content Security Policy", text)]
    page.close()
