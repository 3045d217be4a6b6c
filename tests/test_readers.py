"""What a reader on a phone does: find their support in three answers, search in their own
script, read the privacy statement, land on a page that does not exist, print a page; and what
it costs them: bytes per page type, nothing from another host."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from bench import BUDGET  # bytes, gzip, everything a first visit loads
from playwright.sync_api import Browser, Page

from returnguide.content.models import Content
from returnguide.content.territories import country_name, script
from returnguide.rules.decide import Matrix

from .browser import open_page, visit
from .conftest import LANGUAGES, prefix
from .pages import page

PAGE_TYPES = {
    "home": "",
    "programme": "programmes/reintegration/",
    "countries index": "countries/",
    "country": "countries/nigeria/",
    "search": "search/",
}


def answer(page: Page, country: str, situation: str, priority: str) -> None:
    page.fill("#finder-country", country)
    page.check(f"input[name=situation][value={situation}]")
    page.check(f"input[name=priority][value={priority}]")
    page.click("#finder button[type=submit]")
    page.wait_for_function("document.activeElement.id.startsWith('finder')")


def shown(page: Page) -> dict[str, str]:
    """programme -> status of the finder's visible answers."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('.finder-programme')]
            .filter(section => !section.hidden)
            .map(section => [section.dataset.programme, section.dataset.status]))"""
    )


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(
    ("code", "situation", "priority", "programmes"),
    [
        ("NG", "voluntary", "no", ["basic-departure", "reintegration"]),
        ("NG", "voluntary", "yes", ["basic-departure", "reintegration", "additional"]),
        ("TR", "voluntary", "unsure", ["basic-departure", "reintegration", "additional"]),
        ("US", "voluntary", "no", ["basic-departure", "reintegration"]),
        ("NG", "forced", "no", ["erin"]),
        ("US", "forced", "yes", ["erin"]),
    ],
)
def test_finder_answers_as_the_country_page_does(
    tab: Page,
    server: str,
    content: Content,
    matrix: Matrix,
    lang: str,
    code: str,
    situation: str,
    priority: str,
    programmes: list[str],
) -> None:
    language = next(language for language in content.languages if language.code == lang)
    page = tab
    elsewhere = visit(tab, server + prefix(lang), wait_until="networkidle")
    answer(page, country_name(code, language), situation, priority)
    assert shown(page) == {p: matrix[code][p].status for p in programmes}
    title = page.locator("#finder-result-title")
    assert country_name(code, language) in title.inner_text()
    assert page.evaluate("document.activeElement.id") == "finder-result-title"
    link = page.locator(".finder-country-link")
    link.click()
    page.wait_for_load_state()
    assert page.url == f"{server}{prefix(lang)}countries/{content.countries[code].slug}/"
    assert elsewhere == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_finder_shows_the_caveats_with_the_answer(
    chromium: Browser, server: str, site_dir: Path, content: Content, lang: str
) -> None:
    export = json.loads((site_dir / "api/v1/countries/AF.json").read_text(encoding="utf-8"))
    page, _ = open_page(chromium, server + prefix(lang))
    answer(page, country_name("AF", content.language(lang)), "forced", "no")
    erin = page.locator('.finder-programme[data-programme="erin"]')
    caveats = erin.locator(".finder-caveats")
    assert caveats.is_visible()
    expected = [
        export["caveats"][c["id"]]["text"][lang] for c in export["support"]["erin"]["caveats"]
    ]
    assert expected and caveats.locator("li").all_inner_texts() == expected
    status = erin.locator(".finder-status")
    qualified = status.get_attribute("data-available-qualified") or ""
    name = country_name("AF", content.language(lang))
    assert status.inner_text() == qualified.replace("%(country)s", name)
    page.close()


def test_finder_says_when_a_country_is_not_in_the_list(chromium: Browser, server: str) -> None:
    page, _ = open_page(chromium, server + "en/")
    page.fill("#finder-country", "Atlantis")
    page.check("input[name=situation][value=voluntary]")
    page.check("input[name=priority][value=no]")
    page.click("#finder button[type=submit]")
    assert page.locator("#finder-error").is_visible()
    assert page.evaluate("document.activeElement.id") == "finder-country"
    assert page.locator("#finder-result").is_hidden()
    page.close()


def test_finder_stores_and_sends_nothing(chromium: Browser, server: str) -> None:
    page, _ = open_page(chromium, server + "fa-AF/", wait_until="networkidle")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    answer(page, "افغانستان", "voluntary", "yes")
    # The browser asks for the page's icon in its own time, even after the network was idle.
    requests = [url for url in requests if url != f"{server}assets/images/favicon.png"]
    assert requests == [f"{server}api/v1/countries/AF.json"], "one public file, fetched with GET"
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") == [
        0,
        0,
        "",
    ]
    page.close()


def test_without_javascript_the_home_page_links_to_every_country(
    chromium: Browser, server: str, content: Content
) -> None:
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    page.goto(server + "ar/")
    assert page.locator("#finder").is_hidden()
    page.locator("#support-finder ~ p a[href='countries/']").first.click()
    page.wait_for_load_state()
    assert page.locator("article li a").count() == len(content.countries)
    page.locator("article li a", has_text="نيجيريا").click()
    assert page.url.endswith("/ar/countries/nigeria/")
    context.close()


@pytest.mark.parametrize(("lang", "direction"), [("nl", "ltr"), ("ar", "rtl")])
def test_language_chooser_is_one_step_on_a_phone_and_needs_no_script(
    chromium: Browser, server: str, content: Content, lang: str, direction: str
) -> None:
    """Closed, the chooser takes a few lines under the title and shows a name in every script
    the site has, so that the page's first sentence is on the first screen and a reader of any
    script sees their own letters; one tap opens every name. Without JavaScript, at 390 px, in
    both directions."""
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    page.goto(server + prefix(lang))
    chooser = page.locator("details.language-chooser")
    assert chooser.evaluate("e => getComputedStyle(e).direction") == direction
    assert chooser.bounding_box()["height"] <= 140  # type: ignore[index]
    first_sentence = page.locator("article details.language-chooser ~ p").first
    assert first_sentence.bounding_box()["y"] < 800  # type: ignore[index]
    shown = page.locator(".language-chooser-names span").evaluate_all(
        """spans => { const box = spans[0].parentElement.getBoundingClientRect();
                      return spans.filter(s => s.getBoundingClientRect().bottom <= box.bottom + 1)
                                  .map(s => s.textContent); }"""
    )
    assert {script(name) for name in shown} == {script(lang.name) for lang in content.languages}
    names = page.locator(".language-chooser nav a")
    assert not names.first.is_visible()
    page.locator(".language-chooser summary").click()
    assert names.count() == len(content.languages)
    assert all(names.nth(i).is_visible() for i in range(names.count()))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    names.filter(has_text="ትግርኛ").click()
    assert page.url.endswith("/ti/")
    context.close()


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("ar", "نيجيريا", "countries/nigeria/"),
        ("fa-AF", "پاکستان", "countries/pakistan/"),  # پ
        ("fa-AF", "بنگله‌دیش", "countries/bangladesh/"),  # ی
        ("fa", "گینه", "countries/guinea/"),  # گ
        ("ti", "ኤርትራ", "countries/eritrea/"),
        ("ur", "افغانستان", "countries/afghanistan/"),
        ("so", "Soomaaliya", "countries/somalia/"),
        ("ru", "Нигерия", "countries/nigeria/"),
        ("ku-Arab", "عێراق", "countries/iraq/"),
        ("bn", "বাংলাদেশ", "countries/bangladesh/"),
        ("hi", "भारत", "countries/india/"),
        ("ta", "இலங்கை", "countries/sri-lanka/"),
        ("ka", "საქართველო", "countries/georgia/"),
        ("hy", "Հայաստան", "countries/armenia/"),
        # "Return to Afghanistan": Chinese runs its words together, in the pages and in the query,
        # so this is found only if the index and the query are split into words.
        ("zh-Hans", "回到阿富汗", "countries/afghanistan/"),
    ],
)
def test_search_finds_a_country_by_its_name_in_every_script(
    chromium: Browser, server: str, lang: str, query: str, expected: str
) -> None:
    page, elsewhere = open_page(chromium, server + f"{lang}/search/", wait_until="networkidle")
    loaded = "performance.getEntriesByType('resource').map(entry => entry.name)"
    assert not [url for url in page.evaluate(loaded) if "pagefind" in url], "index before search"
    fetched: list[str] = []  # the search runs in a worker: listen to the whole context
    page.context.on("request", lambda request: fetched.append(request.url))
    page.fill("#search-query", query)
    page.press("#search-query", "Enter")
    page.wait_for_selector(".search-list li a")
    links = page.eval_on_selector_all(".search-list li a", "links => links.map(a => a.href)")
    assert f"{server}{lang}/{expected}" in links[:3]
    assert all(url.startswith(f"{server}{lang}/") for url in links), "only this language"
    assert [url for url in fetched if f"pagefind/{lang}/index/{lang.lower()}_" in url]
    assert elsewhere == []
    page.close()


def search_results(tab: Page, url: str) -> list[str]:
    """The addresses the search page lists for the query in its URL (?q=)."""
    visit(tab, url)
    tab.wait_for_selector(".search-list li a, .search-none:not([hidden])")
    return tab.eval_on_selector_all(".search-list li a", "links => links.map(a => a.href)")


def assert_same_pages(tab: Page, server: str, lang: str, typed: str, other: str) -> None:
    """The query typed as `other` finds the same pages as typed right, and some pages at all."""
    search = f"{server}{lang}/search/?q="
    found = search_results(tab, search + typed)
    assert found, f"{typed} finds nothing"
    assert search_results(tab, search + other) == found


@pytest.mark.parametrize(
    ("lang", "typed", "other_keyboard"),
    [
        ("ar", "ليبيا", "لیبیا"),  # Libya, with the Persian yeh
        ("fa-AF", "کمک", "كمك"),  # help, with the Arabic kaf
        ("fa", "کمک", "كمك"),
        ("ur", "پاکستان", "پاكستان"),  # Pakistan, with the Arabic kaf
        ("ku-Arab", "کینیا", "كينيا"),  # Kenya, with the Arabic kaf and yeh
        ("ps", "۲۰۲۶", "2026"),  # the year, in Latin digits: Pashto folds its digits only
    ],
)
def test_search_finds_the_same_pages_typed_on_another_keyboard(
    tab: Page, server: str, lang: str, typed: str, other_keyboard: str
) -> None:
    assert_same_pages(tab, server, lang, typed, other_keyboard)
    # Without the folding, Pagefind alone finds nothing (the check of the check).
    unfolded = tab.evaluate(
        """async query => {
             const form = document.querySelector('.site-search');
             const pagefind = await import(form.dataset.pagefind);
             return (await pagefind.search(query)).results.length;
           }""",
        other_keyboard,
    )
    assert unfolded == 0


@pytest.mark.parametrize(
    ("lang", "typed", "unaccented"),
    [("tr", "Türkiye", "Turkiye"), ("fr", "Érythrée", "Erythree"), ("ku", "Îraq", "Iraq")],
)
def test_search_finds_a_latin_word_typed_without_its_accents(
    tab: Page, server: str, lang: str, typed: str, unaccented: str
) -> None:
    """Pagefind itself matches letters without their accents: the site folds nothing for this."""
    assert_same_pages(tab, server, lang, typed, unaccented)


def test_each_language_has_a_search_index_of_its_own_pages(site_dir: Path) -> None:
    for code in LANGUAGES:
        entry = json.loads((site_dir / "pagefind" / code / "pagefind-entry.json").read_text())
        assert list(entry["languages"]) == [code.lower()]


def test_every_footer_links_the_privacy_statement(tab: Page, server: str) -> None:
    for lang in LANGUAGES:
        visit(tab, server + prefix(lang) + "countries/nigeria/")
        tab.locator(".md-footer a").click()
        tab.wait_for_load_state()
        assert tab.url == f"{server}{prefix(lang)}about/#privacy", lang
        assert tab.locator("#privacy").is_visible()


def test_404_page_offers_every_language(chromium: Browser, server: str, content: Content) -> None:
    page, _ = open_page(chromium, server + "404.html")
    assert page.evaluate("document.documentElement.lang") == "nl"
    links = page.eval_on_selector_all(
        "article p[lang] a", "links => links.map(a => [a.closest('p').lang, a.href])"
    )
    assert links == [[lang.code, server + prefix(lang.code)] for lang in content.languages]
    page.close()


def test_printed_page_leaves_out_menus_and_shows_link_addresses(
    chromium: Browser, server: str
) -> None:
    page, _ = open_page(chromium, server + "en/countries/nigeria/", 1280)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert page.locator(hidden).first.is_hidden(), hidden
    after = page.eval_on_selector(
        "article a[href^='https']", "a => getComputedStyle(a, '::after').content"
    )
    assert "https://" in after
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    page.close()


def first_visits(chromium: Browser, urls: list[str]) -> list[dict[str, int]]:
    """Every response of a first visit of each address, gzip-compressed as a server would send
    it. The visits run side by side: each waits for half a second without requests."""
    contexts = [chromium.new_context(viewport={"width": 390, "height": 800}) for _ in urls]
    found: list[dict[str, int]] = [{} for _ in urls]
    for context, sizes in zip(contexts, found, strict=True):
        context.on(
            "response",
            lambda r, sizes=sizes: sizes.__setitem__(r.url, len(gzip.compress(r.body(), 6))),
        )
    tabs = [context.new_page() for context in contexts]
    for tab, url in zip(tabs, urls, strict=True):
        tab.goto(url, wait_until="commit")
    for tab in tabs:
        tab.wait_for_load_state("networkidle")
    for context in contexts:
        context.close()
    return found


def test_first_visit_of_each_page_type_stays_within_the_budget(
    chromium: Browser, server: str
) -> None:
    visits = {
        f"{name} ({lang})": server + prefix(lang) + path
        for name, path in PAGE_TYPES.items()
        for lang in ("nl", "ar", "ti")
    }
    report = {}
    for name, sizes in zip(visits, first_visits(chromium, list(visits.values())), strict=True):
        assert not [url for url in sizes if "javascripts/bundle" in url], "no Material JS"
        report[name] = sum(sizes.values())
    print("\n".join(f"{name}: {size / 1000:.1f} KB gzip" for name, size in report.items()))
    assert {name: size for name, size in report.items() if size > BUDGET} == {}


def test_home_page_offers_a_way_in_for_each_situation(site_dir: Path) -> None:
    for lang in LANGUAGES:
        soup = page(site_dir, prefix(lang))
        targets = [a["href"] for a in soup.select("#situations + ul > li > strong > a")]
        assert targets == [
            "#support-finder",
            "programmes/basic-departure/",
            "programmes/erin/",
            "counsellors/",
        ], lang
