"""Sharing a page from a phone (share.js): the phone's own share sheet where the browser has one,
otherwise a button that copies the address and says so; without JavaScript the address is text.
The share sheet and the clipboard are stubbed so that the test sees what the page asked for."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from returnguide.outputs.leaflets import LEAFLETS
from returnguide.pages.render import Site

from .browser import Guard

# The phone's share sheet, recording what the page hands it.
SHARE_SHEET = """
window.__shared = [];
Object.defineProperty(Navigator.prototype, "share", {
  configurable: true, value: async (data) => { window.__shared.push(data); },
});
"""
# A browser without a share sheet, with a clipboard that records what is copied (or fails).
CLIPBOARD = """
delete Navigator.prototype.share;
window.__copied = [];
Object.defineProperty(Navigator.prototype, "clipboard", {
  configurable: true,
  get: () => ({ writeText: async (text) => {
    if (window.__clipboardFails) throw new DOMException("denied", "NotAllowedError");
    window.__copied.push(text);
  } }),
});
"""
PAGES = [
    ("nl", "countries/{slug}/"),
    ("ar", "ar/countries/{slug}/"),
    ("ar", f"ar/{LEAFLETS}/{{slug}}.html"),
]


def address(site: Site, code: str) -> str:
    return site.absolute(site.country_path("NG", site.content.language(code)))


@pytest.mark.parametrize(("code", "path"), PAGES)
def test_share_button_hands_the_page_address_to_the_phones_share_sheet(
    chromium: Browser, server: str, site: Site, code: str, path: str
) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 800}, bypass_csp=True)
    elsewhere = Guard(page).visiting(server)
    page.add_init_script(SHARE_SHEET)
    try:
        page.goto(server + path.format(slug=site.content.countries["NG"].slug))
        label = site.catalogs[code].get("Delen").string if site.catalogs[code] else "Delen"
        page.get_by_role("button", name=label).click()
        page.wait_for_function("window.__shared.length > 0")
        shared = page.evaluate("window.__shared")
        assert [item["url"] for item in shared] == [address(site, code)]
        assert elsewhere == []
    finally:
        page.close()


def test_without_a_share_sheet_the_button_copies_the_address_and_says_so(
    chromium: Browser, server: str, site: Site
) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 800}, bypass_csp=True)
    page.add_init_script(CLIPBOARD)
    try:
        page.goto(server + "countries/nigeria/")
        assert page.get_by_role("button", name="Delen").count() == 0
        page.get_by_role("button", name="Link kopiëren").click()
        status = page.get_by_role("status")
        status.get_by_text("De link is gekopieerd.").wait_for()
        assert page.evaluate("window.__copied") == [address(site, "nl")]
        page.evaluate("window.__clipboardFails = true")
        page.get_by_role("button", name="Link kopiëren").click()
        status.get_by_text("Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.").wait_for()
    finally:
        page.close()


def test_without_javascript_the_address_is_text_and_there_is_no_button(
    chromium: Browser, server: str, site: Site
) -> None:
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    try:
        page.goto(server + "countries/nigeria/")
        assert page.get_by_text(address(site, "nl"), exact=True).is_visible()
        assert page.locator("#share ~ * button, .share-controls").count() == 0
    finally:
        context.close()
