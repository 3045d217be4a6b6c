"""The checks that run before anything is written, as examples: mkdocs.yml against the language
registry (with the lines to paste), Material's interface strings, internal links."""

from __future__ import annotations

import dataclasses

from returnguide.check import link_problems, registry_block, registry_problems, theme_problems
from returnguide.content.models import Content, Language
from returnguide.project import Project
from returnguide.site.mkdocs_setup import read_setup

from .projects import load_site


def test_mkdocs_yml_agrees_with_the_registry(project: Project, content: Content) -> None:
    setup = read_setup(project.mkdocs_yml)
    assert registry_problems(setup, content.languages) == []
    assert theme_problems(setup, content.languages) == []


def test_a_language_missing_from_mkdocs_yml_is_named_with_the_lines_to_paste(
    project: Project, content: Content
) -> None:
    setup = read_setup(project.mkdocs_yml)
    without_dari = [lang for lang in setup.languages if lang.locale != "fa-AF"]
    [problem] = registry_problems(
        dataclasses.replace(setup, languages=without_dari), content.languages
    )
    lines = project.mkdocs_yml.read_text(encoding="utf-8").splitlines()
    assert (problem.path, lines[problem.line - 1].strip()) == (project.mkdocs_yml, "languages:")
    block = registry_block(content.languages)
    assert block in problem.hint
    assert "        - locale: fa-AF\n          name: دری\n          build: true" in block
    assert "\n".join(lines).count(block) == 1, "the block is what mkdocs.yml has today"


def test_a_language_without_material_interface_strings_says_what_to_add(
    project: Project,
) -> None:
    turkmen = Language(
        code="tk", name="Türkmençe", english_name="Turkmen", direction="ltr", review="machine"
    )
    [problem] = theme_problems(read_setup(project.mkdocs_yml), [turkmen])
    assert str(problem).startswith(f"{project.mkdocs_yml}:1:1: Material has no interface strings")
    assert "add overrides/partials/languages/tk.html" in problem.hint
    assert '"direction": "ltr"' in problem.hint


def test_a_broken_link_is_named_in_the_page_it_comes_from(project: Project) -> None:
    site = load_site(project)
    about = site.pages["nl"]["about.md"]
    pages = {"nl/about.md": "# Over\n\n[kapot](nergens.md)\n"}
    [problem] = link_problems(project, site, pages)
    assert problem.path == about.path
    assert "broken link (nergens.md) on nl/about.md: there is no page nl/nergens.md" in str(problem)
