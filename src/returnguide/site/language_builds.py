"""Each language's pages built by MkDocs, and its search index, in its own process, as many at
once as `--jobs` allows.
static-i18n builds the languages one after the other in one process; a language's build needs
nothing from another's, so they run side by side into one site folder. Each process is forked
with the generation in memory and hands it to the plugin, which then renders nothing."""

from __future__ import annotations

import logging
from pathlib import Path

from returnguide.pipeline import Generation, index_search
from returnguide.project import Project
from returnguide.workers import fork_map


def build_language(context: tuple[Project, Generation, Path], code: str) -> set[str]:
    """One language, as `mkdocs build --strict` would build it, into the shared site folder;
    the class names and ids its pages use."""
    from mkdocs import utils
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project, generation, site_dir = context
    # The languages share the site folder: none may empty it first (static-i18n does the same).
    clean_directory, utils.clean_directory = utils.clean_directory, lambda directory: None
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(
        str(project.mkdocs_yml),
        strict=True,
        site_dir=str(site_dir),
        site_url=generation.site.site_url,
    )
    config.plugins["returnguide"].adopt(generation)  # type: ignore[attr-defined]
    i18n = config.plugins["i18n"]
    # static-i18n has no option for "this one language, in its own folder": its
    # build_only_locale puts the language at the root. These two attributes are its own state.
    i18n.current_language = code  # type: ignore[attr-defined]
    i18n.building = True  # type: ignore[attr-defined]  # so that it does not go on to the others
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
        utils.clean_directory = clean_directory
    index_search(generation, site_dir, code)  # here, beside the other languages' builds
    return set(config.plugins["returnguide"].symbols)  # type: ignore[attr-defined]


def build_languages(
    project: Project, generation: Generation, site_dir: Path, jobs: int | None
) -> set[str]:
    """Every language of the generation, and the class names and ids their pages use; the first
    error stops the build."""
    codes = [language.code for language in generation.site.content.languages]
    return set().union(*fork_map(build_language, codes, (project, generation, site_dir), jobs))
