"""The translation status report, as an example: country pages are counted rather than named."""

from __future__ import annotations

from returnguide.translation.status import summarize


def test_country_pages_are_counted_not_named() -> None:
    paths = ["index.md", "countries/index.md", "countries/nigeria.md", "countries/togo.md"]
    assert summarize(paths) == "index.md, countries/index.md, 2 country pages"
    assert summarize(["countries/togo.md"]) == "1 country page"
    assert summarize([]) == "none"
