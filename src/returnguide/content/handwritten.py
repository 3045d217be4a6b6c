"""Hand-written Markdown pages: content/pages/<language>/<name>.md.

The source language's pages are the originals. A translation records in its front matter the
hash of the original it was made from (`source_hash`), so "out of date" is a fact: the original
has changed since. Its structure (headings with their ids, links, list items) must match.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from returnguide.content.fields import HTML_TAG, INVISIBLE
from returnguide.content.models import Content
from returnguide.content.structure import structure_changes
from returnguide.content.yamlsource import did_you_mean
from returnguide.errors import ContentError, Problem
from returnguide.translation.catalogs import State

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
H1 = re.compile(r"\s*(# .*\{#top\})\s*\n")  # match() anchors it where the body starts
FIELDS = {"title", "description", "source_hash", "review"}
Review = Literal["source", "reviewed", "machine"]


def source_hash(text: str) -> str:
    """What a translation records of the original it was made from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Page:
    path: Path
    text: str
    title: str
    description: str
    heading: str  # the H1 line, with its {#top} id
    body: str  # everything after the H1
    review: Review
    source_hash: str | None


def read_page(path: Path, is_source: bool) -> tuple[Page | None, list[Problem]]:
    text = path.read_text(encoding="utf-8")
    problems: list[Problem] = []

    def problem(line: int, message: str, hint: str) -> None:
        problems.append(Problem(path, line, 1, message, hint))

    match = FRONT_MATTER.match(text)
    if not match:
        problem(1, "no front matter", "start the page with '---', title: and description:, '---'")
        return None, problems
    try:
        meta = YAML(typ="safe").load(match.group(1)) or {}
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem(2 + (mark.line if mark else 0), f"front matter is not valid YAML: {error}", "")
        return None, problems
    lines = text.splitlines()
    for field in sorted(set(meta) - FIELDS):
        line = next((n for n, t in enumerate(lines, 1) if t.startswith(f"{field}:")), 1)
        hint = did_you_mean(field, FIELDS) or f"use only {', '.join(sorted(FIELDS))}"
        problem(line, f"unknown front matter field '{field}'", hint)
    wanted = ("title", "description") if is_source else ("title", "description", "source_hash")
    for field in wanted:
        if not meta.get(field):
            hint = "copy it from `make translations`" if field == "source_hash" else "add it"
            problem(1, f"front matter lacks '{field}'", hint)
    review: Review = "source" if is_source else meta.get("review", "machine")
    if review not in ("source", "reviewed", "machine") or (review == "source") != is_source:
        line = next((n for n, t in enumerate(lines, 1) if t.startswith("review:")), 1)
        problem(line, f"review: {review!r} is not allowed here", "write 'machine' or 'reviewed'")
    body_start = match.end()
    heading = H1.match(text, body_start)
    if not heading:
        line = text.count("\n", 0, body_start) + 1
        problem(line, "the page must begin with its title as '# Title {#top}'", "add that line")
    for pattern, what, hint in (
        (HTML_TAG, "raw HTML", "write Markdown"),
        (INVISIBLE, "an invisible character", "delete it"),
    ):
        for found in pattern.finditer(text):
            line = text.count("\n", 0, found.start()) + 1
            problem(line, f"{what} {found.group()!r}", hint)
    if problems or not heading:
        return None, problems
    page = Page(
        path=path,
        text=text,
        title=str(meta["title"]),
        description=str(meta["description"]),
        heading=heading.group(1),
        body=text[heading.end() :],
        review=review,
        source_hash=meta.get("source_hash"),
    )
    return page, problems


def load_pages(folder: Path, content: Content) -> dict[str, dict[str, Page]]:
    """language code -> page name -> page, every translation checked against its original."""
    source = content.source_language.code
    codes = {language.code for language in content.languages}
    pages: dict[str, dict[str, Page]] = {}
    problems: list[Problem] = []
    for language_folder in sorted(folder.glob("*")) if folder.is_dir() else []:
        if language_folder.name not in codes:
            hint = f"name the folder after a language of content/languages.yml: {sorted(codes)}"
            problems.append(Problem(language_folder, 1, 1, "unknown language folder", hint))
            continue
        for path in sorted(language_folder.rglob("*.md")):
            page, found = read_page(path, language_folder.name == source)
            problems += found
            if page:
                name = path.relative_to(language_folder).as_posix()
                pages.setdefault(language_folder.name, {})[name] = page
    originals = pages.get(source, {})
    for code, translated in pages.items():
        for name, page in translated.items() if code != source else []:
            if name not in originals:
                hint = f"add content/pages/{source}/{name} first, or rename this file"
                problems.append(Problem(page.path, 1, 1, "a translation without an original", hint))
            elif page.source_hash != source_hash(originals[name].text):
                continue  # made from an older original: outdated, and said so on the page
            elif changes := structure_changes(originals[name].text, page.text):
                problems.append(
                    Problem(
                        page.path,
                        1,
                        1,
                        f"Markdown structure differs from the original: {'; '.join(changes)}",
                        "keep every heading (with its {#id}), link and list item of the original",
                    )
                )
    if problems:
        raise ContentError(problems)
    return pages


def page_state(pages: dict[str, dict[str, Page]], source: str, code: str, name: str) -> State:
    """Whether a hand-written page exists in a language and was made from the current original."""
    page = pages.get(code, {}).get(name)
    if page is None:
        return "missing"
    if code == source or page.source_hash == source_hash(pages[source][name].text):
        return "translated"
    return "outdated"
