"""A real browser for the tests: Debian's chromium driven by Playwright, and a loopback server
for the built site. Every request to another host is recorded and refused."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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


class QuietServer(http.server.ThreadingHTTPServer):
    request_queue_size = 128  # a crawler opens many connections at once; the default is 5

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser that closes a connection early is not a failure


def serve(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


class Guard:
    """Records and refuses every request to a host other than the visited page's, including
    requests from workers (a context's route sees those)."""

    def __init__(self, page: Page) -> None:
        self.host = ""
        self.elsewhere: list[str] = []
        page.context.route("**/*", self.route)

    def route(self, request_route: Any) -> None:
        request_url = request_route.request.url
        if urlsplit(request_url).netloc == self.host or request_url.startswith("data:"):
            request_route.continue_()
        else:
            self.elsewhere.append(request_url)
            request_route.abort()

    def visiting(self, url: str) -> list[str]:
        """Start over for a visit of `url`; the list fills with what it refuses."""
        self.host = urlsplit(url).netloc
        self.elsewhere.clear()
        return self.elsewhere


def open_page(
    browser: Browser, url: str, width: int = 390, wait_until: Any = "load"
) -> tuple[Page, list[str]]:
    """Open `url` on a phone-sized screen; requests to any other host are recorded and refused.
    "load" is enough to read a page; a test of what a page requests waits for "networkidle"
    (half a second more), so that every request has been made."""
    # The pages' Content-Security-Policy forbids the string evaluation that Playwright's
    # wait_for_function uses; test_deploy.py checks the pages under the policy itself.
    page = browser.new_page(viewport={"width": width, "height": 800}, bypass_csp=True)
    elsewhere = Guard(page).visiting(url)
    page.goto(url, wait_until=wait_until)
    return page, elsewhere


def new_tab(browser: Browser) -> Page:
    """A page to reuse for many visits (see `visit`)."""
    page = browser.new_page(viewport={"width": 390, "height": 800}, bypass_csp=True)
    page.guard = Guard(page)  # type: ignore[attr-defined]
    return page


def visit(tab: Page, url: str, width: int = 390, wait_until: Any = "load") -> list[str]:
    """Open `url` in the reused tab as on a page just opened: at that width, hovering nothing.
    Returns the requests to other hosts, refused, as `open_page` does."""
    elsewhere: list[str] = tab.guard.visiting(url)  # type: ignore[attr-defined]
    tab.mouse.move(-10, -10)
    tab.set_viewport_size({"width": width, "height": 800})
    tab.goto(url, wait_until=wait_until)
    return elsewhere
