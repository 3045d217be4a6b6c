"""The MkDocs side, as examples: the source language is at the root, each language's build
gets its own files (the root's also the shared ones), and the language menu lists the live
languages, each linking to its version of the page."""

from __future__ import annotations

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from returnguide.pipeline import Generation
from returnguide.project import Project
from returnguide.site.mkdocs_config import language_menu, own_files, root_language


def test_each_language_build_gets_its_own_files_and_the_root_the_shared_ones(
    project: Project,
) -> None:
    config = load_config(str(project.mkdocs_yml))
    assert root_language(config) == "nl"
    names = ["nl/index.md", "ar/index.md", "ar/countries/togo.md", "assets/site.css"]
    files = Files([File(name, "docs", "site", True) for name in names])
    config.theme["language"] = "ar"
    assert [f.src_uri for f in own_files(files, config)] == ["ar/index.md", "ar/countries/togo.md"]
    config.theme["language"] = "nl"
    assert [f.src_uri for f in own_files(files, config)] == ["nl/index.md", "assets/site.css"]


def test_the_menu_lists_live_languages_each_linking_to_this_page(generation: Generation) -> None:
    menu = [
        {"name": "Nederlands", "link": "/", "lang": "nl"},
        {"name": "العربية", "link": "/ar/", "lang": "ar"},
        {"name": "Klingon", "link": "/tlh/", "lang": "tlh"},  # built, not live
    ]
    on_nigeria = language_menu(menu, generation, "countries/nigeria.md")
    assert [(item["lang"], item["link"]) for item in on_nigeria or []] == [
        ("nl", "countries/nigeria/"),
        ("ar", "ar/countries/nigeria/"),
    ]
    on_home = language_menu(menu, generation, None)
    assert [(item["lang"], item["link"]) for item in on_home or []] == [("nl", "/"), ("ar", "/ar/")]
