"""Render the Markdown pages of one language from Jinja2 templates and gettext catalogs."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from returnguide.content.handwritten import Page, page_state
from returnguide.content.history import History
from returnguide.content.models import Content, Language
from returnguide.content.programme import Programme
from returnguide.content.redirects import Links
from returnguide.content.territories import country_name, sorted_by_name
from returnguide.pages.facts import ask_text, caveat_text, fact_dates
from returnguide.pages.folding import query_folding
from returnguide.pages.steps import (
    country_journey,
    programme_journey,
    situation_journey,
    step_who,
)
from returnguide.rules.decide import Matrix
from returnguide.translation.catalogs import State, Translations
from returnguide.translation.formats import format_day, format_number

# The overview of all return projects that the source text points to; a link, not a translation.
INFOTERUGKEER = "[www.infoterugkeer.nl](https://www.infoterugkeer.nl)"
# IOM's page about the REAN programme, which the source text also points to.
IOM_REAN_URL = (
    "https://www.iom-nederland.nl/nl/vrijwillig-vertrek/terugkeer-naar-uw-land-van-herkomst-rean"
)
IOM_REAN = f"[www.iom-nederland.nl]({IOM_REAN_URL})"
GENERATED = "generated from content/ and templates/ by returnguide: do not edit, run `make site`"
# What depends on the reader's language rather than on the language a page is shown in: filled in
# once the generator knows whether the page is a fallback and which languages are live.
NOTICE_SLOT = "<!-- returnguide: translation notices -->"
CHOOSER_SLOT = "<!-- returnguide: language chooser -->"
# The folder of the printable leaflets, one per country (beside their index page).
LEAFLETS = "leaflets"


@dataclass(frozen=True)
class Site:
    """What every template may use, whatever the language."""

    content: Content
    matrix: Matrix
    pages: dict[str, dict[str, Page]]  # hand-written: language code -> name -> page
    templates: Path
    catalogs: dict[str, Catalog | None]  # language code -> its checked catalog (None: source)
    links: Links  # redirects and the addresses published so far
    history: History
    site_url: str  # the public address: QR codes, feeds, hreflang, sitemap
    pdfs: bool = False  # whether the leaflets have PDFs (`make leaflets`): the index links them

    def absolute(self, url: str) -> str:
        """A URL relative to the site root, made absolute: for links that leave the site."""
        return self.site_url.rstrip("/") + "/" + url

    def prefix(self, language: Language) -> str:
        """The language's folder in the built site: the source language lives at the root."""
        return "" if language == self.content.source_language else f"{language.code}/"

    def url(self, path: str, language: Language) -> str:
        """A page's URL relative to the site root: countries/nigeria.md -> ar/countries/nigeria/."""
        stem = path.removesuffix(".md").removesuffix("index")
        return self.prefix(language) + (stem if not stem or stem.endswith("/") else stem + "/")

    def country_path(self, code: str, language: Language) -> str:
        """The country page's path relative to the site root, as the JSON export gives it."""
        return self.url(f"countries/{self.content.countries[code].slug}.md", language)

    def programmes(self) -> list[Programme]:
        return sorted(self.content.programmes.values(), key=lambda p: p.order)


def relative_url(from_url: str, to_url: str) -> str:
    """A link from one page's URL to another's, both relative to the site root."""
    link = posixpath.relpath("/" + to_url, "/" + from_url)
    return "./" if link == "." else link + "/"


@dataclass(frozen=True)
class PageSpec:
    """One page to generate in every language: where it goes and what renders it."""

    path: str  # inside docs/<lang>/
    template: str
    context: dict[str, object]


def addresses(site: Site) -> set[str]:
    """Every page's address, without the language folder: "/", "/countries/nigeria/"."""
    source = site.content.source_language
    return {"/" + site.url(spec.path, source) for spec in page_specs(site)}


def page_specs(site: Site) -> list[PageSpec]:
    content = site.content
    specs = [PageSpec("index.md", "home.md.j2", {})]
    specs += [
        PageSpec(f"programmes/{p.id}.md", "programme.md.j2", {"programme": p})
        for p in site.programmes()
    ]
    specs.append(PageSpec("organisations.md", "organisations.md.j2", {}))
    specs.append(PageSpec("sources.md", "sources.md.j2", {}))
    specs.append(PageSpec("countries/index.md", "countries.md.j2", {}))
    specs.append(PageSpec("search.md", "search.md.j2", {}))
    specs.append(PageSpec(f"{LEAFLETS}/index.md", "leaflets.md.j2", {}))
    for code in sorted(content.countries):
        context: dict[str, object] = {
            "code": code,
            "decisions": site.matrix[code],
            "facts": fact_dates(content, site.matrix, code),
        }
        specs.append(
            PageSpec(f"countries/{content.countries[code].slug}.md", "country.md.j2", context)
        )
    source = content.source_language.code
    specs += [
        PageSpec(name, "handwritten.md.j2", {"name": name})
        for name in sorted(site.pages.get(source, {}))
    ]
    return specs


class SharedBytecode(BytecodeCache):
    """Compiled templates, shared by the process's Jinja environments: ours, one per language
    (they differ only in their globals), and the theme's, one per language's MkDocs build. Each
    template is compiled once per process rather than once per language; Jinja compiles again
    when a template's source changes."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self.compiled.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED = SharedBytecode()


class PageRenderer:
    """Renders every page of one language; strings go through that language's catalog."""

    def __init__(self, site: Site, language: Language) -> None:
        self.site = site
        self.language = language
        env = Environment(
            loader=FileSystemLoader(site.templates),
            bytecode_cache=COMPILED,
            undefined=StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            # Markdown attribute lists ({#id}) look like Jinja comments: move those out of the way.
            comment_start_string="{##",
            comment_end_string="##}",
            # Markdown is not escaped (content is checked before it gets here); leaflets are HTML.
            autoescape=lambda name: (
                name is not None and name.endswith(".html.j2") and not name.startswith("_")
            ),
        )
        self.translations = Translations(language, site.catalogs[language.code])
        # The i18n extension adds this method at run time, so type checkers cannot see it.
        env.install_gettext_translations(self.translations, newstyle=True)  # type: ignore[attr-defined]
        env.globals.update(
            site=site,
            content=site.content,
            lang=language,
            languages=site.content.languages,
            programmes=site.programmes(),
            name=lambda code: country_name(code, language),
            date=lambda day: format_day(day, language),
            number=lambda number: format_number(number, language),
            countries_by_name=lambda: sorted_by_name(site.content.countries, language),
            sorted_members=lambda list_id: sorted_by_name(
                site.content.lists[list_id].members, language
            ),
            # A status with caveats says whose answer it is: "No, according to the DT&V text".
            qualified=lambda decision: (
                bool(decision.caveats) and decision.according_to == site.content.rules.source
            ),
            caveat_text=lambda caveat_id: caveat_text(
                site.content, caveat_id, self.translations.gettext, language
            ),
            ask_text=lambda ask: ask_text(site.content, ask, self.translations.gettext, language),
            programme_journey=lambda programme: programme_journey(site.content, programme),
            situation_journey=lambda situation: situation_journey(site.content, situation),
            country_journey=lambda decisions, situation: country_journey(
                site.content, decisions, situation
            ),
            # Who does a step: names linked to the organisations page `up` from the page's
            # folder ("../"), or plain names where `up` is None (a printed leaflet).
            step_who=lambda step, up: step_who(
                site.content,
                step,
                self.translations.gettext,
                language,
                (lambda name, _id: name)
                if up is None
                else (lambda name, id_: f"[{name}]({up}organisations.md#{id_})"),
            ),
            infoterugkeer=INFOTERUGKEER,
            iom_rean=IOM_REAN,
            iom_rean_url=IOM_REAN_URL,
            # An address in a printed leaflet's sentence, isolated left to right.
            url_text=lambda url: Markup('<span class="url" dir="ltr">%s</span>') % url,
            organisations=sorted(site.content.organisations.values(), key=lambda o: o.order),
            generated=GENERATED,
            notice_slot=NOTICE_SLOT,
            chooser_slot=CHOOSER_SLOT,
            relative_url=relative_url,
            query_folding=query_folding(language),
            leaflets=LEAFLETS,
        )
        # Labels start in lower case to fit in a sentence; as a heading they start in capitals.
        env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
        self.env = env

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(**context)

    def render_page(self, spec: PageSpec) -> tuple[str, State]:
        """A page in this language, and how far this language has translated it."""
        if spec.template == "handwritten.md.j2":
            return self.render_handwritten(str(spec.context["name"]))
        self.translations.start()
        text = self.render(spec.template, **spec.context)
        return text, self.translations.state

    def render_handwritten(self, name: str) -> tuple[str, State]:
        source = self.site.content.source_language.code
        state = page_state(self.site.pages, source, self.language.code, name)
        if state == "missing":
            return "", state
        page = self.site.pages[self.language.code][name]
        return self.render("handwritten.md.j2", page=page), state
