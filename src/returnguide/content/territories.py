"""Country names from CLDR (Babel) and sorting in a language's alphabetical order."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale
from pyuca import Collator

from returnguide.content.models import Language


@cache
def _collator() -> Collator:
    # The Unicode Collation Algorithm's default table orders Latin, Arabic and Persian letters
    # (پ after ب, گ after ک) as readers expect; plain code-point order would not.
    return Collator()


@cache
def _names(locale: str) -> dict[str, str]:
    return {code: str(name) for code, name in Locale.parse(locale).territories.items()}


@cache
def _sort_key(name: str) -> tuple[int, ...]:
    # Thousands of sorts of the same names per build: the collation key is the slow part.
    return tuple(_collator().sort_key(name))


def country_name(code: str, language: Language) -> str:
    return _names(language.locale)[code]


def sorted_by_name(codes: Iterable[str], language: Language) -> list[str]:
    names = _names(language.locale)
    return sorted(codes, key=lambda code: _sort_key(names[code]))
