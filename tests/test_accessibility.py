"""WCAG 2.1 AA: axe-core in Chromium finds nothing on any page template, in any language, on a
phone and on a desktop; the keyboard reaches every control and shows where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page

from .browser import open_page, visit
from .conftest import LANGUAGES, TEMPLATES, prefix

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = [390, 1280]
FINDER = "{include: ['#finder', '#finder-result']}"  # the finder's form and its answer, for axe


def violations(page: Page, part: str = "document") -> list[str]:
    """axe's findings on the page as it is now, in the whole page or in the `part` that a
    selector names (axe itself is injected once per page load)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE)
    found: dict[str, Any] = page.evaluate(
        f"axe.run({part}, {{runOnly: {{type: 'tag', values: {RULES}}},"
        " resultTypes: ['violations']})"
    )
    return [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found["violations"]
    ]


def finder_states(page: Page) -> dict[str, list[str]]:
    """axe after each way of answering the support finder, in the finder's form and answer: the
    rest of the page is as it was when axe saw it whole."""
    found = {}
    for name, country, situation, priority in [
        ("unknown country", "Atlantis", "voluntary", "no"),
        ("voluntary", None, "voluntary", "unsure"),
        ("forced", None, "forced", "no"),
    ]:
        first = page.locator("#finder-countries option").first.get_attribute("value")
        page.fill("#finder-country", country or str(first))
        page.check(f"input[name=situation][value={situation}]")
        page.check(f"input[name=priority][value={priority}]")
        page.click("#finder button[type=submit]")
        page.wait_for_function("document.activeElement.id.startsWith('finder')")
        found[name] = violations(page, FINDER)
    return found


def test_axe_finds_a_real_violation(chromium: Browser, server: str) -> None:
    """The check itself works: an image without a text alternative in the finder's answer is
    reported, by the check of the whole page and by the check of the finder alone."""
    page, _ = open_page(chromium, server)
    page.evaluate(
        """() => { const answer = document.querySelector('#finder-result');
                   answer.hidden = false; answer.append(document.createElement('img')); }"""
    )
    for part in ("document", FINDER):
        assert [v for v in violations(page, part) if v.startswith("image-alt")], part
    page.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_violations_on_any_template(tab: Page, server: str, lang: str) -> None:
    """Each page is loaded once and checked at every width, as a phone turned sideways would
    show it: the layout follows the width through CSS alone (the pages' scripts do not ask)."""
    found = {}
    for path in [prefix(lang) + template for template in TEMPLATES]:
        visit(tab, server + path, WIDTHS[0])
        # The finder is answered last, at each width: its clicks leave the mouse over the page.
        plain = [(width, False) for width in WIDTHS]
        answered = [(width, True) for width in reversed(WIDTHS)] if path == prefix(lang) else []
        for width, answering in plain + answered:
            tab.set_viewport_size({"width": width, "height": 800})
            # The new layout's transitions (the navigation's colours) end before axe looks.
            tab.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
            if not answering:
                found[f"{path} at {width}px"] = violations(tab)
                continue
            for state, problems in finder_states(tab).items():
                found[f"{path} at {width}px, finder: {state}"] = problems
    assert {where: problems for where, problems in found.items() if problems} == {}


def test_no_violations_on_the_404_page(chromium: Browser, server: str) -> None:
    for width in WIDTHS:
        page, _ = open_page(chromium, server + "404.html", width)
        assert violations(page) == []
        page.close()


def focus_is_visible(page: Page) -> bool:
    return bool(
        page.evaluate(
            """() => {
              // The phone menu's checkbox is invisible; its menu button shows the focus.
              let element = document.activeElement;
              if (getComputedStyle(element).opacity === '0' && element.labels) {
                element = [...element.labels].find(l => l.getBoundingClientRect().width > 0);
              }
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
              const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0
                && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
              return (outlined || style.boxShadow !== 'none') && onScreen;
            }"""
        )
    )


@pytest.mark.parametrize(("path", "width"), [("", 390), ("ar/", 1280), ("countries/nigeria/", 390)])
def test_keyboard_reaches_every_control_with_visible_focus(
    chromium: Browser, server: str, path: str, width: int
) -> None:
    page, _ = open_page(chromium, server + path, width)
    controls = page.evaluate(
        """() => [...document.querySelectorAll('a[href], button, input, select, textarea')]
            .filter(e => e.checkVisibility({visibilityProperty: true}))  // not in closed <details>
            .filter(e => e.type !== 'radio' || e === document.querySelector(
              `input[name="${e.name}"]`))
            .map(e => e.outerHTML.slice(0, 80))"""
    )
    reached, unseen = [], []
    for _ in range(len(controls) + 10):
        page.keyboard.press("Tab")
        html = page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
        reached.append(html)
        if html.startswith("<body") or not focus_is_visible(page):
            unseen.append(html)
    assert [control for control in controls if control not in reached] == []
    assert [html for html in unseen if not html.startswith("<body")] == []
    page.close()


def test_phone_menu_opens_with_the_keyboard(chromium: Browser, server: str) -> None:
    page, _ = open_page(chromium, server + "countries/nigeria/", 390)
    menu_link = "a.md-nav__link[href='../../organisations/']"
    assert not page.locator(menu_link).is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "__drawer"
    page.keyboard.press("Space")
    page.wait_for_timeout(400)  # the drawer slides in
    assert page.locator(menu_link).is_visible()
    for _ in range(80):  # past the header's language menu, one stop per language
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "../../organisations/":
            break
    else:
        pytest.fail("Tab never reached the menu's links")
    assert page.locator(menu_link).evaluate("e => e.getBoundingClientRect().left >= 0")
    page.close()
