"""Gettext catalogs: up to date with the templates and content, complete, and valid for gettext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from returnguide.content.load import load_content
from returnguide.content.models import Content, Language
from returnguide.errors import ContentError
from returnguide.project import Project
from returnguide.translation.catalogs import Translations, catalog_path, check_catalog, load_catalog
from returnguide.translation.extract import POT, render_po, template_catalog, without_dates

from .conftest import ROOT

TRANSLATED = [
    lang.code for lang in load_content(ROOT / "content").languages if lang.review != "source"
]


def po_file(project: Project, content: Content, code: str) -> Path:
    language = content.language(code)
    return catalog_path(project.locales, language)


def test_template_is_up_to_date(project: Project) -> None:
    committed = (project.locales / POT).read_text(encoding="utf-8")
    fresh = render_po(template_catalog(project, load_content(project.content)))
    assert without_dates(committed) == without_dates(fresh), "run `make catalogs` and commit"


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_is_complete_and_keeps_placeholders(
    project: Project, content: Content, code: str
) -> None:
    with po_file(project, content, code).open("rb") as handle:
        catalog = read_po(handle)
    with (project.locales / POT).open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    messages = [m for m in catalog if m.id]
    assert {m.id for m in messages} == template
    assert all(all(m.string) for m in messages if m.pluralizable), "every plural form is filled"
    assert [m.id for m in messages if m.fuzzy or not m.string] == []
    assert check_catalog(po_file(project, content, code), catalog) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_msgfmt_check_passes(project: Project, content: Content, code: str) -> None:
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po_file(project, content, code))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_broken_placeholder_stops_the_build_naming_file_and_line(
    project: Project, content: Content, tmp_path: Path
) -> None:
    shutil.copytree(project.locales, tmp_path / "locales")
    arabic = content.language("ar")
    path = catalog_path(tmp_path / "locales", arabic)
    text = path.read_text(encoding="utf-8")
    msgid = 'msgid "gevestigd in %(place)s"'
    assert msgid in text
    broken = text.replace("%(place)s", "%(مدينة)s").replace('msgid "gevestigd in %(مدينة)s"', msgid)
    path.write_text(broken, encoding="utf-8")
    line = broken.splitlines().index(msgid) + 1

    with pytest.raises(ContentError) as caught:
        load_catalog(tmp_path / "locales", arabic)

    assert [str(p) for p in caught.value.problems] == [
        f"{path}:{line}:1: placeholders differ from the source in the translation of "
        "'gevestigd in %(place)s' — keep exactly these placeholders: %(place)s"
    ]


def test_raw_html_in_a_translation_is_named(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "messages.po"
    path.write_text('msgid ""\nmsgstr ""\n\nmsgid "Ja"\nmsgstr "<b>Yes</b>"\n', encoding="utf-8")
    with path.open("rb") as handle:
        catalog = read_po(handle)
    [problem] = check_catalog(path, catalog)
    assert str(problem) == (
        f"{path}:4:1: raw HTML <b> that the source lacks in the translation of 'Ja' — "
        "write plain text"
    )


def catalog_of(tmp_path: Path, entries: str) -> Path:
    path = tmp_path / "messages.po"
    header = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    path.write_text(header + entries, encoding="utf-8")
    return path


def test_translation_that_loses_a_markdown_link_is_named(tmp_path: Path) -> None:
    path = catalog_of(
        tmp_path, 'msgid "Zie [alle landen](countries/index.md)."\nmsgstr "See all countries."\n'
    )
    with path.open("rb") as handle:
        [problem] = check_catalog(path, read_po(handle))
    assert str(problem) == (
        f"{path}:5:1: Markdown structure differs: lost link to countries/index.md in the "
        "translation of 'Zie [alle landen](countries/index.md).' — keep every heading, link and "
        "list item of the source"
    )


ENGLISH = Language(
    code="en", name="English", english_name="English", direction="ltr", review="machine"
)


def translations(tmp_path: Path, entries: str) -> Translations:
    with catalog_of(tmp_path, entries).open("rb") as handle:
        return Translations(ENGLISH, read_po(handle))


def test_each_page_learns_whether_its_strings_are_translated_outdated_or_missing(
    tmp_path: Path,
) -> None:
    gettext = translations(
        tmp_path,
        'msgid "Ja"\nmsgstr "Yes"\n\n'
        '#, fuzzy\nmsgid "Nee, nooit"\nmsgstr "No"\n\n'
        'msgid "Misschien"\nmsgstr ""\n',
    )
    gettext.start()
    assert gettext.gettext("Ja") == "Yes"
    assert gettext.state == "translated"
    assert gettext.gettext("Nee, nooit") == "No", "a fuzzy translation is shown..."
    assert gettext.state == "outdated", "...and the page says it may be out of date"
    assert gettext.gettext("Misschien") == "Misschien"
    assert gettext.state == "missing"
    gettext.start()
    assert gettext.state == "translated", "every page starts afresh"


def test_fuzzy_translation_with_broken_placeholder_counts_as_missing(tmp_path: Path) -> None:
    gettext = translations(tmp_path, '#, fuzzy\nmsgid "Naar %(country)s"\nmsgstr "To %(land)s"\n')
    gettext.start()
    assert gettext.gettext("Naar %(country)s") == "Naar %(country)s"
    assert gettext.state == "missing"


def test_context_and_plural_forms(tmp_path: Path) -> None:
    gettext = translations(
        tmp_path,
        'msgctxt "answer"\nmsgid "Ja"\nmsgstr "Yes"\n\n'
        'msgid "%(num)s land"\nmsgid_plural "%(num)s landen"\n'
        'msgstr[0] "%(num)s country"\nmsgstr[1] "%(num)s countries"\n',
    )
    gettext.start()
    assert gettext.pgettext("answer", "Ja") == "Yes"
    assert gettext.ngettext("%(num)s land", "%(num)s landen", 1) == "%(num)s country"
    assert gettext.ngettext("%(num)s land", "%(num)s landen", 173) == "%(num)s countries"
    assert gettext.state == "translated"
    assert gettext.gettext("Ja") == "Ja", "without its context it is another string"
    assert gettext.state == "missing"


def test_arabic_chooses_among_six_plural_forms(project: Project, content: Content) -> None:
    arabic = content.language("ar")
    catalog = load_catalog(project.locales, arabic)
    assert catalog is not None
    singular, plural = "Deze lijst heeft %(num)s land.", "Deze lijst heeft %(num)s landen."
    forms = catalog[singular].string
    assert len(forms) == 6
    gettext = Translations(arabic, catalog)
    # zero, one, two, few (3-10), many (11-99), other (100-102, ...)
    for n, form in [(0, 0), (1, 1), (2, 2), (3, 3), (11, 4), (100, 5), (173, 4)]:
        assert gettext.ngettext(singular, plural, n) == forms[form], n
