"""A translator's round trip, end to end, on the edited copy of the project (conftest.py): a Dutch
string changes, `make catalogs` turns it fuzzy in every language, the status report counts it and
the built pages say the translation may be out of date; a translation that is removed is served in
the fallback language, marked as such; a language that lacks its minimum content is not listed."""

from __future__ import annotations

from babel.messages.pofile import read_po

from returnguide.content.models import Content, Language
from returnguide.content.territories import by_script
from returnguide.pages.localize import Coverage
from returnguide.project import Project
from returnguide.translation.catalogs import Translations, catalog_path, load_catalog

from .conftest import NEW, OLD
from .pages import page
from .projects import load_site

OUTDATED = "De vertaling van deze pagina is misschien niet meer actueel."
NOT_TRANSLATED = "Deze pagina is nog niet vertaald. U leest hem hieronder in het %(language)s."


def translated(project: Project, language: Language, message: str) -> str:
    return Translations(language, load_catalog(project.locales, language)).gettext(message)


def translations(content: Content) -> list[Language]:
    return [lang for lang in content.languages if lang != content.source_language]


def test_changed_string_is_fuzzy_in_every_catalog(edited: Project, content: Content) -> None:
    for language in translations(content):
        path = catalog_path(edited.locales, language)
        with path.open("rb") as handle:
            entry = read_po(handle)[NEW]
        assert entry is not None and entry.fuzzy, language.code
        assert entry.string, "the old translation stays as a suggestion"
        assert f'#| msgid "{OLD}"' in path.read_text(encoding="utf-8"), "the old source is kept"


def test_status_report_counts_the_fuzzy_string_and_its_pages(
    edited: Project, content: Content
) -> None:
    """The published report (/translation-status/), one row per translation."""
    table = page(edited.root / "site", "translation-status/").select_one("article table")
    rows = [[td.get_text() for td in tr.select("td")] for tr in table.select("tr")[1:]]
    assert [row[0] for row in rows] == [
        f"{lang.english_name} ({lang.code})" for lang in translations(content)
    ]
    for language, (_, _, live, _, fuzzy, missing, _, outdated) in zip(
        translations(content), rows, strict=True
    ):
        expected = ("1", "1" if language.code == "ti" else "0", "programmes/erin.md")
        assert (fuzzy, missing, outdated) == expected, language.code
        assert live.startswith("yes" if language.code != "ti" else "no: missing"), language.code


def test_outdated_page_says_so_and_links_the_original(edited: Project, content: Content) -> None:
    site = edited.root / "site"
    for language in translations(content):
        notice = page(site, f"{language.code}/programmes/erin/").select_one(".translation-notice")
        assert notice is not None, language.code
        assert translated(edited, language, OUTDATED) in notice.get_text()
        link = notice.select_one("a")
        assert (link["href"], link["hreflang"]) == ("../../../programmes/erin/", "nl")
    assert page(site, "programmes/erin/").select(".translation-notice") == []
    assert page(site, "en/programmes/basic-departure/").select(".translation-notice") == []


def test_removed_translation_is_served_in_the_fallback(edited: Project, content: Content) -> None:
    dari = content.language("fa-AF")
    soup = page(edited.root / "site", "fa-AF/about/")
    assert soup.html["lang"] == "fa"
    assert soup.body["dir"] == "rtl"
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    notice = soup.select_one(".translation-notice")
    assert (notice["lang"], notice["dir"]) == ("fa-AF", "rtl")
    expected = translated(edited, dari, NOT_TRANSLATED) % {"language": "فارسی"}
    assert notice.get_text(strip=True) == expected
    farsi = page(edited.root / "site", "fa/about/")
    assert soup.select_one("article h1").get_text() == farsi.select_one("article h1").get_text()
    assert farsi.select('meta[name="robots"]') == []


def test_language_without_its_minimum_content_is_built_but_not_listed(
    edited: Project, content: Content
) -> None:
    site = edited.root / "site"
    assert "ti is built but not listed in the language chooser" in (
        edited.root / "build.log"
    ).read_text(encoding="utf-8")
    eritrea = page(site, "ti/countries/eritrea/")
    assert (eritrea.html["lang"], eritrea.body["dir"]) == ("en", "ltr")
    assert page(site, "ti/").html["lang"] == "ti", "its translated pages are built"
    for path in ("", "ar/", "ti/", "en/countries/eritrea/"):
        soup = page(site, path)
        menu = [a["hreflang"] for a in soup.select(".md-select__link")]
        assert "ti" not in menu and "ar" in menu, path
    chooser = [a["hreflang"] for a in page(site, "").select(".language-chooser a")]
    assert chooser == [lang.code for lang in by_script(content.languages) if lang.code != "ti"]


def test_fallback_page_is_no_translation_for_search_engines(edited: Project) -> None:
    site = edited.root / "site"
    farsi = {
        link["hreflang"]
        for link in page(site, "fa/about/").select('head link[rel="alternate"][hreflang]')
    }
    assert "fa" in farsi and "fa-AF" not in farsi
    assert "/fa-AF/about/" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/fa/about/" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_fallback_chain_ends_with_the_source_language(project: Project, content: Content) -> None:
    coverage = Coverage(site=load_site(project))
    chain = coverage.chain(content.language("fa-AF"))
    assert [lang.code for lang in chain] == ["fa-AF", "fa", "en", "nl"]
    assert [lang.code for lang in coverage.chain(content.language("nl"))] == ["nl"]
