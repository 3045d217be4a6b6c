"""A redirect page in every language for every moved address (content/redirects.yml)."""

from __future__ import annotations

import html
import posixpath
from pathlib import Path

from returnguide.content.models import Language
from returnguide.content.redirects import Redirect
from returnguide.pages.render import Site, relative_url


def redirect_page(site: Site, language: Language, redirect: Redirect) -> str:
    old = site.prefix(language) + redirect.old.lstrip("/")
    new = site.prefix(language) + redirect.new.lstrip("/")
    link = html.escape(relative_url(old, new))
    absolute = html.escape(site.absolute(new))
    return (
        f'<!doctype html>\n<html lang="{language.code}" dir="{language.direction}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{html.escape(new)}</title>\n'
        f'<meta name="robots" content="noindex">\n<link rel="canonical" href="{absolute}">\n'
        f'<meta http-equiv="refresh" content="0; url={link}">\n</head>\n'
        f'<body><p><a href="{link}">{absolute}</a></p></body>\n</html>\n'
    )


def write_redirects(site: Site, site_dir: Path) -> None:
    for redirect in site.links.redirects:
        for language in site.content.languages:
            old = site.prefix(language) + redirect.old.lstrip("/")
            target = site_dir / posixpath.normpath(old) / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(redirect_page(site, language, redirect), encoding="utf-8")
