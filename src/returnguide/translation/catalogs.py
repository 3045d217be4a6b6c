"""Gettext catalogs: one PO file per language under locales/<code>/LC_MESSAGES/messages.po.

Dutch is the source language, so its "translation" is the msgid itself. A fuzzy entry (its
source changed since it was translated) is still shown, but the page that uses it says that its
translation may be out of date; an empty entry is missing, and a page that needs it is shown in
the language's fallback instead.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from gettext import c2py
from pathlib import Path
from typing import Literal

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from returnguide.content.fields import HTML_TAG, INVISIBLE
from returnguide.content.models import Language
from returnguide.content.structure import structure_changes
from returnguide.errors import ContentError, Problem

DOMAIN = "messages"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")

State = Literal["translated", "outdated", "missing"]
SEVERITY: dict[State, int] = {"translated": 0, "outdated": 1, "missing": 2}


def worst(*states: State) -> State:
    return max(states, key=SEVERITY.__getitem__, default="translated")


def catalog_path(locales: Path, language: Language) -> Path:
    return locales / language.gettext_code / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_catalog(locales: Path, language: Language) -> Catalog | None:
    """A language's catalog, checked; None for the source language, which needs none."""
    if language.review == "source":
        return None
    path = catalog_path(locales, language)
    if not path.is_file():
        hint = "run `make catalogs` to create it, then translate it"
        raise ContentError([Problem(path, 1, 1, f"no catalog for '{language.code}'", hint)])
    if problems := msgfmt_problems(path):
        raise ContentError(problems)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language.locale, domain=DOMAIN)
    if problems := check_catalog(path, catalog):
        raise ContentError(problems)
    return catalog


def msgfmt_problems(path: Path) -> list[Problem]:
    """gettext's own check: PO syntax, headers, python-format placeholders. Babel's reader
    forgives a broken quote silently, so msgfmt has the first word."""
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        return []
    found = re.findall(rf"^{re.escape(str(path))}:(\d+): (.*)$", result.stderr, re.M)
    hint = "fix the PO syntax there (quotes, msgid/msgstr pairs), or open the file in Poedit"
    # Placeholder mistakes are left to check_catalog, whose message names the string.
    syntax = [(line, message) for line, message in found if "format" not in message]
    if found and not syntax:
        return []
    # msgfmt counts the newline that ends an unclosed string as the next line.
    return [
        Problem(path, int(line) - ("end-of-line" in message), 1, message, hint)
        for line, message in syntax
    ] or [Problem(path, 1, 1, result.stderr.strip() or "msgfmt --check failed", hint)]


def pairs(message: Message) -> list[tuple[str, str]]:
    """(source, translation) for each form of a message; a plural's forms all follow its plural."""
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    strings = [message.string] if isinstance(message.string, str) else list(message.string or ())
    return [(ids[min(index, len(ids) - 1)], str(text)) for index, text in enumerate(strings)]


def translation_problems(source: str, translation: str) -> list[tuple[str, str]]:
    """(what is wrong, how to fix it) for one translated string; empty if it is fine."""
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        wanted = ", ".join(f"%({name})s" for name in PLACEHOLDER.findall(source)) or "none"
        found.append(
            ("placeholders differ from the source", f"keep exactly these placeholders: {wanted}")
        )
    if (tag := HTML_TAG.search(translation)) and not HTML_TAG.search(source):
        found.append((f"raw HTML {tag.group()} that the source lacks", "write plain text"))
    if char := INVISIBLE.search(translation):
        found.append((f"invisible character U+{ord(char.group()):04X}", "delete it"))
    if changes := structure_changes(source, translation):
        found.append(
            (
                f"Markdown structure differs: {'; '.join(changes)}",
                "keep every heading, link and list item of the source",
            )
        )
    return found


def check_catalog(path: Path, catalog: Catalog) -> list[Problem]:
    """Translations that would break a page. Fuzzy ones are not checked: until a translator
    confirms them, a broken one is treated as missing (see `Translations`)."""
    problems = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        for source, translation in pairs(message):
            for what, fix in translation_problems(source, translation) if translation else []:
                where = f"in the translation of {source!r}"
                problems.append(Problem(path, message.lineno or 1, 1, f"{what} {where}", fix))
    return problems


class Translations:
    """gettext for one language that remembers the worst state of the strings it was asked
    for since `start()`: so each page knows whether it is translated, outdated or missing."""

    def __init__(self, language: Language, catalog: Catalog | None) -> None:
        self.language = language
        self.plural: Callable[[int], int] = c2py(catalog.plural_expr if catalog else "n != 1")
        self.strings: dict[tuple[str | None, str], tuple[list[str], State]] = {}
        for message in catalog or []:
            forms = pairs(message)
            if not message.id or not all(text for _source, text in forms):
                continue
            if message.fuzzy and any(translation_problems(*form) for form in forms):
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            state: State = "outdated" if message.fuzzy else "translated"
            self.strings[message.context, key] = ([text for _source, text in forms], state)
        self.state: State = "translated"
        self.source = catalog is None

    def start(self) -> None:
        self.state = "translated"

    def _find(self, message: str, context: str | None = None) -> list[str] | None:
        if self.source:
            return None
        found = self.strings.get((context, message))
        self.state = worst(self.state, found[1] if found else "missing")
        return found[0] if found else None

    def gettext(self, message: str) -> str:
        found = self._find(message)
        return found[0] if found else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        found = self._find(singular)
        if found:
            return found[min(self.plural(n), len(found) - 1)]
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        found = self._find(message, context)
        return found[0] if found else message
