"""Numbers and dates in each language's own format and digits."""

from __future__ import annotations

import datetime

import pytest

from returnguide.content.models import Language
from returnguide.content.territories import country_name
from returnguide.translation.formats import format_day, format_number


def language(code: str, cldr: str | None = None) -> Language:
    return Language(
        code=code, name="x", english_name="x", direction="ltr", review="machine", cldr=cldr
    )


@pytest.mark.parametrize(
    ("code", "number", "day"),
    [
        ("nl", "1.173", "28 november 2026"),
        ("fa-AF", "۱٬۱۷۳", "۲۸ نومبر ۲۰۲۶"),  # Dari: Persian digits and separators
        ("ps", "۱٬۱۷۳", "۲۰۲۶ نومبر ۲۸"),
        ("ar", "1,173", "28 نوفمبر 2026"),  # CLDR's default for Arabic is Latin digits
        ("ru", "1\xa0173", "28 ноября 2026\u202fг."),
        ("ti", "1,173", "ሕዳር 28, 2026"),
        ("bn", "১,১৭৩", "২৮ নভেম্বর, ২০২৬"),  # Bengali digits
        ("ne", "१,१७३", "२०२६ नोभेम्बर २८"),  # Devanagari digits
        ("zh-Hans", "1,173", "2026年11月28日"),
    ],
)
def test_numbers_and_dates_follow_cldr(code: str, number: str, day: str) -> None:
    assert format_number(1173, language(code)) == number
    assert format_day(datetime.date(2026, 11, 28), language(code)) == day


def test_a_language_whose_code_cldr_does_not_use_takes_cldrs_locale() -> None:
    """Sorani is ku-Arab in URLs and hreflang (static-i18n takes no 'ckb'); Babel's 'ku' would
    give Kurmanji in Latin letters, its 'ckb' gives Sorani."""
    sorani = language("ku-Arab", cldr="ckb")
    assert country_name("IQ", sorani) == "عێراق"
    assert format_number(1173, sorani) == "١٬١٧٣"
    assert country_name("IQ", language("ku")) == "Îraq"
