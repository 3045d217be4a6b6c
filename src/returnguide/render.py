"""Render the Markdown pages of one language from Jinja2 templates and gettext catalogs."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .i18n import load_translations
from .models import Content, Language, Programme
from .rules import Matrix
from .territories import country_name, sorted_by_name

# The overview of all return projects that the source text points to; a link, not a translation.
INFOTERUGKEER = "[www.infoterugkeer.nl](https://www.infoterugkeer.nl)"
GENERATED = "generated from content/ and templates/ by returnguide: do not edit, run `make site`"


@dataclass(frozen=True)
class Site:
    """What every template may use, whatever the language."""

    content: Content
    matrix: Matrix
    templates: Path
    locales: Path

    def prefix(self, language: Language) -> str:
        """The language's folder in the built site: the source language lives at the root."""
        return "" if language == self.content.source_language else f"{language.code}/"

    def home_link(self, from_language: Language, to_language: Language) -> str:
        """A relative link from one language's home page to another's."""
        up = "../" if self.prefix(from_language) else ""
        return up + self.prefix(to_language) or "./"

    def country_path(self, code: str, language: Language) -> str:
        """The country page's path relative to the site root, as the JSON export gives it."""
        return f"{self.prefix(language)}countries/{self.content.countries[code].slug}/"

    def programmes(self) -> list[Programme]:
        return sorted(self.content.programmes.values(), key=lambda p: p.order)


class PageRenderer:
    """Renders every page of one language; strings go through that language's catalog."""

    def __init__(self, site: Site, language: Language) -> None:
        self.site = site
        self.language = language
        env = Environment(
            loader=FileSystemLoader(site.templates),
            undefined=StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            # Markdown attribute lists ({#id}) look like Jinja comments: move those out of the way.
            comment_start_string="{##",
            comment_end_string="##}",
            autoescape=False,  # the output is Markdown; content is checked before it gets here
        )
        translations = load_translations(site.locales, language)
        # The i18n extension adds this method at run time, so type checkers cannot see it.
        env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
        env.globals.update(
            site=site,
            content=site.content,
            lang=language,
            languages=site.content.languages,
            programmes=site.programmes(),
            name=lambda code: country_name(code, language),
            date=lambda day: format_date(day, format="long", locale=language.gettext_code),
            sorted_members=lambda list_id: sorted_by_name(
                site.content.lists[list_id].members, language
            ),
            infoterugkeer=INFOTERUGKEER,
            generated=GENERATED,
        )
        self.env = env

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(**context)

    def pages(self) -> Iterator[tuple[str, str]]:
        """(path inside docs/<lang>/, Markdown) for every generated page of this language."""
        content = self.site.content
        yield "index.md", self.render("home.md.j2")
        for programme in self.site.programmes():
            yield (
                f"programmes/{programme.id}.md",
                self.render("programme.md.j2", programme=programme),
            )
        yield "organisations.md", self.render("organisations.md.j2")
        codes = sorted_by_name(content.countries, self.language)
        yield "countries/index.md", self.render("countries.md.j2", codes=codes)
        for code in codes:
            yield (
                f"countries/{content.countries[code].slug}.md",
                self.render(
                    "country.md.j2",
                    code=code,
                    decisions=self.site.matrix[code],
                    checked=facts_checked_on(self.site.matrix, code),
                ),
            )


def facts_checked_on(matrix: Matrix, code: str) -> datetime.date | None:
    """When the facts behind a country's answers were last checked (the oldest of its lists)."""
    days = [r.verified_on for d in matrix[code].values() for r in d.reasons if r.verified_on]
    return min(days) if days else None
