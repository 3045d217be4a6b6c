"""Gettext catalogs: one PO file per language under locales/<code>/LC_MESSAGES/messages.po.

Dutch is the source language, so its "translation" is the msgid itself. Fuzzy and empty entries
are not used: such a string shows in Dutch until a translator confirms it.
"""

from __future__ import annotations

import gettext
import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .errors import ContentError, Problem
from .models import HTML_TAG, INVISIBLE, Language

DOMAIN = "messages"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def catalog_path(locales: Path, language: Language) -> Path:
    return locales / language.gettext_code / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_translations(locales: Path, language: Language) -> gettext.NullTranslations:
    """The translations of one language, compiled in memory (no .mo files to keep in sync)."""
    if language.review == "source":
        return gettext.NullTranslations()
    path = catalog_path(locales, language)
    if not path.is_file():
        hint = "run `make catalogs` to create it, then translate it"
        raise ContentError([Problem(path, 1, 1, f"no catalog for '{language.code}'", hint)])
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language.gettext_code, domain=DOMAIN)
    if problems := check_catalog(path, catalog):
        raise ContentError(problems)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def check_catalog(path: Path, catalog: Catalog) -> list[Problem]:
    """Translations that would break a page: changed placeholders, HTML, hidden characters."""
    problems = []
    for message in catalog:
        if not message.id or not message.string or message.fuzzy:
            continue
        source, translation = str(message.id), str(message.string)
        where: tuple[Path, int, int] = (path, message.lineno or 1, 1)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wanted = ", ".join(f"%({name})s" for name in PLACEHOLDER.findall(source)) or "none"
            problems.append(
                Problem(
                    *where,
                    f"placeholders differ from the source in {source!r}",
                    f"keep exactly these placeholders: {wanted}",
                )
            )
        if (tag := HTML_TAG.search(translation)) and not HTML_TAG.search(source):
            problems.append(
                Problem(
                    *where,
                    f"raw HTML {tag.group()} in the translation of {source!r}",
                    "write plain text",
                )
            )
        if char := INVISIBLE.search(translation):
            problems.append(
                Problem(
                    *where,
                    f"invisible character U+{ord(char.group()):04X} in "
                    f"the translation of {source!r}",
                    "delete it",
                )
            )
    return problems
