"""Country names from CLDR (Babel) and sorting in a language's alphabetical order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from babel import Locale
from pyuca import Collator

from .models import Language


@cache
def _collator() -> Collator:
    # The Unicode Collation Algorithm's default table orders Latin, Arabic and Persian letters
    # (پ after ب, گ after ک) as readers expect; plain code-point order would not.
    return Collator()


def country_name(code: str, language: Language) -> str:
    return str(Locale.parse(language.gettext_code).territories[code])


def sorted_by_name(codes: Iterable[str], language: Language) -> list[str]:
    name: Callable[[str], str] = lambda code: country_name(code, language)  # noqa: E731
    return sorted(codes, key=lambda code: _collator().sort_key(name(code)))
