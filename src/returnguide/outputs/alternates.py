"""Which languages really have a page (not a fallback), at which absolute address: for hreflang
links in each page's head and for sitemap.xml, with `x-default` pointing to the source
language. The sitemap's lastmod is the last commit that touched what the page is made from."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

from returnguide.pages.localize import Coverage

X_DEFAULT = "x-default"


def translations(coverage: Coverage, path: str) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every real translation of a page, then x-default."""
    site = coverage.site
    found = [
        (lang.code, site.absolute(site.url(path, lang)))
        for lang in site.content.languages
        if coverage.rendered[lang.code][path].state != "missing"
    ]
    source = site.content.source_language
    return [*found, (X_DEFAULT, site.absolute(site.url(path, source)))] if found else []


def page_inputs(path: str, code: str, coverage: Coverage) -> list[str]:
    """The files a page is made from, as git names them."""
    site = coverage.site
    catalog = f"locales/{code.replace('-', '_')}/LC_MESSAGES/messages.po"
    if path in {name for pages in site.pages.values() for name in pages}:
        return [
            f"content/pages/{code}/{path}",
            f"content/pages/{site.content.source_language.code}/{path}",
        ]
    common = ["content/rules.yml", "content/lists", "content/programmes", "templates", catalog]
    if path.startswith("countries/") and path != "countries/index.md":
        return [f"content/countries/{Path(path).name.removesuffix('.md')}.yml", *common]
    return [*common, "content/organisations", "content/countries"]


def sitemap(coverage: Coverage) -> str:
    """Every real translation of every page, with its alternates and when it last changed."""
    changed = coverage.site.history.last_changes()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for path in coverage.rendered[coverage.site.content.source_language.code]:
        alternates = translations(coverage, path)
        links = "".join(
            f'\n    <xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(url)}/>'
            for lang, url in alternates
        )
        for lang, url in alternates:
            if lang == X_DEFAULT:
                continue
            inputs = page_inputs(path, lang, coverage)
            stamps = [
                stamp
                for file, stamp in changed.items()
                if any(file == i or file.startswith(i + "/") for i in inputs)
            ]
            lastmod = (
                f"\n    <lastmod>{datetime.fromtimestamp(max(stamps), UTC).date()}</lastmod>"
                if stamps
                else ""
            )
            lines.append(f"  <url>\n    <loc>{url}</loc>{lastmod}{links}\n  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
