"""Country names from CLDR (Babel), sorting in a language's alphabetical order, and the order
of the languages' own names in the language chooser."""

from __future__ import annotations

import unicodedata
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


def _first_letter(name: str) -> str:
    return next(char for char in name if char.isalpha())


def script(name: str) -> str:
    """The script a name is written in, as Unicode names it: LATIN, ARABIC, ETHIOPIC, ..."""
    return unicodedata.name(_first_letter(name)).split()[0]


def by_script(languages: Iterable[Language]) -> list[Language]:
    """Each language by its own name, grouped by script in the order of Unicode's blocks (Latin,
    Cyrillic, Armenian, Arabic, ..., Han) and alphabetical within a script: a reader who knows one
    script scans for the shape of its letters, then for the name."""
    languages = list(languages)
    start: dict[str, int] = {}
    for language in languages:
        group, letter = script(language.name), ord(_first_letter(language.name))
        start[group] = min(start.get(group, letter), letter)
    return sorted(languages, key=lambda lang: (start[script(lang.name)], _sort_key(lang.name)))


def scripts_first(languages: Iterable[Language]) -> list[Language]:
    """The same names, one of each script before the second of any: the closed chooser shows
    only its first names, and every script should be among them."""
    rounds: dict[str, list[Language]] = {}
    for language in by_script(languages):
        rounds.setdefault(script(language.name), []).append(language)
    groups = list(rounds.values())
    return [
        group[i]
        for i in range(max(map(len, groups), default=0))
        for group in groups
        if i < len(group)
    ]
