"""Honest answers on the built pages: wherever a status is shown, its caveats are shown with it in
the reader's language; a page says "checked" only for a fact a person has checked; country pages
and leaflets say what the source says about the ways in, in short sentences."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from returnguide.content.models import Content
from returnguide.content.territories import country_name
from returnguide.pages.facts import caveat_text
from returnguide.pages.render import IOM_REAN_URL, LEAFLETS, PageRenderer, PageSpec
from returnguide.project import Project
from returnguide.rules.decide import Matrix, evaluate
from returnguide.translation.catalogs import Translations, load_catalog

from .conftest import prefix
from .pages import page, parse, section
from .projects import load_site

# A "yes" that carries a caveat (Afghanistan, help after forced return) and a "no" that the newer
# rule may turn (Georgia, basic departure support), in a left-to-right and a right-to-left language;
# and the answer about help after forced return in the languages of the ERIN countries.
ANSWERS = [
    (lang, code, programme)
    for lang in ("en", "ar")
    for code, programme in (("AF", "erin"), ("GE", "basic-departure"))
] + [
    (lang, code, "erin")
    for lang, code in [
        ("bn", "BD"),
        ("ne", "NP"),
        ("si", "LK"),
        ("ta", "LK"),
        ("hi", "IN"),
        ("ku-Arab", "IQ"),
    ]
]


def words(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text().split())


def gettext_of(project: Project, content: Content, code: str) -> Translations:
    language = content.language(code)
    return Translations(language, load_catalog(project.locales, language))


def full_caveats(project: Project, content: Content, lang: str, ids: tuple[str, ...]) -> list[str]:
    gettext = gettext_of(project, content, lang).gettext
    language = content.language(lang)
    return [" ".join(caveat_text(content, i, gettext, language).split()) for i in ids]


@pytest.mark.parametrize(("lang", "code", "programme"), ANSWERS)
def test_country_page_shows_each_caveat_with_its_status(
    site_dir: Path,
    project: Project,
    content: Content,
    matrix: Matrix,
    lang: str,
    code: str,
    programme: str,
) -> None:
    decision = matrix[code][programme]
    gettext = gettext_of(project, content, lang)
    soup = page(site_dir, f"{prefix(lang)}countries/{content.countries[code].slug}/")
    [row] = [tr for tr in soup.select("article table tr") if tr.select(f'a[href="#{programme}"]')]
    for caveat_id in decision.caveats:
        assert gettext.gettext(content.caveats[caveat_id].short) in words(row)
    shown = section(soup, programme)
    for text in full_caveats(project, content, lang, decision.caveats):
        assert text in shown
    sentence = {
        "available": "Ja, volgens de tekst van de DT&V is deze hulp er voor %(country)s.",
        "not-available": "Nee, volgens de tekst van de DT&V is deze hulp er niet voor %(country)s.",
    }[decision.status]
    country = country_name(code, content.language(lang))
    assert gettext.gettext(sentence) % {"country": country} in shown


@pytest.mark.parametrize(("lang", "code", "programme"), ANSWERS)
def test_leaflet_shows_each_caveat_with_its_status(
    site_dir: Path,
    project: Project,
    content: Content,
    matrix: Matrix,
    lang: str,
    code: str,
    programme: str,
) -> None:
    path = site_dir / f"{prefix(lang)}{LEAFLETS}/{content.countries[code].slug}.html"
    title = gettext_of(project, content, lang).gettext(content.programmes[programme].title)
    [row] = [tr for tr in parse(path).select("tbody tr") if words(tr.th) == title]
    for text in full_caveats(project, content, lang, matrix[code][programme].caveats):
        assert text in words(row)


def test_no_page_says_checked_for_a_fact_nobody_checked(
    site_dir: Path, project: Project, content: Content
) -> None:
    """No fact of the content has `checked_on`: no page may say that one was checked. With
    `checked_on` on one list, its reasons say so, and only they."""
    assert not any(fact.checked_on for fact in (*content.lists.values(), *content.caveats.values()))
    claims = [
        gettext_of(project, content, "en").gettext(msgid).split("%(date)s")[0].strip()
        for msgid in (
            "Met de bron vergeleken op %(date)s.",
            "Een mens heeft ze met de bronnen vergeleken. De oudste controle is van %(date)s.",
        )
    ]
    pages = [f"{p}countries/*/index.html" for p in ("", "en/")]
    pages += [f"{p}{LEAFLETS}/*.html" for p in ("", "en/")]
    for html in [path for pattern in pages for path in site_dir.glob(pattern)]:
        text = html.read_text(encoding="utf-8")
        assert not any(claim in text for claim in claims), html
        assert "Met de bron vergeleken" not in text, html

    checked = content.lists["erin"].model_copy(update={"checked_on": datetime.date(2026, 11, 30)})
    changed = content.model_copy(update={"lists": {**content.lists, "erin": checked}})
    site = dataclasses.replace(load_site(project), content=changed, matrix=evaluate(changed))
    markdown, _ = PageRenderer(site, changed.source_language).render_page(
        PageSpec(
            "countries/afghanistan.md",
            "country.md.j2",
            {
                "code": "AF",
                "decisions": site.matrix["AF"],
                "facts": None,
            },
        )
    )
    assert markdown.count("Met de bron vergeleken op 30 november 2026.") == 1
    erin = markdown[markdown.index("{#erin") : markdown.index("{#ask}")]
    assert "Met de bron vergeleken op 30 november 2026." in erin


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?:])\s+|\n", text) if s.strip()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_country_pages_and_leaflets_keep_sentences_to_twenty_words(
    site_dir: Path, content: Content, lang: str
) -> None:
    long = []
    for country in content.countries.values():
        soup = page(site_dir, f"{prefix(lang)}countries/{country.slug}/")
        leaflet = parse(site_dir / f"{prefix(lang)}{LEAFLETS}/{country.slug}.html")
        for part in [soup.select_one("article"), leaflet.body]:
            for block in part.find_all(["p", "li", "td", "th", "h1", "h2"]):
                if block.find(["p", "li", "ul"]):
                    continue  # its own blocks are counted
                for sentence in sentences(block.get_text(" ")):
                    if len(re.findall(r"\w\S*", sentence)) > 20:
                        long.append(f"{country.slug}: {sentence}")
    assert long == []


@pytest.mark.parametrize("code", ["NG", "GE", "RU"])
def test_country_page_and_leaflet_name_the_ways_in_the_source_gives(
    site_dir: Path, content: Content, code: str
) -> None:
    slug = content.countries[code].slug
    country = words(page(site_dir, f"countries/{slug}/").select_one("article"))
    leaflet = words(parse(site_dir / f"{LEAFLETS}/{slug}.html").body)
    for text in (country, leaflet):
        assert "De DT&V praat met iedereen die Nederland moet verlaten of die terug wil." in text
        assert "Ook IOM en maatschappelijke organisaties praten met migranten" in text
        assert "Stichting WereldWijd, gevestigd in Zuid-Limburg" in text
        assert "Stichting Solid Road, gevestigd in Nijmegen" in text
        assert "Bridge to Better Foundation, gevestigd in Amsterdam" in text
        assert "www.infoterugkeer.nl" in text
        assert "Volgens de wet bent u daar zelf verantwoordelijk voor." in text
        assert (
            "Gaat u niet vrijwillig terug? Dan kan de DT&V een gedwongen vertrek regelen." in text
        )
    soup = page(site_dir, f"countries/{slug}/")
    assert soup.select_one(f'article a[href="{IOM_REAN_URL}"]')
    assert IOM_REAN_URL in leaflet


def test_a_yes_lists_the_other_conditions_it_depends_on(site_dir: Path, content: Content) -> None:
    basic = section(page(site_dir, "countries/nigeria/"), "basic-departure")
    assert "U bent naar Nederland gekomen om hier lang te blijven wonen." in basic
    assert "U hebt niet genoeg geld of middelen om uw terugkeer zelf te regelen." in basic
    assert "visum" not in basic.split("Ook deze voorwaarden gelden:")[1].split("Let op:")[0]
    no = section(page(site_dir, "countries/georgia/"), "basic-departure")
    assert "Ook deze voorwaarden gelden:" not in no
