"""The MkDocs side, and nothing else (registered as the plugin `returnguide`): run the pipeline
when MkDocs builds on its own (`mkdocs build`, `mkdocs serve`), give each language's build its
configuration, files and links from the generation, and let the pipeline finish the site.
`make site` forks one build per language and hands each its generation (`adopt`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from returnguide import pipeline
from returnguide.errors import ContentError
from returnguide.outputs.stylesheets import page_symbols
from returnguide.pages.render import COMPILED
from returnguide.settings import Settings
from returnguide.site.html import valid_html
from returnguide.site.mkdocs_config import interface, own_files, page_links, root_language
from returnguide.site.mkdocs_setup import project_of, setup_of
from returnguide.translation.status import unlisted


class ReturnGuide(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    def __init__(self) -> None:
        self.generation: pipeline.Generation | None = None
        self.adopted = False  # made by `make site`: this process only builds
        self.command = "build"
        self.built = 0  # languages built in this round of the whole site
        self.symbols: set[str] = set()  # the class names and ids of the pages built so far

    def adopt(self, generation: pipeline.Generation) -> None:
        self.generation, self.adopted = generation, True

    def on_startup(self, command: str, dirty: bool) -> None:
        self.command = command  # its presence also keeps the plugin across `mkdocs serve` rebuilds

    @event_priority(-200)  # after static-i18n has chosen this build's language
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.adopted and config.theme["language"] == root_language(config):
            self.generation, self.built = self.generate(config), 0  # a new build begins
            self.symbols = set()
        assert self.generation is not None
        return interface(config, self.generation)

    def generate(self, config: MkDocsConfig) -> pipeline.Generation:
        project, setup = project_of(config), setup_of(config)
        settings = Settings(site_url=config.site_url or "/", only=setup.only)
        try:
            generation = pipeline.prepare(project, settings, setup)
        except ContentError as error:
            raise Abort(f"The content has mistakes; nothing was built.\n{error}") from None
        pipeline.write(project, generation)
        print(*unlisted(generation.coverage), *generation.warnings, sep="\n", file=sys.stderr)
        return generation

    @event_priority(-50)  # before static-i18n's (-100)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        return own_files(files, config)

    @event_priority(-50)
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = COMPILED  # the theme's templates compiled once per process
        return env

    def on_page_context(self, context: Any, page: Any, config: MkDocsConfig, nav: Any) -> Any:
        assert self.generation is not None
        page_links(page, config, self.generation)
        return context

    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        self.symbols |= page_symbols(output)
        return valid_html(output)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        """The sitemap is the pipeline's; the 404 page is the root language's."""
        if template_name == "sitemap.xml" or (
            template_name == "404.html" and config.theme["language"] != root_language(config)
        ):
            return ""  # MkDocs writes no empty template
        self.symbols |= page_symbols(output)
        return valid_html(output)

    @event_priority(-200)  # after static-i18n has built the other languages
    def on_post_build(self, config: MkDocsConfig) -> None:
        self.built += 1
        built = [lang for lang in config.plugins["i18n"].config.languages if lang.build]
        if not self.adopted and self.generation and self.built == len(built):
            site_dir, search = Path(config.site_dir), self.command == "build"
            pipeline.finish(self.generation, site_dir, self.symbols, search)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when the sources change (docs/ is the build's own output)."""
        project = project_of(config)
        server.unwatch(config.docs_dir)
        for folder in (project.content, project.templates, project.locales, project.assets):
            server.watch(str(folder))
        return server
