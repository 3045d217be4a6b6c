"""Helpers for reading built pages in tests."""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from bs4 import BeautifulSoup


@cache
def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


class StartTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))


@cache
def start_tags(path: Path) -> list[tuple[str, dict[str, str]]]:
    """Every start tag of a page with its attributes, in order: for the sweeps over every page,
    several times faster than building a BeautifulSoup tree."""
    parser = StartTags()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.found


def attributes(path: Path, tag: str) -> list[dict[str, str]]:
    """The attributes of every `tag` element of a page."""
    return [found for name, found in start_tags(path) if name == tag]


@cache
def article(site_dir: Path, url_path: str) -> BeautifulSoup:
    """Only the article of the page at a site path: for tests that read what a page says,
    twice as fast as the whole page (the header and navigation are half of it)."""
    text = (site_dir / url_path / "index.html").read_text(encoding="utf-8")
    start, end = text.index("<article"), text.index("</article>") + len("</article>")
    return BeautifulSoup(text[start:end], "html.parser")


def page(site_dir: Path, url_path: str) -> BeautifulSoup:
    """The page at a site path such as 'ar/countries/nigeria/'."""
    return parse(site_dir / url_path / "index.html")


def statuses(soup: BeautifulSoup) -> dict[str, str]:
    return {h2["id"]: h2["data-status"] for h2 in soup.select("h2[data-status]")}


def heading(soup: BeautifulSoup) -> str:
    return soup.select_one("article h1").get_text(strip=True)


def section(soup: BeautifulSoup, heading_id: str) -> str:
    """The text from a level-2 heading to the next one, its whitespace collapsed."""
    parts = []
    for sibling in soup.select_one(f"h2#{heading_id}").find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling.get_text())
    return " ".join(" ".join(parts).split())
