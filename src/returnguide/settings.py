"""What a build is asked for, read once where the program starts (the command line, Make,
mkdocs.yml) and passed on as a value: nothing below reads the environment."""

from __future__ import annotations

from dataclasses import dataclass

# mkdocs.yml's site_url has the same default, for `mkdocs build` without SITE_URL.
DEFAULT_SITE_URL = "http://localhost:8000/"


@dataclass(frozen=True)
class Settings:
    site_url: str = DEFAULT_SITE_URL  # the public address: QR codes, feeds, hreflang, sitemap
    only: str | None = None  # the one language a preview builds (`make serve ONLY=ar`)
    pdfs: bool = False  # a PDF of every leaflet (`make leaflets`)
    jobs: int | None = None  # processes at once (default: one per core)
