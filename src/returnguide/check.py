"""`make check`: every mistake in content, catalogs and hand-written pages at once, each as
`file:line:column: what is wrong — how to fix it`, then warnings about facts not checked for
a long time. The build runs the same checks first."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .coverage import Coverage, localized_pages
from .errors import ContentError, Problem
from .freshness import needs_checking
from .generate import Project
from .handwritten import load_pages
from .i18n import load_catalog
from .links import broken_links
from .load import load_content, load_languages
from .models import Content
from .redirects import redirect_problems, unrecorded
from .render import Site
from .rules import RuleError, evaluate
from .stages import Stages
from .yamlsource import locate, read_yaml


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What the check rendered, so that a build need not render it again.
    pages: dict[str, str] = field(default_factory=dict)
    coverage: Coverage | None = None


T = TypeVar("T")


def collect(report: Report, step: Callable[..., T], *args: Any) -> T | None:
    """Run one step; keep its problems and go on with the others."""
    try:
        return step(*args)
    except ContentError as error:
        report.problems += error.problems
    return None


def check_project(
    project: Project, max_age_days: int, today: datetime.date, stages: Stages | None = None
) -> Report:
    stages = stages or Stages()
    report = Report()
    with stages("load"):
        content = collect(report, load_content, project.content)
        languages = content.languages if content else load_languages(project.content)
        for language in languages:
            collect(report, load_catalog, project.locales, language)
        if content is None:
            return report  # pages and links need the content to make sense
        pages = collect(report, load_pages, project.pages, content)
    if report.problems or pages is None:
        return report
    with stages("rules"):
        try:
            site = Site(content, evaluate(content), pages, project.templates, project.locales)
        except RuleError as error:
            report.problems.append(Problem(project.content / "rules.yml", 1, 1, str(error)))
            return report
    with stages("render"):
        report.pages, report.coverage = localized_pages(site)
    report.problems += link_problems(project, site, report.pages)
    report.problems += collect(report, redirect_problems, project.content, site) or []
    report.warnings += unrecorded(project.content, site)
    report.warnings += stale_facts(project, content, max_age_days, today)
    return report


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
    project: Project, content: Content, max_age_days: int, today: datetime.date
) -> list[str]:
    """Facts no person has compared with their source, or not for a long time."""
    found = []
    for fact in needs_checking(content, max_age_days, today):
        path = project.content / fact.path
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
