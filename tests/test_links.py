"""Internal links in the generated Markdown, as examples: a link to a missing page and a link
to a missing heading are found; links that leave the pages (other sites, the export) are not."""

from __future__ import annotations

from returnguide.pages.links import broken_links


def test_links_that_lead_nowhere_are_found() -> None:
    pages = {
        "en/index.md": (
            "# Home {#top}\n\n[Nigeria](countries/nigeria.md#erin) [Gone](countries/atlantis.md)\n"
            "[IOM](https://www.iom-nederland.nl) [data](../api/v1/countries.json) [top](#top)\n"
        ),
        "en/countries/nigeria.md": "# Nigeria {#top}\n\n## Basic departure {#basic-departure}\n",
    }
    assert broken_links(pages) == [
        (
            "en/index.md",
            "countries/nigeria.md#erin",
            "en/countries/nigeria.md has no heading with id 'erin'",
        ),
        ("en/index.md", "countries/atlantis.md", "there is no page en/countries/atlantis.md"),
    ]
