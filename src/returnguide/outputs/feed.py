"""An Atom feed per language of what changed in the content: which country, programme or
organisation, whether it was added, changed or removed, and when. Taken from the git history of
content/, so NGOs that hand out links can see when what they handed out has changed."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from ruamel.yaml import YAML

from returnguide.content.history import History
from returnguide.content.models import Language
from returnguide.content.territories import country_name
from returnguide.pages.localize import Coverage
from returnguide.translation import messages

ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
LIMIT = 100  # entries in the feed, newest first
KINDS = {"A": messages.ADDED, "M": messages.CHANGED, "D": messages.REMOVED}
# What a change to each part of content/ is about; other files (pages, translations, the
# language list) are not news for readers of the facts.
WATCHED = ("countries/", "programmes/", "organisations/", "caveats/", "lists/", "rules.yml")


@dataclass(frozen=True)
class Change:
    commit: str
    time: int  # seconds since the epoch
    kind: str  # A, M or D
    path: str  # relative to content/
    removed_country: str | None = None  # a removed country file's code, read from git once


def content_changes(root: Path, history: History, limit: int = LIMIT) -> list[Change]:
    """The newest changes to watched content files, newest first."""
    changes = [
        Change(change.commit, change.time, change.kind, path)
        for change in history.changes
        if change.kind in KINDS
        and (path := change.path.removeprefix("content/")) != change.path
        and path.startswith(WATCHED)
    ]
    return [
        replace(change, removed_country=removed_country_code(root, change))
        if change.kind == "D" and change.path.startswith("countries/")
        else change
        for change in changes[:limit]
    ]


def removed_country_code(root: Path, change: Change) -> str | None:
    """The code of a country whose file is gone, from the file as it was before the change."""
    old = subprocess.run(
        ["git", "show", f"{change.commit}^:content/{change.path}"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    data = YAML(typ="safe").load(old) if old else None
    return str(data["code"]) if isinstance(data, dict) and "code" in data else None


def subject(
    coverage: Coverage, language: Language, change: Change, countries: dict[str, str]
) -> tuple[str, str]:
    """What a change is about, named in the language, and the page about it (site-relative).
    `countries` maps the slugs of the countries there are now to their codes."""
    site = coverage.site
    gettext = coverage.renderers[language.code].translations.gettext
    folder, _, name = change.path.partition("/")
    stem = name.removesuffix(".yml")
    if folder == "countries":
        if stem in countries:
            code = countries[stem]
            return country_name(code, language), site.country_path(code, language)
        old = change.removed_country
        label = country_name(old, language) if old else stem
        return label, site.url("countries/index.md", language)
    if folder == "programmes" and stem in site.content.programmes:
        title = gettext(site.content.programmes[stem].title)
        return title, site.url(f"programmes/{stem}.md", language)
    caveat = site.content.caveats.get(stem) if folder == "caveats" else None
    if caveat and caveat.applies_to.programme:
        # What changed since the source, about one kind of support: its page lists the caveats.
        title = gettext(site.content.programmes[caveat.applies_to.programme].title)
        return title, site.url(f"programmes/{caveat.applies_to.programme}.md", language)
    if folder == "organisations" and stem in site.content.organisations:
        label = gettext(site.content.organisations[stem].name)
        return label, site.url("organisations.md", language) + f"#{stem}"
    return gettext(messages.RULES_AND_LISTS), site.url("countries/index.md", language)


def atom_feed(coverage: Coverage, language: Language, changes: list[Change]) -> str:
    """The language's feed as Atom XML."""
    site = coverage.site
    countries = {country.slug: code for code, country in site.content.countries.items()}
    gettext = coverage.renderers[language.code].translations.gettext
    feed_url = site.absolute(site.prefix(language) + FEED)
    newest = changes[0].time if changes else 0
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": language.code})
    ET.SubElement(feed, "title").text = gettext(messages.CHANGES) % {
        "site": gettext(messages.SITE_NAME)
    }
    ET.SubElement(feed, "id").text = uuid.uuid5(uuid.NAMESPACE_URL, feed_url).urn
    ET.SubElement(feed, "updated").text = timestamp(newest)
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = gettext(messages.SITE_NAME)
    ET.SubElement(feed, "link", {"rel": "self", "href": feed_url})
    home = site.absolute(site.url("index.md", language))
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": home})
    for change in changes:
        label, url = subject(coverage, language, change, countries)
        entry = ET.SubElement(feed, "entry")
        title = gettext(KINDS[change.kind]) % {"name": label}
        ET.SubElement(entry, "title").text = title
        key = f"{change.commit}/{change.path}/{language.code}"
        ET.SubElement(entry, "id").text = uuid.uuid5(uuid.NAMESPACE_URL, key).urn
        ET.SubElement(entry, "updated").text = timestamp(change.time)
        ET.SubElement(entry, "link", {"rel": "alternate", "href": site.absolute(url)})
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def timestamp(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


def feed_files(coverage: Coverage, root: Path, readers: list[Language]) -> dict[str, str]:
    """docs-relative path -> the feed of each of these languages."""
    changes = content_changes(root, coverage.site.history)
    return {f"{lang.code}/{FEED}": atom_feed(coverage, lang, changes) for lang in readers}
