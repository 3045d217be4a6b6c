"""Links that last. content/urls.txt records every address the site has published (the same in
every language, after the language's folder); an address that disappears must be redirected in
content/redirects.yml, or the check fails."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from returnguide.content.yamlsource import locate, read_yaml
from returnguide.errors import ContentError, Problem

REDIRECTS = "redirects.yml"
URLS = "urls.txt"


@dataclass(frozen=True)
class Redirect:
    old: str  # "/countries/ivory-coast/"
    new: str
    line: int


@dataclass(frozen=True)
class Links:
    """What content/ says about addresses: the redirects, and every address ever published."""

    redirects: list[Redirect]
    published: list[tuple[int, str]]  # (line in urls.txt, address)


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


def published(content: Path) -> list[tuple[int, str]]:
    path = content / URLS
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]


def load_links(content: Path) -> Links:
    return Links(load_redirects(content), published(content))


def redirect_problems(content: Path, links: Links, pages: set[str]) -> list[Problem]:
    """Redirects that lead nowhere or hide a page, and published addresses that would break."""
    problems = []
    for redirect in links.redirects:
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
    moved = {redirect.old for redirect in links.redirects}
    for line, address in links.published:
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


def unrecorded(content: Path, links: Links, pages: set[str]) -> list[str]:
    missing = sorted(pages - {address for _line, address in links.published})
    if not missing:
        return []
    return [
        f"{content / URLS}: {len(missing)} new address(es) not recorded yet, e.g. {missing[0]} "
        "— run `make urls` and commit content/urls.txt, so they are kept for good"
    ]


def record(content: Path, links: Links, pages: set[str]) -> Path:
    """Add the current addresses to content/urls.txt; addresses are never removed from it."""
    path = content / URLS
    known = {address for _line, address in links.published}
    path.write_text("\n".join(sorted(known | pages)) + "\n", encoding="utf-8")
    return path
