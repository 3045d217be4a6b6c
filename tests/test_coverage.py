"""Fallback pages, notices and live languages, checked on the generated Markdown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from returnguide.pages.localize import Coverage
from returnguide.generate import Project, build_site, generate
from returnguide.translation.catalogs import Translations, catalog_path, load_catalog
from returnguide.content.models import Content, Language

NOT_TRANSLATED = "Deze pagina is nog niet vertaald. U leest hem hieronder in het %(language)s."


@pytest.fixture
def copy(project: Project, tmp_path: Path) -> Project:
    for folder in ("content", "templates", "locales"):
        shutil.copytree(project.root / folder, tmp_path / folder)
    return Project(tmp_path)


def in_language(project: Project, lang: Language, message: str, **values: str) -> str:
    return Translations(lang, load_catalog(project.locales, lang)).gettext(message) % values


def front_matter(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n")[1]


def test_fallback_chain_ends_with_the_source_language(project: Project, content: Content) -> None:
    coverage = Coverage(site=build_site(project))
    assert [lang.code for lang in coverage.chain(content.language("fa-AF"))] == [
        "fa-AF",
        "fa",
        "en",
        "nl",
    ]
    assert [lang.code for lang in coverage.chain(content.language("nl"))] == ["nl"]


def test_untranslated_handwritten_page_is_shown_in_the_fallback(
    copy: Project, content: Content
) -> None:
    (copy.pages / "fa-AF" / "about.md").unlink()
    generate(copy)
    page = copy.docs / "fa-AF" / "about.md"
    farsi = (copy.pages / "fa" / "about.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    dari = content.language("fa-AF")
    notice = in_language(copy, dari, NOT_TRANSLATED, language="فارسی")
    assert "lang: fa\ndir: rtl\nrobots: noindex, follow\n" in front_matter(page)
    text = page.read_text(encoding="utf-8")
    assert f'{notice}\n{{: .translation-notice lang="fa-AF" dir="rtl" }}' in text
    assert farsi.strip().splitlines()[0] in text, "the Farsi page's title"
    assert "lang:" not in front_matter(copy.docs / "fa" / "about.md")


def test_language_missing_minimum_content_is_built_but_not_listed(
    copy: Project, content: Content
) -> None:
    tigrinya = content.language("ti")
    path = catalog_path(copy.locales, tigrinya)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = lines.index('msgid "Hieronder staat het per soort hulp, met de reden."\n')
    lines[index + 1] = 'msgstr ""\n'  # a string every country page needs
    path.write_text("".join(lines), encoding="utf-8")

    coverage = generate(copy)

    assert coverage.missing_minimum(tigrinya) == [
        f"countries/{country.slug}.md"
        for country in sorted(content.countries.values(), key=lambda c: c.code)
    ]
    assert tigrinya not in coverage.live()
    nigeria = copy.docs / "ti" / "countries" / "nigeria.md"
    assert "lang: en\ndir: ltr\n" in front_matter(nigeria)
    assert "What help can you get if you go back to Nigeria?" in nigeria.read_text(encoding="utf-8")
    assert "lang: ti" not in front_matter(copy.docs / "ti" / "index.md"), (
        "the home page is translated"
    )
    for code in ("nl", "ar", "ti"):
        home = (copy.docs / code / "index.md").read_text(encoding="utf-8")
        assert 'hreflang="ti"' not in home, f"{code}'s chooser lists Tigrinya"
        assert 'hreflang="ar"' in home
