"""Printable leaflets: for every country and language one A4 page (HTML) with the support that
applies, where to ask, and the country page's address as text and as a QR code (SVG, also shown
on the country page). `make leaflets` adds a PDF of each, made with WeasyPrint and cached by a
hash of what goes into it, so only leaflets whose content changed are rendered again."""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import zint
from markupsafe import Markup, escape

from returnguide.content.models import Language
from returnguide.pages.facts import fact_dates
from returnguide.pages.localize import Coverage
from returnguide.pages.render import LEAFLETS, Site
from returnguide.workers import fork_map

CSS = "assets/leaflet.css"  # in docs/, beside the site's own stylesheet
SHARE_JS = "assets/share.js"  # the country pages' share control, also on the leaflet's screen
OUTPUT = zint.OutputOptions.BARCODE_MEMORY_FILE | zint.OutputOptions.BARCODE_QUIET_ZONES


def qr_svg(url: str, title: str) -> str:
    """A QR code of the URL, with the quiet zone scanners need around it; error level M survives
    a creased or smudged print. zint (C) chooses the best of the 8 masks in a fraction of a
    millisecond, where a pure-Python encoder took 4 ms: thousands are made per build."""
    symbol = zint.Symbol()
    symbol.symbology = zint.Symbology.QRCODE
    symbol.option_1 = 2  # error correction level M
    symbol.output_options = OUTPUT
    symbol.outfile = "qr.svg"  # the format; the file stays in memory
    symbol.scale = 2  # 4 px per module
    symbol.encode(url.encode("utf-8"))
    symbol.print()
    if symbol.memfile is None:
        raise RuntimeError(f"no QR code for {url}: {symbol.errtxt}")
    svg = bytes(symbol.memfile).decode("utf-8")
    svg = svg[svg.index("<svg") :].replace(' id="barcode"', "").strip()
    return svg.replace("<desc>Zint Generated Symbol</desc>", f"<title>{escape(title)}</title>")


def leaflet_files(
    coverage: Coverage, readers: list[Language], jobs: int | None = None
) -> dict[str, str]:
    """docs-relative path -> text of every leaflet and QR code in these readers' languages,
    the languages side by side.

    A reader's leaflet points to the reader's own country page; its text is in the language that
    page is shown in (a fallback where the reader's language lacks the country)."""
    site = coverage.site
    # The same in every language: work out once per country.
    facts = {
        code: {
            "decisions": site.matrix[code],
            "facts": fact_dates(site.content, site.matrix, code),
        }
        for code in site.content.countries
    }
    codes = [reader.code for reader in readers]
    files: dict[str, str] = {}
    for part in fork_map(reader_leaflets, codes, (coverage, facts), jobs):
        files.update(part)
    return files


def reader_leaflets(
    context: tuple[Coverage, dict[str, dict[str, Any]]], code: str
) -> dict[str, str]:
    """The leaflets and QR codes of one reader's language."""
    coverage, facts = context
    site = coverage.site
    reader = site.content.language(code)
    reader_gettext = coverage.renderers[code].translations.gettext
    folder = site.prefix(reader) + LEAFLETS + "/"
    up = "../" * folder.count("/")
    files = {}
    for country_code, country in site.content.countries.items():
        url = site.absolute(site.country_path(country_code, reader))
        svg = qr_svg(url, reader_gettext("QR-code met de link naar deze pagina"))
        shown = coverage.shown(reader, f"countries/{country.slug}.md")
        html = coverage.renderers[shown.code].render(
            "leaflet.html.j2",
            code=country_code,
            url=url,
            qr=Markup(svg),
            css=up + CSS,
            share_js=up + SHARE_JS,
            **facts[country_code],
        )
        files[f"{code}/{LEAFLETS}/{country.slug}.svg"] = svg + "\n"
        files[f"{code}/{LEAFLETS}/{country.slug}.html"] = html
    return files


def pdf_files(
    docs: Path, site: Site, leaflets: dict[str, str], cache: Path, jobs: int | None = None
) -> dict[str, bytes]:
    """docs-relative path -> PDF of every leaflet, from the cache where nothing changed."""
    stylesheet = (docs / CSS).read_bytes()
    renderer = version("weasyprint").encode()
    made: dict[str, tuple[Path, str, Path]] = {}
    for path, html in leaflets.items():
        if not path.endswith(".html"):
            continue
        code, _, rest = path.partition("/")
        # The address the leaflet has in the built site, so that its stylesheet link resolves.
        base = docs / (site.prefix(site.content.language(code)) + rest)
        key = hashlib.sha256(b"\0".join([html.encode(), stylesheet, renderer])).hexdigest()
        made[path.removesuffix(".html") + ".pdf"] = (cache / f"{key}.pdf", html, base)
    todo = [
        (target, html, str(base)) for target, html, base in made.values() if not target.exists()
    ]
    if todo:
        cache.mkdir(parents=True, exist_ok=True)
        fork_map(render_pdf, todo, None, jobs)
    return {path: target.read_bytes() for path, (target, _, _) in made.items()}


def render_pdf(_context: None, job: tuple[Path, str, str]) -> None:
    """Write one leaflet's PDF; the file appears whole or not at all."""
    from weasyprint import HTML  # type: ignore[import-untyped]  # imported here: slow to import, and only `make leaflets` needs it

    target, html, base = job
    partial = target.with_suffix(".partial")
    HTML(string=html, base_url=base).write_pdf(partial)
    partial.rename(target)
