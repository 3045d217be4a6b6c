"""The built site: every page in every language, right-to-left where it should be, nothing
fetched from another host."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from returnguide.content.models import Content
from returnguide.content.territories import by_script, country_name
from returnguide.rules.decide import Matrix

from .conftest import LANGUAGES, REGISTRY, ROOT, prefix
from .pages import article, attributes, page, section, start_tags

SAMPLE = ["NG", "AF", "CI", "TR", "US", "XK", "PS", "ER"]
PROGRAMMES = ["basic-departure", "reintegration", "additional", "erin"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_exists(site_dir: Path, content: Content, lang: str) -> None:
    paths = ["", "organisations/", "countries/", "about/"]
    paths += [f"programmes/{p}/" for p in PROGRAMMES]
    paths += [f"countries/{country.slug}/" for country in content.countries.values()]
    missing = [p for p in paths if not (site_dir / prefix(lang) / p / "index.html").is_file()]
    assert missing == []
    assert len(paths) == 8 + len(content.countries)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_country_pages_have_cldr_names_and_the_rules_statuses(
    site_dir: Path, content: Content, matrix: Matrix, lang: str
) -> None:
    language = next(lang_ for lang_ in content.languages if lang_.code == lang)
    for code in SAMPLE:
        found = article(site_dir, f"{prefix(lang)}countries/{content.countries[code].slug}/")
        assert found.heading == country_name(code, language)
        expected = {programme: decision.status for programme, decision in matrix[code].items()}
        assert found.statuses == expected


def test_country_page_cites_a_short_label_with_the_full_title_one_step_away(
    site_dir: Path,
) -> None:
    soup = page(site_dir, "en/countries/nigeria/")
    assert "Nigeria is on the list of countries with a visa requirement" in soup.get_text(" ")
    cited = soup.select('article a[href="../../sources/#eu-visa-regulation"]')
    assert {a.get_text() for a in cited} == {"the EU visa list"}
    assert "Regulation (EU) 2018/1806" not in soup.get_text(" ")
    sources = page(site_dir, "en/sources/")
    title = section(sources, "eu-visa-regulation")
    assert "Regulation (EU) 2018/1806, Annexes I and II" in title


def test_eu_vicinity_answer_says_to_ask(site_dir: Path) -> None:
    soup = page(site_dir, "countries/turkiye/")
    section = soup.select_one("h2#reintegration")
    assert section["data-status"] == "ask"
    answer = section.find_next("p").get_text()
    assert "Vraag het aan" in answer


@pytest.mark.xdist_group("every-page")  # one worker parses the pages once
@pytest.mark.parametrize(("lang", "direction"), [(lang.code, lang.direction) for lang in REGISTRY])
def test_language_and_direction_of_every_page(site_dir: Path, lang: str, direction: str) -> None:
    """Every page is translated, so none is shown in a fallback language."""
    root = site_dir / prefix(lang)
    elsewhere = re.compile(f"({'|'.join(LANGUAGES)}|api|translation-status)/")
    pages = [
        p
        for p in root.rglob("index.html")
        if lang != "nl" or not elsewhere.match(p.relative_to(site_dir).as_posix())
    ]
    assert len(pages) > 170
    for path in pages:
        [html], [body] = attributes(path, "html"), attributes(path, "body")
        assert (html["lang"], body["dir"]) == (lang, direction), path


@pytest.mark.xdist_group("every-page")  # one worker parses the pages once
def test_heading_ids_are_the_same_in_every_language(site_dir: Path) -> None:
    """Deep links work in every language: no heading gets a generated id such as "_1"."""
    ids = {
        lang: [
            h["id"] for h in page(site_dir, f"{prefix(lang)}countries/nigeria/").select("h1, h2")
        ]
        for lang in LANGUAGES
    }
    assert ids["nl"] == ["top", *PROGRAMMES, "ask", "next-steps", "share"]
    assert all(found == ids["nl"] for found in ids.values())
    for path in site_dir.rglob("index.html"):
        ids = [found["id"] for _, found in start_tags(path) if "id" in found]
        assert [i for i in ids if re.fullmatch(r"_\d+", i)] == [], path


MATERIAL = Path(__import__("material").__file__).parent / "templates/partials/languages"


def skip_label(code: str) -> str:
    """The theme's "skip to content" in a language: ours where Material has none."""
    own = ROOT / "overrides/partials/languages" / f"{code}.html"
    strings = (own if own.is_file() else MATERIAL / f"{code}.html").read_text(encoding="utf-8")
    if found := re.search(r'"action.skip": "([^"]+)"', strings):
        return found.group(1)
    # An override that reuses another language's strings (fa-AF those of fa) imports them.
    imported = re.search(r'import "partials/languages/([^"]+)\.html"', strings)
    assert imported, f"{code}.html has no skip label and imports none"
    return skip_label(imported.group(1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_material_interface_speaks_the_language(site_dir: Path, lang: str) -> None:
    soup = page(site_dir, f"{prefix(lang)}countries/")
    label = soup.select_one("a.md-skip").get_text(strip=True)
    assert label == skip_label(lang)
    assert (label == "Skip to content") == (lang == "en")


def test_home_page_starts_with_every_language_by_its_own_name(
    site_dir: Path, content: Content
) -> None:
    for language in content.languages:
        soup = page(site_dir, prefix(language.code))
        chooser = soup.select_one("article h1").find_next_sibling()
        assert (chooser.name, chooser["class"]) == ("details", ["language-chooser"])
        links = chooser.select("nav a")
        assert [(a.get_text(), a["lang"], a["dir"]) for a in links] == [
            (other.name, other.code, other.direction) for other in by_script(content.languages)
        ]
        menu = soup.select(".md-select__link")
        assert [a["hreflang"] for a in menu] == [other.code for other in content.languages]


def test_language_menu_leads_to_the_same_page_in_each_language(
    site_dir: Path, content: Content
) -> None:
    # Each language's build sees only its own files; the menu still links the other versions.
    soup = page(site_dir, "en/countries/nigeria/")
    links = {a["hreflang"]: a["href"] for a in soup.select(".md-select__link")}
    assert links == {
        other.code: "./"
        if other.code == "en"
        else f"../../../{prefix(other.code)}countries/nigeria/"
        for other in content.languages
    }


def test_unreviewed_languages_say_so_in_their_own_language(site_dir: Path) -> None:
    assert not page(site_dir, "countries/nigeria/").select(".review-notice")
    notices = {
        lang: page(site_dir, f"{lang}/countries/nigeria/").select_one(".review-notice")
        for lang in ("en", "ar", "fa-AF")
    }
    assert "not checked it yet" in notices["en"].get_text()
    assert re.search(r"[\u0600-\u06FF]", notices["ar"].get_text())
    assert notices["ar"].get_text() != notices["fa-AF"].get_text()


def test_countries_index_is_alphabetical_in_each_language(site_dir: Path, content: Content) -> None:
    dari = page(site_dir, "fa-AF/countries/")
    names = [a.get_text() for a in dari.select("article li a")]
    assert len(names) == len(content.countries)
    persian_digits = str(len(names)).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert f" {persian_digits} " in dari.select_one("article").get_text(), "the count, in Dari"
    # Dari order puts پ (Pakistan) right after ب (Bangladesh) and before ت (Tajikistan);
    # code points would put it after ی, at the end.
    assert names.index("بنگله\u200cدیش") < names.index("پاکستان") < names.index("تاجکستان")
    english = [a.get_text() for a in page(site_dir, "en/countries/").select("article li a")]
    # Côte d\u2019Ivoire sorts as "Cote", between Costa Rica and Cuba, not after Cuba (ô > u).
    ivory_coast = "Côte d\u2019Ivoire"
    assert english.index("Costa Rica") < english.index(ivory_coast) < english.index("Cuba")


EXTERNAL = re.compile(r"^(https?:)?//", re.I)
RESOURCE_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
}


@pytest.mark.xdist_group("every-page")  # one worker parses the pages once
def test_no_page_loads_anything_from_another_host(site_dir: Path) -> None:
    offending = []
    for path in site_dir.rglob("*.html"):
        for tag, found in start_tags(path):
            if tag in RESOURCE_ATTRIBUTES and EXTERNAL.match(
                found.get(RESOURCE_ATTRIBUTES[tag], "")
            ):
                offending.append((path, found[RESOURCE_ATTRIBUTES[tag]]))
            rel = set(found.get("rel", "").split())
            if tag == "link" and rel - {"alternate", "canonical", "prev", "next"}:
                offending += [(path, found["href"])] if EXTERNAL.match(found["href"]) else []
            offending += [
                (path, url)
                for url in re.findall(r"url\(([^)]*)\)", found.get("style", ""))
                if EXTERNAL.match(url.strip("'\""))
            ]
    for css in site_dir.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        urls = re.findall(r"(?:url\(|@import)\s*['\"]?([^)'\"\s]+)", text)
        offending += [(css, u) for u in urls if EXTERNAL.match(u)]
    assert offending == []


def test_next_steps_point_to_forced_return_help_only_where_it_exists(site_dir: Path) -> None:
    def next_steps(path: str) -> str:
        heading = page(site_dir, path).select_one("h2#next-steps")
        return heading.find_next_sibling("ul").get_text(" ")

    assert "help after forced return" in next_steps("en/countries/nigeria/")
    assert "help after forced return" not in next_steps("en/countries/united-states/")


def test_organisations_page_gives_each_organisation_its_part(site_dir: Path) -> None:
    soup = page(site_dir, "organisations/")
    [basic] = [
        li.get_text()
        for li in soup.select_one("h2#dtv").find_next("ul").select("li")
        if li.select('a[href="../programmes/basic-departure/"]')
    ]
    assert basic.endswith(": De DT&V steunt het programma REAN van IOM. De hulp zelf geeft IOM.")
    assert "Gevestigd in Zuid-Limburg" in section(soup, "wereldwijd")


def test_translation_status_is_published_for_translators_outside_the_navigation(
    site_dir: Path, content: Content
) -> None:
    soup = page(site_dir, "translation-status/")
    assert soup.html["lang"] == "en"
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    rows = [row.select("td") for row in soup.select_one("article table").select("tr")[1:]]
    assert [row[0].get_text() for row in rows] == [
        f"{lang.english_name} ({lang.code})" for lang in content.languages[1:]
    ]
    assert all(row[2].get_text() == "yes" for row in rows), "every language is live"
    facts = soup.select_one("h2#facts").find_next("table").get_text(" ")
    assert "content/caveats/erin-now-eurp.yml" in facts
    assert "never" in facts
    assert not (site_dir / "en" / "translation-status").exists()
    for path in ("", "en/", "countries/nigeria/"):
        links = [a["href"] for a in page(site_dir, path).select("a[href]")]
        assert not [href for href in links if "translation-status" in href], path
