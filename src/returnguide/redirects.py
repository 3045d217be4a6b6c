"""Links that last. content/urls.txt records every address the site has published (the same in
every language, after the language's folder); an address that disappears must be redirected in
content/redirects.yml, or the check fails. Redirect pages are written for every language."""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, Problem
from .models import Language
from .render import Site, page_specs, relative_url
from .yamlsource import locate, read_yaml

REDIRECTS = "redirects.yml"
URLS = "urls.txt"


@dataclass(frozen=True)
class Redirect:
    old: str  # "/countries/ivory-coast/"
    new: str
    line: int


def site_paths(site: Site) -> set[str]:
    """Every page's address, without the language folder: "/", "/countries/nigeria/"."""
    source = site.content.source_language
    return {"/" + site.url(spec.path, source) for spec in page_specs(site)}


def normal(path: str) -> str:
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def load_redirects(content: Path) -> list[Redirect]:
    path = content / REDIRECTS
    if not path.exists():
        return []
    document = read_yaml(path) or []
    found, problems = [], []
    for index, entry in enumerate(document):
        line, column = locate(document, (index,))
        if not isinstance(entry, dict) or set(entry) != {"from", "to"}:
            hint = "write `- from: countries/old-name/` and `to: countries/new-name/`"
            problems.append(Problem(path, line, column, "a redirect needs 'from' and 'to'", hint))
            continue
        found.append(Redirect(normal(str(entry["from"])), normal(str(entry["to"])), line))
    if problems:
        raise ContentError(problems)
    return found


def recorded(content: Path) -> list[tuple[int, str]]:
    path = content / URLS
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]


def redirect_problems(content: Path, site: Site) -> list[Problem]:
    pages = site_paths(site)
    redirects = load_redirects(content)
    problems = []
    for redirect in redirects:
        if redirect.new not in pages:
            problems.append(
                Problem(
                    content / REDIRECTS,
                    redirect.line,
                    1,
                    f"a redirect to {redirect.new}, which is not a page",
                    "give the page's new address, e.g. countries/cote-divoire/",
                )
            )
        if redirect.old in pages:
            hint = "remove the redirect: the page is still there"
            problems.append(
                Problem(content / REDIRECTS, redirect.line, 1, f"{redirect.old} is a page", hint)
            )
    moved = {redirect.old for redirect in redirects}
    for line, address in recorded(content):
        if address not in pages and address not in moved:
            problems.append(
                Problem(
                    content / URLS,
                    line,
                    1,
                    f"{address} was published and would break: readers' links to it would fail",
                    f"add `- from: {address.strip('/')}/` with `to:` its new address "
                    f"to content/{REDIRECTS}",
                )
            )
    return problems


def unrecorded(content: Path, site: Site) -> list[str]:
    known = {address for _line, address in recorded(content)}
    missing = sorted(site_paths(site) - known)
    if not missing:
        return []
    return [
        f"{content / URLS}: {len(missing)} new address(es) not recorded yet, e.g. {missing[0]} "
        "— run `make urls` and commit content/urls.txt, so they are kept for good"
    ]


def record(content: Path, site: Site) -> Path:
    """Add the current addresses to content/urls.txt; addresses are never removed from it."""
    path = content / URLS
    known = {address for _line, address in recorded(content)}
    path.write_text("\n".join(sorted(known | site_paths(site))) + "\n", encoding="utf-8")
    return path


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


def write_redirects(site: Site, content: Path, site_dir: Path) -> None:
    for redirect in load_redirects(content):
        for language in site.content.languages:
            old = site.prefix(language) + redirect.old.lstrip("/")
            target = site_dir / posixpath.normpath(old) / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(redirect_page(site, language, redirect), encoding="utf-8")
