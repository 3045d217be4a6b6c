"""A translation keeps the source's headings (with ids), links and list items."""

from __future__ import annotations

from returnguide.content.structure import outline, structure_changes

SOURCE = """# Over deze site {#top}

## Uw privacy {#privacy}

- Geen cookies.
- Niets van andere websites.

Vraag het na bij een [organisatie](organisations.md) of op <https://www.infoterugkeer.nl>.
"""


def test_outline_counts_headings_links_and_list_items() -> None:
    assert outline(SOURCE) == {
        "heading # {#top}": 1,
        "heading ## {#privacy}": 1,
        "link to organisations.md": 1,
        "link to https://www.infoterugkeer.nl": 1,
        "list item": 2,
    }


def test_a_faithful_translation_has_no_changes() -> None:
    translation = (
        SOURCE.replace("Over deze site", "About this site")
        .replace("Uw privacy", "Your privacy")
        .replace("organisatie", "organisation")
    )
    assert structure_changes(SOURCE, translation) == []


def test_lost_id_link_and_list_item_are_named() -> None:
    translation = (
        SOURCE.replace("{#privacy}", "")
        .replace("- Niets", "Niets")
        .replace("(organisations.md)", "(organisaties.md)")
    )
    assert structure_changes(SOURCE, translation) == [
        "lost heading ## {#privacy}",
        "lost link to organisations.md",
        "lost list item",
        "added heading ##",
        "added link to organisaties.md",
    ]
