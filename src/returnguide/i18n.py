"""Gettext catalogs: one PO file per language under locales/<code>/LC_MESSAGES/messages.po.

Dutch is the source language, so its "translation" is the msgid itself. Fuzzy and empty entries
are not used: such a string shows in Dutch until a translator confirms it.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .models import Language

DOMAIN = "messages"


def catalog_path(locales: Path, language: Language) -> Path:
    return locales / language.gettext_code / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_translations(locales: Path, language: Language) -> gettext.NullTranslations:
    """The translations of one language, compiled in memory (no .mo files to keep in sync)."""
    if language.review == "source":
        return gettext.NullTranslations()
    path = catalog_path(locales, language)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language.gettext_code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)
