"""The build's one spine: load → check → rules → render → write → MkDocs per language → outputs.

`make site` (cli.py), `mkdocs build` and `mkdocs serve` (site/mkdocs_plugin.py) all go through
here. Every input is read once, in `load`, and travels on as a value; nothing is written until
every check has passed; the language builds receive the generation in memory (forked)."""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from babel.messages.catalog import Catalog

from returnguide.check import link_problems, registry_problems, theme_problems
from returnguide.content.handwritten import Page, load_pages
from returnguide.content.history import History, read_history
from returnguide.content.load import load_content, load_languages
from returnguide.content.models import Content
from returnguide.content.redirects import Links, load_links, redirect_problems, unrecorded
from returnguide.errors import ContentError, Problem
from returnguide.outputs.alternates import sitemap
from returnguide.outputs.export import write_export
from returnguide.outputs.feed import feed_files
from returnguide.outputs.leaflets import leaflet_files, pdf_files
from returnguide.outputs.redirects import write_redirects
from returnguide.outputs.search import index_language
from returnguide.outputs.stylesheets import cut_theme_styles
from returnguide.pages.localize import Coverage, localized_pages
from returnguide.pages.render import GENERATED, Site, addresses
from returnguide.project import Project
from returnguide.rules.decide import RuleError, evaluate
from returnguide.settings import Settings
from returnguide.site.docs_folder import write_docs
from returnguide.site.mkdocs_setup import MkDocsSetup
from returnguide.stages import Stages
from returnguide.translation.catalogs import load_catalog
from returnguide.translation.status import STATUS_PAGE, status_page

T = TypeVar("T")


@dataclass(frozen=True)
class Inputs:
    """Everything the site is made from, read once and checked."""

    content: Content
    pages: dict[str, dict[str, Page]]
    catalogs: dict[str, Catalog | None]
    links: Links
    history: History


@dataclass(frozen=True)
class Generation:
    """What the render stage made: every file of docs/, and the pages' states for MkDocs."""

    coverage: Coverage
    files: dict[str, str | bytes]  # docs-relative path -> text or bytes
    only: str | None
    warnings: list[str]

    @property
    def site(self) -> Site:
        return self.coverage.site


def collect(problems: list[Problem], step: Callable[..., T], *args: object) -> T | None:
    """Run one step; keep its problems and go on with the others."""
    try:
        return step(*args)
    except ContentError as error:
        problems += error.problems
    return None


def load(project: Project, setup: MkDocsSetup, only: str | None = None) -> Inputs:
    """Content, hand-written pages, catalogs (one msgfmt each), redirects and the git history;
    every problem at once. A preview (`only`) loads its language and that one's fallbacks."""
    problems: list[Problem] = []
    full = collect(problems, load_content, project.content)
    registry = full.languages if full else load_languages(project.content)
    problems += registry_problems(setup, registry) + theme_problems(setup, registry)
    content = full.preview_of(only) if full and only else full
    languages = content.languages if content else registry
    catalogs = {
        lang.code: collect(problems, load_catalog, project.locales, lang) for lang in languages
    }
    if full is None or content is None:
        raise ContentError(problems)  # pages and links need the content to make sense
    pages = collect(problems, load_pages, project.pages, full) or {}
    links = collect(problems, load_links, project.content)
    if problems or links is None:
        raise ContentError(problems)
    kept = {lang.code for lang in languages}
    pages = {code: named for code, named in pages.items() if code in kept}
    return Inputs(content, pages, catalogs, links, read_history(project.root))


def assemble(project: Project, inputs: Inputs, settings: Settings) -> Site:
    """The rules applied: the site model every later stage works from."""
    try:
        matrix = evaluate(inputs.content)
    except RuleError as error:
        raise ContentError([Problem(project.content / "rules.yml", 1, 1, str(error))]) from None
    return Site(
        inputs.content,
        matrix,
        inputs.pages,
        project.templates,
        inputs.catalogs,
        inputs.links,
        inputs.history,
        settings.site_url,
        settings.pdfs,
    )


def load_site(project: Project, settings: Settings, setup: MkDocsSetup) -> Site:
    """The inputs loaded and the rules applied, without rendering (`make urls`, tests)."""
    return assemble(project, load(project, setup, settings.only), settings)


def prepare(
    project: Project, settings: Settings, setup: MkDocsSetup, stages: Stages | None = None
) -> Generation:
    """Load, check, apply the rules and render every file of docs/, in memory; raise
    ContentError with every problem before anything is written."""
    stages = stages or Stages()
    with stages("load"):
        inputs = load(project, setup, settings.only)
    with stages("rules"):
        site = assemble(project, inputs, settings)
    with stages("render"):
        pages, coverage = localized_pages(site, settings.jobs)
        published = addresses(site)
        problems = link_problems(project, site, pages)
        problems += redirect_problems(project.content, site.links, published)
        if problems:
            raise ContentError(problems)
        files = generated_files(project, coverage, pages, settings)
    warnings = unrecorded(project.content, site.links, published)
    return Generation(coverage, files, settings.only, warnings)


def generated_files(
    project: Project, coverage: Coverage, pages: dict[str, str], settings: Settings
) -> dict[str, str | bytes]:
    """The pages, with the status page, leaflets and feeds (and PDFs if asked). A preview of one
    language (`only`) makes that language's files alone: its fallbacks were rendered only to
    know what its readers get."""
    site, only = coverage.site, settings.only
    source = site.content.source_language.code
    readers = [site.content.language(only)] if only else site.content.languages
    files: dict[str, str | bytes] = {
        path: text for path, text in pages.items() if only is None or path.startswith(f"{only}/")
    }
    if only in (None, source):
        files[f"{source}/{STATUS_PAGE}"] = status_page(coverage, GENERATED)
    leaflets = leaflet_files(coverage, readers, settings.jobs)
    files.update(leaflets)
    files.update(feed_files(coverage, project.root, readers))
    if settings.pdfs:
        cache = project.cache / "leaflets"
        files.update(pdf_files(project.docs, site, leaflets, cache, settings.jobs))
    return files


def write(project: Project, generation: Generation) -> None:
    """docs/ as the generation says; a preview leaves the other languages' files as they are."""
    write_docs(project.docs, generation.files, prune=generation.only is None)


def index_search(generation: Generation, site_dir: Path, code: str) -> None:
    """One language's search index, once its pages are built."""
    content = generation.site.content
    codes = [language.code for language in content.languages]
    index_language(site_dir, code, code == content.source_language.code, codes)


def finish(generation: Generation, site_dir: Path, symbols: set[str], search: bool = True) -> None:
    """What the whole site has once, after every language is built: the search index of each
    language (unless each language's build made its own), Material's stylesheets cut to the
    classes and ids (`symbols`) the pages use, the sitemap (real translations only, dated by the
    content's history), redirect pages and the JSON export."""
    cut_theme_styles(site_dir, symbols)
    for language in generation.site.content.languages if search else []:
        index_search(generation, site_dir, language.code)
    text = sitemap(generation.coverage).encode("utf-8")
    (site_dir / "sitemap.xml").write_bytes(text)
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text, mtime=0))
    write_redirects(generation.site, site_dir)
    write_export(generation.site, site_dir)


def build(
    project: Project, settings: Settings, setup: MkDocsSetup, site_dir: Path, stages: Stages
) -> Generation:
    """The whole site into a new folder beside site_dir, swapped in only at the end: a failed
    build keeps the old site, and a failed check writes nothing at all."""
    from returnguide.site.language_builds import build_languages  # imports MkDocs' build

    generation = prepare(project, settings, setup, stages)
    with stages("render"):
        write(project, generation)
    parent = site_dir.resolve().parent
    staging = Path(tempfile.mkdtemp(prefix=f"{site_dir.name}.", dir=parent))
    try:
        with stages("mkdocs"):
            symbols = build_languages(project, generation, staging, settings.jobs)
        with stages("post-build"):
            finish(generation, staging, symbols, search=False)  # each language made its own
        os.chmod(staging, 0o755)
        retired = parent / f"{site_dir.name}.old"
        shutil.rmtree(retired, ignore_errors=True)
        if site_dir.exists():
            site_dir.rename(retired)
        staging.rename(site_dir)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return generation
