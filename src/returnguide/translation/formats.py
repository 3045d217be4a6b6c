"""Numbers and dates as each language writes them (Babel, CLDR), in the language's own digits."""

from __future__ import annotations

import datetime
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from returnguide.content.models import Language

# CLDR's digits for the numbering systems our languages use by default; Babel formats the
# pattern and the separators but always writes Latin digits.
DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
    "beng": "০১২৩৪৫৬৭৮৯",
    "deva": "०१२३४५६७८९",
}


def native_digits(text: str, language: Language) -> str:
    return _in_digits(text, language.locale)


def _in_digits(text: str, locale: str) -> str:
    digits = DIGITS.get(Locale.parse(locale).default_numbering_system)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def format_number(number: int, language: Language) -> str:
    code = language.locale
    return native_digits(format_decimal(number, locale=code, numbering_system="default"), language)


def format_day(day: datetime.date, language: Language) -> str:
    return _format_day(day, language.locale)


@cache  # the same few dates on thousands of pages
def _format_day(day: datetime.date, locale: str) -> str:
    return _in_digits(format_date(day, format="long", locale=locale), locale)
