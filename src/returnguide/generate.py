"""Generate every language's Markdown into docs/<lang>/ before MkDocs collects files.

Runs once per build (the MkDocs hook calls it, so does the CLI). Only files whose text changed
are rewritten, so MkDocs and the OS keep their caches; files that are no longer generated are
removed, using the manifest docs/.generated of the previous run.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .coverage import Coverage, localized_pages
from .feed import feed_files
from .handwritten import load_pages
from .i18n import load_catalog
from .leaflets import leaflet_files, pdf_files
from .load import load_content
from .messages import INTERFACE
from .render import GENERATED, Site, site_url_from_env
from .rules import evaluate
from .status import STATUS_PAGE, status_page

MANIFEST = ".generated"
SNAPSHOT = ".snapshot.pickle"


@dataclass(frozen=True)
class Snapshot:
    """What the MkDocs side needs from a generation: pages' states, the interface strings."""

    fingerprint: tuple[tuple[str, int], ...]
    coverage: Coverage  # without its renderers, which cannot be pickled
    strings: dict[str, dict[str, str]]  # language code -> interface message -> translation


def snapshot_of(project: Project, coverage: Coverage) -> Snapshot:
    strings = {
        code: {message: renderer.translations.gettext(message) for message in INTERFACE}
        for code, renderer in coverage.renderers.items()
    }
    # The MkDocs side needs each page's state, not its text (that is in docs/): without the
    # texts the snapshot is a tenth of the size, and every language's build loads it.
    rendered = {
        code: {path: replace(page, text="") for path, page in pages.items()}
        for code, pages in coverage.rendered.items()
    }
    return Snapshot(
        project.fingerprint(), replace(coverage, renderers={}, rendered=rendered), strings
    )


def snapshot_path(project: Project, only: str | None) -> Path:
    """A preview's snapshot is kept apart: it covers only some languages."""
    return project.docs / (SNAPSHOT if only is None else f".snapshot.{only}.pickle")


def save_snapshot(project: Project, coverage: Coverage, only: str | None = None) -> None:
    data = pickle.dumps(snapshot_of(project, coverage), protocol=pickle.HIGHEST_PROTOCOL)
    path = snapshot_path(project, only)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def load_snapshot(project: Project, only: str | None = None) -> Snapshot | None:
    """The last generation's snapshot (of the whole site, or of a preview of one language), if
    the inputs have not changed since."""
    path = snapshot_path(project, only)
    if not path.exists():
        return None
    snapshot: Snapshot = pickle.loads(path.read_bytes())
    return snapshot if snapshot.fingerprint == project.fingerprint() else None


@dataclass(frozen=True)
class Project:
    """The folders of a project; tests point it at fixture trees."""

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
        return self.root / "docs"

    @property
    def cache(self) -> Path:
        """What is slow to make and worth keeping between builds (QR codes, leaflet PDFs)."""
        return self.root / ".cache"

    def fingerprint(self) -> tuple[tuple[str, int], ...]:
        """Changes when any input changes: the generated pages are then out of date."""
        return tuple((str(p), p.stat().st_mtime_ns) for p in self.inputs())

    def inputs(self) -> list[Path]:
        """Every file whose change means the pages must be generated again."""
        return sorted(
            path
            for folder in (self.content, self.templates, self.locales)
            for path in folder.rglob("*")
            if path.is_file()
        )


def build_site(project: Project, site_url: str | None = None, only: str | None = None) -> Site:
    """Everything the pages need, checked: content, rules, catalogs and hand-written pages;
    with `only`, for that language and its fallbacks alone."""
    content = load_content(project.content)
    pages = load_pages(project.pages, content)
    if only:
        content = content.preview_of(only)
        kept = {lang.code for lang in content.languages}
        pages = {code: named for code, named in pages.items() if code in kept}
    for language in content.languages:
        load_catalog(project.locales, language)  # raises with file and line if broken
    return Site(
        content,
        evaluate(content),
        pages,
        project.templates,
        project.locales,
        site_url=site_url or site_url_from_env(),
    )


def generate(project: Project, site_url: str | None = None, only: str | None = None) -> Coverage:
    """Load, evaluate and render; write the pages, leaflets and feeds; return what the export
    and report need. A preview of one language (`only`) renders that language and its
    fallbacks, writes that language's files, and leaves the other languages' files as they are."""
    pages, coverage = localized_pages(build_site(project, site_url, only))
    write_generated(project, pages, coverage, only)
    return coverage


def write_generated(
    project: Project, pages: dict[str, str], coverage: Coverage, only: str | None = None
) -> None:
    """Write the rendered pages, with the status page, leaflets, feeds (and PDFs if asked),
    and leave a snapshot for the MkDocs processes, so that none of them renders again. A
    preview of one language (`only`) writes that language's files alone: its fallbacks were
    rendered only to know what its readers get."""
    site = coverage.site
    source = site.content.source_language.code
    readers = [site.content.language(only)] if only else site.content.languages
    files: dict[str, str | bytes] = {
        path: text for path, text in pages.items() if only is None or path.startswith(f"{only}/")
    }
    if only in (None, source):
        files[f"{source}/{STATUS_PAGE}"] = status_page(coverage, GENERATED)
    leaflets = leaflet_files(coverage, project.cache / "qr", readers)
    files.update(leaflets)
    files.update(feed_files(coverage, project.root, readers))
    if site.pdfs:
        files.update(pdf_files(project.docs, site, leaflets, project.cache / "leaflets"))
    files_by_path = {Path(path): data for path, data in files.items()}
    # A snapshot describes docs/ as a generation left it: none may outlive a change to it (a
    # preview's rewrite of one language would otherwise stand under the whole site's).
    for snapshot in project.docs.glob(".snapshot*.pickle"):
        snapshot.unlink()
    write_pages(project.docs, files_by_path, prune=only is None)
    save_snapshot(project, coverage, only)


def write_pages(docs: Path, pages: Mapping[Path, str | bytes], prune: bool = True) -> list[Path]:
    """Write changed pages; unless told not to, delete those the last run wrote and this one
    did not. Return the paths written."""
    manifest = docs / MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    written = []
    for relative, text in sorted(pages.items()):
        path = docs / relative
        data = text.encode("utf-8") if isinstance(text, str) else text
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(relative)
    if not prune:
        return written
    current = {relative.as_posix() for relative in pages}
    for stale in sorted(previous - current):
        (docs / stale).unlink(missing_ok=True)
    manifest.write_text("\n".join(sorted(current)) + "\n", encoding="utf-8")
    return written
