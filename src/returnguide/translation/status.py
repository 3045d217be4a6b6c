"""The translation status report: per language, how many catalog strings are translated, fuzzy
(their source changed) or missing, whether the language is live, and which pages readers get in
a fallback language or possibly out of date. Printed by `make translations` and published, in
English for translators of every language, as /translation-status/ (not in the navigation)."""

from __future__ import annotations

from dataclasses import dataclass

from returnguide.content.handwritten import source_hash
from returnguide.content.models import Language
from returnguide.pages.localize import Coverage
from returnguide.rules.freshness import facts
from returnguide.translation.catalogs import pairs

STATUS_PAGE = "translation-status.md"


@dataclass(frozen=True)
class LanguageStatus:
    language: Language
    translated: int
    fuzzy: int
    missing: int
    live: bool
    missing_minimum: list[str]
    fallback_pages: list[str]
    outdated_pages: list[str]


def language_status(coverage: Coverage, language: Language) -> LanguageStatus:
    catalog = coverage.site.catalogs[language.code]
    counts = {"translated": 0, "fuzzy": 0, "missing": 0}
    for message in catalog or []:
        if message.id:
            complete = all(text for _source, text in pairs(message))
            kind = "missing" if not complete else "fuzzy" if message.fuzzy else "translated"
            counts[kind] += 1
    pages = coverage.rendered[language.code]
    missing_minimum = coverage.missing_minimum(language)
    return LanguageStatus(
        language=language,
        live=not missing_minimum,
        missing_minimum=missing_minimum,
        fallback_pages=[path for path, page in pages.items() if page.state == "missing"],
        outdated_pages=[path for path, page in pages.items() if page.state == "outdated"],
        **counts,
    )


def report(coverage: Coverage) -> list[LanguageStatus]:
    source = coverage.site.content.source_language
    return [
        language_status(coverage, lang)
        for lang in coverage.site.content.languages
        if lang != source
    ]


def summarize(paths: list[str]) -> str:
    """A list of pages, with the country pages counted rather than named."""
    countries = [p for p in paths if p.startswith("countries/") and p != "countries/index.md"]
    named = [p for p in paths if p not in countries]
    if countries:
        named.append(f"{len(countries)} country page{'s' * (len(countries) != 1)}")
    return ", ".join(named) or "none"


def unlisted(coverage: Coverage) -> list[str]:
    """A line for each language that is built but not yet listed, saying what it lacks."""
    return [
        f"{language.code} is built but not listed in the language chooser until its minimum "
        f"content is translated; missing: {summarize(missing)}"
        for language in coverage.site.content.languages
        if (missing := coverage.missing_minimum(language))
    ]


def text_report(coverage: Coverage) -> str:
    """The report for a terminal: a table, then the details of each language."""
    rows = [("language", "live", "translated", "fuzzy", "missing", "fallback", "outdated")]
    details = []
    for status in report(coverage):
        lang = status.language
        rows.append(
            (
                f"{lang.code} ({lang.english_name})",
                "yes" if status.live else "NO",
                str(status.translated),
                str(status.fuzzy),
                str(status.missing),
                str(len(status.fallback_pages)),
                str(len(status.outdated_pages)),
            )
        )
        if not status.live:
            details.append(f"{lang.code}: not live, missing {summarize(status.missing_minimum)}")
        if status.fallback_pages:
            details.append(f"{lang.code}: shown in a fallback: {summarize(status.fallback_pages)}")
        if status.outdated_pages:
            details.append(f"{lang.code}: may be out of date: {summarize(status.outdated_pages)}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    table = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return "\n".join([*table, "", *details, *handwritten_lines(coverage)]).rstrip() + "\n"


def handwritten_lines(coverage: Coverage) -> list[str]:
    source = coverage.site.content.source_language.code
    originals = coverage.site.pages.get(source, {})
    return [
        f"content/pages/{source}/{name}: a translation made from the current text records "
        f"source_hash: {source_hash(page.text)}"
        for name, page in originals.items()
    ]


def status_page(coverage: Coverage, generated: str) -> str:
    """The report as a Markdown page for translators, in English whatever the site's root is."""
    lines = [
        "---",
        f'generated: "{generated}"',
        "lang: en",
        "dir: ltr",
        "robots: noindex, follow",
        'description: "How far each language of this site is translated."',
        "---",
        "",
        "# Translation status {#top}",
        "",
        "For translators and reviewers: how far each language is translated. "
        "`make translations` prints the same report; `TRANSLATING.md` in the repository "
        "explains how to translate and how to mark a translation as reviewed.",
        "",
        "| Language | Review | Live | Translated | Fuzzy | Missing | Pages in a fallback "
        "| Pages possibly out of date |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for status in report(coverage):
        lang = status.language
        lines.append(
            f"| {lang.english_name} (`{lang.code}`) | {lang.review} "
            f"| {'yes' if status.live else 'no: missing ' + summarize(status.missing_minimum)} "
            f"| {status.translated} | {status.fuzzy} | {status.missing} "
            f"| {summarize(status.fallback_pages)} | {summarize(status.outdated_pages)} |"
        )
    lines += [
        "",
        "## Facts to check {#facts}",
        "",
        "For editors: when a person last compared each list, override and caveat with its "
        'source. Pages say "checked" only for a fact with `checked_on`; `make check` warns '
        "about facts never checked, and about those checked more than `MAX_AGE_DAYS` ago.",
        "",
        "| File | Copied from the source | Checked by a person |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| `content/{fact.path}` | {fact.dates.transcribed_on} "
        f"| {fact.dates.checked_on or 'never'} |"
        for fact in facts(coverage.site.content)
    ]
    lines += ["", "## Hand-written pages {#handwritten}", ""]
    lines += [f"- {line}" for line in handwritten_lines(coverage)]
    return "\n".join(lines) + "\n"
