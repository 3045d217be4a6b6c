"""The checks that run before anything is written: the MkDocs configuration against the
language registry, internal links in the generated pages, and (for `make check` only) the
translators' checks of every catalog and facts not compared with their source for a long time.
Each problem is `file:line:column: what — fix`."""

from __future__ import annotations

import datetime
from pathlib import Path

from returnguide.content.models import Content, Language
from returnguide.content.yamlsource import locate, read_yaml
from returnguide.errors import Problem
from returnguide.pages.links import broken_links
from returnguide.pages.render import Site
from returnguide.project import Project
from returnguide.rules.freshness import needs_checking
from returnguide.site.mkdocs_setup import MkDocsSetup
from returnguide.translation.catalogs import catalog_path
from returnguide.translation.pofilter import load_accepted, pofilter_problems


def registry_block(languages: list[Language]) -> str:
    """plugins.i18n.languages of mkdocs.yml as content/languages.yml says it must be."""
    lines = ["      languages:"]
    for language in languages:
        lines += [f"        - locale: {language.code}", f"          name: {language.name}"]
        if language.review == "source":
            lines.append("          default: true")
        lines.append("          build: true")
    return "\n".join(lines)


def registry_problems(setup: MkDocsSetup, languages: list[Language]) -> list[Problem]:
    """mkdocs.yml must list the languages of content/languages.yml, in its order, with the
    source language at the site's root. (A preview, `ONLY=ar`, moves one language to the root
    itself: then only the list is compared.)"""
    wanted = [(lang.code, lang.name, lang.review == "source") for lang in languages]
    found = [(lang.locale, lang.name, lang.default) for lang in setup.languages]
    if setup.only:
        wanted = [(*entry[:2], False) for entry in wanted]
        found = [(*entry[:2], False) for entry in found]
    if found == wanted and (setup.only or all(lang.build for lang in setup.languages)):
        return []
    text = setup.path.read_text(encoding="utf-8").splitlines()
    line = next((n for n, t in enumerate(text, 1) if t.strip() == "languages:"), 1)
    message = "plugins.i18n.languages does not match content/languages.yml"
    hint = f"replace that list with these lines:\n{registry_block(languages)}"
    return [Problem(setup.path, line, 1, message, hint)]


def theme_problems(setup: MkDocsSetup, languages: list[Language]) -> list[Problem]:
    """Material needs interface strings for each language; it would fall back to English."""
    problems = []
    for language in languages:
        name = f"{language.code}.html"
        if not any((folder / "partials/languages" / name).is_file() for folder in setup.theme):
            hint = (
                f"add overrides/partials/languages/{name} (copy Material's en.html, set "
                f'"language": "{language.code}" and "direction": "{language.direction}", '
                "and translate the rest)"
            )
            message = f"Material has no interface strings for '{language.code}'"
            problems.append(Problem(setup.path, 1, 1, message, hint))
    return problems


def link_problems(project: Project, site: Site, generated: dict[str, str]) -> list[Problem]:
    """Broken internal links, named in the hand-written page or template they come from."""
    problems = []
    for page, link, reason in broken_links(generated):
        code, _, name = page.partition("/")
        source = site.pages.get(code, {}).get(name)
        if source:
            path = source.path
            line = next(
                (n for n, text in enumerate(source.text.splitlines(), 1) if f"]({link})" in text), 1
            )
        else:
            path, line = project.templates, 1
        hint = "link to a page of this site by its file name, e.g. organisations.md#iom"
        problems.append(Problem(path, line, 1, f"broken link ({link}) on {page}: {reason}", hint))
    return sorted(problems, key=lambda p: (str(p.path), p.line))


def stale_facts(
    content_dir: Path, content: Content, max_age_days: int, today: datetime.date
) -> list[str]:
    """Facts no person has compared with their source, or not for a long time. Only `make
    check` asks, so only it reads the files again, for the lines to name."""
    found = []
    for fact in needs_checking(content, max_age_days, today):
        path = content_dir / fact.path
        checked = fact.dates.checked_on
        field = "checked_on" if checked else "transcribed_on"
        line, column = locate(read_yaml(path), (*fact.at, field))
        if checked is None:
            what = "never checked by a person"
            fix = "compare it with its source, then add 'checked_on: <that day>'"
        else:
            what = f"checked on {checked}, more than {max_age_days} days ago"
            fix = "compare it with its source again and update checked_on"
        found.append(
            f"{path}:{line}:{column}: {what} — {fix} (pages say 'checked' only with checked_on)"
        )
    return found


def catalog_checks(project: Project, content: Content) -> list[Problem]:
    """pofilter's checks on every translation's catalog, less the accepted exceptions."""
    accepted = load_accepted(project.locales)
    return [
        problem
        for language in content.languages
        if language != content.source_language
        for problem in pofilter_problems(
            catalog_path(project.locales, language), language, accepted
        )
    ]
