"""Each language's MkDocs configuration, from the generation: the site's name and description
in that language, the footer's privacy link, the feed, the 404 page's lines for every live
language, Material's language menu listing the live languages only, and the files it builds."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from returnguide.outputs.alternates import translations
from returnguide.outputs.feed import FEED
from returnguide.pipeline import Generation
from returnguide.translation.messages import (
    NOT_FOUND,
    PRIVACY,
    SITE_DESCRIPTION,
    SITE_NAME,
    TO_HOME,
)


def interface(config: MkDocsConfig, generation: Generation) -> MkDocsConfig:
    coverage, site = generation.coverage, generation.site
    language = site.content.language(config.theme["language"])

    def gettext(code: str, message: str) -> str:
        return coverage.renderers[code].translations.gettext(message)

    config.site_name = gettext(language.code, SITE_NAME)
    config.site_description = gettext(language.code, SITE_DESCRIPTION)
    config.extra["privacy"] = {
        "url": site.url("about.md", language) + "#privacy",
        "label": gettext(language.code, PRIVACY),
    }
    config.extra["feed"] = site.prefix(language) + FEED
    config.extra["not_found"] = [
        {
            "code": lang.code,
            "direction": lang.direction,
            "message": gettext(lang.code, NOT_FOUND),
            "link": gettext(lang.code, TO_HOME),
            "home": site.url("index.md", lang),
        }
        for lang in coverage.live
    ]
    config.extra["alternate"] = language_menu(config.extra.get("alternate"), generation, None)
    return config


def page_links(page: Any, config: MkDocsConfig, generation: Generation) -> None:
    """hreflang for the page's real translations only, absolute, with x-default; the language
    menu of the live languages, each linking to its version of this page."""
    coverage = generation.coverage
    code, _, path = page.file.src_uri.partition("/")
    known = code in coverage.rendered and path in coverage.rendered[code]
    page.meta["hreflang"] = translations(coverage, path) if known else []
    home = PurePath(page.url) in (PurePath("."), PurePath(page.file.locale_alternate_of))
    # static-i18n sets the menu as an attribute for each page, which is what the theme reads.
    menu = getattr(config.extra, "alternate", None)
    config.extra.alternate = language_menu(menu, generation, None if home else path)  # type: ignore[attr-defined]


def language_menu(
    menu: list[dict[str, Any]] | None, generation: Generation, path: str | None
) -> list[dict[str, Any]] | None:
    """static-i18n's menu (every built language, linking to its home page) cut to the live
    languages; on a page other than a home page (`path`), each language links to its version
    of that page where it has one."""
    if not menu:
        return menu
    site = generation.site
    live = {language.code for language in generation.coverage.live}
    kept = [dict(item) for item in menu if item["lang"] in live]
    for item in kept if path else []:
        if f"{item['lang']}/{path}" in generation.files:
            item["link"] = site.url(str(path), site.content.language(item["lang"]))
    return kept


def root_language(config: MkDocsConfig) -> str:
    """The language at the site's root: the source language, or the one a preview builds."""
    languages = config.plugins["i18n"].config.languages
    return str(next(language.locale for language in languages if language.default))


def own_files(files: Files, config: MkDocsConfig) -> Files:
    """This language's files, and the shared ones (the theme's, docs/assets/) in the root
    language's build only: every language's build writes into one folder, and static-i18n
    would otherwise look at every language's files in every build (thousands, seconds each)."""
    codes = {language.locale for language in config.plugins["i18n"].config.languages}
    current, root = config.theme["language"], root_language(config)
    return Files(
        [
            file
            for file in files
            if (code := file.src_uri.partition("/")[0]) == current
            or (code not in codes and current == root)
        ]
    )
