"""How far each language has translated each page, and what its readers get where it has not:
the page in the first fallback language that has it, marked as such, with a line in their own
language. A language goes live (is listed in the language choosers) once its minimum content is
translated; until then it is built but not listed."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from returnguide.content.models import Language
from returnguide.content.territories import by_script, scripts_first
from returnguide.pages.render import (
    CHOOSER_SLOT,
    NOTICE_SLOT,
    PageRenderer,
    PageSpec,
    Site,
    page_specs,
    relative_url,
)
from returnguide.translation import messages
from returnguide.translation.catalogs import State
from returnguide.workers import fork_map

INTERFACE = "interface"  # the strings around the pages: site name, language chooser, notices
NOINDEX = "noindex, follow"


@dataclass(frozen=True)
class Rendered:
    text: str
    state: State


@dataclass
class Coverage:
    """Every page rendered in every language, with its state, and the pages readers get."""

    site: Site
    rendered: dict[str, dict[str, Rendered]] = field(default_factory=dict)  # code -> path -> page
    interface: dict[str, State] = field(default_factory=dict)  # code -> state of the interface
    # code -> the renderer of that language, for what is made from the pages (leaflets, feeds)
    renderers: dict[str, PageRenderer] = field(default_factory=dict, repr=False)

    def chain(self, language: Language) -> list[Language]:
        """The languages a reader of `language` may be shown, best first; the source last."""
        content = self.site.content
        codes = [language.code, *language.fallback, content.source_language.code]
        return [content.language(code) for code in dict.fromkeys(codes)]

    def shown(self, reader: Language, path: str) -> Language:
        """The language a reader of `reader` gets this page in."""
        return next(
            lang for lang in self.chain(reader) if self.rendered[lang.code][path].state != "missing"
        )

    def missing_minimum(self, language: Language) -> list[str]:
        """The parts of the minimum content that this language has not translated yet."""
        pages = self.rendered[language.code]
        missing = [
            path for path, page in pages.items() if is_minimum(path) and page.state == "missing"
        ]
        if self.interface[language.code] == "missing":
            missing.insert(0, INTERFACE)
        return missing

    @functools.cached_property
    def live(self) -> list[Language]:
        """Once, when every language is measured: each page's language menu asks for it."""
        return [lang for lang in self.site.content.languages if not self.missing_minimum(lang)]


def is_minimum(path: str) -> bool:
    """Home page, the programme pages and the country pages (the texts readers come for)."""
    return (
        path == "index.md"
        or path.startswith("programmes/")
        or (path.startswith("countries/") and path != "countries/index.md")
    )


def measure(site: Site, jobs: int | None = None) -> Coverage:
    """Render every page in every language, the languages side by side, and note how far each
    is translated."""
    renderers = {lang.code: PageRenderer(site, lang) for lang in site.content.languages}
    coverage = Coverage(site, renderers=renderers)
    for code, rendered, interface in fork_map(measure_language, list(renderers), coverage, jobs):
        coverage.rendered[code] = rendered
        coverage.interface[code] = interface
    return coverage


def measure_language(coverage: Coverage, code: str) -> tuple[str, dict[str, Rendered], State]:
    """One language's pages, and the state of its interface strings."""
    site, renderer = coverage.site, coverage.renderers[code]
    rendered = {spec.path: Rendered(*renderer.render_page(spec)) for spec in page_specs(site)}
    renderer.translations.start()
    for message in messages.INTERFACE:
        renderer.translations.gettext(message)
    renderer.render("chooser.md.j2", live=[], first=[], url="")
    source = site.content.source_language  # stands in for any fallback: every line renders
    renderer.render("notices.md.j2", **notice_context(site, renderer.language, "", source, True))
    return code, rendered, renderer.translations.state


def notice_context(
    site: Site, reader: Language, path: str, fallback: Language | None, outdated: bool
) -> dict[str, object]:
    source = site.content.source_language
    return {
        "fallback": fallback,
        "outdated": outdated,
        "source": source,
        "source_url": relative_url(site.url(path, reader), site.url(path, source)),
    }


def localized_pages(site: Site, jobs: int | None = None) -> tuple[dict[str, str], Coverage]:
    """docs-relative path -> Markdown of every page readers get, in every language."""
    coverage = measure(site, jobs)
    live = coverage.live
    pages = {}
    for reader in site.content.languages:
        renderer = coverage.renderers[reader.code]
        for spec in page_specs(site):
            pages[f"{reader.code}/{spec.path}"] = reader_page(coverage, renderer, live, spec)
    return pages, coverage


def reader_page(
    coverage: Coverage, renderer: PageRenderer, live: list[Language], spec: PageSpec
) -> str:
    reader, site = renderer.language, coverage.site
    shown = coverage.shown(reader, spec.path)
    page = coverage.rendered[shown.code][spec.path]
    fallback = shown if shown != reader else None
    context = notice_context(site, reader, spec.path, fallback, page.state == "outdated")
    text = page.text.replace(NOTICE_SLOT, renderer.render("notices.md.j2", **context).strip())
    if CHOOSER_SLOT in text:
        url = site.url(spec.path, reader)
        chooser = renderer.render(
            "chooser.md.j2", live=by_script(live), first=scripts_first(live), url=url
        )
        text = text.replace(CHOOSER_SLOT, chooser.strip())
    if fallback:
        # The page's own lang and dir, and no search engine should take it for a translation.
        extra = f"lang: {shown.code}\ndir: {shown.direction}\nrobots: {NOINDEX}\n"
        text = text.replace("---\n", "---\n" + extra, 1)
    return text
