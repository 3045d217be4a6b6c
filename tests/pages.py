"""Helpers for reading built pages in tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup


@cache
def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page(site_dir: Path, url_path: str) -> BeautifulSoup:
    """The page at a site path such as 'ar/countries/nigeria/'."""
    return parse(site_dir / url_path / "index.html")


def statuses(soup: BeautifulSoup) -> dict[str, str]:
    return {h2["id"]: h2["data-status"] for h2 in soup.select("h2[data-status]")}


def heading(soup: BeautifulSoup) -> str:
    return soup.select_one("article h1").get_text(strip=True)
