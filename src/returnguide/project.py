"""The folders of a project; tests and the benchmark point it at copies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def pages(self) -> Path:
        return self.content / "pages"

    @property
    def docs(self) -> Path:
        """The generated pages, beside the site's own assets (docs/assets/)."""
        return self.root / "docs"

    @property
    def assets(self) -> Path:
        return self.docs / "assets"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def cache(self) -> Path:
        """What is slow to make and worth keeping between builds (QR codes, leaflet PDFs)."""
        return self.root / ".cache"
