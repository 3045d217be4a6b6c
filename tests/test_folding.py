"""What search changes in a query, per language (pages/folding.py); search.js applies it, and
tests/test_readers.py searches with it in a real browser."""

from __future__ import annotations

from returnguide.content.models import Content
from returnguide.pages.folding import query_folding


def test_each_language_folds_the_other_keyboards_letters_into_its_own(content: Content) -> None:
    dari, pashto = query_folding(content.language("fa-AF")), query_folding(content.language("ps"))
    assert (dari["\u0643"], dari["\u064a"], dari["2"], dari["\u0640"]) == (
        "\u06a9",
        "\u06cc",
        "\u06f2",
        "",
    )
    assert "\u064a" not in pashto and pashto["2"] == "\u06f2"  # Pashto writes ي and ی both
    assert "\u06cc" not in query_folding(content.language("fa"))  # its own letter stays
    assert query_folding(content.language("en")) == {}
