"""Numbers and dates in each language's own format and digits."""

from __future__ import annotations

import datetime

import pytest

from returnguide.content.models import Language
from returnguide.translation.formats import format_day, format_number


def language(code: str) -> Language:
    return Language(code=code, name="x", english_name="x", direction="ltr", review="machine")


@pytest.mark.parametrize(
    ("code", "number", "day"),
    [
        ("nl", "1.173", "28 november 2026"),
        ("fa-AF", "۱٬۱۷۳", "۲۸ نومبر ۲۰۲۶"),  # Dari: Persian digits and separators
        ("ps", "۱٬۱۷۳", "۲۰۲۶ نومبر ۲۸"),
        ("ar", "1,173", "28 نوفمبر 2026"),  # CLDR's default for Arabic is Latin digits
        ("ru", "1\xa0173", "28 ноября 2026\u202fг."),
        ("ti", "1,173", "ሕዳር 28, 2026"),
    ],
)
def test_numbers_and_dates_follow_cldr(code: str, number: str, day: str) -> None:
    assert format_number(1173, language(code)) == number
    assert format_day(datetime.date(2026, 11, 28), language(code)) == day
