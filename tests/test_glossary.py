"""One name for one thing: each language's glossary (locales/<code>/glossary.yml) gives the one
translation of the four kinds of help and of the two organisations, and every string of its
catalog that names one of them uses it. A second translation of the same term is found here."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from returnguide.content.models import Language
from returnguide.content.yamlsource import read_yaml
from returnguide.translation.catalogs import catalog_path

from .conftest import REGISTRY, ROOT

# The Dutch terms, as the msgids write them: each kind of help's plain name and official name,
# forced return, and the two organisations' full names.
TERMS = [
    "hulp bij de reis terug",
    "basisvertrekondersteuning",
    "hulp bij een nieuw begin",
    "herintegratieondersteuning",
    "extra hulp op maat",
    "aanvullende ondersteuning",
    "gedwongen terugkeer",
    "Dienst Terugkeer en Vertrek",
    "Internationale Organisatie voor Migratie",
]
CATALOGS = [(language, ROOT / "locales") for language in REGISTRY if language.review != "source"]


def ids(catalogs: list[tuple[Language, Path]]) -> list[str]:
    return [language.code for language, _ in catalogs]


def second_translations(catalog: Path, glossary: dict[str, list[str]]) -> list[str]:
    """Every translated string that names a term without any form of its glossary entry."""
    with catalog.open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id and m.string]
    found = []
    for term, forms in glossary.items():
        for message in messages:
            sources = [message.id] if isinstance(message.id, str) else list(message.id)
            targets = [message.string] if isinstance(message.string, str) else message.string
            if not any(term.casefold() in source.casefold() for source in sources):
                continue
            for target in targets:
                if target and not any(form in target for form in forms):
                    found.append(f"{term!r} is not {forms} in: {target}")
    return found


@pytest.mark.parametrize(("language", "locales"), CATALOGS, ids=ids(CATALOGS))
def test_every_string_uses_the_glossarys_one_translation(language: Language, locales: Path) -> None:
    glossary = read_yaml(locales / language.gettext_code / "glossary.yml")
    assert list(glossary) == TERMS, "the glossary names every term, in this order"
    assert second_translations(catalog_path(locales, language), glossary) == []


def test_a_second_translation_of_a_term_is_found(tmp_path: Path) -> None:
    catalog = tmp_path / "messages.po"
    catalog.write_text(
        'msgid "Hulp bij de reis terug"\nmsgstr "Help to travel back"\n\n'
        'msgid "Vraag naar de hulp bij de reis terug."\nmsgstr "Ask about the return help."\n',
        encoding="utf-8",
    )
    glossary = {"hulp bij de reis terug": ["help to travel back", "Help to travel back"]}
    assert second_translations(catalog, glossary) == [
        "'hulp bij de reis terug' is not ['help to travel back', 'Help to travel back'] in: "
        "Ask about the return help."
    ]
