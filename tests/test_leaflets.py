"""Share and print: every country page gives its address as text and as a QR code, and links a
one-page A4 leaflet per language; `make leaflets` turns the leaflets into PDFs (WeasyPrint),
rendering again only those whose content changed."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from returnguide.content.territories import country_name
from returnguide.outputs.leaflets import pdf_files
from returnguide.pages.facts import ask_text, caveat_text
from returnguide.pages.render import LEAFLETS, PageRenderer, PageSpec, Site
from returnguide.pages.steps import country_journey
from returnguide.project import Project
from returnguide.translation.catalogs import Translations

from .conftest import prefix

# One leaflet per script: Latin, Arabic (and Sorani's letters), Ethiopic, Bengali, Devanagari,
# Sinhala, Tamil, Georgian, Armenian and Han.
SAMPLES = [
    ("nl", "NG"),
    ("ar", "SY"),
    ("ku-Arab", "IQ"),
    ("ti", "ER"),
    ("bn", "BD"),
    ("hi", "IN"),
    ("si", "LK"),
    ("ta", "LK"),
    ("ka", "GE"),
    ("hy", "AM"),
    ("zh-Hans", "CN"),
]
# pdftotext gives a space for Tamil's vowel signs that are drawn before their consonant (e, ee,
# ai): the PDF holds them in drawing order. Both sides are compared without them.
TAMIL_PREBASE = dict.fromkeys(map(ord, "\u0bc6\u0bc7\u0bc8"))


def leaflet_path(site: Site, code: str, country: str) -> str:
    return f"{code}/{LEAFLETS}/{site.content.countries[country].slug}.html"


@pytest.fixture(scope="module")
def pdfs(
    built: Project, site: Site, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    cache = tmp_path_factory.mktemp("cache")
    paths = [leaflet_path(site, code, country) for code, country in SAMPLES]
    leaflets = {path: (built.docs / path).read_text(encoding="utf-8") for path in paths}
    made = pdf_files(built.docs, site, leaflets, cache)
    out = tmp_path_factory.mktemp("pdf")
    result = {}
    for (code, country), path in zip(SAMPLES, paths, strict=True):
        target = out / f"{code}-{country}.pdf"
        target.write_bytes(made[path.removesuffix(".html") + ".pdf"])
        result[code, country] = target
    return result


def normal(text: str) -> str:
    """PDF text comes back in presentation forms, with line breaks and, in right-to-left text,
    with direction marks and without joiners: compare letters only."""
    text = unicodedata.normalize("NFKC", text).translate(TAMIL_PREBASE)
    return re.sub(r"[\s\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]+", "", text)


def pdf_text(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, pdf, "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(("code", "country"), SAMPLES)
def test_leaflet_pdf_draws_the_country_name_in_its_script(
    pdfs: dict[tuple[str, str], Path], site: Site, code: str, country: str
) -> None:
    pdf = pdfs[code, country]
    text = pdf_text(pdf)
    language = site.content.language(code)
    assert normal(country_name(country, language)) in normal(text)


def test_the_longest_leaflet_of_each_language_prints_on_the_two_sides_of_one_sheet(
    built: Project, site: Site, tmp_path: Path
) -> None:
    """The answer with its address and QR code on the front, the way back on the back."""
    longest = {}
    for language in site.content.languages:
        paths = (built.docs / language.code / LEAFLETS).glob("*.html")
        texts = {p: p.read_text(encoding="utf-8") for p in paths}
        path = max(texts, key=lambda p: len(re.sub(r"<[^>]+>", "", texts[p])))
        longest[str(path.relative_to(built.docs))] = texts[path]
    made = pdf_files(built.docs, site, longest, tmp_path)
    for path, pdf in made.items():
        language = site.content.language(path.split("/")[0])
        gettext = Translations(language, site.catalogs[language.code]).gettext
        target = tmp_path / "leaflet.pdf"
        target.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", target], capture_output=True, text=True).stdout
        assert re.search(r"^Pages:\s+2$", info, re.MULTILINE), path
        # pdftotext scrambles the vowel signs written before their consonant (Bengali, Tamil),
        # so the back is known by the DT&V's name, which the steps' introduction always has.
        back = normal(pdf_text(target, "-f", "2", "-l", "2"))
        assert "DT&V" in back and "DT&V" in normal(
            gettext(
                "Zo beschrijft de tekst van de DT&V de weg. Wat er niet in staat, kunt u navragen."
            )
        ), path
        front = tmp_path / "front"
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-singlefile", target, front])
        decoded = subprocess.run(["zbarimg", "--raw", "-q", f"{front}.png"], capture_output=True)
        assert decoded.stdout.strip(), f"{path}: the QR code is not on the front"


def test_printed_leaflet_carries_the_way_back_and_whom_to_ask(
    pdfs: dict[tuple[str, str], Path], site: Site
) -> None:
    text = normal(pdf_text(pdfs["nl", "NG"]))
    dutch = site.content.source_language
    journey = country_journey(site.content, site.matrix["NG"], "voluntary")
    assert {p.id for p, _ in journey} == {"basic-departure", "reintegration"}
    for _, step in journey + country_journey(site.content, site.matrix["NG"], "forced"):
        assert normal(step.text) in text
        if step.unknown:
            assert normal(f"{step.unknown} {ask_text(site.content, step.ask, str, dutch)}") in text


def test_printed_leaflet_carries_every_caveat(
    pdfs: dict[tuple[str, str], Path], site: Site
) -> None:
    pdf = pdf_text(pdfs["nl", "NG"])
    ids = {caveat for decision in site.matrix["NG"].values() for caveat in decision.caveats}
    dutch = site.content.source_language
    for caveat_id in sorted(ids):
        assert normal(caveat_text(site.content, caveat_id, str, dutch)) in normal(pdf)


@pytest.mark.parametrize(("code", "country"), SAMPLES)
def test_leaflet_qr_code_decodes_to_the_country_page(
    pdfs: dict[tuple[str, str], Path], site: Site, code: str, country: str, tmp_path: Path
) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", pdfs[code, country], tmp_path / "page"],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", tmp_path / "page.png"], capture_output=True, text=True
    ).stdout.split()
    language = site.content.language(code)
    assert decoded == [site.absolute(site.country_path(country, language))]


def test_only_changed_leaflets_are_rendered_again(
    built: Project, site: Site, tmp_path: Path
) -> None:
    path = leaflet_path(site, "nl", "NG")
    html = (built.docs / path).read_text(encoding="utf-8")
    pdf_files(built.docs, site, {path: html}, tmp_path)
    (first,) = tmp_path.iterdir()
    stamp = first.stat().st_mtime_ns
    pdf_files(built.docs, site, {path: html}, tmp_path)
    assert [p.stat().st_mtime_ns for p in tmp_path.iterdir()] == [stamp]  # from the cache
    changed = html.replace("Nigeria", "Nigeria (2)")
    assert (
        pdf_files(built.docs, site, {path: changed}, tmp_path)[path.removesuffix(".html") + ".pdf"]
        != first.read_bytes()
    )
    assert len(list(tmp_path.iterdir())) == 2


def test_country_page_shares_its_address_qr_code_and_leaflet(site_dir: Path, site: Site) -> None:
    slug = site.content.countries["SY"].slug
    page = (site_dir / prefix("ar") / "countries" / slug / "index.html").read_text("utf-8")
    address = site.absolute(f"ar/countries/{slug}/")
    assert f">{address}</a>" in page
    assert f'src="../../{LEAFLETS}/{slug}.svg"' in page
    assert f'href="../../{LEAFLETS}/{slug}.html"' in page
    assert (site_dir / "ar" / LEAFLETS / f"{slug}.svg").read_text("utf-8").startswith("<svg")
    leaflet = (site_dir / "ar" / LEAFLETS / f"{slug}.html").read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in leaflet
    assert address in leaflet


def test_counsellors_find_every_leaflet_by_country_and_language(site_dir: Path, site: Site) -> None:
    for language in site.content.languages:
        index = (site_dir / prefix(language.code) / LEAFLETS / "index.html").read_text("utf-8")
        linked = set(re.findall(r'href="([a-z-]+)\.html"', index))
        assert linked == {country.slug for country in site.content.countries.values()}
        for other in site.content.languages:
            if other != language:
                assert f'hreflang="{other.code}"' in index


def test_leaflet_index_links_pdfs_when_they_are_made(site: Site) -> None:
    spec = PageSpec(f"{LEAFLETS}/index.md", "leaflets.md.j2", {})
    source = site.content.source_language
    without, _ = PageRenderer(site, source).render_page(spec)
    with_pdfs, _ = PageRenderer(dataclasses.replace(site, pdfs=True), source).render_page(spec)
    assert "(nigeria.pdf)" not in without
    assert "(nigeria.pdf)" in with_pdfs
