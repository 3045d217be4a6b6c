"""Helpers for reading built pages in tests."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Article:
    """What the article of a page says: its heading, its answers and its text."""

    heading: str  # the h1's text, as BeautifulSoup's get_text(strip=True) gives it
    statuses: dict[str, str]  # the id and data-status of every answer's h2
    text: str  # every piece of text, joined by spaces


class ArticleReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_h1 = False
        self.heading: list[str] = []
        self.statuses: dict[str, str] = {}
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.in_h1 = self.in_h1 or tag == "h1"
        if tag == "h2" and found.get("data-status"):
            self.statuses[found["id"] or ""] = found["data-status"] or ""

    def handle_endtag(self, tag: str) -> None:
        self.in_h1 = self.in_h1 and tag != "h1"

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.in_h1:
            self.heading.append(data.strip())


def article(site_dir: Path, url_path: str) -> Article:
    """The article of the page at a site path, read with the stdlib parser: for the tests that
    read every country page, several times faster than a BeautifulSoup tree."""
    text = (site_dir / url_path / "index.html").read_text(encoding="utf-8")
    start, end = text.index("<article"), text.index("</article>") + len("</article>")
    reader = ArticleReader()
    reader.feed(text[start:end])
    reader.close()
    return Article("".join(reader.heading), reader.statuses, " ".join(reader.text))


def page(site_dir: Path, url_path: str) -> BeautifulSoup:
    """The page at a site path such as 'ar/countries/nigeria/'."""
    return parse(site_dir / url_path / "index.html")


def section(soup: BeautifulSoup, heading_id: str) -> str:
    """The text from a level-2 heading to the next one, its whitespace collapsed."""
    parts = []
    for sibling in soup.select_one(f"h2#{heading_id}").find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling.get_text())
    return " ".join(" ".join(parts).split())


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTROLS = {"input", "select", "textarea", "button"}
NAMING = ("aria-label", "aria-labelledby", "title")  # attributes that name an element by themselves


class Unnamed(HTMLParser):
    """What a screen reader finds nameless in a page as served, before any script runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str], list[str]]] = []  # element, attributes, text
        self.labelled: set[str] = set()  # ids that a <label for> names
        self.controls: list[tuple[dict[str, str], bool]] = []  # control, inside a <label>
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "label" and found.get("for"):
            self.labelled.add(found["for"])
        if tag in CONTROLS and found.get("type") != "hidden":
            inside = any(name == "label" for name, _, _ in self.open)
            self.controls.append(({"tag": tag, **found}, inside or tag == "button"))
        if tag == "img" and found.get("alt"):
            for _, _, text in self.open:
                text.append(found["alt"])
        if tag in HEADINGS | {"a", "label", "button"}:
            self.open.append((tag, found, []))

    def handle_data(self, data: str) -> None:
        for _, _, text in self.open:
            text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            return
        name, found, text = self.open.pop()
        named = "".join(text).strip() or any(found.get(a) for a in NAMING)
        if name in HEADINGS and not named:
            self.found.append(f"empty heading <{name} {found}>")
        if name == "a" and "href" in found and not named:
            self.found.append(f"link without text <a {found}>")
        if name == "button" and not named:
            self.found.append(f"button without text <button {found}>")

    def problems(self) -> list[str]:
        for control, inside in self.controls:
            button = control.get("type") in {"submit", "reset", "button"} and control.get("value")
            if not (
                inside
                or button
                or control.get("id") in self.labelled
                or any(control.get(a) for a in NAMING)
            ):
                self.found.append(f"control without a name {control}")
        return self.found


def unnamed(html: str) -> list[str]:
    """Empty headings, links without text and controls without a name, in served HTML."""
    parser = Unnamed()
    parser.feed(html)
    parser.close()
    return parser.problems()
