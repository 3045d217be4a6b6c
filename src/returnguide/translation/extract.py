"""Extract every translatable string (templates, content, code) into locales/messages.pot and
bring each language's PO file up to date with gettext's msgmerge (changed strings turn fuzzy)."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po, write_po

from returnguide.content.load import load_content
from returnguide.content.models import Content
from returnguide.project import Project
from returnguide.translation.catalogs import DOMAIN, catalog_path

POT = f"{DOMAIN}.pot"
WIDTH = 79  # msgmerge's default, so both tools wrap lines alike
JINJA_OPTIONS = {
    "extensions": "jinja2.ext.i18n",
    "comment_start_string": "{##",
    "comment_end_string": "##}",
    "trim_blocks": "true",
    "lstrip_blocks": "true",
}


class Entry(NamedTuple):
    message: str | tuple[str, ...]  # a plural is (singular, plural)
    where: str
    line: int | None
    comments: list[str]  # for translators
    context: str | None = None  # msgctxt, for short strings that could mean several things


def template_messages(project: Project) -> Iterator[Entry]:
    for path in sorted(project.templates.glob("*.j2")):
        with path.open("rb") as handle:
            found = extract(
                "jinja2.ext:babel_extract",
                handle,
                keywords={
                    "_": None,
                    "gettext": None,
                    "ngettext": (1, 2),
                    "pgettext": ((1, "c"), 2),
                },
                comment_tags=("Translators:",),
                options=JINJA_OPTIONS,
            )
            for line, message, comments, context in found:
                yield Entry(message, f"templates/{path.name}", line, list(comments), context)


def code_messages(project: Project) -> Iterator[Entry]:
    path = Path(__file__).with_name("messages.py")
    with path.open("rb") as handle:
        found = extract("python", handle, keywords={"N_": None}, comment_tags=("Translators:",))
        for line, message, comments, _context in found:
            yield Entry(
                str(message), "src/returnguide/translation/messages.py", line, list(comments)
            )


def content_messages(content: Content) -> Iterator[Entry]:
    """Texts of the content files, with the words of the source they rest on as a comment."""
    for programme in content.programmes.values():
        where = f"content/programmes/{programme.id}.yml"
        yield Entry(programme.title, where, None, ["programme title"])
        for field, statements in (
            ("summary", [programme.summary]),
            ("offers", programme.offers),
            ("who", programme.who),
            ("note", programme.notes),
        ):
            for statement in statements:
                yield Entry(
                    statement.text, where, None, [f"{field}; source says: {statement.quote}"]
                )
        for provider in programme.providers:
            if provider.role:
                yield Entry(
                    provider.role, where, None, [f"provider; source says: {provider.quote}"]
                )
        for step in programme.steps:
            yield Entry(step.text, where, None, [f"step ({step.phase}); source says: {step.quote}"])
            if step.by_others:
                yield Entry(step.by_others, where, None, ["who does a step, after a name or alone"])
            if step.unknown:
                comment = "what the source does not say; followed by 'Vraag het aan ...' (ask ...)"
                yield Entry(step.unknown, where, None, [comment])
        for link in programme.more_info:
            yield Entry(link.title, where, None, [f"title of the link to {link.url}"])
    for organisation in content.organisations.values():
        where = f"content/organisations/{organisation.id}.yml"
        yield Entry(
            organisation.name,
            where,
            None,
            ["name of an organisation: keep proper names as they are"],
        )
        yield Entry(organisation.description, where, None, [f"source says: {organisation.quote}"])
        if organisation.short_name:
            comment = "short name in a sentence, as in 'Vraag het aan de DT&V.' (Ask DT&V.)"
            yield Entry(organisation.short_name, where, None, [comment])
    for caveat in content.caveats.values():
        where = f"content/caveats/{caveat.id}.yml"
        yield Entry(
            caveat.text, where, None, ["caveat: what changed since the source, or is unknown"]
        )
        yield Entry(caveat.short, where, None, ["caveat, in a few words for a table"])
    for source_id, source in content.sources.items():
        comment = f"short name of a source, in a sentence; full title: {source.title}"
        yield Entry(source.label, f"content/sources.yml ({source_id})", None, [comment])
    for country_list in content.lists.values():
        where = f"content/lists/{country_list.id}.yml"
        yield Entry(country_list.title, where, None, ["name of a list of countries"])
        for reason in (
            country_list.texts.member,
            country_list.texts.not_member,
            country_list.texts.candidate,
        ):
            if reason:
                yield Entry(reason, where, None, ["%(country)s is a country name"])
    for programme_id, conditions in content.rules.programmes.items():
        for condition in conditions:
            if condition.ask:
                yield Entry(
                    condition.ask, "content/rules.yml", None, [f"reason for {programme_id}"]
                )
    for country in content.countries.values():
        for override in country.overrides:
            where = f"content/countries/{country.slug}.yml"
            yield Entry(override.reason, where, None, ["%(country)s is a country name"])


def template_catalog(project: Project, content: Content) -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="returnguide", msgid_bugs_address="", fuzzy=False)
    for entries in (template_messages(project), code_messages(project), content_messages(content)):
        for entry in entries:
            catalog.add(
                entry.message,
                locations=[(entry.where, entry.line or 0)],
                auto_comments=entry.comments,
                context=entry.context,
            )
    return catalog


def render_po(catalog: Catalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, sort_output=False)
    return buffer.getvalue().decode("utf-8")


def without_dates(text: str) -> str:
    return re.sub(r'^"(POT-Creation-Date|PO-Revision-Date): .*\n', "", text, flags=re.M)


def write_template(project: Project, content: Content) -> Path:
    """Write locales/messages.pot unless only its creation date would change."""
    path = project.locales / POT
    text = render_po(template_catalog(project, content))
    if not path.exists() or without_dates(path.read_text(encoding="utf-8")) != without_dates(text):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def update_catalogs(project: Project) -> list[Path]:
    """Extract, then merge into every language's PO file (creating missing ones)."""
    content = load_content(project.content)
    pot = write_template(project, content)
    updated = []
    for language in content.languages:
        if language.review == "source":
            continue
        po = catalog_path(project.locales, language)
        if not po.exists():
            with pot.open("rb") as handle:
                catalog = read_po(handle)
            catalog.locale = language.locale
            po.parent.mkdir(parents=True, exist_ok=True)
            po.write_text(render_po(catalog), encoding="utf-8")
        subprocess.run(
            ["msgmerge", "--quiet", "--update", "--backup=none", "--previous", str(po), str(pot)],
            check=True,
        )
        updated.append(po)
    return updated
