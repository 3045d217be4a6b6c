"""Gettext catalogs: up to date with the templates and content, complete, and valid for gettext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from returnguide.catalog import POT, render_po, template_catalog, update_catalogs, without_dates
from returnguide.generate import Project
from returnguide.i18n import catalog_path
from returnguide.models import Content

TRANSLATED = ["en", "ar", "fa-AF"]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def po_file(project: Project, content: Content, code: str) -> Path:
    language = next(lang for lang in content.languages if lang.code == code)
    return catalog_path(project.locales, language)


def test_template_is_up_to_date(project: Project) -> None:
    committed = (project.locales / POT).read_text(encoding="utf-8")
    fresh = render_po(template_catalog(project))
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
    assert [m.id for m in messages if m.fuzzy or not m.string] == []
    for message in messages:
        assert sorted(PLACEHOLDER.findall(str(message.id))) == sorted(
            PLACEHOLDER.findall(str(message.string))
        ), message.id
        assert not BIDI_CONTROLS.search(str(message.string)), message.id
        assert "<" not in str(message.string), f"HTML in a translation: {message.id}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_msgfmt_check_passes(project: Project, content: Content, code: str) -> None:
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po_file(project, content, code))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_changed_source_string_turns_fuzzy_in_every_language(
    project: Project, content: Content, tmp_path: Path
) -> None:
    for folder in ("content", "templates", "locales"):
        shutil.copytree(project.root / folder, tmp_path / folder)
    copy = Project(tmp_path)
    programme = copy.content / "programmes" / "erin.yml"
    old = "Informatie en hulp in uw land."
    new = "Informatie en hulp in het land waar u naartoe gaat."
    programme.write_text(programme.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    update_catalogs(copy)

    for code in TRANSLATED:
        path = po_file(copy, content, code)
        with path.open("rb") as handle:
            entry = read_po(handle)[new]
        assert entry is not None and entry.fuzzy, code
        assert entry.string, "the old translation stays as a suggestion"
        assert f'#| msgid "{old}"' in path.read_text(encoding="utf-8"), "the old source is kept"
