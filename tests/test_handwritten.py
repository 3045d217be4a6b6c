"""Hand-written pages: a translation records the original it was made from, keeps its
structure, and is out of date as soon as the original changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from returnguide.content.handwritten import load_pages, page_state, source_hash
from returnguide.content.models import Content
from returnguide.errors import ContentError

ORIGINAL = """---
title: Over deze site
description: Wat op deze site staat.
---

# Over deze site {#top}

## Uw privacy {#privacy}

- Deze site gebruikt geen cookies.
- Deze site laadt niets van andere websites.

Vraag het na bij een van de [organisaties die helpen](organisations.md).
"""

TRANSLATION = """---
title: About this site
description: What is on this site.
source_hash: {hash}
review: machine
---

# About this site {#top}

## Your privacy {#privacy}

- This site does not use cookies.
- This site does not load anything from other websites.

Always ask one of the [organisations that help](organisations.md).
"""


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """content/pages with a Dutch original and an English translation made from it."""
    (tmp_path / "nl").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "nl" / "about.md").write_text(ORIGINAL, encoding="utf-8")
    translation = TRANSLATION.replace("{hash}", source_hash(ORIGINAL))
    (tmp_path / "en" / "about.md").write_text(translation, encoding="utf-8")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(pages: Path, content: Content) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_pages(pages, content)
    return [str(problem) for problem in caught.value.problems]


def test_translation_made_from_the_current_original_is_up_to_date(
    pages: Path, content: Content
) -> None:
    loaded = load_pages(pages, content)
    assert loaded["en"]["about.md"].source_hash == source_hash(
        (pages / "nl" / "about.md").read_text(encoding="utf-8")
    )
    assert page_state(loaded, "nl", "en", "about.md") == "translated"
    assert page_state(loaded, "nl", "ti", "about.md") == "missing"


def test_changing_the_original_makes_the_translation_outdated_not_wrong(
    pages: Path, content: Content
) -> None:
    """An editor changes the Dutch, structure included, without waiting for the translators."""
    edit(pages / "nl" / "about.md", "- Deze site gebruikt geen cookies.", "- Geen cookies.\n- Geen")
    assert page_state(load_pages(pages, content), "nl", "en", "about.md") == "outdated"


def test_translation_without_source_hash_is_refused(pages: Path, content: Content) -> None:
    path = pages / "en" / "about.md"
    edit(path, "source_hash: ", "source: ")
    assert errors(pages, content) == [
        f"{path}:4:1: unknown front matter field 'source' — did you mean 'source_hash'?",
        f"{path}:1:1: front matter lacks 'source_hash' — copy it from `make translations`",
    ]


def test_lost_heading_id_and_list_item_are_named(pages: Path, content: Content) -> None:
    path = pages / "en" / "about.md"
    edit(path, "## Your privacy {#privacy}", "## Your privacy")
    edit(path, "- This site does not use cookies.", "This site does not use cookies.")
    [message] = errors(pages, content)
    assert message.startswith(f"{path}:1:1: Markdown structure differs from the original: ")
    assert "lost heading ## {#privacy}" in message
    assert "lost list item" in message
    assert message.endswith(
        "keep every heading (with its {#id}), link and list item of the original"
    )


def test_raw_html_and_hidden_characters_are_named_with_their_line(
    pages: Path, content: Content
) -> None:
    path = pages / "en" / "about.md"
    edit(path, "This site does not use cookies.", "This site does <b>not</b> use cookies.")
    edit(path, "Always ask", "Always\u200b ask")
    text = path.read_text(encoding="utf-8").splitlines()
    html_line = next(i for i, line in enumerate(text, 1) if "<b>" in line)
    hidden_line = next(i for i, line in enumerate(text, 1) if "\u200b" in line)
    assert errors(pages, content) == [
        f"{path}:{html_line}:1: raw HTML '<b>' — write Markdown",
        f"{path}:{html_line}:1: raw HTML '</b>' — write Markdown",
        f"{path}:{hidden_line}:1: an invisible character '\\u200b' — delete it",
    ]


def test_translation_needs_an_original_and_a_known_language(pages: Path, content: Content) -> None:
    shutil.copy(pages / "en" / "about.md", pages / "en" / "contact.md")
    (pages / "xx").mkdir()
    assert errors(pages, content) == [
        f"{pages / 'xx'}:1:1: unknown language folder — name the folder after a language of "
        f"content/languages.yml: {sorted(lang.code for lang in content.languages)}",
        f"{pages / 'en' / 'contact.md'}:1:1: a translation without an original — add "
        "content/pages/nl/contact.md first, or rename this file",
    ]
